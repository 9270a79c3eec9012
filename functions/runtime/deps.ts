/**
 * What every handler needs, built once per Lambda container (or once by the local stack):
 * the store, the administrators, and the clock. Tests and the local stack inject their own.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { withCache } from '../store/cached-store.js';
import { createDynamoStore } from '../store/dynamo-store.js';
import type { Store } from '../use-cases/ports/store.port.js';

export interface Deps {
  store: Store;
  adminEmails: ReadonlySet<string>;
  now: () => Date;
}

let current: Deps | undefined;

export function getDeps(): Deps {
  current ??= depsFromEnv(process.env);
  return current;
}

export function setDeps(deps: Deps): void {
  current = deps;
}

export function parseAdminEmails(value: string | undefined): Set<string> {
  return new Set((value ?? '').split(',').map((e) => e.trim().toLowerCase()).filter(Boolean));
}

export function createDynamoClient(endpoint?: string): DynamoDBClient {
  return new DynamoDBClient(
    endpoint
      ? // dynalite accepts any credentials; fixed ones keep a laptop's AWS profile out of the way.
        { endpoint, region: 'local', credentials: { accessKeyId: 'local', secretAccessKey: 'local' }, maxAttempts: 4 }
      : { maxAttempts: 4 },
  );
}

function depsFromEnv(env: NodeJS.ProcessEnv): Deps {
  const table = env.TABLE_NAME;
  if (!table) throw new Error('TABLE_NAME is not set');
  return {
    store: withCache(createDynamoStore(createDynamoClient(env.DYNAMODB_ENDPOINT), table)),
    adminEmails: parseAdminEmails(env.ADMIN_EMAILS),
    now: () => new Date(),
  };
}
