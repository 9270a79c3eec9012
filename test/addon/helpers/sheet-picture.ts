/**
 * A sheet of the Apps Script fake as a person would see it, drawn as an HTML grid in Chromium and
 * saved as a PNG for a human to look at: the display values, the colours and weights with the
 * conditional formatting applied, a number format's quoted text (`0.0" / 64"`) written out, and
 * the native charts listed by title and data range under the grid (the fake draws no charts).
 */
import type { Browser } from 'playwright-core';
import { displayValue } from '../../fakes/apps-script/display.js';
import type { AddonSession } from './addon.js';

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
/** The column letters of 1-based column n. */
const letters = (n: number): string => (n <= 26 ? String.fromCharCode(64 + n) : letters(Math.floor((n - 1) / 26)) + letters(((n - 1) % 26) + 1));

export async function savePicture(browser: Browser, session: AddonSession, sheetName: string, a1: string, path: string): Promise<void> {
  const { rows, charts, first } = session.fake.read(() => {
    const sheet = session.fake.spreadsheet.getSheetByName(sheetName)!;
    const range = sheet.getRange(a1);
    const formats = range.getNumberFormats();
    // The fake shows a format's number part only; Sheets adds its quoted text.
    const shown = range.getValues().map((line, r) =>
      line.map((value, c) => {
        const [, number = formats[r]![c]!, text = ''] = /^(.*?)"([^"]*)"$/.exec(formats[r]![c]!) ?? [];
        return displayValue(value, number) + text;
      }),
    );
    const looks = session.fake.renderedFormats(range);
    return {
      first: { row: range.getRow(), column: range.getColumn() },
      rows: shown.map((line, r) => line.map((text, c) => ({ text, look: looks[r]![c]! }))),
      charts: sheet.getCharts().map((chart) => `${String(chart.getOptions().get('title'))} — ${chart.getRanges().map((r) => r.getA1Notation()).join(', ')}`),
    };
  });
  const head = `<tr><th></th>${rows[0]!.map((_, c) => `<th>${letters(first.column + c)}</th>`).join('')}</tr>`;
  const body = rows
    .map((line, r) => `<tr><th>${first.row + r}</th>${line.map(({ text, look }) => `<td style="background:${look.background};color:${look.fontColor};font-weight:${look.bold ? 'bold' : 'normal'}">${escape(text)}</td>`).join('')}</tr>`)
    .join('');
  const style = 'body{font:12px Arial;margin:8px}table{border-collapse:collapse}td,th{border:1px solid #dadce0;padding:1px 4px;max-width:120px;overflow:hidden;white-space:nowrap}th{background:#f8f9fa;color:#5f6368;font-weight:normal}';
  const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
  await page.setContent(`<style>${style}</style><table>${head}${body}</table><ul>${charts.map((c) => `<li>${escape(c)}</li>`).join('')}</ul>`);
  await page.screenshot({ path, fullPage: true });
  await page.close();
}
