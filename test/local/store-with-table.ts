/**
 * The embedded store on its own for one test file, with the app's table created and an SDK client
 * to it: started before the file's tests, closed after them.
 */
import { afterAll, beforeAll } from 'vitest';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { startEmbeddedStore, type EmbeddedStore } from '../../functions/local/embedded-store.js';
import { ensureTable } from '../../functions/local/table-setup.js';
import { createDynamoClient } from '../../functions/runtime/deps.js';

export function useStoreWithTable(table: string): { store: EmbeddedStore; client: DynamoDBClient } {
  const local = {} as { store: EmbeddedStore; client: DynamoDBClient };
  beforeAll(async () => {
    local.store = await startEmbeddedStore({});
    local.client = createDynamoClient(local.store.endpoint);
    await ensureTable(local.client, table);
  });
  afterAll(async () => {
    local.client?.destroy();
    await local.store?.close();
  });
  return local;
}
