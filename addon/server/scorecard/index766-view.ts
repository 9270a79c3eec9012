/**
 * What the scorecard sidebar shows of the 766 estimate (DESIGN §10 `index766`), as text ready to
 * print: the scope's total (the whole plan's or the group's), the reader's own unit's when the
 * settings name one in the scope, that estimate's indicators (or the scope's, without a unit)
 * and the points the unit could gain, always labelled an estimate, with the help text. Pure.
 */
import type { Index766, Scorecard } from '../../../shared/engine/scorecard-model.js';
import { formatNumber, formatPercent } from '../../../shared/words/format.js';
import { gainText, index766Help, indicatorTitle } from '../../../shared/engine/index766/words.js';
import type { Lang } from '../../../shared/words/messages.js';
import { pageText } from '../../../shared/words/page-words.js';

export interface Index766Line {
  id: string;
  label: string;
  /** "82,0% · 16,4/20", "không có số liệu" or "cần dữ liệu Cổng DVCQG". */
  value: string;
  basis: 'form-06' | 'portal';
}

export interface Index766Panel {
  /** "Chỉ số 766 (ước tính): 38,5/64 điểm", or "… không có số liệu". */
  total: string;
  /** "Xã A: 40,2/64 điểm (ước tính)"; null without a unit of the reader's in the scope. */
  unit: string | null;
  indicators: Index766Line[];
  /** The unit's, largest first: "3 hồ sơ nữa thanh toán trực tuyến → +0,8 điểm". */
  gains: string[];
  /** What the gains list says when it is empty; null without a unit. */
  noGains: string | null;
  help: string;
  /** The section's own headings: title, help, gains, indicators. */
  words: { title: string; help: string; gains: string; indicators: string };
}

/** Points to one decimal, a whole ceiling without one: "41,2/64". */
const points = (value: number, lang: Lang) => formatNumber(value, lang, 1);
const ceiling = (max: number, lang: Lang) => formatNumber(max, lang, Number.isInteger(max) ? 0 : 1);
const figures = (estimate: Index766, lang: Lang) => ({ points: points(estimate.points, lang), max: ceiling(estimate.max, lang) });

export function index766Panel(card: Scorecard, lang: Lang, unitId: string | null): Index766Panel {
  const scope = card.district.index766;
  const unit = unitId === null ? undefined : card.units.find((u) => u.unitId === unitId);
  const shown = unit?.index766 ?? scope;
  return {
    total: scope.max === 0 ? pageText(lang, 'index766NoData') : pageText(lang, 'index766Summary', figures(scope, lang)),
    unit: unit ? unitLine(unit.name, unit.index766, lang) : null,
    indicators: shown.indicators.map((i) => ({ id: i.id, label: indicatorTitle(i.id, lang), value: indicatorValue(i, lang), basis: i.basis })),
    gains: unit ? unit.index766.gains.map((g) => gainText(g, lang)) : [],
    noGains: unit ? pageText(lang, 'gainsNone') : null,
    help: index766Help(lang),
    words: { title: pageText(lang, 'index766'), help: pageText(lang, 'index766Help'), gains: pageText(lang, 'gainsHeading'), indicators: pageText(lang, 'indicator') },
  };
}

/** No estimated indicator at all reads "no data", never 0 points. */
function unitLine(name: string, estimate: Index766, lang: Lang): string {
  return estimate.max === 0 ? `${name}: ${pageText(lang, 'index766NoData')}` : pageText(lang, 'index766Unit', { unit: name, ...figures(estimate, lang) });
}

function indicatorValue(indicator: Index766['indicators'][number], lang: Lang): string {
  if (indicator.basis === 'portal') return pageText(lang, 'basis_portal');
  if (indicator.rate === null || indicator.points === null) return pageText(lang, 'indicatorNoData');
  return `${formatPercent(indicator.rate, lang)} · ${points(indicator.points, lang)}/${ceiling(indicator.max, lang)}`;
}
