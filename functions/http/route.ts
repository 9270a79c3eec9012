/**
 * Turns an API Gateway HTTP API (payload v2) event into a typed request, and any outcome into a
 * response. Every handler is one `route(...)` call, so the size limit, JSON parsing, body
 * validation, identity, log context and error mapping happen in exactly one place.
 */
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
import { errorResponse, type HttpResult } from './respond.js';

export const MAX_BODY_BYTES = 256 * 1024;

export type HttpEvent = APIGatewayProxyEventV2WithJWTAuthorizer;
export type HttpHandler = (event: HttpEvent, context: Context) => Promise<HttpResult>;

export interface Request<Body> {
  caller: Caller;
  lang: Lang;
  params: Record<string, string>;
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
      return await handle({ caller, lang, params, body: body as never, deps });
    } catch (error) {
      return errorResponse(error, lang);
    } finally {
      publishMetrics();
    }
  };
}

function parseBody(event: HttpEvent, schema: z.ZodMiniType): unknown {
  const raw = event.body ?? '';
  const text = event.isBase64Encoded ? Buffer.from(raw, 'base64').toString('utf8') : raw;
  if (Buffer.byteLength(text, 'utf8') > MAX_BODY_BYTES) throw new AppError('too_large', 'payload_too_large');
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

function header(event: HttpEvent, name: string): string | undefined {
  // API Gateway lower-cases header names in payload v2; the local stack does the same.
  return event.headers?.[name];
}
