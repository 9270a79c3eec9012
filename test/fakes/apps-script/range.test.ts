/** The fake Range: values, formulas, notes, formats, shapes and geometry. */
import { beforeEach, describe, expect, it } from 'vitest';
import { createAppsScriptFake, type AppsScriptFake } from './index.js';
import type { Sheet } from './sheet.js';

let fake: AppsScriptFake;
let sheet: Sheet;
beforeEach(() => {
  fake = createAppsScriptFake();
  sheet = fake.globals.SpreadsheetApp.getActive().getActiveSheet();
});

describe('values', () => {
  it('round-trips numbers, text and booleans; empty cells read as ""', () => {
    sheet.getRange('A1:D2').setValues([
      [7, 'Đại Sơn', true, null],
      ['42', '50%', ' 3.5 ', 'TRUE'],
    ]);
    // Strings are read as if typed: '42' → 42, '50%' → 0.5, ' 3.5 ' → 3.5, 'TRUE' → true.
    expect(sheet.getRange('A1:E2').getValues()).toEqual([
      [7, 'Đại Sơn', true, '', ''],
      [42, 0.5, 3.5, true, ''],
    ]);
  });

  it('makes a string starting with "=" a formula', () => {
    sheet.getRange('A1').setValue('=1+1');
    expect(sheet.getRange('A1').getFormula()).toBe('=1+1');
    expect(sheet.getRange('A1').getValue()).toBe(2);
  });

  it('reads "+…" and "-…" that are not numbers as formulas, like typed input', () => {
    sheet.getRange('A1:D1').setValues([['+2*3', '-A1', '-5', '+7']]);
    expect(sheet.getRange('A1:D1').getFormulas()).toEqual([['=+2*3', '=-A1', '', '']]);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([[6, -6, -5, 7]]); // -A1 = -(2 × 3)
  });

  it('keeps an apostrophe-prefixed string as text and drops the apostrophe', () => {
    sheet.getRange('A1:C1').setValues([["'=1+1", "'0123", "''quoted"]]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['=1+1', '0123', "'quoted"]]);
    expect(sheet.getRange('A1:C1').getFormulas()).toEqual([['', '', '']]);
    expect(sheet.getRange('A1:C1').getDisplayValues()).toEqual([['=1+1', '0123', "'quoted"]]);
  });

  it('setValue fills every cell of the range', () => {
    sheet.getRange('A1:B2').setValue(0);
    expect(sheet.getRange('A1:B2').getValues()).toEqual([[0, 0], [0, 0]]);
  });
});

describe('formulas', () => {
  beforeEach(() => {
    sheet.getRange('C5:C8').setValues([[3], [4], [5], ['note']]);
  });

  it('computes SUM over a range, skipping text in it', () => {
    sheet.getRange('C9').setFormula('=SUM(C5:C8)');
    expect(sheet.getRange('C9').getValue()).toBe(12); // 3 + 4 + 5; 'note' is skipped
  });

  it('computes + and - of cell references and numbers, and recomputes on read', () => {
    sheet.getRange('D1').setFormula('=C5+C6-C7+10');
    expect(sheet.getRange('D1').getValue()).toBe(12); // 3 + 4 - 5 + 10
    sheet.getRange('C5').setValue(30);
    expect(sheet.getRange('D1').getValue()).toBe(39); // 30 + 4 - 5 + 10
  });

  it('reads other sheets by quoted name', () => {
    fake.globals.SpreadsheetApp.getActive().insertSheet('Dữ liệu').getRange('A1').setValue(21);
    sheet.getRange('A1').setFormula("='Dữ liệu'!A1*2");
    expect(sheet.getRange('A1').getValue()).toBe(42);
  });

  it('evaluates errors to their codes', () => {
    sheet.getRange('A1:A4').setFormulas([['=1/0'], ['=NOSUCH(1)'], ['=A3'], ['=SUM(']]);
    expect(sheet.getRange('A1:A4').getValues()).toEqual([['#DIV/0!'], ['#NAME?'], ['#REF!'], ['#ERROR!']]);
  });

  it('adjusts relative references when one formula is set on many cells', () => {
    sheet.getRange('D1:D3').setFormula('=A1+$B$1');
    expect(sheet.getRange('D1:D3').getFormulas()).toEqual([['=A1+$B$1'], ['=A2+$B$1'], ['=A3+$B$1']]);
  });

  it('supports IF, IFERROR, AND, ISNUMBER and comparisons', () => {
    sheet.getRange('A1:A4').setFormulas([
      ['=IF(C5>=3,"ok","low")'],
      ['=IFERROR(C5/0,-1)'],
      ['=AND(ISNUMBER(C5),C5>=0,INT(C5)=C5)'],
      ['=ISNUMBER(C8)'],
    ]);
    expect(sheet.getRange('A1:A4').getValues()).toEqual([['ok'], [-1], [true], [false]]);
  });
});

