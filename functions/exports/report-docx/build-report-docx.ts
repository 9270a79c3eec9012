/**
 * The narrative report draft as .docx bytes (issue 13): the outline of words and figures, laid
 * out by the docx renderer. The one entry the use case calls.
 */
import type { ReportDraftInput } from './draft-model.js';
import { reportOutline } from './report-outline.js';
import { periodInTitle, REPORT_WORDS } from './report-words.js';
import { renderDocx } from './render-docx.js';

export type { ReportDraftInput } from './draft-model.js';

export function buildReportDocx(input: ReportDraftInput): Promise<Uint8Array> {
  const { period, lang } = input;
  const title = REPORT_WORDS[lang].subtitle(periodInTitle(period.kind, period.year, lang));
  return renderDocx(reportOutline(input), { title, lang });
}
