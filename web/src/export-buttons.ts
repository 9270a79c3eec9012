/**
 * "Tải biểu 06 (xlsx)" and "Tải dự thảo báo cáo (docx)": the files the office sends upward, for
 * the period on screen and its scope (a group's scope asks `?group=<id>`). The page signs in with
 * a bearer token, which a plain link cannot carry, so the file is fetched and then saved through
 * a Blob URL under the name the server gave it.
 */
import type { Role } from '../../shared/api/roles.js';
import { API_ROUTES } from '../../shared/api/routes.js';
import { groupOfFilter } from '../../shared/engine/scorecard-filter.js';
import { ApiError, fetchFile } from './api.js';
import { byId, el } from './dom.js';
import { t, type PageWord } from './i18n.js';
import { signOut } from './sign-in.js';
import { role, state } from './state.js';

const EXPORTS = [
  { buttonId: 'export-form-06', route: 'exportForm06', label: 'exportForm06' },
  { buttonId: 'export-report', route: 'exportReportDocx', label: 'exportReport' },
] as const satisfies readonly { buttonId: string; route: keyof typeof API_ROUTES; label: PageWord }[];

/** Shown while a period is on screen, to the roles the export routes serve (a reporter gets its own unit's figures). */
export function renderExportButtons(): void {
  const who = role();
  const allowed = who !== null && (API_ROUTES.exportForm06.roles as readonly Role[]).includes(who);
  byId('exports').hidden = !allowed || !state.planId || !state.periodId;
  byId('export-error').hidden = true;
  for (const { buttonId, route, label } of EXPORTS) {
    const button = byId<HTMLButtonElement>(buttonId);
    if (!button.disabled) button.textContent = t(state.lang, label);
    button.onclick = () => void download(button, route, label);
  }
}

async function download(button: HTMLButtonElement, route: (typeof EXPORTS)[number]['route'], label: PageWord): Promise<void> {
  const { planId, periodId, lang } = state;
  if (!planId || !periodId) return;
  const groupId = groupOfFilter(state.scope);
  const error = byId('export-error');
  error.hidden = true;
  button.disabled = true;
  button.textContent = t(lang, 'exporting');
  try {
    const file = await fetchFile(route, { planId, period: periodId }, groupId ? { group: groupId } : {}, lang);
    // Without the server's name (a cross-origin API that hides content-disposition): "<period>-form-06.xlsx".
    save(file.blob, file.fileName ?? `${periodId}-${API_ROUTES[route].path.split('/').pop()}`);
  } catch (failure) {
    const { status, message } = failure instanceof ApiError ? failure : { status: -1, message: String(failure) };
    if (status === 401) return signOut(t(lang, 'sessionExpired'));
    error.textContent = t(lang, 'exportFailed', { message: status === 0 ? t(lang, 'network') : message });
    error.hidden = false;
  } finally {
    button.disabled = false;
    button.textContent = t(state.lang, label);
  }
}

function save(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = el('a', { href: url, download: fileName, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the Blob after click() returns: the URL is let go a while later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
