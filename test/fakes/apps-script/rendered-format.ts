/**
 * What a person would see: each cell's own format with the first matching conditional format
 * rule of its sheet laid over it (Sheets applies only the first rule that matches a cell).
 * Blank cells match only CELL_EMPTY and custom formulas; date conditions never match.
 */
import { contains } from './a1.js';
import { DEFAULT_FORMAT, type CellValue } from './cell.js';
import type { ConditionalFormatSpec } from './conditional-format.js';
import { satisfies } from './data-validation-check.js';
import type { DataValidationCriteriaName } from './enums.js';
import { holds } from './formula-eval.js';
import { FormulaError } from './formula-values.js';
import { shiftFormula } from './formula.js';
import type { Grid } from './grid.js';
import type { Range } from './range.js';

export interface RenderedFormat {
  background: string;
  fontColor: string;
  bold: boolean;
  italic: boolean;
}

export function renderedFormats(range: Range): RenderedFormat[][] {
  const { sheet, box } = range;
  const rules = sheet.getConditionalFormatRules().map((rule) => rule.spec);
  const rows: RenderedFormat[][] = [];
  sheet.grid.forEach(box, (cell, row, column) => {
    const own: RenderedFormat = {
      background: cell.format.background ?? DEFAULT_FORMAT.background,
      fontColor: cell.format.fontColor ?? DEFAULT_FORMAT.fontColor,
      bold: (cell.format.fontWeight ?? DEFAULT_FORMAT.fontWeight) === 'bold',
      italic: (cell.format.fontStyle ?? DEFAULT_FORMAT.fontStyle) === 'italic',
    };
    const rule = rules.find((spec) => appliesTo(spec, sheet.grid, row, column));
    const style = rule?.style;
    (rows[row - box.row] ??= []).push({
      background: style?.background ?? own.background,
      fontColor: style?.fontColor ?? own.fontColor,
      bold: style?.bold ?? own.bold,
      italic: style?.italic ?? own.italic,
    });
  });
  return rows;
}

function appliesTo(spec: ConditionalFormatSpec, grid: Grid, row: number, column: number): boolean {
  const cellBox = { row, column, numRows: 1, numColumns: 1 };
  const first = spec.ranges[0];
  if (!first || !spec.ranges.some((range) => range.sheet.grid === grid && contains(range.box, cellBox))) return false;
  const value = grid.value(row, column);
  if (value instanceof FormulaError) return false;
  // Relative references in a custom formula are relative to the first range's top-left cell.
  const evaluateInCell = (formula: string): CellValue | FormulaError =>
    grid.evaluate(shiftFormula(formula, row - first.box.row, column - first.box.column));
  const text = String(value).toLowerCase();
  const [a] = spec.values;
  switch (spec.criteria) {
    case 'CELL_EMPTY': return value === '';
    case 'CELL_NOT_EMPTY': return value !== '';
    case 'TEXT_STARTS_WITH': return value !== '' && text.startsWith(String(a).toLowerCase());
    case 'TEXT_ENDS_WITH': return value !== '' && text.endsWith(String(a).toLowerCase());
    case 'CUSTOM_FORMULA': {
      return holds(evaluateInCell(String(a)));
    }
    default:
      if (value === '' || spec.criteria === null || spec.criteria.startsWith('DATE_')) return false;
      return satisfies(
        { criteria: spec.criteria as DataValidationCriteriaName, values: spec.values, allowInvalid: true, helpText: null },
        value,
        { evaluateInCell },
      );
  }
}
