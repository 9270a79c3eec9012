/**
 * Before computing a scorecard that some units are missing from, the district office confirms
 * it in a modal dialog (native <dialog>: focus is kept inside, Esc cancels). Cancel is focused
 * first, so Enter alone does not compute.
 */
import { byId } from './dom.js';
import { t } from './i18n.js';
import { call, inPlan, state } from './state.js';

export async function confirmCompute(periodId: string): Promise<boolean> {
  const status = await call('periodStatus', inPlan(periodId)).catch(() => null);
  const summary = status?.summary;
  if (!summary || summary.submitted >= summary.expected) return true;
  const dialog = byId<HTMLDialogElement>('compute-confirm');
  byId('compute-confirm-title').textContent = t(state.lang, 'confirmComputeTitle');
  byId('compute-confirm-text').textContent = t(state.lang, 'confirmComputeText', { submitted: summary.submitted, expected: summary.expected, missing: summary.missing });
  byId('compute-cancel').textContent = t(state.lang, 'cancel');
  byId('compute-go').textContent = t(state.lang, 'confirmCompute');
  dialog.returnValue = '';
  dialog.showModal();
  return new Promise((resolve) => dialog.addEventListener('close', () => resolve(dialog.returnValue === 'compute'), { once: true }));
}
