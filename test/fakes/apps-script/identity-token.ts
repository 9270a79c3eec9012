/**
 * The ID tokens `ScriptApp.getIdentityToken()` returns: OpenID Connect ID tokens as Google signs
 * them (https://developers.google.com/identity/openid-connect/openid-connect#an-id-tokens-payload):
 * an RS256 JWT with a `kid`; iss https://accounts.google.com; aud and azp the script's OAuth
 * client id; sub; email and email_verified (the manifest asks for `openid` and `userinfo.email`);
 * iat, and exp an hour later. The fake signs them with a test key made once per process, and
 * `googleTestKeys()` hands its public half to whatever must trust them (the local stack).
 */
import { createHash, generateKeyPairSync, sign, type JsonWebKey, type KeyObject } from 'node:crypto';
import type { JSONWebKeySet } from 'jose';

export const GOOGLE_ISSUER = 'https://accounts.google.com';
/** A client id of the shape Google gives an Apps Script project's OAuth client. */
export const FAKE_OAUTH_CLIENT_ID = '000000000000-fake0apps0script0addon.apps.googleusercontent.com';
const LIFETIME_SECONDS = 3600;

interface TestKey {
  kid: string;
  privateKey: KeyObject;
  publicJwk: JsonWebKey;
}

let testKey: TestKey | null = null;

function key(): TestKey {
  if (!testKey) {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const publicJwk = publicKey.export({ format: 'jwk' });
    const kid = createHash('sha256').update(String(publicJwk.n)).digest('hex').slice(0, 40);
    testKey = { kid, privateKey, publicJwk };
  }
  return testKey;
}

/** The JWKS a verifier needs, as Google publishes its own at https://www.googleapis.com/oauth2/v3/certs. */
export function googleTestKeys(): JSONWebKeySet {
  const { kid, publicJwk } = key();
  return { keys: [{ ...publicJwk, kty: 'RSA', kid, alg: 'RS256', use: 'sig' }] };
}

export function googleIdToken(request: { email: string; clientId: string; now?: Date }): string {
  const { kid, privateKey } = key();
  const iat = Math.floor((request.now ?? new Date()).getTime() / 1000);
  const payload = {
    iss: GOOGLE_ISSUER,
    azp: request.clientId,
    aud: request.clientId,
    sub: subjectOf(request.email),
    email: request.email,
    email_verified: true,
    iat,
    exp: iat + LIFETIME_SECONDS,
  };
  const signed = `${base64url({ alg: 'RS256', kid, typ: 'JWT' })}.${base64url(payload)}`;
  return `${signed}.${sign('sha256', Buffer.from(signed), privateKey).toString('base64url')}`;
}

/** A Google account id: 21 digits, the same for an e-mail address every time. */
function subjectOf(email: string): string {
  const digits = BigInt(`0x${createHash('sha256').update(email.toLowerCase()).digest('hex')}`).toString();
  return `1${digits.slice(0, 20)}`;
}

function base64url(json: object): string {
  return Buffer.from(JSON.stringify(json)).toString('base64url');
}
