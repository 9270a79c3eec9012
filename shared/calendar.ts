/**
 * The reporting calendar (Circular 01/2020/TT-VPCP, PLAN-2024 §calendar). A quarter runs from the
 * 15th of the month before it to the 14th of its last month; its report is due by 23:59:59 on the
 * 17th of that month in the plan's time zone. H1, 9M and Y are derived from the quarters.
 * Every instant is computed from the time zone by Intl, never from the machine's own zone.
 */
import type { Plan, Unit } from './plans/plan.js';

export const QUARTERS = ['Q1', 'Q2', 'Q3', 'Q4'] as const;
const DERIVED = ['H1', '9M', 'Y'] as const;
export const PERIOD_KINDS = [...QUARTERS, ...DERIVED] as const;
export type QuarterKind = (typeof QUARTERS)[number];
type PeriodKind = (typeof PERIOD_KINDS)[number];

const PERIOD_PATTERN = /^(\d{4})-(Q1|Q2|Q3|Q4|H1|9M|Y)$/;
const QUARTERS_OF: Record<PeriodKind, readonly QuarterKind[]> = {
  Q1: ['Q1'], Q2: ['Q2'], Q3: ['Q3'], Q4: ['Q4'],
  H1: ['Q1', 'Q2'], '9M': ['Q1', 'Q2', 'Q3'], Y: ['Q1', 'Q2', 'Q3', 'Q4'],
};
/** The period a scorecard's `previous` values come from; null where no comparable period exists in the year. */
const PREVIOUS_OF: Record<PeriodKind, PeriodKind | null> = {
  Q1: null, Q2: 'Q1', Q3: 'Q2', Q4: 'Q3', H1: null, '9M': 'H1', Y: '9M',
};

export interface Period {
  id: string; // e.g. "2024-Q1"
  year: number;
  kind: PeriodKind;
  derived: boolean;
  /** The quarter ids this period is made of (a quarter is made of itself). */
  quarters: string[];
  /** First and last day of the window, local dates, inclusive. */
  from: string;
  to: string;
  /** When reports are due: 23:59:59 local on the 17th, as an ISO instant with the zone's offset. */
  deadline: string;
}

export function parsePeriodId(id: string): { year: number; kind: PeriodKind } | null {
  const m = PERIOD_PATTERN.exec(id);
  return m ? { year: Number(m[1]), kind: m[2] as PeriodKind } : null;
}

export function isQuarterId(id: string): boolean {
  const p = parsePeriodId(id);
  return p !== null && (QUARTERS as readonly string[]).includes(p.kind);
}

function quarterWindow(year: number, q: QuarterKind): { from: string; to: string; deadlineDay: string } {
  const lastMonth = (QUARTERS.indexOf(q) + 1) * 3; // 3, 6, 9, 12
  const startMonth = lastMonth - 3; // 0 means December of the year before
  const from = startMonth === 0 ? `${year - 1}-12-15` : `${year}-${pad(startMonth)}-15`;
  return { from, to: `${year}-${pad(lastMonth)}-14`, deadlineDay: `${year}-${pad(lastMonth)}-17` };
}

export function periodInfo(id: string, timezone: string): Period | null {
  const parsed = parsePeriodId(id);
  if (!parsed) return null;
  const { year, kind } = parsed;
  const quarters = QUARTERS_OF[kind];
  const first = quarterWindow(year, quarters[0]!);
  const last = quarterWindow(year, quarters[quarters.length - 1]!);
  return {
    id,
    year,
    kind,
    derived: quarters.length > 1,
    quarters: quarters.map((q) => `${year}-${q}`),
    from: first.from,
    to: last.to,
    deadline: localToIso(last.deadlineDay, '23:59:59', timezone),
  };
}

/** The seven periods of a plan's year, quarters first. */
export function planPeriods(plan: Pick<Plan, 'year' | 'timezone'>): Period[] {
  return PERIOD_KINDS.map((kind) => periodInfo(`${plan.year}-${kind}`, plan.timezone)!);
}

