/// <reference types="google-apps-script" />
/** The add-in's HTML: the report panel and the scorecard in the sidebar, settings in a dialog. */

export const HTML_FILES = { panel: 'Sidebar', scorecard: 'Scorecard', settings: 'Settings' } as const;

export function showPanel(): void {
  const html = HtmlService.createHtmlOutputFromFile(HTML_FILES.panel).setTitle('Báo cáo TTHC');
  SpreadsheetApp.getUi().showSidebar(html);
}

export function showScorecard(): void {
  const html = HtmlService.createHtmlOutputFromFile(HTML_FILES.scorecard).setTitle('Bảng điểm KPI');
  SpreadsheetApp.getUi().showSidebar(html);
}

export function showSettings(): void {
  const html = HtmlService.createHtmlOutputFromFile(HTML_FILES.settings).setWidth(460).setHeight(520);
  SpreadsheetApp.getUi().showModalDialog(html, 'Cài đặt / Settings');
}
