/**
 * The 766 estimate (DESIGN §10 `index766`) in one cell of the leadership sheet: the points as a
 * number, so the cell equals the API's value and sorts, with the estimate's own ceiling written
 * by the number format ("38,5 / 64"), since each unit's ceiling counts only what it has data for.
 * Nothing estimable (a ceiling of 0) stays blank: no data, not 0 points. Pure.
 */
import type { Index766 } from '../../../shared/engine/scorecard-model.js';

export interface Index766Cell {
  value: number | null;
  numberFormat: string;
}

export function index766Cell(estimate: Index766 | undefined): Index766Cell {
  if (!estimate || estimate.max === 0) return { value: null, numberFormat: '@' };
  const max = Number.isInteger(estimate.max) ? String(estimate.max) : estimate.max.toFixed(1);
  return { value: estimate.points, numberFormat: `0.0" / ${max}"` };
}
