/**
 * `ScriptApp.getIdentityToken()` answers with an ID token shaped and signed like Google's, which
 * the API's own verifier accepts for the script's OAuth client and refuses for any other, and
 * which the local stack accepts when told to trust the fake's key (the add-in tests do).
 */
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { afterEach, describe, expect, it } from 'vitest';
import { createLocalIssuer } from '../../../functions/auth/local-issuer.js';
import { createTokenVerifier } from '../../../functions/auth/verify-token.js';
import { FAKE_OAUTH_CLIENT_ID, GOOGLE_ISSUER, googleIdToken, googleTestKeys } from './identity-token.js';
import { createAppsScriptFake, type AppsScriptFake } from './index.js';

let fake: AppsScriptFake;
afterEach(() => fake?.dispose());

describe('ScriptApp.getIdentityToken', () => {
  it("is an RS256 JWT from accounts.google.com for the script's client, valid for an hour", async () => {
    fake = createAppsScriptFake({ userEmail: 'Reporter@DaiSon.vn' });
    const token = fake.globals.ScriptApp.getIdentityToken();
    const before = Math.floor(Date.now() / 1000);
    const { payload } = await jwtVerify(token, createLocalJWKSet(googleTestKeys()), { algorithms: ['RS256'], issuer: 'https://accounts.google.com', audience: FAKE_OAUTH_CLIENT_ID });
    expect(decodeProtectedHeader(token)).toEqual({ alg: 'RS256', kid: googleTestKeys().keys[0]!.kid, typ: 'JWT' });
    expect(payload).toMatchObject({ iss: GOOGLE_ISSUER, aud: FAKE_OAUTH_CLIENT_ID, azp: FAKE_OAUTH_CLIENT_ID, email: 'Reporter@DaiSon.vn', email_verified: true });
    expect(payload.sub).toMatch(/^1\d{20}$/);
    expect(payload.exp! - payload.iat!).toBe(3600);
    expect(Math.abs(payload.iat! - before)).toBeLessThanOrEqual(1);
    // The same person gets the same subject in every token; another person another one.
    const again = await jwtVerify(fake.globals.ScriptApp.getIdentityToken(), createLocalJWKSet(googleTestKeys()));
    expect(again.payload.sub).toBe(payload.sub);
    expect(fake.openAs({ userEmail: 'office@tuky.vn' }).globals.ScriptApp.getIdentityToken()).not.toContain(token.split('.')[1]!);
  });

  it("passes the API's verifier for the script's own client id, and is refused for another", async () => {
    fake = createAppsScriptFake({ userEmail: 'reporter@daison.vn', oauthClientId: '111111111111-other.apps.googleusercontent.com' });
    const verifierFor = (audience: string) => createTokenVerifier({ issuer: GOOGLE_ISSUER, audience, jwks: createLocalJWKSet(googleTestKeys()) });
    const token = fake.globals.ScriptApp.getIdentityToken();
    await expect(verifierFor('111111111111-other.apps.googleusercontent.com')(token)).resolves.toMatchObject({ email: 'reporter@daison.vn' });
    await expect(verifierFor(FAKE_OAUTH_CLIENT_ID)(token)).rejects.toMatchObject({ reason: 'audience' });
    // A tampered payload no longer matches its signature.
    const [header, , signature] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()), email: 'admin@tuky.vn' })).toString('base64url');
    await expect(verifierFor('111111111111-other.apps.googleusercontent.com')(`${header}.${forged}.${signature}`)).rejects.toMatchObject({ reason: 'signature' });
  });
});

describe("the local stack's verifier told to trust the fake (TRUST_ISSUER)", () => {
  it("accepts the fake's tokens and its own, and checks each against its own issuer's key and audience", async () => {
    fake = createAppsScriptFake({ userEmail: 'reporter@daison.vn' });
    const local = await createLocalIssuer({ issuer: 'http://localhost:8787', audience: 'local', alsoTrust: { issuer: GOOGLE_ISSUER, audience: FAKE_OAUTH_CLIENT_ID, keys: googleTestKeys() } });
    await expect(local.verifier(fake.globals.ScriptApp.getIdentityToken())).resolves.toMatchObject({ email: 'reporter@daison.vn' });
    await expect(local.verifier(await local.issue({ email: 'admin@localhost' }))).resolves.toMatchObject({ email: 'admin@localhost' });
    // The stack's own key signing a token that claims to be Google's: refused.
    await expect(local.verifier(await local.issue({ email: 'admin@localhost', issuer: GOOGLE_ISSUER, audience: FAKE_OAUTH_CLIENT_ID }))).rejects.toMatchObject({ reason: 'signature' });
    const stranger = fake.openAs({ userEmail: 'la@nowhere.vn', oauthClientId: '999999999999-other.apps.googleusercontent.com' });
    await expect(local.verifier(stranger.globals.ScriptApp.getIdentityToken())).rejects.toMatchObject({ reason: 'audience' });
    // A token of two hours ago expired an hour ago.
    const stale = googleIdToken({ email: 'reporter@daison.vn', clientId: FAKE_OAUTH_CLIENT_ID, now: new Date(Date.now() - 7_200_000) });
    await expect(local.verifier(stale)).rejects.toMatchObject({ reason: 'expired' });
  });
});
