/**
 * Who is calling: the verified email (lower-cased, the key of plan memberships) and the
 * issuer's stable subject id. Both the jose verifier (local stack) and the API Gateway JWT
 * authorizer path (AWS) end in `identityFromClaims`, so the email rules live in one place.
 */
import { AppError } from '../errors.js';

export interface Identity {
  email: string;
  subject: string;
}

/**
 * Why a token was refused, for logs and tests; the caller only ever sees `unauthorized`.
 * `missing`: no token, or a required claim (exp, email, sub) is absent.
 * `malformed`: present but unreadable (not a JWT, a claim of the wrong type).
 * `expired`: outside its validity window (exp, or nbf/iat in the future).
 * `signature`: no key in the JWKS verifies it (wrong key, unknown kid).
 */
export type AuthFailure =
  | 'expired'
  | 'audience'
  | 'issuer'
  | 'signature'
  | 'algorithm'
  | 'email_unverified'
  | 'malformed'
  | 'missing';

/** A refused token: an AppError of kind `unauthenticated`, so the edge answers 401 `unauthorized`. */
export class AuthError extends AppError {
  override readonly name = 'AuthError';

  constructor(
    readonly reason: AuthFailure,
    message = `Token rejected: ${reason}`,
    options?: { cause?: unknown },
  ) {
    super('unauthenticated', 'unauthorized', [], { ...options, message });
  }
}

/**
 * Claims → Identity once the token itself is trusted. Google sends `email_verified` as a
 * boolean; API Gateway flattens claims to strings, so `"true"` counts as verified too.
 */
export function identityFromClaims(claims: Readonly<Record<string, unknown>>): Identity {
  const { email, email_verified: verified, sub } = claims;
  if (email === undefined) throw new AuthError('missing', 'Token has no "email" claim');
  if (sub === undefined) throw new AuthError('missing', 'Token has no "sub" claim');
  if (typeof email !== 'string' || !email.includes('@')) {
    throw new AuthError('malformed', 'Token "email" claim is not an email address');
  }
  if (typeof sub !== 'string' || sub === '') throw new AuthError('malformed', 'Token "sub" claim is not a string');
  if (verified !== true && verified !== 'true') {
    throw new AuthError('email_unverified', 'Token email is not verified');
  }
  return { email: email.toLowerCase(), subject: sub };
}
