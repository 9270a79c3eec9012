/**
 * The signed-in person for this browser tab: the ID token and the email it names. Kept in
 * sessionStorage (gone when the tab closes), never localStorage, so a token does not outlive
 * the tab or reach another one.
 */
const TOKEN_KEY = 'scorecard.token';
const EMAIL_KEY = 'scorecard.email';

export const session = {
  get token(): string | null {
    return sessionStorage.getItem(TOKEN_KEY);
  },
  get email(): string | null {
    return sessionStorage.getItem(EMAIL_KEY);
  },
  save(token: string, email: string): void {
    sessionStorage.setItem(TOKEN_KEY, token);
    sessionStorage.setItem(EMAIL_KEY, email);
  },
  clear(): void {
    sessionStorage.removeItem(TOKEN_KEY);
    sessionStorage.removeItem(EMAIL_KEY);
  },
};

/** The `email` claim of an ID token, read for display only: the API verifies the token. */
export function emailOfToken(token: string): string {
  try {
    const payload = token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/');
    const json = new TextDecoder().decode(Uint8Array.from(atob(payload), (c) => c.charCodeAt(0)));
    const email: unknown = JSON.parse(json).email;
    return typeof email === 'string' ? email : '';
  } catch {
    return '';
  }
}