export function previousPeriodId(id: string): string | null {
  const parsed = parsePeriodId(id);
  const prev = parsed && PREVIOUS_OF[parsed.kind];
  return prev ? `${parsed.year}-${prev}` : null;
}

/** The quarter before a quarter, across a year's end (2025-Q1 → 2024-Q4). */
export function previousQuarterId(quarterId: string): string {
  const parsed = parsePeriodId(quarterId);
  const index = parsed ? QUARTERS.indexOf(parsed.kind as QuarterKind) : -1;
  if (!parsed || index < 0) throw new RangeError(`not a quarter: ${quarterId}`);
  return index === 0 ? `${parsed.year - 1}-Q4` : `${parsed.year}-${QUARTERS[index - 1]}`;
}

/** A report is on time if its first submission came by the deadline; later corrections don't count. */
export function isOnTime(submittedAt: string | Date, period: Pick<Period, 'deadline'>): boolean {
  // Deadline is 23:59:59; anything within that last second is still on time.
  return new Date(submittedAt).getTime() < Date.parse(period.deadline) + 1000;
}

/** Units expected to report for the period (isActive): a merged unit is expected until its validTo. */
export function expectedUnits(plan: Pick<Plan, 'units'>, period: Pick<Period, 'from' | 'to'>): Unit[] {
  return plan.units.filter((u) => isActive(u, period));
}

/**
 * A unit is expected in a period when its validity overlaps the days from the first day of the
 * period's first quarter (not the window's start on the 15th of the month before) to the window's
 * end. So in a merger on 1 July 2025, the old unit (validTo 2025-06-30) reports Q2 and not Q3,
 * although Q3's window starts on 15 June, and its successor (validFrom 2025-07-01) reports Q3: one
 * report per area for the quarter, the successor's covering the half month before it existed.
 */
export function isActive(unit: Unit, period: Pick<Period, 'from' | 'to'>): boolean {
  return (unit.validFrom === undefined || unit.validFrom <= period.to) && (unit.validTo === undefined || unit.validTo >= quarterStart(period.from));
}

/** The first day of the quarter whose window starts on `windowFrom` (the 15th of the month before). */
function quarterStart(windowFrom: string): string {
  const [year, month] = windowFrom.split('-').map(Number) as [number, number];
  return month === 12 ? `${year + 1}-01-01` : `${year}-${pad(month + 1)}-01`;
}

/** The quarter whose window holds this instant's local date (late December belongs to next year's Q1). */
export function quarterAt(instant: Date, timezone: string): string {
  return quarterOfDate(localDate(instant, timezone));
}

/** The quarter whose window holds a local date (YYYY-MM-DD), however the caller learned the date. */
export function quarterOfDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  // Shift by the window's offset: days 15..end of a month belong to the next month's quarter.
  const month = d >= 15 ? m + 1 : m;
  const year = month > 12 ? y + 1 : y;
  const quarter = Math.ceil((((month - 1) % 12) + 1) / 3);
  return `${year}-Q${quarter}`;
}

/** The local calendar date (YYYY-MM-DD) of an instant in a time zone. */
export function localDate(instant: Date, timezone: string): string {
  const p = zonedParts(instant, timezone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** A local date and time in a zone → an ISO instant with that zone's offset, e.g. 2024-03-17T23:59:59+07:00. */
export function localToIso(date: string, time: string, timezone: string): string {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi, s] = time.split(':').map(Number) as [number, number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi, s);
  // Two passes settle the offset also next to a daylight-saving change.
  let offset = offsetMinutes(new Date(asUtc), timezone);
  offset = offsetMinutes(new Date(asUtc - offset * 60_000), timezone);
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return `${date}T${time}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function offsetMinutes(instant: Date, timezone: string): number {
  const p = zonedParts(instant, timezone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function zonedParts(instant: Date, timezone: string) {
  let f = formatters.get(timezone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: timezone, hourCycle: 'h23',
      year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formatters.set(timezone, f);
  }
  const parts: Record<string, number> = {};
  for (const { type, value } of f.formatToParts(instant)) if (type !== 'literal') parts[type] = Number(value);
  return parts as { year: number; month: number; day: number; hour: number; minute: number; second: number };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
