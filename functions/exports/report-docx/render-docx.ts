/**
 * Lays the draft's blocks out as a .docx with the `docx` library, loaded on first use so that no
 * other function carries it. The page follows the usual layout of administrative documents
 * (Nghị định 30/2020/NĐ-CP, Phụ lục I): A4 portrait, margins top and bottom 20 mm, left 30 mm,
 * right 15 mm, Times New Roman 13 pt, the masthead and signature as borderless two-column tables.
 */
import { LOCALE_TAGS } from '../../../shared/words/format.js';
import type { Lang } from '../../../shared/words/messages.js';
import type { Block, Line, TableColumn } from './draft-model.js';

type Docx = typeof import('docx');
type Alignment = Docx['AlignmentType'][keyof Docx['AlignmentType']];

/** Word measures in twentieths of a point (twips): 1 mm = 56.7 twips. */
const MM = 56.7;
const PAGE = { width: 11906, height: 16838 }; // A4
const MARGIN = { top: Math.round(20 * MM), bottom: Math.round(20 * MM), left: Math.round(30 * MM), right: Math.round(15 * MM) };
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
/** Font sizes in half-points. */
const BODY_SIZE = 26;
const TABLE_SIZE = 24;
const SMALL_SIZE = 22;
const FIRST_LINE_INDENT = Math.round(10 * MM);
/** Characters XML 1.0 forbids: a plan's names may hold them, and Word refuses a file that does. */
const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export async function renderDocx(blocks: readonly Block[], meta: { title: string; lang: Lang }): Promise<Uint8Array> {
  const docx = await import('docx');
  const { Document, Packer } = docx;
  const document = new Document({
    title: meta.title,
    creator: 'tthc-scorecards',
    styles: {
      default: {
        document: {
          run: { font: 'Times New Roman', size: BODY_SIZE, language: { value: LOCALE_TAGS[meta.lang] } },
          paragraph: { spacing: { after: 120 } },
        },
      },
    },
    sections: [{ properties: { page: { size: PAGE, margin: MARGIN } }, children: blocks.flatMap((block) => render(docx, block)) }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

function render(docx: Docx, block: Block) {
  const { Paragraph, AlignmentType } = docx;
  switch (block.kind) {
    case 'columns':
      return [twoColumns(docx, block), new Paragraph({})];
    case 'title':
      return block.lines.map((line, i) => paragraph(docx, line, { alignment: AlignmentType.CENTER, after: i === block.lines.length - 1 ? 240 : 0 }));
    case 'heading':
      return [paragraph(docx, { text: block.text, bold: true }, { before: 240, keepNext: true })];
    case 'paragraph':
      return [paragraph(docx, { text: block.text, italic: block.italic }, { alignment: AlignmentType.JUSTIFIED, indent: true })];
    case 'table':
      return [dataTable(docx, block.columns, block.rows), new Paragraph({})];
  }
}

interface ParagraphOptions {
  alignment?: Alignment;
  before?: number;
  after?: number;
  indent?: boolean;
  keepNext?: boolean;
  size?: number;
}

function paragraph(docx: Docx, line: Line, options: ParagraphOptions = {}) {
  return new docx.Paragraph({
    ...(options.alignment === undefined ? {} : { alignment: options.alignment }),
    spacing: { before: options.before ?? 0, after: options.after ?? 120 },
    ...(options.indent ? { indent: { firstLine: FIRST_LINE_INDENT } } : {}),
    ...(options.keepNext ? { keepNext: true } : {}),
    children: [
      new docx.TextRun({
        text: line.text.replace(NOT_IN_XML, ''),
        bold: line.bold ?? false,
        italics: line.italic ?? false,
        ...(line.small ? { size: SMALL_SIZE } : options.size ? { size: options.size } : {}),
      }),
    ],
  });
}

/** The masthead and the signature: two blocks of lines side by side, without borders. */
function twoColumns(docx: Docx, { leftShare, left, right, leftAligned }: Extract<Block, { kind: 'columns' }>) {
  const { Table, TableRow, TableCell, WidthType, AlignmentType, TableLayoutType, BorderStyle } = docx;
  const widths = [Math.round(TEXT_WIDTH * leftShare), TEXT_WIDTH - Math.round(TEXT_WIDTH * leftShare)];
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const cell = (lines: readonly Line[], width: number, alignment: Alignment) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      children: lines.map((line) => paragraph(docx, line, { alignment, after: 0, size: TABLE_SIZE })),
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
    rows: [new TableRow({ children: [cell(left, widths[0]!, leftAligned ? AlignmentType.LEFT : AlignmentType.CENTER), cell(right, widths[1]!, AlignmentType.CENTER)] })],
  });
}

/** A table with a repeated bold header row; numbers right-aligned. */
function dataTable(docx: Docx, columns: readonly TableColumn[], rows: readonly string[][]) {
  const { Table, TableRow, TableCell, WidthType, AlignmentType, TableLayoutType } = docx;
  const widths = columns.map((c) => Math.round(TEXT_WIDTH * c.share));
  const row = (cells: readonly string[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: cells.map(
        (text, i) =>
          new TableCell({
            width: { size: widths[i]!, type: WidthType.DXA },
            margins: { left: 80, right: 80 },
            children: [
              paragraph(docx, { text, bold: header }, {
                alignment: header ? AlignmentType.CENTER : columns[i]!.numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
                after: 0,
                size: TABLE_SIZE,
              }),
            ],
          }),
      ),
    });
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [row(columns.map((c) => c.title), true), ...rows.map((cells) => row(cells, false))],
  });
}
