/**
 * The local stack's reminder outbox, for administrators only (issue 15): the mails the reminder
 * run wrote instead of sending, newest first, and a button that runs today's reminders now. The
 * page shows it only when config.json says the server is local; AWS has no such routes.
 */
import { formatVietnamTime } from '../../shared/words/format.js';
import { devReminders } from './api.js';
import { byId, el, fill } from './dom.js';
import { t } from './i18n.js';
import { role, state } from './state.js';

export async function renderReminderOutbox(isCurrent: () => boolean, notice = ''): Promise<void> {
  const section = byId('reminder-outbox');
  if (state.config?.auth.kind !== 'dev' || role() !== 'admin') {
    section.hidden = true;
    return;
  }
  const lang = state.lang;
  const { mails } = await devReminders.outbox(lang);
  if (!isCurrent()) return;
  const run = async () => {
    const { sent } = await devReminders.run(lang);
    await renderReminderOutbox(isCurrent, t(lang, 'outboxSent', { count: sent.length }));
  };
  fill(
    section,
    el('h2', { text: t(lang, 'outboxHeading') }),
    el('p', { class: 'muted', text: t(lang, 'outboxHint') }),
    el('button', { type: 'button', class: 'secondary', id: 'outbox-run', onclick: () => void run() }, t(lang, 'outboxRun')),
    el('p', { class: 'outbox-notice', role: 'status', hidden: !notice, text: notice }),
    mails.length
      ? el('ul', { class: 'outbox-mails' }, mails.map((mail) =>
          el('li', {},
            el('details', {},
              el('summary', {}, el('strong', { text: mail.subject }), el('span', { class: 'muted', text: ` ${t(lang, 'outboxTo', { to: mail.to.join(', '), time: formatVietnamTime(mail.at) })}` })),
              el('pre', { class: 'outbox-text', text: mail.text })))))
      : el('p', { class: 'muted', text: t(lang, 'outboxEmpty') }),
  );
  section.hidden = false;
}
