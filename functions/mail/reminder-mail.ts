/**
 * The words of a reminder mail, plain text and simple HTML, in Vietnamese or English (a member's
 * `lang`). One mail per unit per day, so recipients of both languages get one mail with the
 * Vietnamese text first and the English below it. Names come from plans: escaped in the HTML.
 */
import { periodLabel } from '../../shared/charts/labels.js';
import type { Lang } from '../../shared/words/messages.js';
import type { ReminderOccasion } from '../../shared/reminders.js';
import type { MailMessage } from '../use-cases/ports/mailer.port.js';

export interface ReminderFacts {
  planName: string;
  occasion: ReminderOccasion;
  pageUrl: string;
}

interface Section {
  subject: string;
  lines: string[];
}

/** The deadline's local day, day first: "2024-09-17T23:59:59+07:00" → "17/09/2024". */
const deadlineDay = (deadline: string) => deadline.slice(0, 10).split('-').reverse().join('/');

const UNIT_WORDS: Record<Lang, (unitName: string, f: ReminderFacts) => Section> = {
  vi: (unit, { planName, occasion, pageUrl }) => {
    const period = periodLabel(occasion.period.id, 'vi');
    const due = deadlineDay(occasion.period.deadline);
    return {
      subject: occasion.kind === 'after' ? `[Quá hạn] Báo cáo ${period} của ${unit} chưa được nộp` : `[Nhắc] Báo cáo ${period} của ${unit}: hạn ${due}`,
      lines: [
        `Kính gửi bộ phận một cửa ${unit},`,
        occasion.kind === 'after'
          ? `Báo cáo ${period} (${planName}) của đơn vị chưa được nộp, đã quá hạn 23:59 ngày ${due}. Đề nghị đơn vị nộp ngay.`
          : `Báo cáo ${period} (${planName}) của đơn vị chưa được nộp. Hạn nộp: 23:59 ngày ${due} (còn ${occasion.daysLeft} ngày).`,
        `Cách nộp: mở Google Sheet báo cáo của đơn vị, chọn menu Tiện ích → tiện ích bổ sung báo cáo TTHC → Gửi báo cáo.`,
        `Tình hình nộp báo cáo: ${pageUrl}`,
        `Thư gửi tự động; đơn vị đã nộp sẽ không nhận thư nhắc nữa.`,
      ],
    };
  },
  en: (unit, { planName, occasion, pageUrl }) => {
    const period = periodLabel(occasion.period.id, 'en');
    const due = deadlineDay(occasion.period.deadline);
    return {
      subject: occasion.kind === 'after' ? `[Overdue] ${unit}'s ${period} report has not been submitted` : `[Reminder] ${unit}'s ${period} report is due ${due}`,
      lines: [
        `To the one-stop desk of ${unit},`,
        occasion.kind === 'after'
          ? `Your unit's ${period} report (${planName}) has not been submitted; it was due by 23:59 on ${due}. Please submit it now.`
          : `Your unit's ${period} report (${planName}) has not been submitted yet. It is due by 23:59 on ${due} (${occasion.daysLeft} days left).`,
        `To submit: open your unit's report Google Sheet, then the menu Extensions → the TTHC report add-on → Submit the report.`,
        `Who has reported: ${pageUrl}`,
        `This mail is sent automatically; a unit that has submitted gets no more reminders.`,
      ],
    };
  },
};

const OFFICE_WORDS: Record<Lang, (missing: readonly string[], f: ReminderFacts) => Section> = {
  vi: (missing, { planName, occasion, pageUrl }) => {
    const period = periodLabel(occasion.period.id, 'vi');
    return {
      subject: `[Quá hạn] ${missing.length} đơn vị chưa nộp báo cáo ${period}`,
      lines: [
        `Hạn nộp báo cáo ${period} (${planName}) là 23:59 ngày ${deadlineDay(occasion.period.deadline)}. Các đơn vị sau chưa nộp:`,
        missing.map((name) => `- ${name}`).join('\n'),
        `Danh sách theo dõi: ${pageUrl}`,
      ],
    };
  },
  en: (missing, { planName, occasion, pageUrl }) => {
    const period = periodLabel(occasion.period.id, 'en');
    return {
      subject: `[Overdue] ${missing.length} units have not submitted their ${period} report`,
      lines: [
        `The ${period} report (${planName}) was due by 23:59 on ${deadlineDay(occasion.period.deadline)}. These units have not submitted:`,
        missing.map((name) => `- ${name}`).join('\n'),
        `The chase list: ${pageUrl}`,
      ],
    };
  },
};

export function unitReminderMail(to: readonly string[], langs: readonly Lang[], unitName: string, facts: ReminderFacts): MailMessage {
  return compose(to, langs.map((lang) => UNIT_WORDS[lang](unitName, facts)));
}

export function officeReminderMail(to: readonly string[], langs: readonly Lang[], missing: readonly string[], facts: ReminderFacts): MailMessage {
  return compose(to, langs.map((lang) => OFFICE_WORDS[lang](missing, facts)));
}

function compose(to: readonly string[], sections: Section[]): MailMessage {
  return {
    to,
    subject: sections.map((s) => s.subject).join(' / '),
    text: `${sections.map((s) => s.lines.join('\n\n')).join('\n\n———\n\n')}\n`,
    html: `<!doctype html><html><body>${sections.map((s) => s.lines.map((line) => `<p>${linked(line)}</p>`).join('')).join('<hr>')}</body></html>`,
  };
}

/** A paragraph as HTML: everything escaped, its line breaks kept, and an http(s) address made a link. */
function linked(line: string): string {
  return escapeHtml(line).replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`).replaceAll('\n', '<br>');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
