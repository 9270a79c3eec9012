/**
 * Hostile and malformed bearer tokens, generated: junk strings, junk JWT segments, every `alg`
 * trick (none, HS256 keyed with the public key, other algorithms), an attacker's own key embedded
 * in the header, and payloads of the wrong shape. Every one gets a 401 in the contract's error
 * shape; none gets a 500.
 */
import fc from 'fast-check';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_AUDIENCE } from '../../functions/auth/local-issuer.js';
import { startApiStack, type ApiStack } from '../helpers/api-stack.js';

let s: ApiStack;
let realKid: string;
let publicJwk: Record<string, unknown>;
const b64 = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

beforeAll(async () => {
  s = await startApiStack();
  const jwks = (await (await fetch(`${s.url}/.well-known/jwks.json`)).json()) as { keys: Record<string, unknown>[] };
  publicJwk = jwks.keys[0]!;
  realKid = String(publicJwk.kid);
});

afterAll(() => s?.close());

async function expect401(token: string) {
  const res = await s.api('GET', '/v1/me', { token });
  expect(res.status, `${token.slice(0, 120)} → ${res.status} ${res.text.slice(0, 200)}`).toBe(401);
  expect(res.body.error.code).toBe('unauthorized');
  expect(res.body.error.issues).toEqual([]);
}

const goodClaims = () => ({ iss: s.url, aud: LOCAL_AUDIENCE, sub: '1', email: 'a@test.local', email_verified: true, exp: Math.floor(Date.now() / 1000) + 600 });

describe('hostile tokens', () => {
  it('rejects junk strings and junk JWT segments', async () => {
    const segment = fc.oneof(fc.base64String({ maxLength: 200 }).map((x) => x.replace(/=+$/, '')), fc.string({ maxLength: 60 }), fc.constant(''));
    const junk = fc.oneof(
      fc.string({ minLength: 1, maxLength: 300 }).filter((t) => /^[\x21-\x7e]+$/.test(t)),
      fc.tuple(segment, segment, segment).map((parts) => parts.join('.')),
      fc.tuple(fc.jsonValue(), fc.jsonValue(), segment).map(([h, p, sig]) => `${b64(h)}.${b64(p)}.${sig}`),
      fc.array(segment, { minLength: 4, maxLength: 7 }).map((parts) => parts.join('.')),
    ).filter((t) => t.length > 0 && /^[\x21-\x7e]+$/.test(t));
    await fc.assert(fc.asyncProperty(junk, expect401), { numRuns: 250 });
  });

  it('rejects every alg trick against the real key id', async () => {
    const algs = fc.constantFrom('none', 'None', 'NONE', 'HS256', 'HS512', 'RS512', 'PS256', 'ES256', 'EdDSA', '');
    await fc.assert(
      fc.asyncProperty(algs, fc.base64String({ maxLength: 100 }), async (alg, sig) => {
        await expect401(`${b64({ alg, kid: realKid, typ: 'JWT' })}.${b64(goodClaims())}.${sig.replace(/=+$/, '')}`);
      }),
      { numRuns: 60 },
    );
    // HS256 keyed with the server's public key, the classic confusion attack.
    const secret = new TextEncoder().encode(JSON.stringify(publicJwk));
    await expect401(await new SignJWT(goodClaims()).setProtectedHeader({ alg: 'HS256', kid: realKid }).sign(secret));
  });

  it("rejects an attacker's own key, embedded in the header or named by kid", async () => {
    const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
    const jwk = await exportJWK(publicKey);
    for (const header of [
      { alg: 'RS256', kid: realKid },
      { alg: 'RS256', kid: 'attacker' },
      { alg: 'RS256', jwk },
      { alg: 'RS256', kid: realKid, jku: 'http://127.0.0.1:1/jwks.json' },
      { alg: 'RS256', kid: '../../../../etc/passwd' },
    ]) {
      await expect401(await new SignJWT(goodClaims()).setProtectedHeader(header).sign(privateKey));
    }
  });

  it('rejects payloads of the wrong shape, whatever their signature', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const claimsValue = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 2 }));
    const broken = fc.tuple(fc.constantFrom('iss', 'aud', 'exp', 'email', 'email_verified', 'sub', 'nbf', 'iat'), claimsValue).map(([k, v]) => ({ ...goodClaims(), [k]: v }));
    await fc.assert(
      fc.asyncProperty(broken, async (claims) => {
        const header = b64({ alg: 'RS256', kid: realKid });
        const payload = b64(claims);
        await expect401(`${header}.${payload}.${b64('not a signature')}`);
        await expect401(await new SignJWT(claims as never).setProtectedHeader({ alg: 'RS256', kid: realKid }).sign(privateKey));
      }),
      { numRuns: 60 },
    );
  });

  it('rejects a token of 6 KB and one of only dots', async () => {
    await expect401(`${b64({ alg: 'RS256', kid: realKid })}.${b64({ ...goodClaims(), pad: 'x'.repeat(6000) })}.sig`);
    await expect401('..');
  });
});
