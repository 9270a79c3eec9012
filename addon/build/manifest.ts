/**
 * appsscript.json: the template with the fewest scopes, and urlFetchWhitelist set to the API
 * the build is for (ADDON_API_URL). Apps Script only accepts https prefixes ending in "/".
 */
import { readFile } from 'node:fs/promises';

export const PLACEHOLDER_API_URL = 'https://api.example.invalid';

export function apiOrigin(apiUrl: string): string {
  const url = new URL(apiUrl);
  if (url.protocol !== 'https:') throw new Error(`ADDON_API_URL must be https:// (Apps Script fetches nothing else): ${apiUrl}`);
  return url.origin;
}

export async function buildManifest(templatePath: string, apiUrl: string): Promise<string> {
  const manifest = JSON.parse(await readFile(templatePath, 'utf8')) as Record<string, unknown>;
  manifest.urlFetchWhitelist = [`${apiOrigin(apiUrl)}/`];
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
