/**
 * The embedded store's own change feed: every successful write, one KEYS_ONLY stream record per
 * written item, after the write, in write order; a refused write yields nothing.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import {
  BatchWriteItemCommand,
  ConditionalCheckFailedException,
  DeleteItemCommand,
  GetItemCommand,
  PutItemCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { useStoreWithTable } from './store-with-table.js';

const TABLE = 'feed';
const local = useStoreWithTable(TABLE);
let received: DynamoDBRecord[];
let unsubscribe: () => void;


beforeEach(() => {
  unsubscribe?.();
  received = [];
  unsubscribe = local.store.onChange((records) => received.push(...records));
});

const key = (pk: string, sk = 'A') => ({ pk: { S: pk }, sk: { S: sk } });
const put = (pk: string, extra: Record<string, { S: string }> = {}) => local.client.send(new PutItemCommand({ TableName: TABLE, Item: { ...key(pk), ...extra } }));
const summary = () => received.map((r) => `${r.eventName} ${r.dynamodb?.Keys?.pk?.S}/${r.dynamodb?.Keys?.sk?.S}`);

describe('the change feed', () => {
  it('yields a KEYS_ONLY stream record for a put, shaped as DynamoDB Streams sends it to Lambda', async () => {
    await put('P1', { note: { S: 'not in a KEYS_ONLY record' } });
    expect(received).toHaveLength(1);
    const [record] = received;
    expect(record).toMatchObject({
      eventName: 'MODIFY',
      eventSource: 'aws:dynamodb',
      eventVersion: '1.1',
      awsRegion: 'local',
      dynamodb: { Keys: key('P1'), StreamViewType: 'KEYS_ONLY' },
    });
    expect(record!.eventSourceARN).toContain(`table/${TABLE}/stream/`);
    expect(record!.dynamodb).not.toHaveProperty('NewImage');
    // Keys only: "pk" + "P1" + "sk" + "A" = 2 + 2 + 2 + 1 = 7 bytes.
    expect(record!.dynamodb!.SizeBytes).toBe(7);
    expect(record!.dynamodb!.SequenceNumber).toMatch(/^\d{21,}$/);
    expect(Math.abs(record!.dynamodb!.ApproximateCreationDateTime! - Date.now() / 1000)).toBeLessThan(5);
  });

  it('yields one record for an update and one REMOVE for a delete', async () => {
    await local.client.send(new UpdateItemCommand({ TableName: TABLE, Key: key('P2'), UpdateExpression: 'SET n = :n', ExpressionAttributeValues: { ':n': { N: '1' } } }));
    await local.client.send(new DeleteItemCommand({ TableName: TABLE, Key: key('P2') }));
    expect(summary()).toEqual(['MODIFY P2/A', 'REMOVE P2/A']);
  });

  it('yields one record per item of a batch write', async () => {
    await put('P3');
    received = [];
    await local.client.send(
      new BatchWriteItemCommand({
        RequestItems: { [TABLE]: [{ PutRequest: { Item: key('P3', 'B') } }, { PutRequest: { Item: key('P3', 'C') } }, { DeleteRequest: { Key: key('P3') } }] },
      }),
    );
    expect(summary().sort()).toEqual(['MODIFY P3/B', 'MODIFY P3/C', 'REMOVE P3/A']);
  });

  it('yields nothing for a conditional write that fails, and the record follows the write', async () => {
    await put('P4');
    received = [];
    const refused = local.client.send(new PutItemCommand({ TableName: TABLE, Item: key('P4'), ConditionExpression: 'attribute_not_exists(pk)' }));
    await expect(refused).rejects.toBeInstanceOf(ConditionalCheckFailedException);
    expect(received).toEqual([]);
    // Delivered after the write: a listener that reads the item sees it.
    const seen: boolean[] = [];
    const stop = local.store.onChange(() => void local.client.send(new GetItemCommand({ TableName: TABLE, Key: key('P5'), ConsistentRead: true })).then((r) => seen.push(r.Item !== undefined)));
    await put('P5');
    stop();
    await expect.poll(() => seen).toEqual([true]);
  });

  it('keeps the writes of one item in order, with increasing sequence numbers', async () => {
    // 20 concurrent updates of one counter: the values the feed sees, read back in record order,
    // must be 1, 2, …, 20 (dynalite serialises writes of one item; the feed must not reorder them).
    const values: number[] = [];
    const writes = Array.from({ length: 20 }, () =>
      local.client
        .send(new UpdateItemCommand({ TableName: TABLE, Key: key('P6'), UpdateExpression: 'ADD n :one', ExpressionAttributeValues: { ':one': { N: '1' } }, ReturnValues: 'UPDATED_NEW' }))
        .then((r) => ({ n: Number(r.Attributes!.n!.N), records: received.length })),
    );
    const answers = await Promise.all(writes);
    // Each answer arrives after its record was published, so record k (1-based) is the write that set n = k.
    for (const { n, records } of answers) {
      expect(records).toBeGreaterThanOrEqual(n);
      values.push(n);
    }
    expect(values.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    const sequence = received.map((r) => r.dynamodb!.SequenceNumber!);
    expect(sequence).toEqual([...sequence].sort());
    expect(new Set(sequence).size).toBe(20);
  });

  it('stops delivering after unsubscribe', async () => {
    unsubscribe();
    await put('P7');
    expect(received).toEqual([]);
  });
});
