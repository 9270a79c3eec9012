/// <reference types="google-apps-script" />
/**
 * "Xuất báo cáo": the form 06 workbook and the draft report of a period (DESIGN §10), in the scope
 * the reader chose in the scorecard sidebar, for the sidebar to save as files. google.script.run
 * carries no Blob, so the file travels as base64 text and the sidebar saves it from a data: URL;
 * why files rather than a sheet of this spreadsheet: docs/addon.md.
 */
import { groupOfFilter } from '../../shared/engine/scorecard-filter.js';
import { formatNumber } from '../../shared/words/format.js';
import { requirePeriod, type AddonContext } from './context.js';
import { AddonError } from './errors.js';
import { storedScope } from './scorecard/scope.js';
import { say } from './words.js';

const EXPORT_ROUTES = { 'form-06': 'exportForm06', report: 'exportReportDocx' } as const;
export type ExportKind = keyof typeof EXPORT_ROUTES;

/**
 * The largest file handed to the sidebar. Google documents no limit on a google.script.run answer;
 * base64 makes it a third larger and the sidebar holds it twice (text, then the data: URL), so
 * past this the page, which streams the file, is the place to download it.
 */
export const EXPORT_MAX_BYTES = 10 * 1024 * 1024;

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  base64: string;
  /** "Đã tải …": for the sidebar's status line. */
  message: string;
}

export function exportFile(ctx: AddonContext, period: string, kind: ExportKind): ExportedFile {
  requirePeriod(ctx, period);
  const route = Object.prototype.hasOwnProperty.call(EXPORT_ROUTES, kind) ? EXPORT_ROUTES[kind] : null;
  if (!route) throw AddonError.of('unknown_export', ctx.lang, { kind: String(kind) });
  const groupId = groupOfFilter(storedScope(ctx));
  const blob = ctx.api.file(route, { planId: ctx.settings.planId, period }, groupId ? { group: groupId } : {});
  const bytes = blob.getBytes();
  const fileName = blob.getName() ?? `${period}-${kind}`;
  const size = sizeText(bytes.length, ctx);
  if (bytes.length > EXPORT_MAX_BYTES) throw AddonError.of('export_too_large', ctx.lang, { file: fileName, size, max: sizeText(EXPORT_MAX_BYTES, ctx) });
  return {
    fileName,
    mimeType: blob.getContentType() ?? 'application/octet-stream',
    base64: Utilities.base64Encode(bytes),
    message: say('export_ready', ctx.lang, { file: fileName, size }),
  };
}

/** "1,2 MB", "35 KB". */
function sizeText(bytes: number, ctx: Pick<AddonContext, 'lang'>): string {
  return bytes >= 1024 * 1024 ? `${formatNumber(bytes / (1024 * 1024), ctx.lang, 1)} MB` : `${formatNumber(Math.ceil(bytes / 1024), ctx.lang)} KB`;
}
