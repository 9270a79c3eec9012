/** `ScriptApp`: the tokens the add-in sends to our API, and the `AuthMode` enum. */
import { AuthMode } from './enums.js';
import type { FakeEnv } from './env.js';

export class ScriptApp {
  readonly AuthMode = AuthMode;

  constructor(private readonly env: FakeEnv) {
    return env.count(this, 'ScriptApp');
  }

  /** An OpenID Connect ID token for the user, from the fake's `identityToken` option ('' without it). */
  getIdentityToken(): string {
    return this.env.options.identityToken();
  }

  getOAuthToken(): string {
    return `fake-oauth-token-for-${this.env.options.userEmail}`;
  }

  getScriptId(): string {
    return 'fake-script-id';
  }
}
