/**
 * Numbers, percentages and instants as each language writes them: Vietnamese groups thousands
 * with "." and writes decimals with "," ("1.234", "99,7%"); English the other way round. Written
 * out rather than left to Intl, so the sidebar, the page and Apps Script all print the same text
 * whatever locale data their runtime carries.
 */
import type { Lang } from './messages.js';

const SEPARATORS: Readonly<Record<Lang, { group: string; decimal: string }>> = {
  vi: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

/** BCP 47 tags for the libraries that format on their own (Chart.js `locale`). */
export const LOCALE_TAGS: Readonly<Record<Lang, string>> = { vi: 'vi-VN', en: 'en-GB' };

/** Vietnam keeps UTC+7 all year (no daylight saving), so a fixed offset is exact. */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** 1234.56 with 1 digit → "1.234,6" (vi) or "1,234.6" (en); rounded half away from zero. */
export function formatNumber(value: number, lang: Lang, fractionDigits = 0): string {
  const scale = 10 ** fractionDigits;
  const rounded = Math.round(Math.abs(value) * scale) / scale;
  const [whole, fraction] = rounded.toFixed(fractionDigits).split('.');
  const { group, decimal } = SEPARATORS[lang];
  const sign = value < 0 && rounded !== 0 ? '-' : '';
  return `${sign}${whole!.replace(/\B(?=(\d{3})+$)/g, group)}${fraction === undefined ? '' : decimal + fraction}`;
}

/** A ratio as a percentage rounded to 0.1, as charts show it; null stays null (a gap, not 0). */
export function toPercent(value: number | null): number | null {
  return value === null ? null : Math.round(value * 1000) / 10;
}

/** A ratio as the charts round it: 0.997 → "99,7%" (vi) or "99.7%" (en); null → "—". */
export function formatPercent(ratio: number | null, lang: Lang): string {
  const percent = toPercent(ratio);
  return percent === null ? '—' : `${formatNumber(percent, lang, 1)}%`;
}

/** An instant in Vietnam time, day first in both languages: "2024-06-20T07:42:00Z" → "20/06/2024 14:42". */
export function formatVietnamTime(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  const local = new Date(time + VIETNAM_OFFSET_MS);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(local.getUTCDate())}/${two(local.getUTCMonth() + 1)}/${local.getUTCFullYear()} ${two(local.getUTCHours())}:${two(local.getUTCMinutes())}`;
}
