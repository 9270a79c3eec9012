/**
 * `SpreadsheetApp.newConditionalFormatRule()`, the rules it builds and their `BooleanCondition`.
 * Boolean conditions only: gradient rules are not modelled (`getGradientCondition()` is null).
 * Which rule paints a cell is worked out in rendered-format.ts.
 */
import { BooleanCriteria, type BooleanCriteriaName } from './enums.js';
import type { FakeEnv } from './env.js';
import type { Range } from './range.js';

export interface ConditionStyle {
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
  strikethrough: boolean | null;
  underline: boolean | null;
}

export interface ConditionalFormatSpec {
  criteria: BooleanCriteriaName | null;
  values: unknown[];
  style: ConditionStyle;
  ranges: Range[];
}

const copySpec = (spec: ConditionalFormatSpec): ConditionalFormatSpec => ({
  ...spec,
  values: [...spec.values],
  style: { ...spec.style },
  ranges: [...spec.ranges],
});

export class BooleanCondition {
  constructor(private readonly spec: ConditionalFormatSpec, env: FakeEnv) {
    return env.count(this, 'BooleanCondition');
  }

  getCriteriaType(): BooleanCriteriaName | null { return this.spec.criteria; }
  getCriteriaValues(): unknown[] { return [...this.spec.values]; }
  getBackground(): string | null { return this.spec.style.background; }
  getFontColor(): string | null { return this.spec.style.fontColor; }
  getBold(): boolean | null { return this.spec.style.bold; }
  getItalic(): boolean | null { return this.spec.style.italic; }
  getStrikethrough(): boolean | null { return this.spec.style.strikethrough; }
  getUnderline(): boolean | null { return this.spec.style.underline; }
}

export class ConditionalFormatRule {
  constructor(private readonly env: FakeEnv, readonly spec: Readonly<ConditionalFormatSpec>) {
    return env.count(this, 'ConditionalFormatRule');
  }

  copy(): ConditionalFormatRuleBuilder { return new ConditionalFormatRuleBuilder(this.env, copySpec(this.spec)); }
  getBooleanCondition(): BooleanCondition { return new BooleanCondition(this.spec, this.env); }
  getGradientCondition(): null { return null; }
  getRanges(): Range[] { return [...this.spec.ranges]; }
}

const EMPTY_STYLE: ConditionStyle = { background: null, fontColor: null, bold: null, italic: null, strikethrough: null, underline: null };

export class ConditionalFormatRuleBuilder {
  constructor(
    private readonly env: FakeEnv,
    private readonly spec: ConditionalFormatSpec = { criteria: null, values: [], style: { ...EMPTY_STYLE }, ranges: [] },
  ) {
    return env.count(this, 'ConditionalFormatRuleBuilder');
  }

  /** Apps Script refuses a rule without a condition or without ranges. */
  build(): ConditionalFormatRule {
    if (this.spec.criteria === null) throw this.env.exception('A conditional format rule must have a condition.');
    if (this.spec.ranges.length === 0) throw this.env.exception('A conditional format rule must have at least one range.');
    return new ConditionalFormatRule(this.env, copySpec(this.spec));
  }

  copy(): ConditionalFormatRuleBuilder { return new ConditionalFormatRuleBuilder(this.env, copySpec(this.spec)); }
  getBooleanCondition(): BooleanCondition | null { return this.spec.criteria ? new BooleanCondition(copySpec(this.spec), this.env) : null; }
  getGradientCondition(): null { return null; }
  getRanges(): Range[] { return [...this.spec.ranges]; }

  setRanges(ranges: Range[]): this { return this.set({ ranges: [...ranges] }); }
  setBackground(color: string | null): this { return this.style({ background: color }); }
  setFontColor(color: string | null): this { return this.style({ fontColor: color }); }
  setBold(bold: boolean | null): this { return this.style({ bold }); }
  setItalic(italic: boolean | null): this { return this.style({ italic }); }
  setStrikethrough(strikethrough: boolean | null): this { return this.style({ strikethrough }); }
  setUnderline(underline: boolean | null): this { return this.style({ underline }); }

  withCriteria(criteria: BooleanCriteriaName, args: unknown[]): this {
    if (!(criteria in BooleanCriteria)) throw this.env.exception('Invalid argument: criteria');
    return this.set({ criteria, values: [...args] });
  }

  whenCellEmpty(): this { return this.withCriteria('CELL_EMPTY', []); }
  whenCellNotEmpty(): this { return this.withCriteria('CELL_NOT_EMPTY', []); }
  whenFormulaSatisfied(formula: string): this { return this.withCriteria('CUSTOM_FORMULA', [formula]); }
  whenNumberBetween(start: number, end: number): this { return this.withCriteria('NUMBER_BETWEEN', [start, end]); }
  whenNumberNotBetween(start: number, end: number): this { return this.withCriteria('NUMBER_NOT_BETWEEN', [start, end]); }
  whenNumberEqualTo(number: number): this { return this.withCriteria('NUMBER_EQUAL_TO', [number]); }
  whenNumberNotEqualTo(number: number): this { return this.withCriteria('NUMBER_NOT_EQUAL_TO', [number]); }
  whenNumberGreaterThan(number: number): this { return this.withCriteria('NUMBER_GREATER_THAN', [number]); }
  whenNumberGreaterThanOrEqualTo(number: number): this { return this.withCriteria('NUMBER_GREATER_THAN_OR_EQUAL_TO', [number]); }
  whenNumberLessThan(number: number): this { return this.withCriteria('NUMBER_LESS_THAN', [number]); }
  whenNumberLessThanOrEqualTo(number: number): this { return this.withCriteria('NUMBER_LESS_THAN_OR_EQUAL_TO', [number]); }
  whenTextContains(text: string): this { return this.withCriteria('TEXT_CONTAINS', [text]); }
  whenTextDoesNotContain(text: string): this { return this.withCriteria('TEXT_DOES_NOT_CONTAIN', [text]); }
  whenTextEqualTo(text: string): this { return this.withCriteria('TEXT_EQUAL_TO', [text]); }
  whenTextStartsWith(text: string): this { return this.withCriteria('TEXT_STARTS_WITH', [text]); }
  whenTextEndsWith(text: string): this { return this.withCriteria('TEXT_ENDS_WITH', [text]); }

  private set(change: Partial<ConditionalFormatSpec>): this {
    Object.assign(this.spec, change);
    return this;
  }

  private style(change: Partial<ConditionStyle>): this {
    Object.assign(this.spec.style, change);
    return this;
  }
}
