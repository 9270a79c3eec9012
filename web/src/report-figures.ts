/**
 * The figures of a report as a compact table: the dossier totals of form 06a, then the other
 * blocks row by row in the template's own words (one wording for the sheet and the page), with
 * an optional column for the previous period's report beside them.
 */
import { DIGITAL_ROWS, FEEDBACK_ROWS, OFFICE_ROW, PROCEDURE_ROWS, SATISFACTION_ROWS, type BlockRow } from '../../shared/report/report-labels.js';
import { dossierTotals } from '../../shared/report/dossier-totals.js';
import type { ReportData } from '../../shared/report/schema.js';
import { formatNumber } from '../../shared/words/format.js';
import type { Lang } from '../../shared/words/messages.js';
import { el } from './dom.js';
import { t, type PageWord } from './i18n.js';

type Value = number | boolean | undefined;
interface FigureRow {
  label: string;
  read: (data: ReportData) => Value;
  part?: boolean;
  /** The path a warning names, e.g. `digital.eCertifiedCopies`. */
  path?: string;
}

const TOTALS: readonly [PageWord, keyof ReturnType<typeof dossierTotals>][] = [
  ['totalReceived', 'received'],
  ['totalOnline', 'online'],
  ['totalResolved', 'resolved'],
  ['totalInTime', 'resolvedInTime'],
];
const BLOCK_ROWS: readonly BlockRow[] = [...PROCEDURE_ROWS, ...DIGITAL_ROWS, ...SATISFACTION_ROWS, ...FEEDBACK_ROWS, OFFICE_ROW];

function figureRows(lang: Lang): FigureRow[] {
  return [
    ...TOTALS.map(([word, key]): FigureRow => ({ label: t(lang, word), read: (data) => dossierTotals(data.dossiers)[key], part: word.endsWith('Online') || word.endsWith('InTime') })),
    ...BLOCK_ROWS.map((row): FigureRow => ({ label: row.words[lang], path: `${row.block}.${row.key}`, read: (data) => (data[row.block] as Record<string, Value> | undefined)?.[row.key] })),
  ];
}

/** The template's words for the figure a warning's path names (`digital.eCertifiedCopies`), if it is one. */
export function figureLabel(path: string, lang: Lang): string | undefined {
  return figureRows(lang).find((row) => row.path === path)?.label;
}

/**
 * `previous` undefined: one column of figures; null: the previous column says there is none.
 * Rows a warning names are marked, so the reviewer finds the figure the warning is about.
 */
export function reportFigures(data: ReportData, lang: Lang, previous?: ReportData | null, warned: ReadonlySet<string> = new Set()): HTMLTableElement {
  const compare = previous !== undefined;
  const head = el('tr', {}, el('th', { scope: 'col', text: t(lang, 'figure') }), el('th', { scope: 'col', class: 'num', text: t(lang, 'thisPeriod') }), compare ? el('th', { scope: 'col', class: 'num', text: t(lang, 'previousPeriod') }) : null);
  const rows = figureRows(lang).map(({ label, read, part, path }) =>
    el(
      'tr',
      { class: path && warned.has(path) ? 'figure-warned' : '', 'data-path': path },
      el('th', { scope: 'row', class: part ? 'figure-part' : '' }, path && warned.has(path) ? el('span', { class: 'warn-mark', 'aria-hidden': 'true', text: '⚠ ' }) : null, label),
      el('td', { class: 'num', text: shown(read(data), lang) }),
      compare ? el('td', { class: 'num muted', text: previous ? shown(read(previous), lang) : '—' }) : null,
    ),
  );
  return el('table', { class: 'figures-table' }, el('thead', {}, head), el('tbody', {}, rows));
}

function shown(value: Value, lang: Lang): string {
  if (value === undefined) return '—';
  if (typeof value === 'boolean') return t(lang, value ? 'yes' : 'no');
  return formatNumber(value, lang);
}
