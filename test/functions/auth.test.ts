import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import { SignJWT, decodeJwt, decodeProtectedHeader, errors, exportJWK, generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { identityFromAuthorizer } from '../../functions/auth/authorizer-claims.js';
import { AuthError, type AuthFailure } from '../../functions/auth/identity.js';
import { AppError } from '../../functions/errors.js';
import { LOCAL_AUDIENCE, createLocalIssuer } from '../../functions/auth/local-issuer.js';
import { createTokenVerifier, type TokenVerifier } from '../../functions/auth/verify-token.js';
import { serveJwks, type JwksServer } from '../helpers/jwks-server.js';

const ISSUER = 'https://accounts.google.com';
const AUDIENCE = 'addon-client-id.apps.googleusercontent.com';
const KID = 'google-key-1';
const HOUR = 3600;

const nowSeconds = () => Math.floor(Date.now() / 1000);

/** A Google-like claim set; pass `undefined` to leave a claim out (JSON drops it). */
function claims(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const now = nowSeconds();
  return {
    iss: ISSUER,
    aud: AUDIENCE,
    sub: '110169484474386276334',
    email: 'Reporter.TuKy@Example.VN',
    email_verified: true,
    iat: now,
    exp: now + HOUR,
    ...overrides,
  };
}

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => new Error('expected the token to be rejected'),
    (error: unknown) => error,
  );
}

async function expectAuthFailure(promise: Promise<unknown>, reason: AuthFailure): Promise<AuthError> {
  const error = await rejectionOf(promise);
  expect(error).toBeInstanceOf(AuthError);
  // One root error class: a refused token is an AppError the HTTP edge answers with 401.
  expect(error).toBeInstanceOf(AppError);
  expect(error).toMatchObject({ name: 'AuthError', kind: 'unauthenticated', messageCode: 'unauthorized', reason });
  return error as AuthError;
}

