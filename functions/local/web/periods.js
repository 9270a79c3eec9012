/** Choosing among a plan's periods (from GET /v1/plans): which to try first, and how to list them. */
import { el } from './dom.js';
import { periodName } from './format.js';

/** Newest window first; at equal ends a quarter before the derived period that ends with it. */
export function latestFirst(periods) {
  return [...periods].sort((a, b) => b.to.localeCompare(a.to) || Number(a.derived) - Number(b.derived));
}

/** Where to land when no period has a scorecard yet: the last quarter already begun, by the reader's clock. */
export function fallbackPeriod(periods, today = new Date().toISOString().slice(0, 10)) {
  const quarters = periods.filter((p) => !p.derived);
  return quarters.filter((p) => p.from <= today).at(-1) ?? quarters[0];
}

export function periodOptions(periods, lang, selectedId) {
  return periods.map((p) => el('option', { value: p.id, text: periodName(p.id, lang), selected: p.id === selectedId }));
}
