/**
 * The scope on screen: the whole plan, or one of its groups (`group:<id>`, DESIGN §10). A group's
 * scorecard comes in the whole one's shape (engine/scorecard-filter.ts) with its own charts, so
 * every view draws it unchanged. A scope the scorecard does not know (an old link, another plan)
 * falls back to the whole plan, and the page says so.
 */
import { withCharts } from '../../shared/charts/charts.js';
import type { GroupScorecard, Scorecard } from '../../shared/engine/scorecard-model.js';
import { filterChoices, groupOfFilter, scorecardForGroup } from '../../shared/engine/scorecard-filter.js';
import type { Lang } from '../../shared/words/messages.js';
import { byId, el, fill } from './dom.js';
import { t } from './i18n.js';

export interface ScopedCard {
  card: Scorecard;
  /** The scope shown: null for the whole plan. */
  scope: string | null;
  group: GroupScorecard | null;
  /** The scope asked for when it could not be shown. */
  unknown: string | null;
}

export function scopeCard(whole: Scorecard, scope: string | null, lang: Lang): ScopedCard {
  if (!scope) return { card: whole, scope: null, group: null, unknown: null };
  const groupId = groupOfFilter(scope);
  const figures = groupId === null ? null : scorecardForGroup(whole, groupId);
  if (!figures) return { card: whole, scope: null, group: null, unknown: groupId ?? scope };
  return { card: withCharts(figures, lang), scope, group: whole.groups.find((g) => g.groupId === groupId)!, unknown: null };
}

/** Groups by id for the table's filter; units by id, with the plan's too: a merged unit's predecessors have left the scorecard. */
export function scopeNames(whole: Scorecard, planUnits: readonly { id: string; name: string }[]): { groupNames: Map<string, string>; unitName: (unitId: string) => string } {
  const units = new Map(planUnits.map((u) => [u.id, u.name]));
  for (const u of whole.units) units.set(u.unitId, u.name);
  return { groupNames: new Map(whole.groups.map((g) => [g.groupId, g.name])), unitName: (id) => units.get(id) ?? id };
}

/** "Phạm vi": the whole plan, then each group in rank order; hidden for a plan without groups. */
export function renderScopeSelect(whole: Scorecard, shown: ScopedCard, lang: Lang, onChange: (scope: string | null) => void): void {
  const select = byId<HTMLSelectElement>('scope-select');
  const choices = filterChoices(whole);
  byId('scope-control').hidden = choices.length === 0;
  fill(
    select,
    el('option', { value: '', text: t(lang, 'wholePlan'), selected: shown.scope === null }),
    choices.map(({ filter, name }) => el('option', { value: filter, text: name, selected: filter === shown.scope })),
  );
  select.onchange = () => onChange(select.value || null);
  const notice = byId('scope-notice');
  notice.hidden = shown.unknown === null;
  notice.textContent = shown.unknown === null ? '' : t(lang, 'scopeUnknown', { id: shown.unknown });
  // The district's heading names the group whose roll-up the cards show.
  byId('district-heading').textContent = shown.group ? t(lang, 'groupHeading', { name: shown.group.name }) : t(lang, 'districtHeading');
}

/** No scorecard on screen: nothing to choose a scope of. */
export function hideScope(): void {
  byId('scope-control').hidden = true;
  byId('scope-notice').hidden = true;
}
