/**
 * The report panel: pick a quarter, insert its template, check it (problems listed, each a link
 * to its cell), submit it and read the answer. Reviewers also get the review panel.
 */
import type { PanelState } from '../server/panel.js';
import type { ShownProblem } from '../server/problem-text.js';
import type { Receipt } from '../server/submit.js';
import { busy, byId, el, pageLang, replaceChildren, say, translate } from './dom.js';
import { startReview } from './review-panel.js';
import { run, type UserError } from './server.js';
import { WORDS } from './words.js';

const lang = pageLang();
const w = WORDS[lang];
const status = byId('status');
const periodSelect = byId<HTMLSelectElement>('period');
const buttons = ['insert', 'check', 'submit'].map((id) => byId<HTMLButtonElement>(id));

translate(w);
byId('open-settings').addEventListener('click', () => void run('openSettings', lang));
byId('setup-button').addEventListener('click', () => void run('openSettings', lang));
void start();

async function start(): Promise<void> {
  try {
    const panel = await run('getPanelState', lang);
    show(panel);
  } catch (error) {
    say(status, (error as UserError).message, 'error');
  }
}

function show(panel: PanelState): void {
  byId('setup').hidden = panel.configured;
  byId('who').textContent = panel.configured ? [panel.unitName, panel.planName].filter(Boolean).join(' · ') : '';
  if (!panel.configured) return;
  byId('report').hidden = !panel.canReport;
  const quarters = panel.periods.filter((p) => !p.derived);
  replaceChildren(periodSelect, ...quarters.map((p) => el('option', { value: p.id }, `${p.label}${p.hasTemplate ? ' ✓' : ''}`)));
  periodSelect.value = panel.currentPeriod ?? quarters[0]?.id ?? '';
  if (panel.canReport) void showMyReport();
  periodSelect.addEventListener('change', () => void showMyReport());
  if (panel.canReview) startReview(panel, lang);
}

buttons[0]!.addEventListener('click', () => act(async () => {
  const first = await run('insertTemplate', periodSelect.value, false, lang);
  if (first.outcome === 'needs-confirmation') {
    if (!window.confirm(w.overwrite)) return say(status, '');
    await run('insertTemplate', periodSelect.value, true, lang);
  }
  say(status, w.inserted, 'ok');
}));

buttons[1]!.addEventListener('click', () => act(async () => {
  const result = await run('checkReport', periodSelect.value, lang);
  showProblems(result.problems);
}));

buttons[2]!.addEventListener('click', () => act(async () => {
  const result = await run('submitReport', periodSelect.value, lang);
  showProblems(result.problems);
  if (result.receipt) showReceipt(result.receipt);
}));

function act(work: () => Promise<void>): void {
  say(status, w.working);
  replaceChildren(byId('receipt'));
  void busy(buttons, work).catch((error: UserError) => say(status, error.message, 'error'));
}

function showProblems(problems: readonly ShownProblem[]): void {
  say(status, problems.length ? `${problems.length} ${w.problems}` : w.noProblems, problems.length ? 'error' : 'ok');
  replaceChildren(byId('problems'), ...problems.map(problemItem));
}

function problemItem(problem: ShownProblem): HTMLLIElement {
  const where = problem.sheet && problem.a1 ? `${problem.sheet}!${problem.a1}` : '';
  const go = () => void (problem.sheet && problem.a1 && run('jumpToCell', problem.sheet, problem.a1, lang));
  return el('li', { className: where ? 'link' : '', onClick: go }, el('span', { className: 'where' }, where), ' ', problem.message);
}

function showReceipt(receipt: Receipt): void {
  say(status, `${w.version} ${receipt.version} · ${receipt.onTime ? w.onTime : w.late}`, receipt.onTime ? 'ok' : 'info');
  replaceChildren(
    byId('receipt'),
    el('p', {}, `${w.status}: ${w[receipt.status]}`),
    receipt.warnings.length ? el('p', { className: 'warn' }, w.warnings) : null,
    receipt.warnings.length ? el('ul', {}, ...receipt.warnings.map(problemItem)) : null,
  );
}

async function showMyReport(): Promise<void> {
  try {
    const mine = await run('getMyReport', periodSelect.value, lang);
    const review = mine?.lastReview && mine.lastReview.comment ? el('p', { className: 'comment' }, `${w.lastComment}: ${mine.lastReview.comment}`) : null;
    replaceChildren(byId('receipt'), mine ? el('p', {}, `${w.version} ${mine.version} · ${w[mine.status]} · ${mine.onTime ? w.onTime : w.late}`) : null, review);
  } catch (error) {
    say(status, (error as UserError).message, 'error');
  }
}
