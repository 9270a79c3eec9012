/** `getRangeList([...])`: one call applies a change to several ranges of a sheet. */
import type { FakeEnv } from './env.js';
import type { Range } from './range.js';

export class RangeList {
  constructor(env: FakeEnv, private readonly ranges: Range[]) {
    return env.count(this, 'RangeList');
  }

  getRanges(): Range[] { return [...this.ranges]; }
  activate(): this { return this.each((range) => range.activate()); }
  clear(options?: Parameters<Range['clear']>[0]): this { return this.each((range) => range.clear(options)); }
  clearContent(): this { return this.each((range) => range.clearContent()); }
  clearFormat(): this { return this.each((range) => range.clearFormat()); }
  clearNote(): this { return this.each((range) => range.clearNote()); }
  clearDataValidations(): this { return this.each((range) => range.clearDataValidations()); }
  setValue(value: unknown): this { return this.each((range) => range.setValue(value)); }
  setFormula(formula: string): this { return this.each((range) => range.setFormula(formula)); }
  setNote(note: string | null): this { return this.each((range) => range.setNote(note)); }
  setBackground(color: string | null): this { return this.each((range) => range.setBackground(color)); }
  setFontColor(color: string | null): this { return this.each((range) => range.setFontColor(color)); }
  setFontWeight(weight: string | null): this { return this.each((range) => range.setFontWeight(weight)); }
  setFontStyle(style: string | null): this { return this.each((range) => range.setFontStyle(style)); }
  setFontSize(size: number): this { return this.each((range) => range.setFontSize(size)); }
  setNumberFormat(format: string): this { return this.each((range) => range.setNumberFormat(format)); }
  setHorizontalAlignment(alignment: string | null): this { return this.each((range) => range.setHorizontalAlignment(alignment)); }
  setVerticalAlignment(alignment: string | null): this { return this.each((range) => range.setVerticalAlignment(alignment)); }
  setWrap(isWrapEnabled: boolean): this { return this.each((range) => range.setWrap(isWrapEnabled)); }

  setBorder(...args: Parameters<Range['setBorder']>): this {
    return this.each((range) => range.setBorder(...args));
  }

  private each(apply: (range: Range) => unknown): this {
    for (const range of this.ranges) apply(range);
    return this;
  }
}
