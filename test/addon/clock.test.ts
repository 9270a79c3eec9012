/**
 * The add-in's clock asks Apps Script's Utilities.formatDate (here the fake's, which honours time
 * zones) which day it is in the plan's zone: Vietnam is UTC+7 all year, so the evening of a UTC
 * date is already the next day there, and a quarter's window turns on the 15th at local midnight.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { localDateIn, quarterNow } from '../../addon/server/clock.js';
import { currentQuarter } from '../../addon/server/context.js';
import { createAppsScriptFake, type AppsScriptFake } from '../fakes/apps-script/index.js';

const VIETNAM = 'Asia/Ho_Chi_Minh';
let fake: AppsScriptFake;

beforeAll(() => {
  fake = createAppsScriptFake();
  vi.stubGlobal('Utilities', fake.globals.Utilities);
});
afterAll(() => {
  vi.unstubAllGlobals();
  return fake.dispose();
});

describe('the add-in clock', () => {
  it("tells Vietnam's date, seven hours ahead of UTC", () => {
    expect(localDateIn(new Date('2024-09-30T16:59:59Z'), VIETNAM)).toBe('2024-09-30'); // 23:59:59 in Hà Nội
    expect(localDateIn(new Date('2024-09-30T17:30:00Z'), VIETNAM)).toBe('2024-10-01'); // 00:30 on 1 October
    expect(localDateIn(new Date('2024-09-30T17:30:00Z'), 'UTC')).toBe('2024-09-30');
  });

  it('turns the quarter at local midnight of the 15th, not at UTC midnight', () => {
    // 14 Sept 2024 17:30 UTC is 15 Sept 00:30 in Vietnam: Q4's window (15 Sept – 14 Dec) has begun.
    expect(quarterNow(new Date('2024-09-14T17:30:00Z'), VIETNAM)).toBe('2024-Q4');
    expect(quarterNow(new Date('2024-09-14T16:59:59Z'), VIETNAM)).toBe('2024-Q3');
    // 14 Dec 17:00 UTC is 15 Dec 00:00 in Vietnam: already next year's Q1, which a 2024 plan keeps as its Q4.
    expect(quarterNow(new Date('2024-12-14T17:00:00Z'), VIETNAM)).toBe('2025-Q1');
    expect(currentQuarter({ year: 2024, timezone: VIETNAM }, new Date('2024-12-14T17:00:00Z'))).toBe('2024-Q4');
    expect(currentQuarter({ year: 2025, timezone: VIETNAM }, new Date('2024-12-14T17:00:00Z'))).toBe('2025-Q1');
  });

  it('asks Utilities.formatDate for the date', () => {
    fake.calls.reset();
    quarterNow(new Date('2024-03-01T00:00:00Z'), VIETNAM);
    expect(fake.calls.byMethod).toEqual({ 'Utilities.formatDate': 1 });
  });
});
