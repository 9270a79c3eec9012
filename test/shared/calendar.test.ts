import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  expectedUnits, isOnTime, isQuarterId, parsePeriodId, periodInfo, previousPeriodId, quarterAt,
} from '../../shared/calendar.js';
import { parsePlan, type Plan } from '../../shared/plans/plan.js';
import { calendarFacts } from './helpers/calendar-facts.js';

const VIETNAM = 'Asia/Ho_Chi_Minh';

/** What calendarFacts() must give on any machine, worked out from Circular 01/2020 by hand. */
const EXPECTED_FACTS = {
  periods: [
    { id: '2024-Q1', from: '2023-12-15', to: '2024-03-14', deadline: '2024-03-17T23:59:59+07:00' },
    { id: '2024-Q2', from: '2024-03-15', to: '2024-06-14', deadline: '2024-06-17T23:59:59+07:00' },
    { id: '2024-Q3', from: '2024-06-15', to: '2024-09-14', deadline: '2024-09-17T23:59:59+07:00' },
    { id: '2024-Q4', from: '2024-09-15', to: '2024-12-14', deadline: '2024-12-17T23:59:59+07:00' },
    // Derived periods run from Q1's start to their last quarter's end, due with that quarter.
    { id: '2024-H1', from: '2023-12-15', to: '2024-06-14', deadline: '2024-06-17T23:59:59+07:00' },
    { id: '2024-9M', from: '2023-12-15', to: '2024-09-14', deadline: '2024-09-17T23:59:59+07:00' },
    { id: '2024-Y', from: '2023-12-15', to: '2024-12-14', deadline: '2024-12-17T23:59:59+07:00' },
  ],
  // 23:30 on the 17th, 23:59:59, 23:59:59.999 → on time; midnight and 00:00:30 on the 18th → late
  onTime: [true, true, true, false, false],
  // 14 Mar → Q1; 15 Mar → Q2; 14 Dec → Q4; 15 Dec and 20 Dec → next year's Q1
  quarterAt: ['2024-Q1', '2024-Q2', '2024-Q4', '2025-Q1', '2025-Q1'],
};

describe('reporting periods and deadlines', () => {
  it('gives every 2024 window and deadline in Vietnam time', () => {
    expect(calendarFacts()).toEqual(EXPECTED_FACTS);
  });

  it('describes Q1 2024 and its derived periods', () => {
    expect(periodInfo('2024-Q1', VIETNAM)).toEqual({
      id: '2024-Q1', year: 2024, kind: 'Q1', derived: false, quarters: ['2024-Q1'],
      from: '2023-12-15', to: '2024-03-14', deadline: '2024-03-17T23:59:59+07:00',
    });
    expect(periodInfo('2024-9M', VIETNAM)).toMatchObject({ derived: true, quarters: ['2024-Q1', '2024-Q2', '2024-Q3'] });
  });

  it('states a deadline in the plan zone\'s offset, daylight saving included', () => {
    // New York switched to EDT (UTC−4) on 10 March 2024 and back to EST (UTC−5) on 3 November.
    expect(periodInfo('2024-Q1', 'America/New_York')!.deadline).toBe('2024-03-17T23:59:59-04:00');
    expect(periodInfo('2024-Q4', 'America/New_York')!.deadline).toBe('2024-12-17T23:59:59-05:00');
  });

  it('judges a submission the same instant written in UTC', () => {
    const q1 = periodInfo('2024-Q1', VIETNAM)!;
    expect(isOnTime('2024-03-17T16:59:59Z', q1)).toBe(true); // = 23:59:59 +07:00
    expect(isOnTime(new Date('2024-03-17T17:00:30Z'), q1)).toBe(false); // = 00:00:30 +07:00 on the 18th
  });

  it.each([
    ['America/New_York', 240], // EDT, UTC−4: getTimezoneOffset is +240
    ['Pacific/Kiritimati', -840], // UTC+14
  ])('gives the same results when the machine runs in %s', (tz, offset) => {
    const root = fileURLToPath(new URL('../..', import.meta.url));
    const script = fileURLToPath(new URL('./helpers/print-calendar-facts.ts', import.meta.url));
    const out = execFileSync(process.execPath, ['--import', 'tsx', script], {
      cwd: root,
      env: { ...process.env, TZ: tz },
      encoding: 'utf8',
    });
    expect(JSON.parse(out)).toEqual({ machineOffsetMinutes: offset, facts: EXPECTED_FACTS });
  });
});

describe('period ids', () => {
  it('parses the seven kinds and rejects others', () => {
    expect(parsePeriodId('2024-9M')).toEqual({ year: 2024, kind: '9M' });
    expect(parsePeriodId('2024-Q5')).toBeNull();
    expect(parsePeriodId('2024-q1')).toBeNull();
    expect(parsePeriodId('24-Q1')).toBeNull();
    expect(periodInfo('2024-Q5', VIETNAM)).toBeNull();
    expect(isQuarterId('2024-Q3')).toBe(true);
    expect(isQuarterId('2024-H1')).toBe(false);
  });

  it('names the previous comparable period within the year', () => {
    expect(previousPeriodId('2024-Q2')).toBe('2024-Q1');
    expect(previousPeriodId('2024-Q4')).toBe('2024-Q3');
    expect(previousPeriodId('2024-9M')).toBe('2024-H1');
    expect(previousPeriodId('2024-Y')).toBe('2024-9M');
    expect(previousPeriodId('2024-Q1')).toBeNull();
    expect(previousPeriodId('2024-H1')).toBeNull();
    expect(previousPeriodId('2024-Q5')).toBeNull();
  });

  it('puts 20 December 2024 in 2025-Q1', () => {
    expect(quarterAt(new Date('2024-12-20T12:00:00+07:00'), VIETNAM)).toBe('2025-Q1');
  });
});

describe('expectedUnits', () => {
  // A is merged into B: A reports until 31 Oct 2024, B from 1 Nov 2024; C always.
  const parsed = parsePlan({
    id: 'merge-demo', name: 'Sáp nhập', year: 2024,
    units: [
      { id: 'a', name: 'Xã A', kind: 'commune', validTo: '2024-10-31', mergedInto: 'b' },
      { id: 'b', name: 'Xã B', kind: 'commune', validFrom: '2024-11-01' },
      { id: 'c', name: 'Xã C', kind: 'commune' },
    ],
    fields: [{ id: 'ho-tich', name: 'Hộ tịch' }],
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const plan: Plan = parsed.value;
  const expected = (period: string) => expectedUnits(plan, periodInfo(period, VIETNAM)!).map((u) => u.id);

  it('expects the merged unit while its validity overlaps the window', () => {
    expect(expected('2024-Q4')).toEqual(['a', 'b', 'c']); // window 2024-09-15…12-14 holds both 10-31 and 11-01
  });

  it('stops expecting the merged unit after its validTo', () => {
    expect(expected('2025-Q1')).toEqual(['b', 'c']); // window starts 2024-12-15, after 10-31
  });

  it('does not expect the new unit before its validFrom', () => {
    expect(expected('2024-Q3')).toEqual(['a', 'c']); // window ends 2024-09-14, before 11-01
  });

  it('expects both over the whole year', () => {
    expect(expected('2024-Y')).toEqual(['a', 'b', 'c']);
  });
});
