/**
 * The reminder mail's words (functions/mail/reminder-mail.ts): names from plans never become
 * markup, both languages in one mail when a unit's reporters differ, and the sample the docs show
 * (docs/reminder-sample.md) is the real template's output: `UPDATE_SAMPLES=1` rewrites it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { periodInfo } from '../../shared/calendar.js';
import type { ReminderOccasion } from '../../shared/reminders.js';
import { officeReminderMail, unitReminderMail, type ReminderFacts } from '../../functions/mail/reminder-mail.js';

const SAMPLE = new URL('../../docs/reminder-sample.md', import.meta.url);
const occasion = (kind: 'before' | 'after', daysLeft: number): ReminderOccasion => ({ period: periodInfo('2024-Q3', 'Asia/Ho_Chi_Minh')!, kind, daysLeft });
const facts = (o: ReminderOccasion): ReminderFacts => ({ planName: 'Tứ Kỳ 2024', occasion: o, pageUrl: 'https://bang-diem.example.vn/' });

describe('the reminder mail', () => {
  it('escapes every name in the HTML, and keeps the plain text as typed', () => {
    const mail = unitReminderMail(['a@x.vn'], ['vi'], 'Xã <b>"A"</b> & B', facts(occasion('before', 7)));
    expect(mail.html).toContain('Xã &#60;b&#62;&#34;A&#34;&#60;/b&#62; &#38; B');
    expect(mail.html).not.toContain('<b>');
    expect(mail.text).toContain('Kính gửi bộ phận một cửa Xã <b>"A"</b> & B,');
  });

  it('a unit with readers of both languages gets one mail, Vietnamese first and English below', () => {
    const mail = unitReminderMail(['a@x.vn', 'b@x.vn'], ['vi', 'en'], 'Xã A', facts(occasion('before', 2)));
    expect(mail.subject).toBe("[Nhắc] Báo cáo Quý 3/2024 của Xã A: hạn 17/09/2024 / [Reminder] Xã A's Q3 2024 report is due 17/09/2024");
    expect(mail.text.indexOf('Kính gửi')).toBeLessThan(mail.text.indexOf('To the one-stop desk'));
    expect(mail.html).toContain('<hr>');
  });

  it('docs/reminder-sample.md is what the template writes', () => {
    const before = unitReminderMail(['mot-cua@xa-dai-son.vn'], ['vi'], 'Xã Đại Sơn', facts(occasion('before', 7)));
    const office = officeReminderMail(['van-phong@tuky.vn'], ['vi'], ['Xã Đại Sơn', 'Xã Hà Thanh'], facts(occasion('after', -1)));
    const english = unitReminderMail(['officer@xa-dai-son.vn'], ['en'], 'Xã Đại Sơn', facts(occasion('before', 2)));
    const show = (title: string, m: typeof before) =>
      [`## ${title}`, '', `To: ${m.to.join(', ')}  `, `Subject: ${m.subject}`, '', '```text', m.text.trimEnd(), '```', '', 'HTML part:', '', '```html', m.html, '```', ''].join('\n');
    const sample = [
      '# A reminder mail, as sent',
      '',
      'Written by `test/functions/reminder-mail.test.ts` from the real template (functions/mail/reminder-mail.ts);',
      'run it with `UPDATE_SAMPLES=1` to rewrite this file. Plan Tứ Kỳ 2024, quarter 2024-Q3 (due 17/09/2024).',
      '',
      show('7 days before the deadline, to a unit that has not submitted (Vietnamese)', before),
      show('The day after the deadline, to the office (Vietnamese)', office),
      show('2 days before, to an English-speaking reporter', english),
    ].join('\n');
    if (process.env.UPDATE_SAMPLES === '1') writeFileSync(SAMPLE, sample);
    expect(readFileSync(SAMPLE, 'utf8')).toBe(sample);
  });
});
