/**
 * Apps Script enums. Real enum members are opaque objects whose `toString()` is their name; here
 * each member is its name as a string, which keeps `===` comparisons and logging the same.
 */
function enumOf<const Name extends string>(...names: Name[]): Readonly<{ [K in Name]: K }> {
  return Object.freeze(Object.fromEntries(names.map((name) => [name, name]))) as { [K in Name]: K };
}

export const Button = enumOf('CLOSE', 'OK', 'CANCEL', 'YES', 'NO');
export const ButtonSet = enumOf('OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL');
export type ButtonName = keyof typeof Button;
export type ButtonSetName = keyof typeof ButtonSet;

export const DataValidationCriteria = enumOf(
  'DATE_AFTER', 'DATE_BEFORE', 'DATE_BETWEEN', 'DATE_EQUAL_TO', 'DATE_IS_VALID_DATE', 'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER', 'DATE_ON_OR_BEFORE', 'NUMBER_BETWEEN', 'NUMBER_EQUAL_TO', 'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO', 'NUMBER_LESS_THAN', 'NUMBER_LESS_THAN_OR_EQUAL_TO', 'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO', 'TEXT_CONTAINS', 'TEXT_DOES_NOT_CONTAIN', 'TEXT_EQUAL_TO', 'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL', 'VALUE_IN_LIST', 'VALUE_IN_RANGE', 'CUSTOM_FORMULA', 'CHECKBOX',
);
export type DataValidationCriteriaName = keyof typeof DataValidationCriteria;

export const BooleanCriteria = enumOf(
  'CELL_EMPTY', 'CELL_NOT_EMPTY', 'DATE_AFTER', 'DATE_BEFORE', 'DATE_EQUAL_TO', 'DATE_AFTER_RELATIVE',
  'DATE_BEFORE_RELATIVE', 'DATE_EQUAL_TO_RELATIVE', 'NUMBER_BETWEEN', 'NUMBER_EQUAL_TO', 'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO', 'NUMBER_LESS_THAN', 'NUMBER_LESS_THAN_OR_EQUAL_TO', 'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO', 'TEXT_CONTAINS', 'TEXT_DOES_NOT_CONTAIN', 'TEXT_EQUAL_TO', 'TEXT_STARTS_WITH',
  'TEXT_ENDS_WITH', 'CUSTOM_FORMULA',
);
export type BooleanCriteriaName = keyof typeof BooleanCriteria;

export const ChartType = enumOf(
  'TIMELINE', 'AREA', 'BAR', 'BUBBLE', 'CANDLESTICK', 'COLUMN', 'COMBO', 'GAUGE', 'GEO', 'HISTOGRAM', 'RADAR',
  'LINE', 'ORG', 'PIE', 'SCATTER', 'SPARKLINE', 'STEPPED_AREA', 'TABLE', 'TREEMAP', 'WATERFALL',
);
export type ChartTypeName = keyof typeof ChartType;

/** The enums SpreadsheetApp exposes that the add-in may read. */
export const spreadsheetEnums = {
  BooleanCriteria,
  BorderStyle: enumOf('DOTTED', 'DASHED', 'SOLID', 'SOLID_MEDIUM', 'SOLID_THICK', 'DOUBLE'),
  DataValidationCriteria,
  Dimension: enumOf('COLUMNS', 'ROWS'),
  Direction: enumOf('UP', 'DOWN', 'PREVIOUS', 'NEXT'),
  InterpolationType: enumOf('NUMBER', 'PERCENT', 'PERCENTILE', 'MIN', 'MAX'),
  ProtectionType: enumOf('RANGE', 'SHEET'),
  SheetType: enumOf('GRID', 'OBJECT'),
  WrapStrategy: enumOf('WRAP', 'OVERFLOW', 'CLIP'),
};

/** The enums of the `Charts` global. */
export const chartsEnums = {
  ChartType,
  ChartHiddenDimensionStrategy: enumOf(
    'IGNORE_BOTH', 'IGNORE_ROWS', 'IGNORE_COLUMNS', 'SHOW_BOTH',
  ),
  ChartMergeStrategy: enumOf('MERGE_COLUMNS', 'MERGE_ROWS'),
  Position: enumOf('TOP', 'RIGHT', 'BOTTOM', 'NONE'),
};

export const AuthMode = enumOf('NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL');
export const SandboxMode = enumOf('EMULATED', 'IFRAME', 'NATIVE');
export const XFrameOptionsMode = enumOf('ALLOWALL', 'DEFAULT');
