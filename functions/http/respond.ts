/**
 * The HTTP edge's only mapping from domain errors to statuses, in the contract's error shape:
 * `{"error":{"code","message","issues":[{"path","code","message"}]}}`. It knows AppError kinds
 * only (the store adapter turns its faults into `unavailable`); anything else is unexpected,
 * logged and answered with a plain 500, never with a stack.
 */
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { formatMessage, type Lang } from '../../shared/words/messages.js';
import { localize } from '../../shared/words/problems.js';
import { AppError, type ErrorKind } from '../errors.js';
import { logger } from '../runtime/logger.js';

export type HttpResult = APIGatewayProxyStructuredResultV2 & { statusCode: number; body: string };

const STATUS: Record<ErrorKind, number> = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  unavailable: 503,
};

const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' };

export function json(statusCode: number, body: unknown): HttpResult {
  return { statusCode, headers: JSON_HEADERS, body: JSON.stringify(body) };
}

/** 204: done, and nothing to say (no body, as HTTP requires). */
export function noContent(): HttpResult {
  return { statusCode: 204, headers: { 'cache-control': 'no-store' }, body: '' };
}

export function errorResponse(error: unknown, lang: Lang): HttpResult {
  if (error instanceof AppError) {
    const result = json(STATUS[error.kind], {
      error: { code: error.messageCode, message: formatMessage(error.messageCode, lang, error.params), issues: localize(error.problems, lang) },
    });
    if (error.kind === 'unavailable') result.headers = { ...result.headers, 'retry-after': '1' };
    if (error.kind === 'unauthenticated') result.headers = { ...result.headers, 'www-authenticate': 'Bearer' };
    return result;
  }
  logger.error('unexpected error', { error: error as Error });
  return json(500, { error: { code: 'internal', message: formatMessage('internal', lang), issues: [] } });
}
