/** The `SpreadsheetApp` global: the active spreadsheet, the Ui, rule builders and enums. */
import { ConditionalFormatRuleBuilder } from './conditional-format.js';
import { DataValidationBuilder } from './data-validation.js';
import { spreadsheetEnums } from './enums.js';
import type { FakeEnv } from './env.js';
import type { RangeList } from './range-list.js';
import type { Range } from './range.js';
import type { Sheet } from './sheet.js';
import type { Spreadsheet } from './spreadsheet.js';
import { Ui, type UiRecords } from './ui.js';

export class SpreadsheetApp {
  readonly BooleanCriteria = spreadsheetEnums.BooleanCriteria;
  readonly BorderStyle = spreadsheetEnums.BorderStyle;
  readonly DataValidationCriteria = spreadsheetEnums.DataValidationCriteria;
  readonly Dimension = spreadsheetEnums.Dimension;
  readonly Direction = spreadsheetEnums.Direction;
  readonly InterpolationType = spreadsheetEnums.InterpolationType;
  readonly ProtectionType = spreadsheetEnums.ProtectionType;
  readonly SheetType = spreadsheetEnums.SheetType;
  readonly WrapStrategy = spreadsheetEnums.WrapStrategy;

  /** `active` is read on each call, so `fake.reset()` can swap the spreadsheet. */
  constructor(
    private readonly env: FakeEnv,
    private readonly active: () => Spreadsheet,
    private readonly uiRecords: UiRecords,
  ) {
    return env.count(this, 'SpreadsheetApp');
  }

  getActive(): Spreadsheet { return this.active(); }
  getActiveSpreadsheet(): Spreadsheet { return this.active(); }
  getActiveSheet(): Sheet { return this.active().getActiveSheet(); }
  getActiveRange(): Range | null { return this.active().getActiveRange(); }
  setActiveSheet(sheet: Sheet): Sheet { return this.active().setActiveSheet(sheet); }
  setActiveRange(range: Range): Range { return this.active().setActiveRange(range); }
  getActiveRangeList(): RangeList | null {
    const range = this.active().getActiveRange();
    return range && range.getSheet().getRangeList([range.getA1Notation()]);
  }

  /** The fake has one spreadsheet; opening it by id works, any other id does not. */
  openById(id: string): Spreadsheet {
    if (id !== this.active().getId()) throw this.env.exception(`Unexpected error while getting the method or property openById on object SpreadsheetApp.`);
    return this.active();
  }

  getUi(): Ui { return new Ui(this.env, this.uiRecords); }
  newDataValidation(): DataValidationBuilder { return new DataValidationBuilder(this.env); }
  newConditionalFormatRule(): ConditionalFormatRuleBuilder { return new ConditionalFormatRuleBuilder(this.env); }

  /** Writes are applied at once in the fake, so there is nothing to flush; the call is billed. */
  flush(): void {}
}
