/**
 * The leadership scorecard page: sign in, pick a plan and a period, read the scorecard. State
 * lives here; views are in scorecard-view.js. Every load carries a sequence number so that a
 * slow answer for a period the reader has already left never overwrites the current one.
 */
import { api, session } from './api.js';
import { byId, el, fill } from './dom.js';
import { applyStaticText, t } from './i18n.js';
import { fallbackPeriod, latestFirst, periodOptions } from './periods.js';
import { hideMessage, hideScorecard, renderHeader, renderScorecard, showMessage } from './scorecard-view.js';
import { renderAccount, renderDemoAccounts, setUpSignIn, showSignIn, submit } from './sign-in.js';

const LANG_KEY = 'scorecard.lang';
const state = { lang: localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'vi', me: null, plans: [], planId: null, periodId: null, kpiId: null };
let loadSeq = 0;

const getLang = () => state.lang;
const currentPlan = () => state.plans.find((p) => p.id === state.planId);
const currentPeriod = () => currentPlan()?.periods.find((p) => p.id === state.periodId);
const path = (...parts) => parts.map(encodeURIComponent).join('/');

function role() {
  if (state.me?.admin) return 'admin';
  return state.me?.memberships.find((m) => m.planId === state.planId)?.role ?? null;
}
const canRecompute = () => role() === 'reviewer' || role() === 'admin';

function applyLanguage() {
  document.documentElement.lang = state.lang;
  applyStaticText(document, state.lang);
  for (const button of document.querySelectorAll('[data-lang]')) button.setAttribute('aria-pressed', String(button.dataset.lang === state.lang));
  renderDemoAccounts(state.lang, (email) => submit(email, getLang, start));
  renderAccount(role(), state.lang);
  renderPeriodOptions();
}

async function setLanguage(lang) {
  state.lang = lang;
  localStorage.setItem(LANG_KEY, lang);
  applyLanguage();
  // Chart words and API messages come from the server in the reader's language: fetch again.
  if (state.periodId) await loadPeriod([state.periodId]);
}

async function start() {
  byId('sign-in').hidden = true;
  byId('workspace').hidden = false;
  renderAccount(null, state.lang);
  try {
    const [me, { plans }] = await Promise.all([api('/v1/me', { lang: state.lang }), api('/v1/plans', { lang: state.lang })]);
    Object.assign(state, { me, plans });
  } catch (error) {
    return showFailure(error);
  }
  renderAccount(role(), state.lang);
  if (state.plans.length === 0) return showMessage([t(state.lang, 'noPlans')]);
  fill(byId('plan-select'), state.plans.map((p) => el('option', { value: p.id, text: p.name })));
  await selectPlan(state.plans[0].id);
}

async function selectPlan(planId) {
  Object.assign(state, { planId, periodId: null, kpiId: null });
  byId('plan-select').value = planId;
  byId('recompute').hidden = !canRecompute();
  renderAccount(role(), state.lang);
  renderPeriodOptions();
  await loadPeriod(latestFirst(currentPlan().periods).map((p) => p.id), fallbackPeriod(currentPlan().periods).id);
}

function renderPeriodOptions() {
  const plan = currentPlan();
  if (plan) fill(byId('period-select'), periodOptions(plan.periods, state.lang, state.periodId));
}

/** Shows the first of `candidates` that has a scorecard; if none has, says so for `ifNone`. */
async function loadPeriod(candidates, ifNone = candidates[0]) {
  const seq = ++loadSeq;
  document.body.dataset.state = 'loading';
  for (const periodId of candidates) {
    try {
      const card = await api(`/v1/plans/${path(state.planId, 'scorecards', periodId)}`, { lang: state.lang });
      if (seq === loadSeq) showCard(periodId, card);
      return;
    } catch (error) {
      if (seq !== loadSeq) return;
      if (error.status !== 404) return showFailure(error, periodId);
    }
  }
  await showFailure({ status: 404 }, ifNone);
}

function enterPeriod(periodId) {
  state.periodId = periodId;
  byId('period-select').value = periodId;
}

function showCard(periodId, card) {
  enterPeriod(periodId);
  hideMessage();
  renderHeader(currentPlan(), currentPeriod(), card, state.lang);
  renderScorecard(card, state.lang, { kpiId: state.kpiId, onKpiChange: (id) => (state.kpiId = id) });
  document.body.dataset.state = 'ready';
}

async function showFailure(error, periodId) {
  const seq = loadSeq;
  document.body.dataset.state = 'error';
  hideScorecard();
  if (error.status === 401) {
    session.clear();
    return showSignIn(t(state.lang, 'sessionExpired'));
  }
  if (periodId) {
    enterPeriod(periodId);
    renderHeader(currentPlan(), currentPeriod(), null, state.lang);
  }
  const retry = { label: t(state.lang, 'retry'), onClick: () => (state.planId ? loadPeriod([state.periodId]) : start()) };
  if (error.status === 403) return showMessage([t(state.lang, 'forbidden')]);
  if (error.status === 0) return showMessage([t(state.lang, 'network')], [retry]);
  if (error.status !== 404) return showMessage([error.message], [retry]);
  const lines = [t(state.lang, 'noScorecard'), t(state.lang, canRecompute() ? 'pressRecompute' : 'askReviewer')];
  const status = await api(`/v1/plans/${path(state.planId, 'periods', periodId, 'status')}`, { lang: state.lang }).catch(() => null);
  if (seq !== loadSeq) return;
  if (status) lines.push(t(state.lang, 'reportsSoFar', status.summary));
  showMessage(lines, canRecompute() ? [{ label: t(state.lang, 'recompute'), onClick: recompute }] : []);
}

async function recompute() {
  const seq = ++loadSeq;
  const button = byId('recompute');
  button.disabled = true;
  button.textContent = t(state.lang, 'recomputing');
  document.body.dataset.state = 'loading';
  try {
    const card = await api(`/v1/plans/${path(state.planId, 'scorecards', state.periodId, 'compute')}`, { method: 'POST', lang: state.lang });
    if (seq === loadSeq) showCard(state.periodId, card);
  } catch (error) {
    if (seq === loadSeq) await showFailure(error, state.periodId);
  } finally {
    button.disabled = false;
    button.textContent = t(state.lang, 'recompute');
  }
}

function signOut() {
  session.clear();
  hideScorecard();
  hideMessage();
  byId('recompute').hidden = true;
  Object.assign(state, { me: null, plans: [], planId: null, periodId: null });
  showSignIn();
}

setUpSignIn(getLang, start);
byId('sign-out').addEventListener('click', signOut);
byId('recompute').addEventListener('click', recompute);
byId('plan-select').addEventListener('change', (e) => selectPlan(e.target.value));
byId('period-select').addEventListener('change', (e) => loadPeriod([e.target.value]));
for (const button of document.querySelectorAll('[data-lang]')) button.addEventListener('click', () => setLanguage(button.dataset.lang));
applyLanguage();
if (session.token) void start();
else showSignIn();
