/**
 * The text of an .xlsx as a reader sees it: each sheet's name, then its cells' shown text row by
 * row, one per line, read back with exceljs (the library the export writes with).
 */
import ExcelJS from 'exceljs';

export async function workbookText(bytes: Uint8Array): Promise<string> {
  const book = new ExcelJS.Workbook();
  // exceljs's types predate Node's generic Buffer.
  await book.xlsx.load(bytes as never);
  const texts: string[] = [];
  book.eachSheet((sheet) => {
    texts.push(sheet.name);
    sheet.eachRow((row) => row.eachCell((cell) => texts.push(cell.text)));
  });
  return texts.join('\n');
}
