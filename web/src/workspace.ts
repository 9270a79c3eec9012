/**
 * The workspace once signed in: the plans, the period on screen and its scorecard, or a message
 * in plain words when there is none. Every load carries a sequence number so that a slow answer
 * for a period the reader has already left never overwrites the current one.
 */
import type { Scorecard } from '../../shared/engine/scorecard-model.js';
import { ApiError } from './api.js';
import { confirmCompute } from './compute-confirm.js';
import { renderExportButtons } from './export-buttons.js';
import { byId, el, fill } from './dom.js';
import { hideScope, renderScopeSelect, scopeCard, scopeNames } from './group-scope.js';
import { t } from './i18n.js';
import { openPeriodView } from './open-period-kpis.js';
import { isProvisional, openingPeriod, periodOptions } from './periods.js';
import { renderMyReport, reporterUnit } from './reporter-view.js';
import { renderReminderOutbox } from './reminder-outbox.js';
import { renderReviewQueue } from './review-queue.js';
import { hideMessage, hideScorecard, renderHeader, renderScorecard, showMessage } from './scorecard-view.js';
import { renderAccount, signOut } from './sign-in.js';
import { call, canCompute, currentPeriod, currentPlan, inPlan, now, role, state } from './state.js';
import { readViewLink, writeViewLink } from './view-link.js';

let loadSeq = 0;
/** The period's whole scorecard as answered: a change of scope draws from it without asking again. */
let wholeCard: Scorecard | null = null;

export async function start(): Promise<void> {
  byId('sign-in').hidden = true;
  byId('workspace').hidden = false;
  renderAccount(null, state.lang);
  try {
    const [me, { plans }] = await Promise.all([call('getMe', {}), call('listPlans', {})]);
    Object.assign(state, { me, plans });
  } catch (error) {
    return showFailure(error);
  }
  renderAccount(role(), state.lang);
  if (state.plans.length === 0) {
    // On the local stack a mistyped email is the likely cause: back to the demo accounts.
    const auth = state.config?.auth;
    if (auth?.kind === 'dev' && auth.demoAccounts.length > 0 && !state.me?.admin) return signOut(t(state.lang, 'noPlanForEmail', { email: state.me?.email ?? '' }));
    return showMessage([t(state.lang, 'noPlans')]);
  }
  fill(byId('plan-select'), state.plans.map((p) => el('option', { value: p.id, text: p.name })));
  // A link opens the view it names; a plan the reader may not see opens their first plan instead.
  const link = readViewLink();
  const linked = state.plans.some((p) => p.id === link.plan);
  await selectPlan(linked ? link.plan! : state.plans[0]!.id, linked ? link : { period: null, scope: null });
}

/** Another plan from the list opens on its opening period, whole; a link may name the period and scope. */
export async function selectPlan(planId: string, view: { period: string | null; scope: string | null } = { period: null, scope: null }): Promise<void> {
  Object.assign(state, { planId, periodId: null, kpiId: null, hasCard: false, scope: view.scope });
  wholeCard = null;
  byId<HTMLSelectElement>('plan-select').value = planId;
  renderAccount(role(), state.lang);
  renderComputeButton();
  renderExportButtons();
  renderPeriodOptions();
  const hasReports = (periodId: string) => call('periodStatus', inPlan(periodId)).then((s) => s.summary.submitted > 0, () => false);
  const linkedPeriod = currentPlan()!.periods.find((p) => p.id === view.period)?.id;
  await loadPeriod(linkedPeriod ?? (await openingPeriod(currentPlan()!.periods, now(), hasReports)));
}

export function renderPeriodOptions(): void {
  const plan = currentPlan();
  if (plan) fill(byId('period-select'), periodOptions(plan.periods, state.lang, state.periodId, now()));
}

/** "Tính lại" over a scorecard, "Tính bảng điểm" where there is none yet; only for those who may. */
export function renderComputeButton(): void {
  const button = byId<HTMLButtonElement>('recompute');
  button.hidden = !canCompute() || !state.planId;
  if (!button.disabled) button.textContent = t(state.lang, state.hasCard ? 'recompute' : 'compute');
}

export async function loadPeriod(periodId: string | undefined): Promise<void> {
  if (!periodId) return;
  const seq = ++loadSeq;
  document.body.dataset.state = 'loading';
  try {
    const card = await call('getScorecard', inPlan(periodId));
    if (seq === loadSeq) await showCard(periodId, card);
  } catch (error) {
    if (seq === loadSeq) await showFailure(error, periodId);
  }
}

function enterPeriod(periodId: string, hasCard: boolean): void {
  Object.assign(state, { periodId, hasCard });
  byId<HTMLSelectElement>('period-select').value = periodId;
  renderComputeButton();
  renderExportButtons();
  writeViewLink({ plan: state.planId, period: periodId, scope: state.scope });
}

