/**
 * The sign-in panel and the account line. Dev (the local stack): demo accounts or a typed email,
 * a token from POST /dev/token. Google: Google's button (google-sign-in.ts). Either way the ID
 * token goes into the tab's session and `onSignedIn` runs.
 */
import type { Lang } from '../../shared/words/messages.js';
import { devToken } from './api.js';
import type { AuthConfig } from './config.js';
import { byId, el, fill } from './dom.js';
import { forgetGoogleSelection, renderGoogleButton } from './google-sign-in.js';
import { t } from './i18n.js';
import { emailOfToken, session } from './session.js';

export interface SignInHooks {
  lang: () => Lang;
  onSignedIn: () => Promise<void>;
}

let auth: AuthConfig;
let hooks: SignInHooks;

/** Wires the panel once for the configured kind of sign-in. */
export function setUpSignIn(config: AuthConfig, signInHooks: SignInHooks): void {
  auth = config;
  hooks = signInHooks;
  byId('sign-in-form').hidden = auth.kind !== 'dev';
  byId('sign-in-form').addEventListener('submit', (event) => {
    event.preventDefault();
    void submitEmail(byId<HTMLInputElement>('sign-in-email').value.trim());
  });
}

/** The panel's words and choices in the reader's language (called on every language switch). */
export function renderSignIn(lang: Lang): void {
  byId('sign-in-hint').textContent = t(lang, auth.kind === 'dev' ? 'signInHintDev' : 'signInHintGoogle');
  if (auth.kind === 'dev') {
    const accounts = auth.demoAccounts.map(({ email, role }) =>
      el('li', {}, el('button', { type: 'button', class: 'demo-account', 'data-email': email, onclick: () => void submitEmail(email) }, el('strong', { text: t(lang, `demo_${role}`) }), el('span', { text: email }))),
    );
    fill(byId('demo-accounts'), accounts, el('li', { class: 'muted', text: t(lang, 'demoAdmin') }));
    return;
  }
  if (byId('sign-in').hidden) return;
  const clientId = auth.clientId;
  renderGoogleButton(byId('google-button'), clientId, lang, (token) => void signedIn(token, emailOfToken(token))).catch(() => showSignInError(t(lang, 'googleUnavailable')));
}

async function submitEmail(email: string): Promise<void> {
  const lang = hooks.lang();
  byId<HTMLInputElement>('sign-in-email').value = email;
  byId('sign-in-error').hidden = true;
  try {
    await signedIn(await devToken(email, lang), email);
  } catch (error) {
    const status = (error as { status?: number }).status;
    showSignInError(status === 0 ? t(lang, 'network') : (error as Error).message);
  }
}

async function signedIn(token: string, email: string): Promise<void> {
  session.save(token, email);
  await hooks.onSignedIn();
}

export function showSignIn(message?: string): void {
  byId('workspace').hidden = true;
  byId('account').hidden = true;
  byId('sign-in').hidden = false;
  renderSignIn(hooks.lang());
  showSignInError(message);
}

function showSignInError(message: string | undefined): void {
  const error = byId('sign-in-error');
  error.textContent = message ?? '';
  error.hidden = !message;
}

/** Clears the token (and, with Google, its automatic re-selection) before showing the panel again. */
export function signOut(message?: string): void {
  session.clear();
  if (auth.kind === 'google') forgetGoogleSelection();
  showSignIn(message);
}

/** "lanh-dao@tuky.local · lãnh đạo (xem)" in the top bar. */
export function renderAccount(role: string | null, lang: Lang): void {
  byId('account').hidden = !session.token;
  byId('account-email').textContent = session.email ?? '';
  byId('account-role').textContent = role ? t(lang, `role_${role}` as Parameters<typeof t>[1]) : '';
}
