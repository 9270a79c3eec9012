/**
 * Which reminder mails are due on a day (shared/reminders.ts), on hand-made calendars. The 2024-Q3
 * deadline is 23:59:59 on 17 September (Vietnam time), so with the default setting [7, 2]:
 *   17 − 7 = 10 September, 17 − 2 = 15 September: reminders to units that have not submitted;
 *   17 + 1 = 18 September: those units again, and the office its list of who is missing.
 */
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../shared/plans/plan.js';
import { parsePlan } from '../../shared/plans/plan.js';
import { dueReminders, reminderOccasion, type ReminderMail } from '../../shared/reminders.js';

function plan(extra: Record<string, unknown> = {}): Plan {
  const parsed = parsePlan({
    id: 'thu-2024', name: 'Huyện Thử 2024', year: 2024,
    units: [
      { id: 'xa-a', name: 'Xã A', kind: 'commune' },
      { id: 'xa-b', name: 'Xã B', kind: 'commune' },
      // Merged away on 30 June: expected in Q2, not in Q3.
      { id: 'xa-cu', name: 'Xã Cũ', kind: 'commune', validTo: '2024-06-30', mergedInto: 'xa-a' },
    ],
    fields: [{ id: 'ho-tich', name: 'Hộ tịch' }],
    ...extra,
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

const names = (mails: ReminderMail[]) => mails.map((m) => (m.to === 'unit' ? m.unit.id : `office:${m.missing.map((u) => u.id).join(',')}`));

describe('reminderOccasion', () => {
  it.each([
    ['2024-09-10', 'before', 7], // 17 − 10 = 7 days left
    ['2024-09-15', 'before', 2], // 17 − 15 = 2 days left
    ['2024-09-18', 'after', -1], // the day after the deadline (already in Q4's window)
  ] as const)('on %s: 2024-Q3, %s, %i days left', (today, kind, daysLeft) => {
    const occasion = reminderOccasion(plan(), today);
    expect(occasion).toMatchObject({ period: { id: '2024-Q3', deadline: '2024-09-17T23:59:59+07:00' }, kind, daysLeft });
  });

  it.each(['2024-09-09', '2024-09-11', '2024-09-16', '2024-09-17', '2024-09-19', '2024-08-01'])('on %s: no reminder day', (today) => {
    expect(reminderOccasion(plan(), today)).toBeNull();
  });

  it('takes the plan own days: [10] reminds on 7 September (17 − 10) and not on the 10th', () => {
    const custom = plan({ reminders: { daysBefore: [10] } });
    expect(reminderOccasion(custom, '2024-09-07')).toMatchObject({ kind: 'before', daysLeft: 10 });
    expect(reminderOccasion(custom, '2024-09-10')).toBeNull();
    // The day after still comes, whatever the days before.
    expect(reminderOccasion(custom, '2024-09-18')).toMatchObject({ kind: 'after' });
  });

  it('Q4 of the plan year is due 17 December; the day after falls in the next year and still counts', () => {
    expect(reminderOccasion(plan(), '2024-12-10')).toMatchObject({ period: { id: '2024-Q4' }, daysLeft: 7 });
    expect(reminderOccasion(plan(), '2024-12-18')).toMatchObject({ period: { id: '2024-Q4' }, kind: 'after' });
    // A 2025 quarter is not this plan's.
    expect(reminderOccasion(plan(), '2025-03-10')).toBeNull();
  });

  it('sends nothing when the plan turns reminders off', () => {
    const off = plan({ reminders: { enabled: false } });
    for (const day of ['2024-09-10', '2024-09-15', '2024-09-18']) expect(reminderOccasion(off, day)).toBeNull();
  });
});

describe('dueReminders', () => {
  it('before the deadline: each expected unit that has not submitted, no office list', () => {
    const occasion = reminderOccasion(plan(), '2024-09-10')!;
    // xa-b submitted; xa-cu is not expected in Q3 (merged on 30 June).
    expect(names(dueReminders(plan(), occasion, new Set(['xa-b'])))).toEqual(['xa-a']);
  });

  it('the day after: the missing units again and the office their list', () => {
    const occasion = reminderOccasion(plan(), '2024-09-18')!;
    expect(names(dueReminders(plan(), occasion, new Set()))).toEqual(['xa-a', 'xa-b', 'office:xa-a,xa-b']);
  });

  it('a unit not expected in the quarter is reminded only where it is: xa-cu in Q2 (10 June = 17 − 7)', () => {
    const occasion = reminderOccasion(plan(), '2024-06-10')!;
    expect(names(dueReminders(plan(), occasion, new Set(['xa-a', 'xa-b'])))).toEqual(['xa-cu']);
  });

  it('everyone submitted: nothing, not even an empty office list', () => {
    const occasion = reminderOccasion(plan(), '2024-09-18')!;
    expect(dueReminders(plan(), occasion, new Set(['xa-a', 'xa-b']))).toEqual([]);
  });
});

describe('the plan setting', () => {
  it('defaults to on with [7, 2]', () => {
    expect(plan({ reminders: {} }).reminders).toEqual({ enabled: true, daysBefore: [7, 2] });
  });

  it('400-style problems name each bad day by its path', () => {
    const parsed = parsePlan({ ...plan(), reminders: { daysBefore: [7, 0, 31, 7, 2.5] } });
    expect(parsed.ok).toBe(false);
    const paths = !parsed.ok ? parsed.problems.map((p) => `${p.path.join('.')}:${p.code}`) : [];
    expect(paths).toEqual(expect.arrayContaining(['reminders.daysBefore.1:too_small', 'reminders.daysBefore.2:too_big', 'reminders.daysBefore.4:not_integer']));
    // The duplicate needs the shape to pass first.
    const dup = parsePlan({ ...plan(), reminders: { daysBefore: [7, 2, 7] } });
    expect(!dup.ok && dup.problems).toEqual([{ path: ['reminders', 'daysBefore', 2], code: 'duplicate_value', params: { value: 7 } }]);
  });
});
