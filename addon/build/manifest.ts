/**
 * appsscript.json: the template with the fewest scopes, and urlFetchWhitelist set to the API
 * the build is for (ADDON_API_URL). The address must be one Apps Script can fetch (see
 * ../server/api-address.ts): the build refuses any other rather than ship an add-in that cannot work.
 */
import { readFile } from 'node:fs/promises';
import { allowlistPrefix, parseApiAddress, type ApiAddressProblem } from '../server/api-address.js';

export interface BuiltApi {
  /** The address, normalized as Settings stores it: the add-in's default. */
  url: string;
  /** The manifest's urlFetchWhitelist, also baked into Code.js for Settings to check against. */
  allowlist: string[];
}

const WHY: Record<ApiAddressProblem, string> = {
  invalid: 'is not a URL',
  not_https: 'must be https:// (Apps Script fetches only https prefixes)',
  local: "names a host on this machine or a private network, which Google's servers cannot reach",
};

export function builtApi(apiUrl: string): BuiltApi {
  const address = parseApiAddress(apiUrl);
  if (!address.ok) throw new Error(`ADDON_API_URL ${WHY[address.problem]}: ${apiUrl}`);
  return { url: address.url, allowlist: [allowlistPrefix(address.url)] };
}

export async function buildManifest(templatePath: string, api: BuiltApi): Promise<string> {
  const manifest = JSON.parse(await readFile(templatePath, 'utf8')) as Record<string, unknown>;
  manifest.urlFetchWhitelist = api.allowlist;
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
