/**
 * Bad ID tokens over HTTP (DESIGN §2, §3, §8): each is a 401 in the contract's error shape, never a
 * 500. Tokens come from the stack's own issuer (with overrides), or are forged here with jose.
 */
import { SignJWT, decodeJwt, decodeProtectedHeader, generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiStack, type ApiStack } from '../helpers/api-stack.js';

const EMAIL = 'can-bo@thu.vn';
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

let s: ApiStack;
let valid: string;

beforeAll(async () => {
  s = await startApiStack();
  valid = await s.token(EMAIL);
});
afterAll(() => s.close());

/** Replaces one character in the middle of the signature, so the bytes certainly change. */
function flipSignature(token: string): string {
  const [header, payload, signature] = token.split('.') as [string, string, string];
  const i = Math.floor(signature.length / 2);
  const flipped = signature[i] === 'A' ? 'B' : 'A';
  return `${header}.${payload}.${signature.slice(0, i)}${flipped}${signature.slice(i + 1)}`;
}

/** The valid token's claims, signed by a key the stack never published, under the stack's kid. */
async function signedByStranger(): Promise<string> {
  const { privateKey } = await generateKeyPair('RS256');
  const { kid } = decodeProtectedHeader(valid);
  return new SignJWT(decodeJwt(valid)).setProtectedHeader({ alg: 'RS256', kid: kid!, typ: 'JWT' }).sign(privateKey);
}

/** HS256 with the stack's public modulus as the secret: the classic algorithm confusion. */
async function hmacWithPublicKey(): Promise<string> {
  const { keys } = (await s.api('GET', '/.well-known/jwks.json')).body;
  return new SignJWT(decodeJwt(valid)).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign(new TextEncoder().encode(keys[0].n));
}

const BAD_TOKENS: [what: string, make: () => Promise<string>][] = [
  ['expired ten seconds ago', () => s.token(EMAIL, { expiresInSeconds: -10 })],
  ['meant for another audience', () => s.token(EMAIL, { audience: 'another-client.apps.googleusercontent.com' })],
  ['from another issuer', () => s.token(EMAIL, { issuer: 'https://accounts.google.com' })],
  ['with an unverified email', () => s.token(EMAIL, { emailVerified: false })],
  ['with a flipped signature', async () => flipSignature(valid)],
  ['with alg none and no signature', async () => `${b64({ alg: 'none', typ: 'JWT' })}.${b64(decodeJwt(valid))}.`],
  ['signed by a key the issuer never published', signedByStranger],
  ['signed with HS256 and the public key', hmacWithPublicKey],
  ['that is not a JWT at all', async () => 'not-a-token'],
  ['with three segments of garbage', async () => 'a.b.c'],
  ['whose payload is not JSON', async () => `${b64({ alg: 'RS256', typ: 'JWT' })}.${Buffer.from('{oops').toString('base64url')}.c2ln`],
];

function expectUnauthorized(res: { status: number; body: unknown; headers: Headers }, message = 'Chưa đăng nhập hoặc mã xác thực không hợp lệ.') {
  expect(res.status).toBe(401);
  expect(res.body).toEqual({ error: { code: 'unauthorized', message, issues: [] } });
  expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
}

describe('a good token, as a control', () => {
  it('is accepted, with the email it names', async () => {
    const res = await s.api('GET', '/v1/me', { token: valid });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ email: EMAIL, memberships: [] });
  });

  it('is accepted with the scheme in lower case too', async () => {
    const res = await fetch(`${s.url}/v1/me`, { headers: { authorization: `bearer ${valid}` } });
    expect(res.status).toBe(200);
  });
});

describe('bad tokens', () => {
  it.each(BAD_TOKENS)('a token %s → 401 unauthorized', async (_what, make) => {
    const token = await make();
    expectUnauthorized(await s.api('GET', '/v1/me', { token }));
    expectUnauthorized(await s.api('GET', '/v1/me', { token, lang: 'en' }), 'Not signed in, or the token is not valid.');
  });

  it.each([
    ['no Authorization header', undefined],
    ['an empty bearer', 'Bearer '],
    ['another scheme', `Basic ${Buffer.from('admin:admin').toString('base64')}`],
    ['a token without its scheme', 'TOKEN'],
  ])('%s → 401 unauthorized', async (_what, authorization) => {
    const res = await fetch(`${s.url}/v1/me`, { headers: authorization === undefined ? {} : { authorization: authorization === 'TOKEN' ? valid : authorization } });
    expectUnauthorized({ status: res.status, body: await res.json(), headers: res.headers });
  });

  it('a bad token is refused before the body is looked at: 401, not 400', async () => {
    const res = await s.api('POST', '/v1/plans/thu-api-2024/reports', { token: flipSignature(valid), rawBody: '{"unitId": ' });
    expectUnauthorized(res);
  });
});

describe('the local issuer (DESIGN §2)', () => {
  it('publishes only public RS256 keys with a kid', async () => {
    const res = await s.api('GET', '/.well-known/jwks.json');
    expect(res.status).toBe(200);
    expect(res.body.keys).toHaveLength(1);
    const [key] = res.body.keys;
    expect(key).toMatchObject({ kty: 'RSA', alg: 'RS256', kid: decodeProtectedHeader(valid).kid });
    for (const secret of ['d', 'p', 'q', 'dp', 'dq', 'qi']) expect(key).not.toHaveProperty(secret);
  });

  it('POST /dev/token issues Google-like tokens the API accepts', async () => {
    const res = await s.api('POST', '/dev/token', { body: { email: 'Lanh-Dao@Thu.VN' } });
    expect(res.status).toBe(200);
    const claims = decodeJwt(res.body.token);
    expect(claims).toMatchObject({ iss: s.url, email: 'lanh-dao@thu.vn', email_verified: true, sub: expect.any(String) });
    expect(claims.aud).toEqual(expect.any(String));
    expect(claims.exp).toEqual(expect.any(Number));
    expect((await s.api('GET', '/v1/me', { token: res.body.token })).body.email).toBe('lanh-dao@thu.vn');
  });

  it('a /dev/token token with an unverified email is refused by the API', async () => {
    const res = await s.api('POST', '/dev/token', { body: { email: EMAIL, emailVerified: false } });
    expectUnauthorized(await s.api('GET', '/v1/me', { token: res.body.token }));
  });
});
