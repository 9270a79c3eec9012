/**
 * Sections II and III of the draft: the units below target (per KPI, then the five lowest scores)
 * and the reports missing or late, by name. A province has thousands of units, so each KPI names
 * its worst few and counts the rest; missing and late reports are named in full, since chasing
 * them is what the list is for.
 */
import type { ScorecardFigures, UnitScorecard } from '../../../shared/engine/scorecard-model.js';
import { RATIO_KPI_IDS } from '../../../shared/kpis.js';
import { formatNumber, formatPercent } from '../../../shared/words/format.js';
import type { Lang } from '../../../shared/words/messages.js';
import { kpiLabel } from './kpi-lines.js';
import type { Block } from './draft-model.js';
import type { ReportWords } from './report-words.js';

/** Names shown per KPI below target; the others are counted. */
const NAMES_PER_KPI = 10;
export const BOTTOM_COUNT = 5;

/** Below target: a value under the target, whether `near` or `below` on the scorecard. */
const isBelowTarget = (status: string) => status === 'near' || status === 'below';

export function belowTargetSection(figures: ScorecardFigures, w: ReportWords, lang: Lang): Block[] {
  const blocks: Block[] = [];
  for (const id of RATIO_KPI_IDS) {
    const below = figures.units
      .map((u) => ({ name: u.name, kpi: u.kpis.find((k) => k.id === id)! }))
      .filter(({ kpi }) => isBelowTarget(kpi.status))
      .sort((a, b) => a.kpi.value! - b.kpi.value!);
    if (below.length === 0) continue;
    const shown = below.slice(0, NAMES_PER_KPI).map(({ name, kpi }) => `${name} ${formatPercent(kpi.value, lang)}`);
    if (below.length > NAMES_PER_KPI) shown.push(w.andOthers(formatNumber(below.length - NAMES_PER_KPI, lang)));
    blocks.push({ kind: 'paragraph', text: `- ${w.belowKpi(kpiLabel(id, lang), formatNumber(below.length, lang), shown.join('; '))}` });
  }
  if (blocks.length === 0) blocks.push({ kind: 'paragraph', text: w.noneBelow });
  return [...blocks, ...bottomUnits(figures.units, w, lang)];
}

/** The lowest scores, lowest first: units come ranked, the unranked ones last. A one-unit draft has no ranking. */
function bottomUnits(units: readonly UnitScorecard[], w: ReportWords, lang: Lang): Block[] {
  if (units.length <= 1) return [];
  const ranked = units.filter((u) => u.rank !== null);
  if (ranked.length === 0) return [{ kind: 'paragraph', text: w.noScores }];
  const bottom = ranked.slice(-BOTTOM_COUNT).reverse();
  const [rank, unit, score, belowKpis] = w.bottomColumns;
  return [
    { kind: 'paragraph', text: w.bottomFive(bottom.length, formatNumber(ranked.length, lang)) },
    {
      kind: 'table',
      columns: [
        { title: rank, share: 0.1, numeric: true },
        { title: unit, share: 0.3 },
        { title: score, share: 0.12, numeric: true },
        { title: belowKpis, share: 0.48 },
      ],
      rows: bottom.map((u) => [
        formatNumber(u.rank!, lang),
        u.name,
        formatNumber(u.score!, lang, 1),
        u.kpis.filter((k) => isBelowTarget(k.status)).map((k) => kpiLabel(k.id, lang)).join('; '),
      ]),
    },
  ];
}

export function reportsSection(figures: ScorecardFigures, w: ReportWords, lang: Lang): Block[] {
  const names = new Map(figures.units.map((u) => [u.unitId, u.name]));
  const { missing, lateUnits } = figures.completeness;
  const named = (ids: readonly string[]) => ids.map((id) => names.get(id) ?? id).join(', ');
  const blocks: Block[] = [];
  if (missing.length > 0) blocks.push({ kind: 'paragraph', text: w.missing(formatNumber(missing.length, lang), named(missing)) });
  if (lateUnits.length > 0) blocks.push({ kind: 'paragraph', text: w.late(formatNumber(lateUnits.length, lang), named(lateUnits)) });
  return blocks.length > 0 ? blocks : [{ kind: 'paragraph', text: w.allOnTime }];
}
