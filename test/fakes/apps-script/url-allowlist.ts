/**
 * The manifest's `urlFetchWhitelist`, as https://developers.google.com/apps-script/manifest/allowlist-url
 * describes it. A prefix must be a valid https URL with a full domain and a non-empty path
 * ("https://www.google.com/" is valid, "https://www.google.com" is not), with at most one `*`,
 * leading the host (Apps Script refuses to save any other manifest). A URL matches a prefix when
 * it is the prefix or lies under it, paths compared case-sensitively: "https://example.com/foo"
 * matches …/foo, …/foo/, …/foo/bar, …/foo?bar and …/foo#bar; "https://*.example.com/foo" needs at
 * least one subdomain. An http URL never matches, since no prefix is http.
 */
export function checkAllowlist(prefixes: readonly string[]): void {
  for (const prefix of prefixes) {
    const problem = prefixProblem(prefix);
    if (problem) throw new Error(`fake: Apps Script would not save this manifest: urlFetchWhitelist "${prefix}" ${problem}`);
  }
}

export function isAllowlisted(url: string, prefixes: readonly string[]): boolean {
  const target = new URL(url);
  return target.protocol === 'https:' && prefixes.some((prefix) => matches(target, prefix));
}

function prefixProblem(prefix: string): string | null {
  if (!prefix.startsWith('https://')) return 'must use https://';
  const wildcard = prefix.startsWith('https://*.');
  if (prefix.indexOf('*', wildcard ? 9 : 0) >= 0) return 'may hold one * only, leading the host';
  let parsed: URL;
  try {
    parsed = new URL(wildcard ? prefix.replace('*.', '') : prefix);
  } catch {
    return 'is not a valid URL';
  }
  if (!parsed.hostname.includes('.')) return 'must have a full domain';
  // new URL() would add the missing "/" itself: look at the text.
  if (!prefix.slice('https://'.length).includes('/')) return 'must have a non-empty path, e.g. a trailing /';
  return null;
}

function matches(target: URL, prefix: string): boolean {
  const wildcard = prefix.startsWith('https://*.');
  const allowed = new URL(wildcard ? prefix.replace('*.', '') : prefix);
  const hostMatches = wildcard ? target.host.endsWith(`.${allowed.host}`) : target.host === allowed.host;
  if (!hostMatches) return false;
  const rest = `${target.pathname}${target.search}${target.hash}`;
  const base = `${allowed.pathname}${allowed.search}`;
  if (!rest.startsWith(base)) return false;
  return base.endsWith('/') || rest.length === base.length || '/?#'.includes(rest[base.length]!);
}
