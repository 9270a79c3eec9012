/**
 * A person typing into the sheet:
 * - protection: a protected cell the person may not edit refuses the edit (a warning-only
 *   protection lets it through with a warning); script writes are held to it too (protection.ts);
 * - data validation, which scripts are not held to: a value breaking a rule with
 *   `setAllowInvalid(false)` is refused; with invalid data allowed it is kept and flagged.
 * An edit is all or nothing: if any cell refuses, no cell changes. Simple triggers (onEdit) are
 * not run.
 */
import { formatA1 } from './a1.js';
import { typeInto } from './cell-entry.js';
import { satisfies } from './data-validation-check.js';
import { FormulaError } from './formula-values.js';
import { shiftFormula } from './formula.js';
import type { FakeEnv } from './env.js';
import { blocksUser, covers, PROTECTED_MESSAGE } from './protection-rules.js';
import type { Range } from './range.js';

export interface EditProblem {
  a1: string;
  reason: 'protected' | 'validation';
  message: string;
}

export interface EditResult {
  accepted: boolean;
  /** Why the edit was refused (empty when accepted). */
  rejections: EditProblem[];
  /** Accepted cells Sheets would flag: warning-only protection, invalid data allowed. */
  warnings: EditProblem[];
}

const cellA1 = (row: number, column: number): string => formatA1({ row, column, numRows: 1, numColumns: 1 });

export function applyUserEdit(env: FakeEnv, range: Range, values: unknown[][], email: string): EditResult {
  const { sheet, box } = range;
  if (values.length !== box.numRows || values.some((row) => row.length !== box.numColumns)) {
    throw new Error(`fake.userEdit: values must be ${box.numRows}×${box.numColumns} for ${range.getA1Notation()}`);
  }
  const rejections: EditProblem[] = [];
  const warnings: EditProblem[] = [];
  const protections = sheet.getParent().protections.filter((protection) => protection.sheet === sheet);
  const before = new Map<string, { value: unknown; formula: string; format: object }>();
  const locale = sheet.getParent().getSpreadsheetLocale();

  sheet.grid.forEach(box, (cell, row, column) => {
    const a1 = cellA1(row, column);
    if (protections.some((protection) => blocksUser(protection, email, row, column, env))) {
      rejections.push({ a1, reason: 'protected', message: PROTECTED_MESSAGE });
    } else if (protections.some((protection) => protection.state.warningOnly && covers(protection, row, column))) {
      warnings.push({ a1, reason: 'protected', message: 'This cell is protected (warning only).' });
    }
    before.set(a1, { value: cell.value, formula: cell.formula, format: { ...cell.format } });
    typeInto(cell, values[row - box.row]?.[column - box.column], locale);
  });

  sheet.grid.forEach(box, (cell, row, column) => {
    if (!cell.validation) return;
    const { rule, anchor } = cell.validation;
    const value = sheet.grid.value(row, column);
    const valid = !(value instanceof FormulaError) && satisfies(rule.spec, value, {
      evaluateInCell: (formula) => sheet.grid.evaluate(shiftFormula(formula, row - anchor.row, column - anchor.column)),
    });
    if (valid) return;
    const a1 = cellA1(row, column);
    const problem: EditProblem = {
      a1,
      reason: 'validation',
      message: rule.spec.helpText ?? `The data you entered in cell ${a1} violates the data validation rules set on this cell.`,
    };
    (rule.spec.allowInvalid ? warnings : rejections).push(problem);
  });

  if (rejections.length > 0) {
    sheet.grid.forEach(box, (cell, row, column) => Object.assign(cell, before.get(cellA1(row, column))));
  }
  return { accepted: rejections.length === 0, rejections, warnings };
}
