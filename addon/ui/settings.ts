/**
 * The settings dialog: the API address, then (from GET /v1/me) the plans the account belongs to
 * and, for roles that choose one, the unit. Saving stores them in the document's properties.
 */
import type { Account } from '../server/settings.js';
import { busy, byId, el, pageLang, replaceChildren, say, translate } from './dom.js';
import { closeDialog, run, type UserError } from './server.js';
import { WORDS } from './words.js';

const lang = pageLang();
const w = WORDS[lang];
const status = byId('status');
const apiUrl = byId<HTMLInputElement>('api-url');
const plan = byId<HTMLSelectElement>('plan');
const unit = byId<HTMLSelectElement>('unit');
const buttons = ['lookup', 'save'].map((id) => byId<HTMLButtonElement>(id));
let account: Account | null = null;

translate(w);
void run('getPanelState', lang).then((panel) => {
  apiUrl.value = panel.settings?.apiUrl ?? panel.defaultApiUrl;
  // A saved address this build may not call: the panel already holds the built one, and says why.
  if (panel.apiUrlNotice) say(byId('notice'), panel.apiUrlNotice, 'info');
  if (panel.settings) void lookup(panel.settings.planId, panel.settings.unitId);
}, fail);

function fail(error: UserError): void {
  say(status, error.message, 'error');
}

async function lookup(planId: string | null, unitId: string | null): Promise<void> {
  say(status, w.working);
  account = await run('lookupAccount', apiUrl.value, planId, lang);
  const first = account.memberships[0];
  // The units list comes with a plan: ask again once the plan is known, if the role picks a unit.
  if (planId === null && first && first.role !== 'reporter') account = await run('lookupAccount', apiUrl.value, first.planId, lang);
  byId('account').textContent = `${w.account}: ${account.email}`;
  replaceChildren(plan, ...account.memberships.map((m) => el('option', { value: m.planId }, `${m.planId} (${m.role})`)));
  plan.value = planId ?? account.memberships[0]?.planId ?? '';
  const membership = account.memberships.find((m) => m.planId === plan.value);
  const choose = membership !== undefined && membership.role !== 'reporter' && account.units.length > 0;
  byId('unit-row').hidden = !choose;
  replaceChildren(unit, el('option', { value: '' }, '—'), ...account.units.map((u) => el('option', { value: u.id }, u.name)));
  unit.value = (membership?.role === 'reporter' ? membership.unitId : unitId) ?? '';
  say(status, '');
}

buttons[0]!.addEventListener('click', () => void busy(buttons, () => lookup(plan.value || null, unit.value || null)).catch(fail));
plan.addEventListener('change', () => void busy(buttons, () => lookup(plan.value || null, null)).catch(fail));
buttons[1]!.addEventListener('click', () =>
  void busy(buttons, async () => {
    await run('saveSettings', { apiUrl: apiUrl.value, planId: plan.value || null, unitId: unit.value || null }, lang);
    say(status, w.saved, 'ok');
    setTimeout(closeDialog, 800);
  }).catch(fail),
);
