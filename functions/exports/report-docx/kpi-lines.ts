/**
 * Section I of the draft: the dossiers and reports of the period, then one line per KPI against
 * its target, its previous period and the same period a year before. The dossier counts are the
 * KPIs' own numerators and denominators (received = online_submission's denominator, resolved =
 * on_time_resolution's), so the text can never disagree with the scorecard.
 */
import { parsePeriodId, previousPeriodId } from '../../../shared/calendar.js';
import { periodLabel, STATUS_LABELS } from '../../../shared/charts/labels.js';
import type { KpiResult } from '../../../shared/engine/scorecard-model.js';
import { KPI_LABELS, type KpiId } from '../../../shared/kpis.js';
import { formatNumber, formatPercent, toPercent } from '../../../shared/words/format.js';
import type { Lang } from '../../../shared/words/messages.js';
import type { Block, ReportDraftInput } from './draft-model.js';
import type { ReportWords } from './report-words.js';

export function kpiSection({ figures, period, lastYear, lang }: ReportDraftInput, w: ReportWords): Block[] {
  const kpis = new Map(figures.district.kpis.map((k) => [k.id, k]));
  const n = (value: number) => formatNumber(value, lang);
  const online = kpis.get('online_submission');
  const inTime = kpis.get('on_time_resolution');
  const { expected, submitted, onTime, late, missing } = figures.completeness;
  const blocks: Block[] = [];
  if (online && inTime) {
    blocks.push({ kind: 'paragraph', text: w.dossiers(n(online.denominator), n(online.numerator), n(inTime.denominator), n(inTime.numerator)) });
  }
  blocks.push({ kind: 'paragraph', text: w.reporting(n(submitted), n(expected), n(onTime), n(late), n(missing.length)) });
  blocks.push({ kind: 'paragraph', text: w.kpisIntro });

  const previousId = previousPeriodId(period.id);
  const sameLastYear = `${period.year - 1}-${parsePeriodId(period.id)!.kind}`;
  const before = new Map((lastYear ?? []).map((k) => [k.id, k]));
  for (const kpi of figures.district.kpis) {
    const parts = [
      currentPart(kpi, w, lang),
      previousId === null ? w.noPrevious : w.previous(periodLabel(previousId, lang), comparison(kpi.value, kpi.previous, w, lang)),
      w.lastYear(periodLabel(sameLastYear, lang), lastYear === null ? w.noData : comparison(kpi.value, before.get(kpi.id)?.value ?? null, w, lang)),
    ];
    blocks.push({ kind: 'paragraph', text: `- ${parts.join('; ')}.` });
  }
  return blocks;
}

/** "Giải quyết trước, đúng hạn: 90,0% (270/300); mục tiêu 100,0%: gần đạt". */
function currentPart(kpi: KpiResult, w: ReportWords, lang: Lang): string {
  const label = kpiLabel(kpi.id, lang);
  const target = kpi.target === null ? w.noTarget : formatPercent(kpi.target, lang);
  if (kpi.value === null) return w.kpiNoData(label, target);
  const fraction = `${formatNumber(kpi.numerator, lang)}/${formatNumber(kpi.denominator, lang)}`;
  return w.kpiLine(label, formatPercent(kpi.value, lang), fraction, target, STATUS_LABELS[kpi.status][lang].toLocaleLowerCase(lang));
}

/** The earlier value and the change in percentage points, both as rounded for display. */
function comparison(value: number | null, earlier: number | null, w: ReportWords, lang: Lang): string {
  if (earlier === null) return w.noData;
  const [now, then] = [toPercent(value), toPercent(earlier)!];
  if (now === null) return formatPercent(earlier, lang);
  const points = Math.round((now - then) * 10) / 10;
  return `${formatPercent(earlier, lang)}, ${points === 0 ? w.unchanged : w.change(formatNumber(Math.abs(points), lang, 1), points > 0)}`;
}

export const kpiLabel = (id: KpiId, lang: Lang): string => KPI_LABELS[id][lang];
