/**
 * Formatting methods of the fake `Range`: colours, fonts, number formats, alignment, wrap,
 * borders and merges. `null` resets an attribute to the sheet default, as in Apps Script.
 * Colours read back as lower-case `#rrggbb` (Sheets normalises them; a few CSS names are known).
 */
import { contains, overlaps, type GridBox } from './a1.js';
import { DEFAULT_FORMAT, type CellFormat } from './cell.js';
import { RangeCore } from './range-core.js';

const NAMED_COLORS: Record<string, string> = {
  black: '#000000', white: '#ffffff', red: '#ff0000', green: '#008000', blue: '#0000ff',
  yellow: '#ffff00', orange: '#ffa500', gray: '#808080', grey: '#808080',
};

function normalizeColor(color: string): string {
  const lower = color.trim().toLowerCase();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(lower);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  return NAMED_COLORS[lower] ?? lower;
}

type Normalize<K extends keyof CellFormat> = (value: CellFormat[K]) => CellFormat[K];
const asIs = <T>(value: T): T => value;

export interface BorderRecord {
  a1: string;
  sides: (boolean | null)[];
  color: string | null;
  style: string | null;
}

export class RangeFormatting extends RangeCore {
  getBackground(): string { return this.formats('background')[0]?.[0] ?? DEFAULT_FORMAT.background; }
  getBackgrounds(): string[][] { return this.formats('background'); }
  setBackground(color: string | null): this { return this.setFormat('background', color, normalizeColor); }
  setBackgrounds(colors: (string | null)[][]): this { return this.setFormats('setBackgrounds', 'background', colors, normalizeColor); }
  getFontColor(): string { return this.formats('fontColor')[0]?.[0] ?? DEFAULT_FORMAT.fontColor; }
  getFontColors(): string[][] { return this.formats('fontColor'); }
  setFontColor(color: string | null): this { return this.setFormat('fontColor', color, normalizeColor); }
  setFontColors(colors: (string | null)[][]): this { return this.setFormats('setFontColors', 'fontColor', colors, normalizeColor); }
  getFontWeight(): string { return this.formats('fontWeight')[0]?.[0] ?? DEFAULT_FORMAT.fontWeight; }
  getFontWeights(): string[][] { return this.formats('fontWeight'); }
  setFontWeight(weight: string | null): this { return this.setFormat('fontWeight', weight, asIs); }
  setFontWeights(weights: (string | null)[][]): this { return this.setFormats('setFontWeights', 'fontWeight', weights, asIs); }
  setFontStyle(style: string | null): this { return this.setFormat('fontStyle', style, asIs); }
  setFontSize(size: number): this { return this.setFormat('fontSize', size, asIs); }
  setFontFamily(family: string | null): this { return this.setFormat('fontFamily', family, asIs); }
  getNumberFormat(): string { return this.formats('numberFormat')[0]?.[0] ?? DEFAULT_FORMAT.numberFormat; }
  getNumberFormats(): string[][] { return this.formats('numberFormat'); }
  setNumberFormat(format: string): this { return this.setFormat('numberFormat', format, asIs); }
  setNumberFormats(formats: string[][]): this { return this.setFormats('setNumberFormats', 'numberFormat', formats, asIs); }
  getHorizontalAlignment(): string { return this.formats('horizontalAlignment')[0]?.[0] ?? DEFAULT_FORMAT.horizontalAlignment; }
  getHorizontalAlignments(): string[][] { return this.formats('horizontalAlignment'); }
  setHorizontalAlignment(alignment: string | null): this { return this.setFormat('horizontalAlignment', alignment, asIs); }
  setHorizontalAlignments(alignments: (string | null)[][]): this {
    return this.setFormats('setHorizontalAlignments', 'horizontalAlignment', alignments, asIs);
  }
  setVerticalAlignment(alignment: string | null): this { return this.setFormat('verticalAlignment', alignment, asIs); }
  getWrap(): boolean { return this.formats('wrap')[0]?.[0] ?? DEFAULT_FORMAT.wrap; }
  getWraps(): boolean[][] { return this.formats('wrap'); }
  setWrap(isWrapEnabled: boolean): this { return this.setFormat('wrap', isWrapEnabled, asIs); }
  setWraps(isWrapEnabled: boolean[][]): this { return this.setFormats('setWraps', 'wrap', isWrapEnabled, asIs); }

  /** Borders have no getter in Apps Script; the fake records them on `sheet.borders`. */
  setBorder(
    top: boolean | null, left: boolean | null, bottom: boolean | null, right: boolean | null,
    vertical: boolean | null, horizontal: boolean | null, color: string | null = null, style: string | null = null,
  ): this {
    this.refuseIfProtected();
    const sides = [top, left, bottom, right, vertical, horizontal];
    this.sheet.borders.push({ a1: this.getA1Notation(), sides, color, style });
    return this;
  }

  /** Keeps the top-left value, as Sheets does, and records the merge. */
  merge(): this {
    return this.mergeBoxes([this.box]);
  }

  mergeAcross(): this {
    const { row, column, numRows, numColumns } = this.box;
    return this.mergeBoxes(Array.from({ length: numRows }, (_, i) => ({ row: row + i, column, numRows: 1, numColumns })));
  }

  breakApart(): this {
    this.refuseIfProtected();
    this.sheet.grid.merges = this.sheet.grid.merges.filter((merge) => !overlaps(merge, this.box));
    return this;
  }

  isPartOfMerge(): boolean {
    return this.sheet.grid.merges.some((merge) => overlaps(merge, this.box));
  }

  private mergeBoxes(boxes: GridBox[]): this {
    if (this.sheet.grid.merges.some((merge) => boxes.some((box) => overlaps(merge, box) && !contains(box, merge)))) {
      throw this.env.exception('You must select all cells in a merged range to merge or unmerge them.');
    }
    this.breakApart();
    for (const box of boxes) {
      this.sheet.grid.forEach(box, (cell, row, column) => {
        if (row !== box.row || column !== box.column) Object.assign(cell, { value: '', formula: '' });
      });
      this.sheet.grid.merges.push({ ...box });
    }
    return this;
  }

  private formats<K extends keyof CellFormat>(key: K): CellFormat[K][][] {
    return this.read((cell) => cell.format[key] ?? DEFAULT_FORMAT[key]);
  }

  private setFormat<K extends keyof CellFormat>(key: K, value: CellFormat[K] | null, normalize: Normalize<K>): this {
    this.refuseIfProtected();
    this.sheet.grid.forEach(this.box, (cell) => {
      if (value === null) delete cell.format[key];
      else cell.format[key] = normalize(value);
    });
    return this;
  }

  private setFormats<K extends keyof CellFormat>(method: string, key: K, values: unknown, normalize: Normalize<K>): this {
    return this.write<CellFormat[K] | null>(method, values, (cell, value) => {
      if (value === null) delete cell.format[key];
      else cell.format[key] = normalize(value);
    });
  }
}
