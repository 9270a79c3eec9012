/**
 * Which API addresses the add-in can ever call. UrlFetchApp runs on Google's servers and fetches
 * only https URLs under a prefix of the manifest's `urlFetchWhitelist`
 * (https://developers.google.com/apps-script/manifest/allowlist-url), so an http address, a host
 * only your own network knows (localhost, private ranges), or another API than the one the add-in
 * was built for can never answer. The build refuses to bake such an address and Settings refuses
 * to save one. Parsed with a regex: Apps Script V8 has no `URL`.
 */
export type ApiAddressProblem = 'invalid' | 'not_https' | 'local';

export type ApiAddress = { ok: true; url: string } | { ok: false; problem: ApiAddressProblem };

const ADDRESS = /^([a-z][a-z0-9+.-]*):\/\/([^/?#@\s]+)(\/[^?#\s]*)?$/i;
/** Loopback, private and link-local ranges, single-label and local-only names: unreachable from Google. */
const LOCAL_HOST =
  /^(localhost|.+\.(localhost|local|internal|lan|home\.arpa)|0\.0\.0\.0|127(\.\d+){3}|10(\.\d+){3}|192\.168(\.\d+){2}|172\.(1[6-9]|2\d|3[01])(\.\d+){2}|169\.254(\.\d+){2}|\[(::1?|f[cd][0-9a-f:]*|fe80:[0-9a-f:]*)\]|[^.[\]]+)$/i;

/** The address as the add-in stores it (scheme and host in lower case, no trailing slash), or what is wrong with it. */
export function parseApiAddress(raw: string): ApiAddress {
  const match = ADDRESS.exec(String(raw ?? '').trim().replace(/\/+$/, ''));
  if (!match) return { ok: false, problem: 'invalid' };
  const [, scheme, authority, path = ''] = match as unknown as [string, string, string, string | undefined];
  if (scheme.toLowerCase() !== 'https') return { ok: false, problem: 'not_https' };
  const host = authority.toLowerCase();
  if (LOCAL_HOST.test(host.replace(/:\d+$/, ''))) return { ok: false, problem: 'local' };
  return { ok: true, url: `https://${host}${path}` };
}

/** The allow-list entry for an API: its origin and "/" (a prefix must have a non-empty path). */
export function allowlistPrefix(url: string): string {
  return `${/^https:\/\/[^/]+/.exec(url)![0]}/`;
}

/** Google's prefix rule for prefixes ending in "/": the URL is the prefix or lies under it. */
export function isAllowed(url: string, allowlist: readonly string[]): boolean {
  return allowlist.some((prefix) => `${url}/`.startsWith(prefix));
}
