/**
 * The page's calls to the local stack: sign-in with the local issuer (POST /dev/token), and the
 * v1 API with the bearer token and the reader's language. Errors become ApiError with the
 * status, the API's error code and its (localized) message.
 */
const TOKEN_KEY = 'scorecard.token';
const EMAIL_KEY = 'scorecard.email';

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
  }
}

/** The signed-in account lives for the browser tab only (sessionStorage). */
export const session = {
  get token() {
    return sessionStorage.getItem(TOKEN_KEY);
  },
  get email() {
    return sessionStorage.getItem(EMAIL_KEY);
  },
  save(token, email) {
    sessionStorage.setItem(TOKEN_KEY, token);
    sessionStorage.setItem(EMAIL_KEY, email);
  },
  clear() {
    sessionStorage.removeItem(TOKEN_KEY);
    sessionStorage.removeItem(EMAIL_KEY);
  },
};

export async function signIn(email, lang) {
  const { token } = await send('/dev/token', { method: 'POST', body: { email }, lang });
  session.save(token, email);
}

/** `api('/v1/me', { lang })`; POST with `method` and an optional JSON `body`. */
export function api(path, { method = 'GET', body, lang }) {
  return send(path, { method, body, lang, token: session.token });
}

async function send(path, { method = 'GET', body, lang, token }) {
  const headers = { accept: 'application/json', 'accept-language': lang };
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  let response;
  try {
    response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch (error) {
    throw new ApiError(0, 'network', String(error));
  }
  const payload = await response.json().catch(() => null);
  if (!response.ok) {
    const error = payload?.error ?? {};
    throw new ApiError(response.status, error.code ?? `http_${response.status}`, error.message ?? response.statusText);
  }
  return payload;
}
