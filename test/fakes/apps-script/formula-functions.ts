/** The spreadsheet functions the fake evaluates; any other name is #NAME?. */
import type { FormulaNode } from './formula.js';
import { caught, FormulaError, toBoolean, toNumber, type Value } from './formula-values.js';

export interface Evaluation {
  scalar(node: FormulaNode): Value;
  /** Every value an argument stands for; `fromRange` tells SUM-like functions to skip text. */
  list(node: FormulaNode): { values: Value[]; fromRange: boolean };
}

/** Numbers for SUM-like functions: text and booleans inside ranges are skipped. */
function numbers(args: FormulaNode[], evaluation: Evaluation): number[] {
  return args.flatMap((arg) => {
    const { values, fromRange } = evaluation.list(arg);
    return fromRange ? values.filter((value) => typeof value === 'number') : values.map(toNumber);
  });
}

/** MIN and MAX of nothing are 0 in Sheets. */
const extreme = (pick: (...values: number[]) => number, values: number[]): number => (values.length ? pick(...values) : 0);

type FormulaFunction = (args: FormulaNode[], evaluation: Evaluation) => Value;
const arg = (args: FormulaNode[], index: number): FormulaNode => args[index] ?? { kind: 'string', value: '' };

export const FUNCTIONS: Record<string, FormulaFunction> = {
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
