/** Numbers, dates and period names as each language writes them. */
import { PERIOD_LABELS } from '/shared-style.js';

const LOCALES = { vi: 'vi-VN', en: 'en-GB' };

/** 0.997 → "99,7%" (vi) or "99.7%" (en); null → "—". */
export function percent(value, lang) {
  if (value === null || value === undefined) return '—';
  return new Intl.NumberFormat(LOCALES[lang], { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

/** A change between two ratios in percentage points, signed: 0.0123 → "+1,2". */
export function points(change, lang) {
  return new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(change * 100);
}

export function decimal(value, lang) {
  if (value === null || value === undefined) return '—';
  return new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

export function integer(value, lang) {
  return new Intl.NumberFormat(LOCALES[lang]).format(value);
}

/** An instant, shown in the plan's time zone (leadership reads Vietnam time wherever the server runs). */
export function dateTime(iso, lang, timeZone) {
  const parts = { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone };
  return new Intl.DateTimeFormat(LOCALES[lang], parts).format(new Date(iso));
}

/** A local calendar date "2024-06-15" → "15/06/2024". */
export function localDate(ymd, lang) {
  return new Intl.DateTimeFormat(LOCALES[lang], { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${ymd}T00:00:00Z`));
}

/** "2024-Q3" → "Quý 3/2024" / "Q3 2024", from the templates shared/labels.ts produces. */
export function periodName(periodId, lang) {
  const match = /^(\d{4})-(\w+)$/.exec(periodId);
  const template = match && PERIOD_LABELS[lang][match[2]];
  return template ? template.replace('{year}', match[1]) : periodId;
}
