/**
 * What the page reads from `/config.json` before anything else: where the API is and how people
 * sign in. The local stack serves the dev form; the CDK stack (infra/) writes the Google form
 * beside the built page. This shape is the interface between the two: add optional fields only.
 */
import type { Role } from '../../shared/api/roles.js';

export interface DemoAccount {
  email: string;
  role: Exclude<Role, 'admin'>;
}

export type AuthConfig = { kind: 'dev'; demoAccounts: DemoAccount[] } | { kind: 'google'; clientId: string };

export interface WebConfig {
  /** The API's base URL ending in "/", or "" when the API answers on the page's own origin. */
  apiUrl: string;
  auth: AuthConfig;
}

const DEMO_ROLES: readonly string[] = ['viewer', 'reviewer', 'reporter'];

/** The config, or null when the file is not of this shape (the page then says it cannot start). */
export function parseWebConfig(value: unknown): WebConfig | null {
  if (typeof value !== 'object' || value === null) return null;
  const { apiUrl, auth } = value as { apiUrl?: unknown; auth?: { kind?: unknown; clientId?: unknown; demoAccounts?: unknown } };
  if (typeof apiUrl !== 'string' || (apiUrl !== '' && !/^https?:\/\/.+\/$/.test(apiUrl))) return null;
  if (auth?.kind === 'google' && typeof auth.clientId === 'string' && auth.clientId) return { apiUrl, auth: { kind: 'google', clientId: auth.clientId } };
  if (auth?.kind !== 'dev' || !Array.isArray(auth.demoAccounts)) return null;
  const accounts = auth.demoAccounts as { email?: unknown; role?: unknown }[];
  if (!accounts.every((a) => typeof a?.email === 'string' && typeof a.role === 'string' && DEMO_ROLES.includes(a.role))) return null;
  return { apiUrl, auth: { kind: 'dev', demoAccounts: accounts as DemoAccount[] } };
}

export async function loadWebConfig(): Promise<WebConfig | null> {
  try {
    const response = await fetch('/config.json', { cache: 'no-cache' });
    return response.ok ? parseWebConfig(await response.json()) : null;
  } catch {
    return null;
  }
}
