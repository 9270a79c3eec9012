/**
 * API Gateway HTTP API events, payload format 2.0, as a route with the JWT authorizer hands them
 * to Lambda: https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html
 * - The authorizer passes the token's claims with every value as a string (`email_verified`
 *   "true", `exp` "1710003600"); a Google ID token has no `scope`, so `scopes` is null.
 * - rawPath and pathParameters arrive already percent-decoded (live captures of HTTP APIs:
 *   github.com/hotsock/voker, vokerhttp/testdata/ingress-paths.json).
 * - Header names are lower-case; a route without a body has none, one without parameters no
 *   pathParameters; a public route's requestContext has no authorizer.
 */
import { createHash, randomBytes } from 'node:crypto';

export const API_DOMAIN = 'a1b2c3d4e5.execute-api.ap-southeast-1.amazonaws.com';

export interface EventRequest {
  /** A route key of the template, e.g. "GET /v1/plans/{planId}". */
  routeKey: string;
  /** Decoded values, as API Gateway gives them. */
  params?: Record<string, string>;
  body?: string;
  claims?: Record<string, string>;
  headers?: Record<string, string>;
  domainName?: string;
}

/** The claims of a Google ID token for the add-in's client, as the authorizer passes them. */
export function googleClaims(email: string, issuer: string, audience: string, issuedAt = Math.floor(Date.now() / 1000)): Record<string, string> {
  return {
    // Google's `sub` is a decimal number of about 21 digits, stable per account.
    iss: issuer, azp: audience, aud: audience, sub: `1${BigInt(`0x${createHash('sha256').update(email).digest('hex').slice(0, 16)}`)}`.slice(0, 21),
    email, email_verified: 'true', iat: String(issuedAt), exp: String(issuedAt + 3600),
  };
}

export function httpApiEvent(request: EventRequest) {
  const [method, template] = request.routeKey.split(' ') as [string, string];
  const rawPath = template.replace(/\{(\w+)\}/g, (_, name: string) => request.params?.[name] ?? '');
  const domainName = request.domainName ?? API_DOMAIN;
  const now = new Date();
  const headers: Record<string, string> = {
    accept: 'application/json', host: domainName, 'user-agent': 'Mozilla/5.0 (compatible; Google-Apps-Script)',
    'x-amzn-trace-id': `Root=1-${Math.floor(now.getTime() / 1000).toString(16)}-${randomBytes(12).toString('hex')}`,
    'x-forwarded-for': '203.113.152.10', 'x-forwarded-port': '443', 'x-forwarded-proto': 'https',
    ...(request.claims ? { authorization: `Bearer ${unsignedToken(request.claims)}` } : {}),
    ...(request.body !== undefined ? { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(request.body)) } : {}),
    ...request.headers,
  };
  return {
    version: '2.0',
    routeKey: request.routeKey,
    rawPath,
    rawQueryString: '',
    headers,
    ...(request.params ? { pathParameters: request.params } : {}),
    requestContext: {
      accountId: '123456789012', apiId: domainName.split('.')[0], domainName, domainPrefix: domainName.split('.')[0],
      ...(request.claims ? { authorizer: { jwt: { claims: request.claims, scopes: null } } } : {}),
      http: { method, path: rawPath, protocol: 'HTTP/1.1', sourceIp: headers['x-forwarded-for'], userAgent: headers['user-agent'] },
      requestId: randomBytes(10).toString('base64'),
      routeKey: request.routeKey,
      stage: '$default',
      time: accessLogTime(now),
      timeEpoch: now.getTime(),
    },
    ...(request.body !== undefined ? { body: request.body } : {}),
    isBase64Encoded: false,
  };
}

/** The Authorization header API Gateway forwards; the function never checks it (the authorizer did). */
function unsignedToken(claims: Record<string, string>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'RS256', kid: 'test', typ: 'JWT' })}.${part(claims)}.${randomBytes(32).toString('base64url')}`;
}

/** "10/Jul/2026:19:19:05 +0000", the form of requestContext.time. */
function accessLogTime(at: Date): string {
  const [, day, month, year, time] = /^\w+, (\d+) (\w+) (\d+) ([\d:]+)/.exec(at.toUTCString())!;
  return `${day}/${month}/${year}:${time} +0000`;
}
