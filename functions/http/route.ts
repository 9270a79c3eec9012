/**
 * Turns an API Gateway HTTP API (payload v2) event into a typed request, and any outcome into a
 * response. Every handler is one `route(...)` call, so the size limits, gzip both ways, JSON
 * parsing, body validation, identity, log context and error mapping happen in exactly one place.
 */
import { gunzipSync } from 'node:zlib';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, Context } from 'aws-lambda';
import type * as z from 'zod/mini';
import { pickLang, type Lang } from '../../shared/words/messages.js';
import { fromZodError } from '../../shared/words/problems.js';
import { identityFromAuthorizer } from '../auth/authorizer-claims.js';
import { AppError, invalid } from '../errors.js';
import { callerFrom, type Caller } from '../access/caller.js';
import { getDeps, type Deps } from '../runtime/deps.js';
import { logInvocation } from '../runtime/logger.js';
import { publishMetrics } from '../runtime/metrics.js';
import { errorResponse, gzipped, type HttpResult } from './respond.js';

/** On the wire, as sent (compressed or not): the contract's 413. */
export const MAX_BODY_BYTES = 256 * 1024;
/** Once decompressed: a 3,321-unit plan is ~0.4 MB of JSON; a gzip bomb stops here. */
export const MAX_UNPACKED_BODY_BYTES = 8 * 1024 * 1024;

export type HttpEvent = APIGatewayProxyEventV2WithJWTAuthorizer;
export type HttpHandler = (event: HttpEvent, context: Context) => Promise<HttpResult>;

export interface Request<Body> {
  caller: Caller;
  lang: Lang;
  params: Record<string, string>;
  /** The query string, decoded once (e.g. an export's `?group=`). */
  query: URLSearchParams;
  body: Body;
  deps: Deps;
}

export function route<Schema extends z.ZodMiniType | undefined = undefined>(
  options: { body?: Schema },
  handle: (req: Request<Schema extends z.ZodMiniType ? z.infer<Schema> : undefined>) => Promise<HttpResult>,
): HttpHandler {
  return async (event, context) => {
    logInvocation(context, event.requestContext.requestId);
    const lang = pickLang(header(event, 'accept-language'));
    try {
      const deps = getDeps();
      const caller = callerFrom(identityFromAuthorizer(event), deps.adminEmails);
      const body = options.body ? parseBody(event, options.body) : undefined;
      // API Gateway has decoded the path already (and refuses what it cannot decode); decoding
      // again would turn a parameter "%41" into "A", and a lone "%" into a 500.
      const params = Object.fromEntries(Object.entries(event.pathParameters ?? {}).map(([k, v]) => [k, v ?? '']));
      const query = new URLSearchParams(event.rawQueryString ?? '');
      return gzipped(await handle({ caller, lang, params, query, body: body as never, deps }), header(event, 'accept-encoding'));
    } catch (error) {
      return errorResponse(error, lang);
    } finally {
      publishMetrics();
    }
  };
}

function parseBody(event: HttpEvent, schema: z.ZodMiniType): unknown {
  const text = bodyText(event);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    throw new AppError('validation', 'bad_json', [], { cause });
  }
  const parsed = schema.safeParse(value, { reportInput: true });
  if (!parsed.success) throw invalid(fromZodError(parsed.error));
  return parsed.data;
}

/**
 * The body as text. A client may send it gzip-compressed (`Content-Encoding: gzip`) with a binary
 * content type (application/octet-stream): an HTTP API hands a binary body to the function
 * base64-encoded with `isBase64Encoded` (payload format 2.0, "If the content type of the request is
 * binary, the body is base64-encoded", docs.aws.amazon.com/apigateway/latest/developerguide/
 * http-api-develop-integrations-lambda.html), but delivers text/*, application/json, xml and
 * javascript bodies as UTF-8 strings, which would break gzip bytes. Only bytes that start with
 * gzip's magic number are unpacked, so a body a gateway has already unpacked still reads.
 */
function bodyText(event: HttpEvent): string {
  const raw = event.body ?? '';
  const sent = event.isBase64Encoded ? Buffer.from(raw, 'base64') : Buffer.from(raw, 'utf8');
  if (sent.length > MAX_BODY_BYTES) throw new AppError('too_large', 'payload_too_large');
  const encoding = (header(event, 'content-encoding') ?? '').trim().toLowerCase();
  if (encoding === '' || encoding === 'identity') return sent.toString('utf8');
  if (encoding !== 'gzip') throw new AppError('validation', 'unsupported_encoding', [], { params: { value: encoding } });
  if (!isGzip(sent)) return sent.toString('utf8');
  try {
    return gunzipSync(sent, { maxOutputLength: MAX_UNPACKED_BODY_BYTES }).toString('utf8');
  } catch (cause) {
    if ((cause as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw new AppError('too_large', 'unpacked_too_large', [], { cause });
    throw new AppError('validation', 'bad_gzip', [], { cause });
  }
}

const isGzip = (bytes: Buffer) => bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;

function header(event: HttpEvent, name: string): string | undefined {
  // API Gateway lower-cases header names in payload v2; the local stack does the same.
  return event.headers?.[name];
}
