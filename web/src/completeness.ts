/** Who has not reported and who reported late, by name: the district office's chase list. */
import type { Completeness, UnitScorecard } from '../../shared/engine/scorecard-model.js';
import type { Lang } from '../../shared/words/messages.js';
import { el } from './dom.js';
import { t, type PageWord } from './i18n.js';

export function chaseLists(completeness: Completeness, units: readonly UnitScorecard[], lang: Lang): HTMLElement[] {
  const names = new Map(units.map((u) => [u.unitId, u.name]));
  return [
    unitList('missing-units', 'missingList', completeness.missing, names, lang),
    unitList('late-units', 'lateList', completeness.lateUnits, names, lang),
  ];
}

function unitList(id: string, heading: PageWord, unitIds: readonly string[], names: ReadonlyMap<string, string>, lang: Lang): HTMLElement {
  return el(
    'div',
    { class: 'chase-list' },
    el('h3', { text: t(lang, heading, { count: unitIds.length }) }),
    unitIds.length === 0
      ? el('p', { id, class: 'muted', text: t(lang, 'none') })
      : el('ul', { id }, unitIds.map((unitId) => el('li', { 'data-unit': unitId, text: names.get(unitId) ?? unitId }))),
  );
}