describe('createTokenVerifier with a JWKS served over HTTP', () => {
  let server: JwksServer;
  let verify: TokenVerifier;
  let signingKey: CryptoKey;
  let impostorKey: CryptoKey;
  const sign = (payload: Record<string, unknown>, key = signingKey) =>
    new SignJWT(payload).setProtectedHeader({ alg: 'RS256', kid: KID, typ: 'JWT' }).sign(key);

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    signingKey = pair.privateKey;
    impostorKey = (await generateKeyPair('RS256')).privateKey;
    const publicJwk = { ...(await exportJWK(pair.publicKey)), kid: KID, alg: 'RS256', use: 'sig' };
    server = await serveJwks({ keys: [publicJwk] });
    verify = createTokenVerifier({ issuer: [ISSUER, 'accounts.google.com'], audience: AUDIENCE, jwksUrl: server.url });
  });
  afterAll(() => server.close());

  it('accepts a valid token and lower-cases the email', async () => {
    expect(await verify(await sign(claims()))).toEqual({
      email: 'reporter.tuky@example.vn',
      subject: '110169484474386276334',
    });
  });

  it('accepts the other issuer spelling Google uses and email_verified as the string "true"', async () => {
    const token = await sign(claims({ iss: 'accounts.google.com', email_verified: 'true' }));
    expect((await verify(token)).email).toBe('reporter.tuky@example.vn');
  });

  const rejected: [string, () => Promise<string>, AuthFailure][] = [
    ['expired an hour ago', () => sign(claims({ iat: nowSeconds() - 2 * HOUR, exp: nowSeconds() - HOUR })), 'expired'],
    ['for another audience', () => sign(claims({ aud: 'someone-elses-client' })), 'audience'],
    ['from another issuer', () => sign(claims({ iss: 'https://evil.example' })), 'issuer'],
    ['signed by another key with the same kid', () => sign(claims(), impostorKey), 'signature'],
    [
      'unsigned (alg: none)',
      async () => `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(claims())}.`,
      'algorithm',
    ],
    [
      'HS256-signed',
      () =>
        new SignJWT(claims())
          .setProtectedHeader({ alg: 'HS256', kid: KID })
          .sign(new TextEncoder().encode('a-shared-secret-of-at-least-32-bytes')),
      'algorithm',
    ],
    ['with email_verified false', () => sign(claims({ email_verified: false })), 'email_unverified'],
    ['without email_verified', () => sign(claims({ email_verified: undefined })), 'email_unverified'],
    ['without an email', () => sign(claims({ email: undefined })), 'missing'],
    ['without exp', () => sign(claims({ exp: undefined })), 'missing'],
    // maxTokenAge: an hour, Google's own lifetime, whatever exp says; it needs an iat.
    ['issued two hours ago that claims to live three', () => sign(claims({ iat: nowSeconds() - 2 * HOUR, exp: nowSeconds() + HOUR })), 'expired'],
    ['without iat', () => sign(claims({ iat: undefined })), 'missing'],
    // Beyond the 5 s clock tolerance.
    ['expired 30 seconds ago', () => sign(claims({ iat: nowSeconds() - HOUR, exp: nowSeconds() - 30 })), 'expired'],
    ['issued a minute from now', () => sign(claims({ iat: nowSeconds() + 60, exp: nowSeconds() + 60 + HOUR })), 'expired'],
    ['with a non-numeric exp', () => sign(claims({ exp: 'tomorrow' })), 'malformed'],
    ['that is a garbage string', async () => 'not-a-jwt', 'malformed'],
    ['that is empty', async () => '', 'missing'],
  ];
  it.each(rejected)('rejects a token %s', async (_case, build, reason) => {
    await expectAuthFailure(verify(await build()), reason);
  });

  it('allows clocks to disagree by a few seconds (tolerance 5 s)', async () => {
    const expiredJustNow = await sign(claims({ iat: nowSeconds() - HOUR, exp: nowSeconds() - 2 }));
    const issuedJustAhead = await sign(claims({ iat: nowSeconds() + 2, exp: nowSeconds() + 2 + HOUR }));
    expect((await verify(expiredJustNow)).email).toBe('reporter.tuky@example.vn');
    expect((await verify(issuedJustAhead)).email).toBe('reporter.tuky@example.vn');
  });

  it('refuses to be built without an audience or an issuer, which would be an unset setting', () => {
    const jwksUrl = server.url;
    expect(() => createTokenVerifier({ issuer: ISSUER, audience: '', jwksUrl })).toThrow(/audience must not be empty/);
    expect(() => createTokenVerifier({ issuer: ISSUER, audience: '  ', jwksUrl })).toThrow(/audience must not be empty/);
    expect(() => createTokenVerifier({ issuer: [], audience: AUDIENCE, jwksUrl })).toThrow(/issuer/);
    expect(() => createTokenVerifier({ issuer: [ISSUER, ''], audience: AUDIENCE, jwksUrl })).toThrow(/issuer/);
  });

  it('keeps the jose error as the cause', async () => {
    const error = await expectAuthFailure(verify(await sign(claims({ exp: nowSeconds() - HOUR }))), 'expired');
    expect(error.cause).toBeInstanceOf(errors.JWTExpired);
  });

  it('does not blame the token when the JWKS cannot be fetched', async () => {
    const gone = await serveJwks({ keys: [] });
    await gone.close();
    const unreachable = createTokenVerifier({ issuer: ISSUER, audience: AUDIENCE, jwksUrl: gone.url });
    const error = await rejectionOf(unreachable(await sign(claims())));
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(AuthError);
  });
});

