/** `Session` and the `User` objects it and `Protection.getEditors()` return. */
import type { FakeEnv } from './env.js';

export class User {
  constructor(private readonly email: string, env: FakeEnv) {
    return env.count(this, 'User');
  }

  getEmail(): string {
    return this.email;
  }
}

export function createUser(env: FakeEnv, email: string): User {
  return new User(email, env);
}

/** The add-in runs as the user who opened it, so the active and effective users are the same. */
export class Session {
  constructor(private readonly env: FakeEnv) {
    return env.count(this, 'Session');
  }

  getActiveUser(): User { return createUser(this.env, this.env.options.userEmail); }
  getEffectiveUser(): User { return createUser(this.env, this.env.options.userEmail); }
  getActiveUserLocale(): string { return this.env.options.locale; }
  getScriptTimeZone(): string { return this.env.options.timeZone; }
  getTemporaryActiveUserKey(): string { return `temp-key-${this.env.options.userEmail}`; }
}
