/**
 * The manifest's urlFetchWhitelist as the fake models it (url-allowlist.ts), after
 * https://developers.google.com/apps-script/manifest/allowlist-url. Fetching through it:
 * url-fetch.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { createAppsScriptFake } from './index.js';
import { isAllowlisted } from './url-allowlist.js';

const API = 'https://api.example.test';

describe('urlFetchWhitelist', () => {
  it('matches a prefix as Google documents: the prefix itself or below it, paths case-sensitive', () => {
    const prefix = ['https://example.com/foo'];
    const allowed = ['https://example.com/foo', 'https://example.com/foo/', 'https://example.com/foo/bar', 'https://example.com/foo?bar', 'https://example.com/foo#bar', 'https://EXAMPLE.com/foo'];
    const refused = ['https://example.com/foobar', 'https://example.com/Foo', 'https://example.com/fo', 'http://example.com/foo', 'https://www.example.com/foo'];
    expect(allowed.filter((url) => isAllowlisted(url, prefix))).toEqual(allowed);
    expect(refused.filter((url) => isAllowlisted(url, prefix))).toEqual([]);
    // With the trailing slash the prefix is a folder: the origin itself is in it, "/v1" and deeper too.
    expect(['https://api.example.test', 'https://api.example.test/v1/me'].every((url) => isAllowlisted(url, [`${API}/`]))).toBe(true);
  });

  it('lets one leading wildcard stand for one or more subdomains', () => {
    const prefix = ['https://*.example.com/foo'];
    expect(['https://subdomain.example.com/foo', 'https://any.number.of.subdomains.example.com/foo/x'].map((url) => isAllowlisted(url, prefix))).toEqual([true, true]);
    expect(['https://subdomain.example.com/bar', 'https://example.com/foo'].map((url) => isAllowlisted(url, prefix))).toEqual([false, false]);
  });

  it('refuses a manifest Apps Script would not save: no path, http, no full domain, a wildcard elsewhere', () => {
    const problems: [string, string][] = [
      ['https://api.example.test', 'must have a non-empty path'],
      ['http://api.example.test/', 'must use https://'],
      ['https://localhost/', 'must have a full domain'],
      ['https://*.*.example.com/foo', 'one * only'],
      ['https://subdomain.*.example.com/foo', 'one * only'],
    ];
    for (const [prefix, problem] of problems) expect(() => createAppsScriptFake({ urlFetchWhitelist: [prefix] }), prefix).toThrow(problem);
  });
});
