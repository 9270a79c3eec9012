/**
 * Verifies a Google-style OpenID ID token with jose: RS256 only (so `alg: none` and HMAC
 * tokens signed with a public key are refused), the expected issuer and audience, an `exp`,
 * and a verified email. The local stack's issuer uses this same function.
 */
import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { AuthError, identityFromClaims, type AuthFailure, type Identity } from './identity.js';

interface VerifierChecks {
  /** Google issues both `https://accounts.google.com` and `accounts.google.com`. */
  issuer: string | string[];
  audience: string;
}

export type TokenVerifierOptions = VerifierChecks & ({ jwksUrl: URL } | { jwks: JWTVerifyGetKey });

export type TokenVerifier = (token: string) => Promise<Identity>;

export function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  const { issuer, audience } = options;
  // jose caches the remote key set and refetches it (at most every 30 s) on an unknown kid.
  const keys = 'jwksUrl' in options ? createRemoteJWKSet(options.jwksUrl) : options.jwks;
  return async (token) => {
    if (token === '') throw new AuthError('missing', 'No token');
    const { payload } = await jwtVerify(token, keys, {
      algorithms: ['RS256'],
      issuer,
      audience,
      requiredClaims: ['exp'],
    }).catch((error: unknown) => {
      throw toAuthError(error);
    });
    return identityFromClaims(payload);
  };
}

/** Not the token's fault (JWKS unreachable, a bug): keep the error, so it surfaces as a 5xx. */
function toAuthError(error: unknown): unknown {
  const reason = failureOf(error);
  if (reason === undefined) return error;
  return new AuthError(reason, `Token rejected: ${(error as Error).message}`, { cause: error });
}

function failureOf(error: unknown): AuthFailure | undefined {
  if (error instanceof errors.JWTExpired) return 'expired';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.reason === 'missing') return 'missing';
    if (error.claim === 'aud') return 'audience';
    if (error.claim === 'iss') return 'issuer';
    if (error.claim === 'nbf' || error.claim === 'iat') return 'expired';
    return 'malformed';
  }
  if (error instanceof errors.JOSEAlgNotAllowed) return 'algorithm';
  if (
    error instanceof errors.JWSSignatureVerificationFailed ||
    error instanceof errors.JWKSNoMatchingKey ||
    error instanceof errors.JWKSMultipleMatchingKeys
  ) {
    return 'signature';
  }
  if (
    error instanceof errors.JWSInvalid ||
    error instanceof errors.JWTInvalid ||
    error instanceof errors.JOSENotSupported
  ) {
    return 'malformed';
  }
  return undefined;
}
