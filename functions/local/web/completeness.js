/** Who has not reported and who reported late, by name: the district office's chase list. */
import { el } from './dom.js';
import { t } from './i18n.js';

export function chaseLists(completeness, units, lang) {
  const names = new Map(units.map((u) => [u.unitId, u.name]));
  return [
    unitList('missing-units', t(lang, 'missingList', { count: completeness.missing.length }), completeness.missing, names, lang),
    unitList('late-units', t(lang, 'lateList', { count: completeness.lateUnits.length }), completeness.lateUnits, names, lang),
  ];
}

function unitList(id, heading, unitIds, names, lang) {
  return el(
    'div',
    { class: 'chase-list' },
    el('h3', { text: heading }),
    unitIds.length === 0
      ? el('p', { id, class: 'muted', text: t(lang, 'none') })
      : el('ul', { id }, unitIds.map((unitId) => el('li', { 'data-unit': unitId, text: names.get(unitId) ?? unitId }))),
  );
}
