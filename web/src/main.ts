/**
 * The leadership scorecard page: read config.json, set up sign-in, follow the reader's language.
 * The workspace (plans, periods, scorecards) is workspace.ts; views are in scorecard-view.ts.
 */
import type { Lang } from '../../shared/words/messages.js';
import { setApiBase } from './api.js';
import { loadWebConfig } from './config.js';
import { byId } from './dom.js';
import { applyStaticText, t } from './i18n.js';
import { session } from './session.js';
import { renderAccount, renderSignIn, setUpSignIn, showSignIn } from './sign-in.js';
import { rememberLang, role, state } from './state.js';
import { compute, leave, loadPeriod, renderComputeButton, renderPeriodOptions, selectPlan, start } from './workspace.js';

function applyLanguage(): void {
  document.documentElement.lang = state.lang;
  applyStaticText(document, state.lang);
  byId('footer').textContent = t(state.lang, state.config?.auth.kind === 'dev' ? 'footerDev' : 'footer');
  for (const button of document.querySelectorAll<HTMLElement>('[data-lang]')) button.setAttribute('aria-pressed', String(button.dataset.lang === state.lang));
  if (state.config) renderSignIn(state.lang);
  renderAccount(role(), state.lang);
  renderComputeButton();
  renderPeriodOptions();
}

async function setLanguage(lang: Lang): Promise<void> {
  rememberLang(lang);
  applyLanguage();
  // Chart words and API messages come from the server in the reader's language: fetch again.
  if (state.periodId) await loadPeriod(state.periodId);
}

function showConfigMissing(): void {
  byId('sign-in').hidden = false;
  const error = byId('sign-in-error');
  error.textContent = t(state.lang, 'configMissing');
  error.hidden = false;
}

async function boot(): Promise<void> {
  for (const button of document.querySelectorAll<HTMLElement>('[data-lang]')) button.addEventListener('click', () => void setLanguage(button.dataset.lang === 'en' ? 'en' : 'vi'));
  const config = await loadWebConfig();
  if (config) {
    setApiBase(config.apiUrl);
    setUpSignIn(config.auth, { lang: () => state.lang, onSignedIn: start });
  }
  state.config = config;
  applyLanguage();
  if (!config) return showConfigMissing();
  byId('sign-out').addEventListener('click', leave);
  byId('recompute').addEventListener('click', () => void compute());
  byId<HTMLSelectElement>('plan-select').addEventListener('change', (e) => void selectPlan((e.target as HTMLSelectElement).value));
  byId<HTMLSelectElement>('period-select').addEventListener('change', (e) => void loadPeriod((e.target as HTMLSelectElement).value));
  if (session.token) await start();
  else showSignIn();
}

void boot();