describe('createLocalIssuer', () => {
  const issuer = 'http://localhost:8787';

  it('issues Google-like tokens that its verifier accepts', async () => {
    const local = await createLocalIssuer({ issuer, audience: LOCAL_AUDIENCE });
    const token = await local.issue({ email: 'Admin@Localhost' });
    const identity = await local.verifier(token);
    expect(identity.email).toBe('admin@localhost');
    expect(identity.subject).toMatch(/^\d+$/);

    const payload = decodeJwt(token);
    expect(payload).toMatchObject({
      iss: issuer,
      aud: 'tthc-scorecards-local',
      email: 'admin@localhost',
      email_verified: true,
    });
    expect(payload.sub).toBe(identity.subject);
    expect(payload.exp! - payload.iat!).toBe(3600); // default lifetime: one hour
    const [publicKey] = local.jwks().keys;
    expect(decodeProtectedHeader(token)).toEqual({ alg: 'RS256', kid: publicKey!.kid, typ: 'JWT' });
    expect(publicKey).not.toHaveProperty('d'); // only the public half is published
  });

  it('gives an email the same subject whatever its case', async () => {
    const local = await createLocalIssuer({ issuer, audience: LOCAL_AUDIENCE });
    const upper = await local.verifier(await local.issue({ email: 'Viewer@Localhost' }));
    const lower = await local.verifier(await local.issue({ email: 'viewer@localhost' }));
    expect(upper.subject).toBe(lower.subject);
  });

  it('is verified through its JWKS served over HTTP, as the local stack serves it', async () => {
    const local = await createLocalIssuer({ issuer, audience: LOCAL_AUDIENCE });
    const server = await serveJwks(local.jwks());
    try {
      const verify = createTokenVerifier({ issuer, audience: LOCAL_AUDIENCE, jwksUrl: server.url });
      const token = await local.issue({ email: 'reporter@localhost' });
      expect(await verify(token)).toMatchObject({ email: 'reporter@localhost' });
    } finally {
      await server.close();
    }
  });

  it('applies the same checks as for Google tokens', async () => {
    const local = await createLocalIssuer({ issuer, audience: LOCAL_AUDIENCE });
    const email = 'reporter@localhost';
    await expectAuthFailure(local.verifier(await local.issue({ email, emailVerified: false })), 'email_unverified');
    await expectAuthFailure(local.verifier(await local.issue({ email, expiresInSeconds: -60 })), 'expired');
    await expectAuthFailure(local.verifier(await local.issue({ email, audience: 'other' })), 'audience');
    await expectAuthFailure(local.verifier(await local.issue({ email, issuer: 'http://elsewhere' })), 'issuer');
  });

  it('refuses an empty audience when it is created', async () => {
    await expect(createLocalIssuer({ issuer, audience: '' })).rejects.toThrow(/audience must not be empty/);
  });

  it('rejects a token from another issuer instance (another key)', async () => {
    const mine = await createLocalIssuer({ issuer, audience: LOCAL_AUDIENCE });
    const other = await createLocalIssuer({ issuer, audience: LOCAL_AUDIENCE });
    await expectAuthFailure(mine.verifier(await other.issue({ email: 'admin@localhost' })), 'signature');
  });

  it('keeps its key in keyDir (mode 0600) so tokens survive a restart', async () => {
    const root = await mkdtemp(join(tmpdir(), 'issuer-key-'));
    try {
      const keyDir = join(root, 'data'); // does not exist yet
      const first = await createLocalIssuer({ issuer, audience: LOCAL_AUDIENCE, keyDir });
      const token = await first.issue({ email: 'admin@localhost' });
      const restarted = await createLocalIssuer({ issuer, audience: LOCAL_AUDIENCE, keyDir });
      expect(await restarted.verifier(token)).toMatchObject({ email: 'admin@localhost' });
      expect(restarted.jwks()).toEqual(first.jwks());
      expect((await stat(join(keyDir, 'issuer-key.json'))).mode & 0o777).toBe(0o600);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});

describe('identityFromAuthorizer (API Gateway HTTP API, payload v2)', () => {
  const eventWith = (authorizer: unknown) =>
    ({ requestContext: { authorizer } }) as unknown as APIGatewayProxyEventV2WithJWTAuthorizer;
  const jwtClaims = (claims: Record<string, string>) => eventWith({ jwt: { claims, scopes: null } });

  it('accepts email_verified as the string "true" and lower-cases the email', () => {
    const event = jwtClaims({ sub: '1099', email: 'Viewer@Example.VN', email_verified: 'true' });
    expect(identityFromAuthorizer(event)).toEqual({ email: 'viewer@example.vn', subject: '1099' });
  });

  it('rejects email_verified "false"', () => {
    const event = jwtClaims({ sub: '1099', email: 'viewer@example.vn', email_verified: 'false' });
    expect(() => identityFromAuthorizer(event)).toThrow(expect.objectContaining({ reason: 'email_unverified' }));
  });

  it('rejects claims without an email', () => {
    const event = jwtClaims({ sub: '1099', email_verified: 'true' });
    expect(() => identityFromAuthorizer(event)).toThrow(
      expect.objectContaining({ name: 'AuthError', reason: 'missing' }),
    );
  });

  it('rejects a request that did not pass through the authorizer', () => {
    expect(() => identityFromAuthorizer(eventWith(undefined))).toThrow(AuthError);
  });
});
