/**
 * Reads many items by key with BatchGetItem: 100 keys per call (the API's cap), calls in parallel,
 * and the keys DynamoDB leaves unprocessed asked again until none are left.
 */
import { BatchGetItemCommand, type BatchGetItemCommandOutput, type DynamoDBClient, type KeysAndAttributes } from '@aws-sdk/client-dynamodb';
import type { Item } from './dynamo-items.js';

const PER_CALL = 100;

export async function batchGetAll(client: DynamoDBClient, table: string, itemKeys: readonly Item[], options: Omit<KeysAndAttributes, 'Keys'> = {}): Promise<Item[]> {
  const calls: Item[][] = [];
  for (let i = 0; i < itemKeys.length; i += PER_CALL) calls.push(itemKeys.slice(i, i + PER_CALL));
  const pages = await Promise.all(calls.map((Keys) => getWithRetries(client, table, { ...options, Keys })));
  return pages.flat();
}

async function getWithRetries(client: DynamoDBClient, table: string, first: KeysAndAttributes): Promise<Item[]> {
  const items: Item[] = [];
  let request: Record<string, KeysAndAttributes> | undefined = { [table]: first };
  while (request && Object.keys(request).length) {
    const page: BatchGetItemCommandOutput = await client.send(new BatchGetItemCommand({ RequestItems: request }));
    items.push(...(page.Responses?.[table] ?? []));
    request = page.UnprocessedKeys;
  }
  return items;
}
