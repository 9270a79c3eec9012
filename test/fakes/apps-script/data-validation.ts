/**
 * `SpreadsheetApp.newDataValidation()` and the `DataValidation` rules it builds. A new rule allows
 * invalid data (warning only) until `setAllowInvalid(false)`, as in Apps Script. Rules are only
 * enforced on user edits (see user-edit.ts): scripts may write any value into a validated cell.
 */
import { DataValidationCriteria, type DataValidationCriteriaName } from './enums.js';
import type { FakeEnv } from './env.js';

export interface ValidationSpec {
  criteria: DataValidationCriteriaName | null;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

export class DataValidationRule {
  constructor(
    private readonly env: FakeEnv,
    readonly spec: Readonly<ValidationSpec>,
  ) {
    return env.count(this, 'DataValidation');
  }

  copy(): DataValidationBuilder {
    return new DataValidationBuilder(this.env, { ...this.spec, values: [...this.spec.values] });
  }

  getAllowInvalid(): boolean {
    return this.spec.allowInvalid;
  }

  getCriteriaType(): DataValidationCriteriaName | null {
    return this.spec.criteria;
  }

  getCriteriaValues(): unknown[] {
    return [...this.spec.values];
  }

  getHelpText(): string {
    return this.spec.helpText ?? '';
  }
}

export class DataValidationBuilder {
  constructor(
    private readonly env: FakeEnv,
    private spec: ValidationSpec = { criteria: null, values: [], allowInvalid: true, helpText: null },
  ) {
    return env.count(this, 'DataValidationBuilder');
  }

  build(): DataValidationRule {
    if (this.spec.criteria === null) throw this.env.exception('You must set a criteria before building a data validation rule.');
    return new DataValidationRule(this.env, { ...this.spec, values: [...this.spec.values] });
  }

  copy(): DataValidationBuilder {
    return new DataValidationBuilder(this.env, { ...this.spec, values: [...this.spec.values] });
  }

  getAllowInvalid(): boolean {
    return this.spec.allowInvalid;
  }

  getCriteriaType(): DataValidationCriteriaName | null {
    return this.spec.criteria;
  }

  getCriteriaValues(): unknown[] {
    return [...this.spec.values];
  }

  getHelpText(): string | null {
    return this.spec.helpText;
  }

  setAllowInvalid(allowInvalidData: boolean): this {
    this.spec.allowInvalid = allowInvalidData;
    return this;
  }

  setHelpText(helpText: string): this {
    this.spec.helpText = helpText;
    return this;
  }

  withCriteria(criteria: DataValidationCriteriaName, args: unknown[]): this {
    if (!(criteria in DataValidationCriteria)) throw this.env.exception(`Invalid argument: criteria`);
    this.spec.criteria = criteria;
    this.spec.values = [...args];
    return this;
  }

  requireNumberBetween(start: number, end: number): this { return this.withCriteria('NUMBER_BETWEEN', [start, end]); }
  requireNumberNotBetween(start: number, end: number): this { return this.withCriteria('NUMBER_NOT_BETWEEN', [start, end]); }
  requireNumberEqualTo(number: number): this { return this.withCriteria('NUMBER_EQUAL_TO', [number]); }
  requireNumberNotEqualTo(number: number): this { return this.withCriteria('NUMBER_NOT_EQUAL_TO', [number]); }
  requireNumberGreaterThan(number: number): this { return this.withCriteria('NUMBER_GREATER_THAN', [number]); }
  requireNumberGreaterThanOrEqualTo(number: number): this { return this.withCriteria('NUMBER_GREATER_THAN_OR_EQUAL_TO', [number]); }
  requireNumberLessThan(number: number): this { return this.withCriteria('NUMBER_LESS_THAN', [number]); }
  requireNumberLessThanOrEqualTo(number: number): this { return this.withCriteria('NUMBER_LESS_THAN_OR_EQUAL_TO', [number]); }
  requireTextContains(text: string): this { return this.withCriteria('TEXT_CONTAINS', [text]); }
  requireTextDoesNotContain(text: string): this { return this.withCriteria('TEXT_DOES_NOT_CONTAIN', [text]); }
  requireTextEqualTo(text: string): this { return this.withCriteria('TEXT_EQUAL_TO', [text]); }
  requireTextIsEmail(): this { return this.withCriteria('TEXT_IS_VALID_EMAIL', []); }
  requireTextIsUrl(): this { return this.withCriteria('TEXT_IS_VALID_URL', []); }
  requireDate(): this { return this.withCriteria('DATE_IS_VALID_DATE', []); }
  requireFormulaSatisfied(formula: string): this { return this.withCriteria('CUSTOM_FORMULA', [formula]); }

  requireValueInList(values: string[], showDropdown = true): this {
    return this.withCriteria('VALUE_IN_LIST', [[...values], showDropdown]);
  }

  requireValueInRange(range: object, showDropdown = true): this {
    return this.withCriteria('VALUE_IN_RANGE', [range, showDropdown]);
  }

  requireCheckbox(...checkedAndUnchecked: unknown[]): this {
    return this.withCriteria('CHECKBOX', checkedAndUnchecked.slice(0, 2));
  }
}
