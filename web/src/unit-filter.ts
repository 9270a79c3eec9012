/**
 * Which units the table shows: a search by name or code, folded so that "tu ky" finds "Tứ Kỳ",
 * and one select per facet. A facet sorts units into named sets; the unit's kind is the first,
 * and the plan's groups (a later issue) are meant to become one more entry of FACETS.
 */
import type { UnitScorecard } from '../../shared/engine/scorecard-model.js';
import { foldForSearch } from '../../shared/words/fold.js';
import type { Lang } from '../../shared/words/messages.js';
import { el } from './dom.js';
import { t } from './i18n.js';
import { KIND_WORDS } from './completeness.js';

interface Facet {
  id: string;
  valueOf(unit: UnitScorecard): string;
  label(value: string, lang: Lang): string;
}

const FACETS: readonly Facet[] = [{ id: 'kind', valueOf: (unit) => unit.kind, label: (kind, lang) => t(lang, KIND_WORDS[kind as UnitScorecard['kind']]) }];

export interface UnitQuery {
  text: string;
  /** Facet id → the chosen value; absent or '' for every unit. */
  facets: Record<string, string>;
}

/** A search over these units; names and codes are folded once, not on every keystroke. */
export function unitSearch(units: readonly UnitScorecard[]): (query: UnitQuery) => UnitScorecard[] {
  const keys = units.map((u) => foldForSearch(`${u.name} ${u.unitId}`));
  return (query) => {
    const words = foldForSearch(query.text).split(' ').filter(Boolean);
    const facets = FACETS.filter((f) => query.facets[f.id]);
    return units.filter((unit, i) => words.every((w) => keys[i]!.includes(w)) && facets.every((f) => f.valueOf(unit) === query.facets[f.id]));
  };
}

/** The search box and a select for each facet that tells these units apart; `onChange` after each edit of `query`. */
export function unitTools(units: readonly UnitScorecard[], lang: Lang, query: UnitQuery, onChange: () => void): HTMLElement {
  const search = el('input', { type: 'search', id: 'units-search', placeholder: t(lang, 'unitsSearchHint'), autocomplete: 'off' });
  search.addEventListener('input', () => {
    query.text = search.value;
    onChange();
  });
  const selects = FACETS.map((facet) => {
    const values = [...new Set(units.map(facet.valueOf))].sort();
    if (values.length < 2) return null;
    const select = el(
      'select',
      { id: `units-${facet.id}` },
      el('option', { value: '', text: t(lang, 'allKinds') }),
      values.map((value) => el('option', { value, text: facet.label(value, lang) })),
    );
    select.addEventListener('change', () => {
      query.facets[facet.id] = select.value;
      onChange();
    });
    return el('label', { class: 'control' }, el('span', { text: t(lang, 'unitsFilter') }), select);
  });
  return el('div', { class: 'units-tools', role: 'search' }, el('label', { class: 'control units-search' }, el('span', { text: t(lang, 'unitsSearch') }), search), selects);
}
