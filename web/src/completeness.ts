/**
 * Who has not reported and who reported late, by name: the district office's chase list. Names
 * come grouped by kind of unit, each group a native <details>: a province's hundreds of names
 * stay folded until asked for, while a district's few are open at once.
 */
import type { Completeness, UnitScorecard } from '../../shared/engine/scorecard-model.js';
import { formatNumber } from '../../shared/words/format.js';
import type { Lang } from '../../shared/words/messages.js';
import { el } from './dom.js';
import { t, type PageWord } from './i18n.js';

/** Up to this many names in a list, its groups open by themselves. */
const OPEN_UP_TO = 20;
export const KIND_WORDS: Readonly<Record<UnitScorecard['kind'], PageWord>> = { commune: 'kind_commune', ward: 'kind_ward', 'special-zone': 'kind_special_zone', agency: 'kind_agency' };

export function chaseLists(completeness: Completeness, units: readonly UnitScorecard[], lang: Lang): HTMLElement[] {
  const byId = new Map(units.map((u) => [u.unitId, u]));
  return [
    unitList('missing-units', 'missingList', completeness.missing, byId, lang),
    unitList('late-units', 'lateList', completeness.lateUnits, byId, lang),
  ];
}

function unitList(id: string, heading: PageWord, unitIds: readonly string[], units: ReadonlyMap<string, UnitScorecard>, lang: Lang): HTMLElement {
  const open = unitIds.length <= OPEN_UP_TO;
  const groups = (Object.keys(KIND_WORDS) as UnitScorecard['kind'][]).map((kind) => {
    const ids = unitIds.filter((unitId) => (units.get(unitId)?.kind ?? 'commune') === kind);
    if (ids.length === 0) return null;
    return el(
      'details',
      { class: 'chase-group', 'data-kind': kind, open },
      el('summary', { text: `${t(lang, KIND_WORDS[kind])} (${formatNumber(ids.length, lang)})` }),
      el('ul', {}, ids.map((unitId) => el('li', { 'data-unit': unitId, text: units.get(unitId)?.name ?? unitId }))),
    );
  });
  return el(
    'div',
    { class: 'chase-list' },
    el('h3', { text: t(lang, heading, { count: unitIds.length }) }),
    unitIds.length === 0 ? el('p', { id, class: 'muted', text: t(lang, 'none') }) : el('div', { id }, groups),
  );
}
