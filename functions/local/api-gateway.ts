/**
 * Plays API Gateway for the local stack: matches the route table, decodes the path, verifies the
 * bearer token (as the HTTP API's JWT authorizer would), builds a payload-v2 event and a Lambda
 * context, and calls the very same handler a Lambda runs.
 */
import type { Context } from 'aws-lambda';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pickLang } from '../../shared/words/messages.js';
import type { RawProblem } from '../../shared/words/problems.js';
import type { TokenVerifier } from '../auth/verify-token.js';
import { AppError, invalid } from '../errors.js';
import { errorResponse, type HttpResult } from '../http/respond.js';
import { MAX_BODY_BYTES, type HttpEvent, type HttpHandler } from '../http/route.js';
import { ROUTES, type RouteDef } from '../routes.js';

interface CompiledRoute {
  def: RouteDef;
  pattern: RegExp;
  names: string[];
  handler: HttpHandler;
}

export async function loadRoutes(): Promise<CompiledRoute[]> {
  return Promise.all(
    ROUTES.map(async (def) => {
      const names = [...def.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
      const pattern = new RegExp(`^${def.path.replace(/\{\w+\}/g, '([^/]+)')}$`);
      // The table names the file; vite (under vitest) must not try to resolve the template itself.
      const module = (await import(/* @vite-ignore */ `../handlers/${def.handler}.js`)) as { handler: HttpHandler };
      return { def, pattern, names, handler: module.handler };
    }),
  );
}

export function matchRoute(routes: readonly CompiledRoute[], method: string, path: string) {
  let pathMatched = false;
  for (const route of routes) {
    const m = route.pattern.exec(path);
    if (!m) continue;
    pathMatched = true;
    if (route.def.method !== method) continue;
    return { route, params: Object.fromEntries(route.names.map((n, i) => [n, m[i + 1]!])) };
  }
  return pathMatched ? 'method-not-allowed' : null;
}

export async function invoke(
  route: CompiledRoute,
  params: Record<string, string>,
  req: IncomingMessage,
  res: ServerResponse,
  verify: TokenVerifier,
): Promise<void> {
  const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k.toLowerCase(), Array.isArray(v) ? v.join(',') : (v ?? '')]));
  const lang = pickLang(headers['accept-language']);
  let result: HttpResult;
  try {
    const body = await readBody(req);
    const decoded = decodePath(params);
    const claims = route.def.public ? undefined : await authorize(headers.authorization, verify);
    // One process serves every request here, so a log line may carry a concurrent request's ids.
    result = await route.handler(toEvent(route.def, decoded, req, headers, body, claims), lambdaContext(route.def.handler));
  } catch (error) {
    result = errorResponse(error, lang);
  }
  res.writeHead(result.statusCode, result.headers as Record<string, string>);
  // As API Gateway does: base64 from the function is bytes on the wire (a gzipped answer).
  res.end(result.isBase64Encoded ? Buffer.from(result.body, 'base64') : result.body);
}

async function authorize(authorization: string | undefined, verify: TokenVerifier): Promise<Record<string, string>> {
  const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  if (!token) throw new AppError('unauthenticated', 'unauthorized');
  const identity = await verify(token);
  // API Gateway hands claims to the function as strings.
  return { email: identity.email, email_verified: 'true', sub: identity.subject };
}

/**
 * API Gateway hands the function decoded path parameters and refuses a path it cannot decode;
 * so does this, once, and says which parameter was malformed.
 */
function decodePath(params: Record<string, string>): Record<string, string> {
  const problems: RawProblem[] = [];
  const decoded = Object.fromEntries(
    Object.entries(params).map(([name, raw]) => {
      try {
        return [name, decodeURIComponent(raw)];
      } catch {
        problems.push({ path: [name], code: 'invalid_format', params: { format: 'UTF-8 %XX' } });
        return [name, raw];
      }
    }),
  );
  if (problems.length) throw invalid(problems);
  return decoded;
}

/**
 * Keeps at most the limit in memory; past it, the rest is drained unread so that the client,
 * still sending, receives its 413 instead of a reset connection.
 */
async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= MAX_BODY_BYTES) chunks.push(chunk);
  }
  if (size > MAX_BODY_BYTES) throw new AppError('too_large', 'payload_too_large');
  return Buffer.concat(chunks);
}

/**
 * Which bodies an HTTP API hands to the function as UTF-8 text; every other one (no content type
 * at all included) arrives base64-encoded with `isBase64Encoded` (payload format 2.0). AWS's page
 * says only "if the content type of the request is binary"; this split is the one verified
 * against a real HTTP API in github.com/ministackorg/ministack/pull/766.
 */
function isTextContentType(contentType: string | undefined): boolean {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  return type.startsWith('text/') || ['application/json', 'application/xml', 'application/javascript'].includes(type);
}

function toEvent(def: RouteDef, params: Record<string, string>, req: IncomingMessage, headers: Record<string, string>, body: Buffer, claims?: Record<string, string>): HttpEvent {
  const encoded = !isTextContentType(headers['content-type']);
  const url = new URL(req.url ?? '/', 'http://localhost');
  // API Gateway's rawPath is decoded too; the route matched, so the path decodes.
  const path = decodeURIComponent(url.pathname);
  return {
    version: '2.0',
    routeKey: `${def.method} ${def.path}`,
    rawPath: path,
    rawQueryString: url.search.slice(1),
    headers,
    pathParameters: params,
    body: body.toString(encoded ? 'base64' : 'utf8'),
    isBase64Encoded: encoded,
    requestContext: {
      // No domain: API Gateway's is https, this one is plain http (see handlers/openapi.ts).
      accountId: 'local', apiId: 'local', domainName: '', domainPrefix: '', requestId: crypto.randomUUID(), routeKey: `${def.method} ${def.path}`,
      stage: '$default', time: new Date().toUTCString(), timeEpoch: Date.now(),
      http: { method: def.method, path, protocol: 'HTTP/1.1', sourceIp: req.socket.remoteAddress ?? '127.0.0.1', userAgent: headers['user-agent'] ?? '' },
      authorizer: { principalId: '', integrationLatency: 0, jwt: { claims: claims ?? {}, scopes: [] } },
    },
  } as HttpEvent;
}

/** What Lambda passes beside the event to the function of `handler`; the local stack has no time limit to report. */
export function lambdaContext(handler: string): Context {
  const functionName = `local-${handler}`;
  return {
    callbackWaitsForEmptyEventLoop: true, functionName, functionVersion: '$LATEST', memoryLimitInMB: '512',
    invokedFunctionArn: `arn:aws:lambda:local:000000000000:function:${functionName}`, awsRequestId: crypto.randomUUID(),
    logGroupName: functionName, logStreamName: 'local', getRemainingTimeInMillis: () => Number.MAX_SAFE_INTEGER,
    done: () => {}, fail: () => {}, succeed: () => {},
  };
}
