/** `ScriptApp`: the tokens the add-in sends to our API, and the `AuthMode` enum. */
import { AuthMode } from './enums.js';
import type { FakeEnv } from './env.js';
import { googleIdToken } from './identity-token.js';

export class ScriptApp {
  readonly AuthMode = AuthMode;

  constructor(private readonly env: FakeEnv) {
    return env.count(this, 'ScriptApp');
  }

  /** An OpenID Connect ID token for the user, signed like Google's (identity-token.ts), for the script's OAuth client. */
  getIdentityToken(): string {
    return googleIdToken({ email: this.env.options.userEmail, clientId: this.env.options.oauthClientId });
  }

  getOAuthToken(): string {
    return `fake-oauth-token-for-${this.env.options.userEmail}`;
  }

  getScriptId(): string {
    return 'fake-script-id';
  }
}
