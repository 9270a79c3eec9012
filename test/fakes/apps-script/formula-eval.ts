/**
 * Evaluates parsed formulas the way Sheets does for the supported subset. Error values
 * (#DIV/0!, #VALUE!, #NAME? for unknown functions, #REF! for circular references, #ERROR! for
 * formulas the parser does not understand) propagate through operators and functions.
 */
import { isDate, type CellValue } from './cell.js';
import { parseFormula, type CellRef, type FormulaNode } from './formula.js';
import { FUNCTIONS, type Evaluation } from './formula-functions.js';
import { caught, FormulaError, operate, toNumber, type Value } from './formula-values.js';

/** The computed value of a cell ('' when blank), or the error it evaluates to. */
export type CellLookup = (sheet: string | null, row: number, column: number) => CellValue | FormulaError;

export function evaluateFormula(formula: string, lookup: CellLookup): Value | FormulaError {
  let root: FormulaNode;
  try {
    root = parseFormula(formula);
  } catch {
    return new FormulaError('#ERROR!');
  }
  const read = (ref: CellRef): Value => {
    const value = lookup(ref.sheet, ref.row, ref.column);
    if (value instanceof FormulaError) throw value;
    return isDate(value) ? value.getTime() / 86_400_000 + 25_569 : value; // a date is its serial number
  };
  const evaluation: Evaluation = {
    scalar(node) {
      switch (node.kind) {
        case 'number':
        case 'string':
          return node.value;
        case 'ref':
          return read(node.ref);
        case 'range':
          throw new FormulaError('#VALUE!');
        case 'name':
          if (node.name === 'TRUE' || node.name === 'FALSE') return node.name === 'TRUE';
          throw new FormulaError('#NAME?');
        case 'call': {
          const fn = FUNCTIONS[node.name];
          if (!fn) throw new FormulaError('#NAME?');
          return fn(node.args, evaluation);
        }
        case 'unary':
          return -toNumber(evaluation.scalar(node.operand));
        case 'binary':
          return operate(node.op, evaluation.scalar(node.left), evaluation.scalar(node.right));
      }
    },
    list(node) {
      if (node.kind !== 'range') return { values: [evaluation.scalar(node)], fromRange: false };
      const values: Value[] = [];
      const [top, bottom] = [Math.min(node.from.row, node.to.row), Math.max(node.from.row, node.to.row)];
      const [left, right] = [Math.min(node.from.column, node.to.column), Math.max(node.from.column, node.to.column)];
      for (let row = top; row <= bottom; row += 1) {
        for (let column = left; column <= right; column += 1) values.push(read({ ...node.from, row, column }));
      }
      return { values, fromRange: true };
    },
  };
  const result = caught(() => evaluation.scalar(root));
  // A formula that is only a reference to a blank cell shows 0; an empty text result ("") stays empty.
  return result === '' && root.kind === 'ref' ? 0 : result;
}

/** Whether a formula result counts as TRUE in a custom-formula condition. */
export function holds(result: CellValue | FormulaError): boolean {
  return result === true || (typeof result === 'number' && result !== 0);
}