describe('display values', () => {
  it('applies simple number formats and shows booleans in capitals', () => {
    sheet.getRange('A1:C1').setValues([[0.256, 1234567, true]]).setNumberFormats([['0.0%', '#,##0', '0']]);
    expect(sheet.getRange('A1:C1').getDisplayValues()).toEqual([['25.6%', '1,234,567', 'TRUE']]);
  });
});

describe('notes and formats', () => {
  it('reads and writes notes as 2-D arrays; null clears a note', () => {
    sheet.getRange('A1:B2').setNotes([['một', null], ['', 'bốn']]);
    expect(sheet.getRange('A1:B2').getNotes()).toEqual([['một', ''], ['', 'bốn']]);
    sheet.getRange('A1').setNote(null);
    expect(sheet.getRange('A1').getNote()).toBe('');
  });

  it('normalises colours to lower-case #rrggbb and resets with null', () => {
    sheet.getRange('A1:B1').setBackgrounds([['red', '#ABC']]);
    expect(sheet.getRange('A1:C1').getBackgrounds()).toEqual([['#ff0000', '#aabbcc', '#ffffff']]);
    sheet.getRange('A1').setBackground(null);
    expect(sheet.getRange('A1').getBackground()).toBe('#ffffff');
  });

  it('sets font weights per cell', () => {
    sheet.getRange('A1:B1').setFontWeights([['bold', null]]);
    expect(sheet.getRange('A1:B1').getFontWeights()).toEqual([['bold', 'normal']]);
  });

  it('clear() removes contents and formats but keeps notes', () => {
    sheet.getRange('A1').setValue(1).setBackground('#ff0000').setNote('n');
    sheet.getRange('A1').clear();
    expect([sheet.getRange('A1').getValue(), sheet.getRange('A1').getBackground(), sheet.getRange('A1').getNote()]).toEqual(['', '#ffffff', 'n']);
  });

  it('merge keeps only the top-left value; a partly overlapping merge is refused', () => {
    sheet.getRange('A1:B1').setValues([['title', 'lost']]).merge();
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['title', '']]);
    expect(() => sheet.getRange('B1:C1').merge()).toThrow('You must select all cells in a merged range to merge or unmerge them.');
  });
});

describe('shape checks', () => {
  it('throws when the data has the wrong number of rows', () => {
    expect(() => sheet.getRange('A1:B3').setValues([[1, 2], [3, 4]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.',
    );
  });

  it('throws when a row has the wrong number of columns', () => {
    expect(() => sheet.getRange('A1:B2').setValues([[1, 2], [3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
  });

  it('checks notes and backgrounds the same way, and rejects a non-2-D argument', () => {
    expect(() => sheet.getRange('A1:A2').setNotes([['x']])).toThrow('The data has 1 but the range has 2.');
    expect(() => sheet.getRange('A1').setValues('x' as never)).toThrow(
      "The parameters (String) don't match the method signature for SpreadsheetApp.Range.setValues.",
    );
  });
});

describe('geometry', () => {
  it('parses A1 notation and reports position and size', () => {
    const range = sheet.getRange('B2:D5');
    expect([range.getRow(), range.getColumn(), range.getNumRows(), range.getNumColumns(), range.getA1Notation()]).toEqual([2, 2, 4, 3, 'B2:D5']);
    expect(sheet.getRange('C:C').getNumRows()).toBe(1000);
    expect(sheet.getRange(3, 2, 2, 2).getA1Notation()).toBe('B3:C4');
  });

  it('refuses ranges outside the sheet with Apps Script messages', () => {
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange('AA1')).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange('nonsense')).toThrow('Range not found');
  });

  it('grows the sheet when columns are inserted, moving cells to the right', () => {
    sheet.getRange('B1').setValue('b');
    sheet.insertColumnsAfter(1, 30);
    expect(sheet.getMaxColumns()).toBe(56); // 26 + 30
    expect(sheet.getRange('AF1').getValue()).toBe('b'); // column 2 + 30 = 32 = AF
  });

  it('offset and getCell address cells relative to the range', () => {
    const range = sheet.getRange('B2:C3');
    expect(range.offset(1, 2).getA1Notation()).toBe('D3:E4');
    expect(range.getCell(2, 1).getA1Notation()).toBe('B3');
  });

  it('getLastRow and getDataRange count contents, not formats or notes', () => {
    sheet.getRange('C4').setValue('x');
    sheet.getRange('F9').setBackground('#ff0000').setNote('only a note');
    expect([sheet.getLastRow(), sheet.getLastColumn(), sheet.getDataRange().getA1Notation()]).toEqual([4, 3, 'A1:C4']);
  });

  it('RangeList applies one change to several ranges', () => {
    sheet.getRangeList(['A1', 'C3:D3']).setBackground('#00ff00');
    expect(sheet.getRange('A1:D3').getBackgrounds()[2]).toEqual(['#ffffff', '#ffffff', '#00ff00', '#00ff00']);
  });
});
