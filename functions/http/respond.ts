/**
 * The HTTP edge's only mapping from domain errors to statuses, in the contract's error shape:
 * `{"error":{"code","message","issues":[{"path","code","message"}]}}`. It knows AppError kinds
 * only (the store adapter turns its faults into `unavailable`); anything else is unexpected,
 * logged and answered with a plain 500, never with a stack.
 */
import { gzipSync } from 'node:zlib';
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

/**
 * 200 with a file to save (an export): base64 is how a Lambda hands API Gateway bytes. The
 * filename is given twice (RFC 6266): an ASCII one for old clients, and `filename*` in UTF-8
 * for the Vietnamese name.
 */
export function fileAnswer(bytes: Uint8Array, mediaType: string, filename: string): HttpResult {
  return {
    statusCode: 200,
    headers: { 'content-type': mediaType, 'content-disposition': contentDisposition(filename), 'cache-control': 'no-store' },
    body: Buffer.from(bytes).toString('base64'),
    isBase64Encoded: true,
  };
}

function contentDisposition(filename: string): string {
  // Strip the marks (ễ → e, đ → d), then anything outside printable ASCII or meaningful in a quoted string.
  const ascii = filename.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D')).replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${rfc5987(filename)}`;
}

/** encodeURIComponent leaves ' ( ) * as they are; RFC 5987's attr-char does not allow them. */
function rfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Below this, gzip saves less than its own cost in time and header bytes. */
const GZIP_FROM_BYTES = 1024;

/**
 * The answer gzip-compressed when the client accepts it and it is worth it (a 3,321-unit
 * scorecard is ~6 MB of JSON, over Lambda's 6 MB response limit, and a tenth of that gzipped).
 * Base64 is how a Lambda hands API Gateway binary bytes; browsers, Node's fetch and Apps
 * Script's UrlFetchApp decompress by themselves.
 */
export function gzipped(result: HttpResult, acceptEncoding: string | undefined): HttpResult {
  if (result.isBase64Encoded || Buffer.byteLength(result.body, 'utf8') < GZIP_FROM_BYTES || !acceptsGzip(acceptEncoding)) return result;
  return {
    ...result,
    headers: { ...result.headers, 'content-encoding': 'gzip', vary: 'accept-encoding' },
    body: gzipSync(result.body).toString('base64'),
    isBase64Encoded: true,
  };
}

/** `gzip`, `x-gzip` or `*`, unless its q is 0 (RFC 9110 §12.5.3). */
function acceptsGzip(acceptEncoding: string | undefined): boolean {
  return (acceptEncoding ?? '').split(',').some((part) => {
    const [coding = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return ['gzip', 'x-gzip', '*'].includes(coding.trim()) && (q === undefined || Number(q.slice(2)) > 0);
  });
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