async function showCard(periodId: string, card: Scorecard): Promise<void> {
  enterPeriod(periodId, true);
  wholeCard = card;
  hideMessage();
  if (await drawScope(card)) renderRoleViews(card);
}

/** The scorecard in the scope chosen (the whole plan or a group); false when another took its place meanwhile. */
async function drawScope(whole: Scorecard): Promise<boolean> {
  const shown = scopeCard(whole, state.scope, state.lang);
  state.scope = shown.scope;
  writeViewLink({ plan: state.planId, period: state.periodId, scope: shown.scope });
  renderScopeSelect(whole, shown, state.lang, (scope) => void selectScope(scope));
  renderHeader(currentPlan()!.name, currentPeriod()!, shown.card, state.lang, now());
  const open = isProvisional(currentPeriod()!, shown.card.completeness, now());
  const onGroupPick = (scope: string) => {
    byId('summary').scrollIntoView({ block: 'start' });
    void selectScope(scope);
  };
  const view = { pinnedUnitId: reporterUnit(), onGroupPick, ...scopeNames(whole, currentPlan()?.units ?? []) };
  // Drawn in steps: false when the reader has moved on to another period or scope meanwhile.
  if (!(await renderScorecard(openPeriodView(shown.card, open), state.lang, state.kpiId, (id) => (state.kpiId = id), view))) return false;
  byId('scorecard').dataset.scope = shown.scope ?? '';
  document.body.dataset.state = 'ready';
  return true;
}

/** "Phạm vi": a group of the plan (`group:<id>`) or the whole plan (null), from the scorecard on screen. */
export async function selectScope(scope: string | null): Promise<void> {
  state.scope = scope;
  if (!wholeCard || !state.periodId) return;
  document.body.dataset.state = 'loading';
  await drawScope(wholeCard);
}

/** The reporter's own report, the office's review queue: each hides itself for other roles. */
function renderRoleViews(card: Scorecard | null): void {
  const seq = loadSeq;
  const isCurrent = () => seq === loadSeq;
  const failed = (id: string) => (error: unknown) => {
    byId(id).hidden = true;
    console.error(error);
  };
  renderMyReport(reporterUnit(), card, isCurrent).catch(failed('my-report'));
  renderReviewQueue(isCurrent).catch(failed('review-queue'));
  renderReminderOutbox(isCurrent).catch(failed('reminder-outbox'));
}

async function showFailure(error: unknown, periodId?: string): Promise<void> {
  const seq = loadSeq;
  const { status, message } = error instanceof ApiError ? error : { status: -1, message: String(error) };
  document.body.dataset.state = 'error';
  hideScorecard();
  hideScope();
  wholeCard = null;
  if (status === 401) return signOut(t(state.lang, 'sessionExpired'));
  if (periodId) {
    enterPeriod(periodId, false);
    renderHeader(currentPlan()!.name, currentPeriod()!, null, state.lang, now());
    if (status === 404) renderRoleViews(null);
  }
  const retry = { label: t(state.lang, 'retry'), onClick: () => void (state.planId ? loadPeriod(state.periodId!) : start()) };
  if (status === 403) return showMessage([t(state.lang, 'forbidden')]);
  if (status === 0) return showMessage([t(state.lang, 'network')], [retry]);
  if (status !== 404 || !periodId) return showMessage([message], [retry]);
  const lines = [t(state.lang, 'noScorecard'), t(state.lang, canCompute() ? 'pressCompute' : 'askReviewer')];
  const periodStatus = await call('periodStatus', inPlan(periodId)).catch(() => null);
  if (seq !== loadSeq) return;
  if (periodStatus) lines.push(t(state.lang, 'reportsSoFar', periodStatus.summary));
  showMessage(lines, canCompute() ? [{ label: t(state.lang, 'compute'), onClick: () => void compute() }] : []);
}

export async function compute(): Promise<void> {
  const periodId = state.periodId!;
  if (!(await confirmCompute(periodId))) return;
  const seq = ++loadSeq;
  const button = byId<HTMLButtonElement>('recompute');
  button.disabled = true;
  button.textContent = t(state.lang, 'computing');
  document.body.dataset.state = 'loading';
  try {
    const card = await call('computeScorecard', inPlan(periodId));
    if (seq === loadSeq) await showCard(periodId, card);
  } catch (error) {
    if (seq === loadSeq) await showFailure(error, periodId);
  } finally {
    button.disabled = false;
    renderComputeButton();
  }
}

export function leave(): void {
  hideScorecard();
  hideScope();
  byId('my-report').hidden = true;
  byId('review-queue').hidden = true;
  hideMessage();
  Object.assign(state, { me: null, plans: [], planId: null, periodId: null, hasCard: false, scope: null });
  wholeCard = null;
  writeViewLink({ plan: null, period: null, scope: null });
  renderComputeButton();
  renderExportButtons();
  signOut();
}
