/**
 * The district office's part of the panel: the period's status (missing, late, returned…) per
 * unit, accept or return each report with a comment, and compute the scorecard.
 */
import { formatVietnamTime } from '../../shared/words/format.js';
import type { PanelState } from '../server/panel.js';
import type { RouteResponse } from '../../shared/api/contract.js';
import { busy, byId, el, replaceChildren, say } from './dom.js';
import { run, type UserError } from './server.js';
import { WORDS } from './words.js';

export function startReview(panel: PanelState, lang: 'vi' | 'en'): void {
  const w = WORDS[lang];
  const status = byId('review-status');
  const select = byId<HTMLSelectElement>('review-period');
  const comment = byId<HTMLTextAreaElement>('comment');
  const buttons = ['refresh-status', 'compute'].map((id) => byId<HTMLButtonElement>(id));
  byId('review').hidden = false;
  replaceChildren(select, ...panel.periods.map((p) => el('option', { value: p.id }, p.label)));
  select.value = panel.currentPeriod ?? panel.periods[0]?.id ?? '';

  const act = (work: () => Promise<void>) => void busy(buttons, work).catch((error: UserError) => say(status, error.message, 'error'));
  const refresh = () =>
    act(async () => {
      say(status, w.working);
      const period = await run('getPeriodStatus', select.value, lang);
      const s = period.summary;
      say(status, `${s.submitted}/${s.expected} · ${w.late}: ${s.late} · ${w.missing}: ${s.missing}`);
      replaceChildren(byId('units'), ...period.units.map((unit) => unitRow(unit)));
    });

  function unitRow(unit: RouteResponse<'periodStatus'>['units'][number]): HTMLTableRowElement {
    const label = unit.missing ? w.missing : `${w[unit.status as 'submitted' | 'accepted' | 'returned']}${unit.late ? ` · ${w.late}` : ''}`;
    const decide = (decision: 'accept' | 'return') => () =>
      act(async () => {
        await run('reviewReport', select.value, unit.unitId, decision, comment.value, lang);
        comment.value = '';
        refresh();
      });
    const quarter = !panel.periods.find((p) => p.id === select.value)?.derived;
    return el(
      'tr',
      { className: unit.missing ? 'missing' : unit.late ? 'late' : unit.status },
      el('td', {}, unit.name),
      el('td', {}, label),
      el('td', {}, quarter && !unit.missing ? el('button', { onClick: decide('accept'), title: w.accept }, '✓') : null,
        quarter && !unit.missing ? el('button', { onClick: decide('return'), title: w.return }, '↩') : null),
    );
  }

  buttons[0]!.addEventListener('click', refresh);
  buttons[1]!.addEventListener('click', () =>
    act(async () => {
      const done = await run('computeScorecard', select.value, lang);
      say(status, `${w.computedAt} ${formatVietnamTime(done.computedAt)} · ${done.submitted}/${done.expected}`, 'ok');
    }),
  );
  select.addEventListener('change', refresh);
  refresh();
}
