/**
 * Sign-in with Google Identity Services: the library draws Google's button, and its callback
 * hands over the ID token (`credential`) that the API's JWT authorizer checks. Calls as in
 * https://developers.google.com/identity/gsi/web/reference/js-reference (initialize once,
 * renderButton, disableAutoSelect on sign-out).
 */
import type { Lang } from '../../shared/words/messages.js';

export const GIS_SCRIPT = 'https://accounts.google.com/gsi/client';

interface GoogleAccountsId {
  initialize(config: { client_id: string; callback: (response: { credential: string }) => void; auto_select?: boolean }): void;
  renderButton(parent: HTMLElement, options: { type: 'standard'; theme: 'outline'; size: 'large'; text: 'signin_with'; locale: string }): void;
  disableAutoSelect(): void;
}

declare global {
  // The library's global, once its script has loaded.
  var google: { accounts: { id: GoogleAccountsId } } | undefined;
}

let loading: Promise<GoogleAccountsId> | null = null;

function loadLibrary(): Promise<GoogleAccountsId> {
  loading ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = GIS_SCRIPT;
    script.async = true;
    script.onload = () => (globalThis.google ? resolve(globalThis.google.accounts.id) : reject(new Error('no google.accounts.id')));
    script.onerror = () => {
      loading = null;
      reject(new Error(`${GIS_SCRIPT} did not load`));
    };
    document.head.append(script);
  });
  return loading;
}

let initializedFor: string | null = null;

/** Draws Google's button into `parent`; `onCredential` gets each ID token Google hands back. */
export async function renderGoogleButton(parent: HTMLElement, clientId: string, lang: Lang, onCredential: (token: string) => void): Promise<void> {
  const id = await loadLibrary();
  // Once per page: a second initialize would reset the library's state.
  if (initializedFor !== clientId) id.initialize({ client_id: clientId, callback: (response) => onCredential(response.credential) });
  initializedFor = clientId;
  parent.replaceChildren();
  id.renderButton(parent, { type: 'standard', theme: 'outline', size: 'large', text: 'signin_with', locale: lang });
}

/** After sign-out Google must not sign the same person straight back in. */
export function forgetGoogleSelection(): void {
  globalThis.google?.accounts.id.disableAutoSelect();
}
