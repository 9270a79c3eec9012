/** Whether a value satisfies a data validation rule, as Sheets decides on a user edit. */
import { isDate, type CellValue } from './cell.js';
import type { ValidationSpec } from './data-validation.js';
import { holds } from './formula-eval.js';
import { FormulaError } from './formula-values.js';

export interface CheckContext {
  /** Evaluates a custom formula as if written in the edited cell (references already shifted). */
  evaluateInCell(formula: string): CellValue | FormulaError;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const URL_LIKE = /^(https?:\/\/)?[\w-]+(\.[\w-]+)+(\/\S*)?$/i;

/** Empty input always passes: Sheets lets a user clear a validated cell. */
export function satisfies(spec: ValidationSpec, value: CellValue, context: CheckContext): boolean {
  if (value === '') return true;
  const [a, b] = spec.values;
  const number = typeof value === 'number' ? value : null;
  const text = String(value).toLowerCase();
  const time = isDate(value) ? value.getTime() : null;
  switch (spec.criteria) {
    case 'NUMBER_BETWEEN': return number !== null && number >= Number(a) && number <= Number(b);
    case 'NUMBER_NOT_BETWEEN': return number !== null && (number < Number(a) || number > Number(b));
    case 'NUMBER_EQUAL_TO': return number === Number(a);
    case 'NUMBER_NOT_EQUAL_TO': return number !== null && number !== Number(a);
    case 'NUMBER_GREATER_THAN': return number !== null && number > Number(a);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO': return number !== null && number >= Number(a);
    case 'NUMBER_LESS_THAN': return number !== null && number < Number(a);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO': return number !== null && number <= Number(a);
    case 'TEXT_CONTAINS': return text.includes(String(a).toLowerCase());
    case 'TEXT_DOES_NOT_CONTAIN': return !text.includes(String(a).toLowerCase());
    case 'TEXT_EQUAL_TO': return text === String(a).toLowerCase();
    case 'TEXT_IS_VALID_EMAIL': return EMAIL.test(String(value));
    case 'TEXT_IS_VALID_URL': return URL_LIKE.test(String(value));
    case 'VALUE_IN_LIST': return (a as unknown[]).some((item) => String(item) === String(value));
    case 'VALUE_IN_RANGE': {
      const allowed = (a as { getValues(): unknown[][] }).getValues().flat();
      return allowed.some((item) => String(item) === String(value));
    }
    case 'CHECKBOX': return spec.values.length === 0 ? typeof value === 'boolean' : value === a || value === b;
    case 'DATE_IS_VALID_DATE': return time !== null;
    case 'CUSTOM_FORMULA': {
      return holds(context.evaluateInCell(String(a)));
    }
    default:
      return true; // date comparisons are not modelled
  }
}
