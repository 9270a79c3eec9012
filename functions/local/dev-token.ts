/**
 * `POST /dev/token {"email"}`: a token from the local issuer for any address, for the page's
 * sign-in panel and for scripts (DESIGN §2). The local stack only; never wired up in AWS.
 */
import type { IncomingMessage } from 'node:http';
import type { LocalIssuer } from '../auth/local-issuer.js';
import { AppError, invalid } from '../errors.js';
import { json, type HttpResult } from '../http/respond.js';

export async function devToken(req: IncomingMessage, issuer: LocalIssuer): Promise<HttpResult> {
  let text = '';
  for await (const chunk of req as AsyncIterable<Buffer>) text += chunk.toString('utf8');
  let body: unknown;
  try {
    body = JSON.parse(text || '{}');
  } catch {
    throw new AppError('validation', 'bad_json');
  }
  // `null`, a number or an array has no email either.
  const { email, emailVerified } = (typeof body === 'object' && body !== null && !Array.isArray(body) ? body : {}) as Record<string, unknown>;
  if (email === undefined) throw invalid([{ path: ['email'], code: 'required' }]);
  if (typeof email !== 'string' || !email.includes('@')) throw invalid([{ path: ['email'], code: 'invalid_format', params: { format: 'email' } }]);
  const token = await issuer.issue({ email, ...(emailVerified === false ? { emailVerified: false } : {}) });
  return json(200, { token });
}
