import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent, formatVietnamTime } from '../../shared/words/format.js';

describe('numbers as each language writes them', () => {
  it('groups thousands with "." and writes decimals with "," in Vietnamese', () => {
    expect(formatNumber(1234, 'vi')).toBe('1.234');
    expect(formatNumber(1234567.891, 'vi', 2)).toBe('1.234.567,89');
    expect(formatNumber(999, 'vi')).toBe('999');
    expect(formatNumber(0.05, 'vi', 1)).toBe('0,1'); // half away from zero
  });

  it('does the opposite in English', () => {
    expect(formatNumber(1234, 'en')).toBe('1,234');
    expect(formatNumber(1234567.891, 'en', 2)).toBe('1,234,567.89');
  });

  it('keeps the sign of a negative number unless it rounds to zero', () => {
    expect(formatNumber(-1234.5, 'vi', 1)).toBe('-1.234,5');
    expect(formatNumber(-0.04, 'en', 1)).toBe('0.0');
  });
});

describe('percentages', () => {
  it('rounds a ratio to 0.1 % as the charts do', () => {
    // 0.997 → 99.7; 289/300 = 0.96333… → 96.3; 1 → 100.0.
    expect(formatPercent(0.997, 'vi')).toBe('99,7%');
    expect(formatPercent(0.997, 'en')).toBe('99.7%');
    expect(formatPercent(289 / 300, 'vi')).toBe('96,3%');
    expect(formatPercent(1, 'vi')).toBe('100,0%');
    expect(formatPercent(12.345, 'vi')).toBe('1.234,5%');
  });

  it('shows a dash for no data', () => {
    expect(formatPercent(null, 'vi')).toBe('—');
  });
});

describe('Vietnam time', () => {
  it('adds 7 hours to UTC whatever the machine\'s zone', () => {
    expect(formatVietnamTime('2024-06-20T07:42:00Z')).toBe('20/06/2024 14:42');
    expect(formatVietnamTime('2024-06-20T07:42:59.999Z')).toBe('20/06/2024 14:42');
  });

  it('crosses midnight and the new year into the next Vietnamese day', () => {
    // 17:30 UTC on 31 December is 00:30 on 1 January in Hanoi.
    expect(formatVietnamTime('2024-12-31T17:30:00Z')).toBe('01/01/2025 00:30');
  });

  it('reads an instant written with another offset', () => {
    // The Q2 deadline 2024-06-17 23:59:59 +07:00 is the same wall time in Vietnam.
    expect(formatVietnamTime('2024-06-17T23:59:59+07:00')).toBe('17/06/2024 23:59');
  });

  it('leaves text that is not an instant as it is', () => {
    expect(formatVietnamTime('not a date')).toBe('not a date');
  });
});
