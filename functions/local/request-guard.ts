/**
 * What every answer of the local stack goes through first. Only loopback names are served: a
 * web page elsewhere whose DNS name is rebound to 127.0.0.1 (DNS rebinding) reaches this server
 * with its own name in Host, and must get neither data nor an admin token from /dev/token. Every
 * answer, page, script or JSON, forbids framing and loading from other origins, and MIME sniffing.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { formatMessage, type Lang } from '../../shared/words/messages.js';
import { json, type HttpResult } from '../http/respond.js';

/** `localhost`, `127.0.0.1` or `[::1]`, with any port; a missing Host (HTTP/1.0) is refused too. */
const LOOPBACK_HOST = /^(?:localhost|127\.0\.0\.1|\[::1\])(?::\d{1,5})?$/i;

/**
 * The page loads its scripts, styles, Chart.js and icon from itself only, and draws on canvases
 * (which CSP does not govern), so `default-src 'self'` needs no exception.
 */
const SECURITY_HEADERS = {
  'content-security-policy': "default-src 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
} as const;

function isLoopbackHost(host: string | undefined): boolean {
  return host !== undefined && LOOPBACK_HOST.test(host);
}

/** Sets the security headers on the response; a refusal (421 Misdirected Request) for a foreign Host. */
export function guardRequest(req: IncomingMessage, res: ServerResponse, lang: Lang): HttpResult | null {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
  if (isLoopbackHost(req.headers.host)) return null;
  return json(421, { error: { code: 'host_not_allowed', message: formatMessage('host_not_allowed', lang), issues: [] } });
}
