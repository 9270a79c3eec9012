/** The sign-in panel of the local stack (demo accounts or a typed email) and the account line. */
import { DEMO_ACCOUNTS } from '/demo-accounts.js';
import { session, signIn } from './api.js';
import { byId, el, fill } from './dom.js';
import { t } from './i18n.js';

const DEMO_LABELS = [
  ['leader', 'demoLeader'],
  ['reviewer', 'demoReviewer'],
  ['reporter', 'demoReporter'],
];

/** Wires the form once; `onSignedIn` runs after a token is stored. */
export function setUpSignIn(getLang, onSignedIn) {
  byId('sign-in-form').addEventListener('submit', (event) => {
    event.preventDefault();
    void submit(byId('sign-in-email').value.trim(), getLang, onSignedIn);
  });
}

export function renderDemoAccounts(lang, onPick) {
  const items = DEMO_LABELS.map(([key, label]) =>
    el(
      'li',
      {},
      el('button', { type: 'button', class: 'demo-account', 'data-email': DEMO_ACCOUNTS[key], onclick: () => onPick(DEMO_ACCOUNTS[key]) }, el('strong', { text: t(lang, label) }), el('span', { text: DEMO_ACCOUNTS[key] })),
    ),
  );
  fill(byId('demo-accounts'), items, el('li', { class: 'muted', text: t(lang, 'demoAdmin') }));
}

export async function submit(email, getLang, onSignedIn) {
  const error = byId('sign-in-error');
  error.hidden = true;
  byId('sign-in-email').value = email;
  try {
    await signIn(email, getLang());
  } catch (e) {
    error.textContent = e.status === 0 ? t(getLang(), 'network') : e.message;
    error.hidden = false;
    return;
  }
  await onSignedIn();
}

export function showSignIn(message) {
  byId('workspace').hidden = true;
  byId('account').hidden = true;
  byId('sign-in').hidden = false;
  const error = byId('sign-in-error');
  error.textContent = message ?? '';
  error.hidden = !message;
}

/** "lanh-dao@tuky.local · lãnh đạo (xem)" in the top bar. */
export function renderAccount(role, lang) {
  byId('account').hidden = !session.token;
  byId('account-email').textContent = session.email ?? '';
  byId('account-role').textContent = role ? t(lang, `role_${role}`) : '';
}
