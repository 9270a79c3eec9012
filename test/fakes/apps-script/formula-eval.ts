/**
 * Evaluates parsed formulas the way Sheets does for the supported subset. Error values
 * (#DIV/0!, #VALUE!, #NAME? for unknown functions, #REF! for circular references, #ERROR! for
 * formulas the parser does not understand) propagate through operators and functions.
 */
import { isDate, type CellValue } from './cell.js';
import { parseFormula, type CellRef, type FormulaNode } from './formula.js';

export class FormulaError {
  constructor(readonly code: string) {}
}

type Value = number | string | boolean;

/** The computed value of a cell ('' when blank), or the error it evaluates to. */
export type CellLookup = (sheet: string | null, row: number, column: number) => CellValue | FormulaError;

interface Evaluation {
  scalar(node: FormulaNode): Value;
  /** Every value an argument stands for; `fromRange` tells SUM-like functions to skip text. */
  list(node: FormulaNode): { values: Value[]; fromRange: boolean };
}

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
  try {
    const result = evaluation.scalar(root);
    return result === '' ? 0 : result; // a formula pointing at a blank cell shows 0
  } catch (error) {
    if (error instanceof FormulaError) return error;
    throw error;
  }
}

/** Whether a formula result counts as TRUE in a custom-formula condition. */
export function holds(result: CellValue | FormulaError): boolean {
  return result === true || (typeof result === 'number' && result !== 0);
}

function toNumber(value: Value): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value.trim() === '') return 0;
  const number = Number(value);
  if (Number.isNaN(number)) throw new FormulaError('#VALUE!');
  return number;
}

function toBoolean(value: Value): boolean {
  if (typeof value === 'string' && !/^(true|false|)$/i.test(value)) throw new FormulaError('#VALUE!');
  return typeof value === 'string' ? value.toLowerCase() === 'true' : Boolean(value);
}

function toText(value: Value): string {
  return typeof value === 'boolean' ? String(value).toUpperCase() : String(value);
}

/** Sheets orders blank/numbers before text before booleans; text compares case-insensitively. */
function compare(left: Value, right: Value): number {
  const rank = (value: Value): number => (typeof value === 'boolean' ? 2 : typeof value === 'string' && value !== '' ? 1 : 0);
  if (rank(left) !== rank(right)) return rank(left) - rank(right);
  if (rank(left) === 1) return toText(left).toLowerCase().localeCompare(toText(right).toLowerCase());
  return toNumber(left) - toNumber(right);
}

function operate(op: string, left: Value, right: Value): Value {
  switch (op) {
    case '&': return toText(left) + toText(right);
    case '=': return compare(left, right) === 0;
    case '<>': return compare(left, right) !== 0;
    case '<': return compare(left, right) < 0;
    case '>': return compare(left, right) > 0;
    case '<=': return compare(left, right) <= 0;
    case '>=': return compare(left, right) >= 0;
    case '+': return toNumber(left) + toNumber(right);
    case '-': return toNumber(left) - toNumber(right);
    case '*': return toNumber(left) * toNumber(right);
    case '^': return toNumber(left) ** toNumber(right);
    default: {
      const divisor = toNumber(right);
      if (divisor === 0) throw new FormulaError('#DIV/0!');
      return toNumber(left) / divisor;
    }
  }
}

/** Numbers for SUM-like functions: text and booleans inside ranges are skipped. */
function numbers(args: FormulaNode[], evaluation: Evaluation): number[] {
  return args.flatMap((arg) => {
    const { values, fromRange } = evaluation.list(arg);
    return fromRange ? values.filter((value) => typeof value === 'number') : values.map(toNumber);
  });
}

function caught(work: () => Value): Value | FormulaError {
  try {
    return work();
  } catch (error) {
    if (error instanceof FormulaError) return error;
    throw error;
  }
}

/** MIN and MAX of nothing are 0 in Sheets. */
const extreme = (pick: (...values: number[]) => number, values: number[]): number => (values.length ? pick(...values) : 0);

type FormulaFunction = (args: FormulaNode[], evaluation: Evaluation) => Value;
const arg = (args: FormulaNode[], index: number): FormulaNode => args[index] ?? { kind: 'string', value: '' };

const FUNCTIONS: Record<string, FormulaFunction> = {
  SUM: (args, ev) => numbers(args, ev).reduce((sum, n) => sum + n, 0),
  MIN: (args, ev) => extreme(Math.min, numbers(args, ev)),
  MAX: (args, ev) => extreme(Math.max, numbers(args, ev)),
  COUNT: (args, ev) => args.flatMap((a) => ev.list(a).values).filter((v) => typeof v === 'number').length,
  ABS: (args, ev) => Math.abs(toNumber(ev.scalar(arg(args, 0)))),
  INT: (args, ev) => Math.floor(toNumber(ev.scalar(arg(args, 0)))),
  ROUND: (args, ev) => {
    const factor = 10 ** toNumber(args[1] ? ev.scalar(args[1]) : 0);
    return Math.round(toNumber(ev.scalar(arg(args, 0))) * factor) / factor;
  },
  IF: (args, ev) => (toBoolean(ev.scalar(arg(args, 0))) ? ev.scalar(arg(args, 1)) : args[2] ? ev.scalar(args[2]) : false),
  IFERROR: (args, ev) => {
    const value = caught(() => ev.scalar(arg(args, 0)));
    return value instanceof FormulaError ? ev.scalar(arg(args, 1)) : value;
  },
  AND: (args, ev) => args.flatMap((a) => ev.list(a).values).every(toBoolean),
  OR: (args, ev) => args.flatMap((a) => ev.list(a).values).some(toBoolean),
  NOT: (args, ev) => !toBoolean(ev.scalar(arg(args, 0))),
  ISNUMBER: (args, ev) => typeof caught(() => ev.scalar(arg(args, 0))) === 'number',
  ISBLANK: (args, ev) => caught(() => ev.scalar(arg(args, 0))) === '',
};
