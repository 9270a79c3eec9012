/**
 * Verifies a Google-style OpenID ID token with jose: RS256 only (so `alg: none` and HMAC
 * tokens signed with a public key are refused), the expected issuer and audience, an `exp`,
 * an `iat` at most an hour old, and a verified email. The local stack's issuer uses this same function.
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

/**
 * Google's ID tokens live one hour (exp = iat + 3600,
 * https://developers.google.com/identity/openid-connect/openid-connect#an-id-tokens-payload):
 * a token whose `exp` promises more is refused after that hour all the same.
 */
const MAX_TOKEN_AGE_SECONDS = 3600;
/**
 * Leeway on exp/iat for clocks that disagree a little. Kept small: the local issuer shares the
 * verifier's clock, and Google's and Lambda's clocks are synchronised.
 */
const CLOCK_TOLERANCE_SECONDS = 5;

export function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  const { issuer, audience } = options;
  // An unset variable must fail at start-up, naming itself, not as a 401 on every sign-in.
  if (audience.trim() === '') throw new TypeError('createTokenVerifier: the audience must not be empty');
  const issuers = [issuer].flat();
  if (issuers.length === 0 || issuers.some((i) => i.trim() === '')) throw new TypeError('createTokenVerifier: every issuer must be non-empty');
  // jose caches the remote key set and refetches it (at most every 30 s) on an unknown kid.
  const keys = 'jwksUrl' in options ? createRemoteJWKSet(options.jwksUrl) : options.jwks;
  return async (token) => {
    if (token === '') throw new AuthError('missing', 'No token');
    const { payload } = await jwtVerify(token, keys, {
      algorithms: ['RS256'],
      issuer,
      audience,
      requiredClaims: ['exp'],
      maxTokenAge: MAX_TOKEN_AGE_SECONDS,
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
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
