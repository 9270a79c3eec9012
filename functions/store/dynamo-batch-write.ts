/**
 * Writes many items with BatchWriteItem: 25 requests per call (the API's cap), calls in parallel,
 * and what DynamoDB leaves unprocessed (throttled) sent again after a growing pause, as
 * docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BatchWriteItem.html asks.
 */
import { BatchWriteItemCommand, type DynamoDBClient, type WriteRequest } from '@aws-sdk/client-dynamodb';

const PER_CALL = 25;
const MAX_ROUNDS = 8;

export async function batchWriteAll(client: DynamoDBClient, table: string, requests: readonly WriteRequest[]): Promise<void> {
  const calls: WriteRequest[][] = [];
  for (let i = 0; i < requests.length; i += PER_CALL) calls.push(requests.slice(i, i + PER_CALL));
  await Promise.all(calls.map((call) => writeWithRetries(client, table, call)));
}

async function writeWithRetries(client: DynamoDBClient, table: string, requests: WriteRequest[]): Promise<void> {
  let pending = requests;
  for (let round = 0; pending.length; round++) {
    // Past the last round the fault is the store's: store-faults.ts answers it as `unavailable`.
    if (round === MAX_ROUNDS) throw Object.assign(new Error(`${pending.length} writes left unprocessed`), { name: 'ThrottlingException' });
    if (round > 0) await new Promise((resolve) => setTimeout(resolve, 25 * 2 ** round * Math.random()));
    const { UnprocessedItems } = await client.send(new BatchWriteItemCommand({ RequestItems: { [table]: pending } }));
    pending = UnprocessedItems?.[table] ?? [];
  }
}
