/**
 * Problems as a person reads them: the shared catalog's message (shared/words/messages.ts), told with
 * the cell's own words ("Hộ tịch — Quá hạn (cột 10)") instead of a report path, and the cell to
 * jump to. The rules themselves are the shared validator's; nothing here judges a value.
 */
import { formatMessage, type Lang } from '../../shared/words/messages.js';
import { localize, type RawProblem } from '../../shared/words/problems.js';
import type { Issue } from './errors.js';
import { cellOf, type CellAddress } from './read-report.js';
import { TOTAL_WORDS } from '../../shared/report/report-labels.js';

export interface ShownProblem {
  path: string;
  code: string;
  message: string;
  /** The cell to highlight and jump to; null when the path has no cell (e.g. a wrong unit). */
  sheet: string | null;
  a1: string | null;
  row: number | null;
  column: number | null;
}

export function showProblems(raw: readonly RawProblem[], lang: Lang, cells: ReadonlyMap<string, CellAddress>): ShownProblem[] {
  const words = (path: unknown): string | undefined => {
    if (typeof path !== 'string') return undefined;
    return TOTAL_WORDS[path]?.[lang] ?? cells.get(path)?.label[lang];
  };
  return localize(raw, lang).map((problem, i) => {
    const params = { ...raw[i]!.params };
    for (const key of ['part', 'whole'] as const) {
      const named = words(params[key]);
      if (named !== undefined) params[key] = named;
    }
    const cell = cellOf(cells, problem.path);
    const path = cell?.label[lang] ?? problem.path;
    return { path: problem.path, code: problem.code, message: formatMessage(problem.code, lang, { path, ...params }), ...placeOf(cell) };
  });
}

/** Issues the server sent (already in the reader's language), placed on their cells. */
export function placeIssues(issues: readonly Issue[], cells: ReadonlyMap<string, CellAddress>): ShownProblem[] {
  return issues.map((issue) => {
    const cell = cellOf(cells, issue.path);
    return { path: issue.path, code: issue.code ?? '', message: issue.message, ...placeOf(cell) };
  });
}

function placeOf(cell: CellAddress | null): Pick<ShownProblem, 'sheet' | 'a1' | 'row' | 'column'> {
  return { sheet: cell?.sheet ?? null, a1: cell?.a1 ?? null, row: cell?.row ?? null, column: cell?.column ?? null };
}
