/** Follows LastEvaluatedKey so a caller gets every item of a Query, page by page. */
import { QueryCommand, type DynamoDBClient, type QueryCommandInput } from '@aws-sdk/client-dynamodb';
import type { Item } from './dynamo-items.js';

export async function queryAll(client: DynamoDBClient, input: QueryCommandInput): Promise<Item[]> {
  const items: Item[] = [];
  await queryEachPage(client, input, (page) => items.push(...page));
  return items;
}

/**
 * Hands each page to `onPage` while the next page is already being fetched, so that work on the
 * items costs no extra time as long as it is quicker than the store.
 */
export async function queryEachPage(client: DynamoDBClient, input: QueryCommandInput, onPage: (items: Item[]) => void): Promise<void> {
  let pending = client.send(new QueryCommand(input));
  for (;;) {
    const page = await pending;
    const next = page.LastEvaluatedKey;
    if (next) pending = client.send(new QueryCommand({ ...input, ExclusiveStartKey: next }));
    onPage(page.Items ?? []);
    if (!next) return;
  }
}
