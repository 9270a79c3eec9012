/**
 * The local stack's OpenID issuer. Its ID tokens look like Google's (iss, aud, sub, email,
 * email_verified, iat, exp; RS256 with a kid) and are checked by `createTokenVerifier`, the
 * same code that checks Google's. Never wired up in AWS.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  SignJWT,
  calculateJwkThumbprint,
  createLocalJWKSet,
  decodeJwt,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JSONWebKeySet,
  type JWK,
} from 'jose';
import { createTokenVerifier, type TokenVerifier } from './verify-token.js';

export const LOCAL_AUDIENCE = 'tthc-scorecards-local';
const KEY_FILE = 'issuer-key.json';
const DEFAULT_LIFETIME_SECONDS = 3600;

export interface LocalIssuerOptions {
  /** e.g. `http://localhost:8787` */
  issuer: string;
  audience: string;
  /** Where the signing key is kept, so tokens outlive a restart; in memory if absent. */
  keyDir?: string;
  /** One more issuer whose tokens `verifier` accepts, checked the same way (tests: the Apps Script fake's Google tokens). */
  alsoTrust?: TrustedIssuer;
}

export interface TrustedIssuer {
  issuer: string;
  audience: string;
  keys: JSONWebKeySet;
}

export interface TokenRequest {
  email: string;
  emailVerified?: boolean;
  expiresInSeconds?: number;
  /** Overrides, to make tokens meant for someone else. */
  audience?: string;
  issuer?: string;
}

export interface LocalIssuer {
  jwks(): JSONWebKeySet;
  issue(claims: TokenRequest): Promise<string>;
  verifier: TokenVerifier;
}

/** Async because generating or importing an RSA key is. */
export async function createLocalIssuer(options: LocalIssuerOptions): Promise<LocalIssuer> {
  const privateJwk = options.keyDir === undefined ? await newPrivateJwk() : await loadOrCreateKey(options.keyDir);
  const signingKey = await importJWK(privateJwk, 'RS256');
  const { kty, n, e, kid } = privateJwk;
  const keySet: JSONWebKeySet = { keys: [{ kty, n, e, kid, alg: 'RS256', use: 'sig' }] };

  const own = createTokenVerifier({ issuer: options.issuer, audience: options.audience, jwks: createLocalJWKSet(keySet) });

  return {
    jwks: () => structuredClone(keySet),
    verifier: options.alsoTrust ? eitherIssuer(own, options.alsoTrust) : own,
    async issue(request) {
      const email = request.email.toLowerCase();
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT({ email, email_verified: request.emailVerified ?? true })
        .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
        .setIssuer(request.issuer ?? options.issuer)
        .setAudience(request.audience ?? options.audience)
        .setSubject(subjectFor(email))
        .setIssuedAt(now)
        .setExpirationTime(now + (request.expiresInSeconds ?? DEFAULT_LIFETIME_SECONDS))
        .sign(signingKey);
    },
  };
}

/** Tokens that name `trusted.issuer` get its checks, every other token the stack's own. */
function eitherIssuer(own: TokenVerifier, trusted: TrustedIssuer): TokenVerifier {
  const other = createTokenVerifier({ issuer: trusted.issuer, audience: trusted.audience, jwks: createLocalJWKSet(trusted.keys) });
  return (token) => (issuerOf(token) === trusted.issuer ? other : own)(token);
}

/** The unverified `iss`, only to pick the verifier that then checks everything. */
function issuerOf(token: string): unknown {
  try {
    return decodeJwt(token).iss;
  } catch {
    return undefined;
  }
}

/** A stable numeric id per email, like Google's `sub`, so a person keeps it across restarts. */
function subjectFor(email: string): string {
  const digest = createHash('sha256').update(email).digest('hex');
  return BigInt(`0x${digest.slice(0, 16)}`).toString();
}

async function newPrivateJwk(): Promise<JWK> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = await exportJWK(privateKey);
  // The thumbprint of the public part names the key: stable for a kept key, unique per new one.
  return { ...jwk, alg: 'RS256', kid: await calculateJwkThumbprint(jwk) };
}

async function loadOrCreateKey(keyDir: string): Promise<JWK> {
  const file = join(keyDir, KEY_FILE);
  try {
    return JSON.parse(await readFile(file, 'utf8')) as JWK;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const jwk = await newPrivateJwk();
  await mkdir(keyDir, { recursive: true, mode: 0o700 });
  // A private key: readable by its owner only.
  await writeFile(file, JSON.stringify(jwk), { mode: 0o600 });
  return jwk;
}
