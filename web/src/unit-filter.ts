/**
 * Which units the table shows: a search by name or code, folded so that "tu ky" finds "Tứ Kỳ",
 * and one select per facet. A facet sorts units into named sets: the unit's kind, and the plan's
 * groups (a unit may be in several).
 */
import type { UnitScorecard } from '../../shared/engine/scorecard-model.js';
import { foldForSearch } from '../../shared/words/fold.js';
import type { Lang } from '../../shared/words/messages.js';
import { el } from './dom.js';
import { t, type PageWord } from './i18n.js';
import { KIND_WORDS } from './completeness.js';

export interface Facet {
  id: string;
  valuesOf(unit: UnitScorecard): readonly string[];
  label(value: string, lang: Lang): string;
  /** The select's caption, and its first choice: every unit. */
  caption: PageWord;
  every: PageWord;
}

/** Kind, then group; a group is named as the scorecard names it, or by its id. */
export function unitFacets(groupNames: ReadonlyMap<string, string>): Facet[] {
  return [
    { id: 'kind', valuesOf: (unit) => [unit.kind], label: (kind, lang) => t(lang, KIND_WORDS[kind as UnitScorecard['kind']]), caption: 'unitsFilter', every: 'allKinds' },
    { id: 'group', valuesOf: (unit) => unit.groups ?? [], label: (id) => groupNames.get(id) ?? id, caption: 'group', every: 'allGroups' },
  ];
}

export interface UnitQuery {
  text: string;
  /** Facet id → the chosen value; absent or '' for every unit. */
  facets: Record<string, string>;
}

/** A search over these units; names and codes are folded once, not on every keystroke. */
export function unitSearch(units: readonly UnitScorecard[], facets: readonly Facet[]): (query: UnitQuery) => UnitScorecard[] {
  const keys = units.map((u) => foldForSearch(`${u.name} ${u.unitId}`));
  return (query) => {
    const words = foldForSearch(query.text).split(' ').filter(Boolean);
    const chosen = facets.filter((f) => query.facets[f.id]);
    return units.filter((unit, i) => words.every((w) => keys[i]!.includes(w)) && chosen.every((f) => f.valuesOf(unit).includes(query.facets[f.id]!)));
  };
}

/** The search box and a select for each facet that tells these units apart; `onChange` after each edit of `query`. */
export function unitTools(units: readonly UnitScorecard[], facets: readonly Facet[], lang: Lang, query: UnitQuery, onChange: () => void): HTMLElement {
  const search = el('input', { type: 'search', id: 'units-search', placeholder: t(lang, 'unitsSearchHint'), autocomplete: 'off' });
  search.addEventListener('input', () => {
    query.text = search.value;
    onChange();
  });
  const selects = facets.map((facet) => {
    const values = [...new Set(units.flatMap(facet.valuesOf))];
    if (values.length < 2) return null;
    const labelled = values.map((value) => ({ value, text: facet.label(value, lang) })).sort((a, b) => a.text.localeCompare(b.text, 'vi'));
    const select = el(
      'select',
      { id: `units-${facet.id}` },
      el('option', { value: '', text: t(lang, facet.every) }),
      labelled.map(({ value, text }) => el('option', { value, text })),
    );
    select.addEventListener('change', () => {
      query.facets[facet.id] = select.value;
      onChange();
    });
    return el('label', { class: 'control' }, el('span', { text: t(lang, facet.caption) }), select);
  });
  return el('div', { class: 'units-tools', role: 'search' }, el('label', { class: 'control units-search' }, el('span', { text: t(lang, 'unitsSearch') }), search), selects);
}
