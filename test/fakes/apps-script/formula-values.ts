/** Formula values: the error values, and how Sheets coerces and compares values in formulas. */

export class FormulaError {
  constructor(readonly code: string) {}
}

export type Value = number | string | boolean;

export function toNumber(value: Value): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value.trim() === '') return 0;
  const number = Number(value);
  if (Number.isNaN(number)) throw new FormulaError('#VALUE!');
  return number;
}

export function toBoolean(value: Value): boolean {
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

export function operate(op: string, left: Value, right: Value): Value {
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

/** Runs `work`, turning a formula error it throws into the error value. */
export function caught(work: () => Value): Value | FormulaError {
  try {
    return work();
  } catch (error) {
    if (error instanceof FormulaError) return error;
    throw error;
  }
}
