import { describe, expect, it } from 'vitest';
import { formatMessage, isMessageCode, MESSAGE_CODES, pickLang, type MessageParams } from '../../shared/words/messages.js';

/** Every parameter any template reads, so that no message can print "undefined". */
const PARAMS: MessageParams = {
  path: 'dossiers[2].late', id: 'x-1', expected: 'number', minimum: 0, maximum: 11, allowed: 'a, b',
  format: 'regex', from: '2024-11-01', to: '2024-10-01', value: 'v', received: 30, accounted: 31,
  part: 'procedures.oneStop', partValue: 121, whole: 'procedures.total', wholeValue: 120,
  period: '2024-Q1', previous: 15, version: 2,
};

describe('the message catalog', () => {
  it('holds the codes that validation, warnings and the API use', () => {
    expect(MESSAGE_CODES).toEqual(expect.arrayContaining([
      'required', 'unknown_key', 'invalid_type', 'not_integer', 'negative', 'too_small', 'too_big',
      'too_short', 'too_long', 'invalid_value', 'invalid_format', 'duplicate_id', 'unknown_unit',
      'merged_into_self', 'merged_without_end', 'valid_from_after_valid_to', 'invalid_date',
      'unknown_timezone', 'unknown_kpi', 'unknown_field', 'duplicate_field', 'duplicate_task',
      'dossier_balance', 'part_exceeds_whole', 'office_not_applicable', 'unit_not_active',
      'carried_over_mismatch', 'sharp_change', 'bad_json', 'payload_too_large', 'unauthorized',
      'forbidden', 'not_found', 'invalid_period', 'report_locked', 'validation_failed',
      'service_unavailable', 'internal',
    ]));
  });

  it.each(MESSAGE_CODES)('renders %s in Vietnamese and English, differently', (code) => {
    const vi = formatMessage(code, 'vi', PARAMS);
    const en = formatMessage(code, 'en', PARAMS);
    expect(vi.trim()).not.toBe('');
    expect(en.trim()).not.toBe('');
    expect(vi).not.toBe(en);
    expect(`${vi} ${en}`).not.toMatch(/undefined|NaN|\[object/);
  });

  it('fills parameters into the text', () => {
    expect(formatMessage('unknown_kpi', 'vi', { id: 'speed' })).toBe('Không có chỉ tiêu "speed".');
    expect(formatMessage('unknown_kpi', 'en', { id: 'speed' })).toBe('Unknown KPI "speed".');
  });

  it('knows its own codes only, not object properties', () => {
    expect(isMessageCode('required')).toBe(true);
    expect(isMessageCode('toString')).toBe(false);
    expect(isMessageCode('no_such_code')).toBe(false);
  });
});

describe('pickLang', () => {
  it.each([
    ['en-US,en;q=0.9', 'en'],
    ['fr, en;q=0.5', 'en'], // the first language we speak, by preference
    ['en', 'en'],
    ['vi-VN,vi;q=0.9,en;q=0.8', 'vi'],
    ['en;q=0.3, vi;q=0.8', 'vi'], // preference, not order
    ['EN-gb', 'en'],
    ['en;q=0', 'vi'], // q=0 means "not English"
    ['fr, de', 'vi'],
    ['', 'vi'],
    [undefined, 'vi'],
    [null, 'vi'],
  ])('%j → %s', (header, lang) => {
    expect(pickLang(header)).toBe(lang);
  });
});
