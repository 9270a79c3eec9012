/**
 * Idempotency keys as conditional writes (dynalite has no transactions). The first request to
 * put `IDEM#key` owns the key; every other request with that key waits for the owner's version
 * and replays it. An owner that died leaves a stale claim, which a retry may take over.
 */
import { DeleteItemCommand, GetItemCommand, PutItemCommand, UpdateItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { AppError } from '../errors.js';
import { keys } from './table.js';
import { N, S, isConditionFailure, num, str, type Item } from './dynamo-items.js';

/** A claim older than this is presumed abandoned (its owner crashed or timed out). */
export const STALE_CLAIM_MS = 15_000;
const WAIT_FOR_OWNER_MS = 3_000;
const POLL_MS = 25;

export type ClaimOutcome = { kind: 'owner'; tookOver: boolean } | { kind: 'done'; version: number };

export class IdempotencyKeys {
  constructor(private readonly client: DynamoDBClient, private readonly table: string) {}

  /** Claims the key, or learns the version it already produced. */
  async claim(reportPk: string, key: string, requestHash: string, now: Date): Promise<ClaimOutcome> {
    const Key = { pk: S(reportPk), sk: S(keys.idempotency(key)) };
    try {
      await this.client.send(
        new PutItemCommand({
          TableName: this.table,
          Item: { ...Key, requestHash: S(requestHash), claimedAt: S(now.toISOString()) },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return { kind: 'owner', tookOver: false };
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
    const deadline = Date.now() + WAIT_FOR_OWNER_MS;
    for (;;) {
      const { Item } = await this.client.send(new GetItemCommand({ TableName: this.table, Key, ConsistentRead: true }));
      if (!Item) return this.claim(reportPk, key, requestHash, now); // the owner gave the key back
      if (str(Item, 'requestHash') !== requestHash) throw new AppError('conflict', 'idempotency_mismatch');
      if (Item.version) return { kind: 'done', version: num(Item, 'version') };
      const claimedAt = str(Item, 'claimedAt');
      if (Date.now() - Date.parse(claimedAt) > STALE_CLAIM_MS && (await this.takeOver(Key, claimedAt))) {
        return { kind: 'owner', tookOver: true };
      }
      if (Date.now() > deadline) throw new AppError('unavailable', 'service_unavailable');
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  }

  async complete(reportPk: string, key: string, version: number): Promise<void> {
    await this.client.send(
      new UpdateItemCommand({
        TableName: this.table,
        Key: { pk: S(reportPk), sk: S(keys.idempotency(key)) },
        UpdateExpression: 'SET #v = :v',
        ExpressionAttributeNames: { '#v': 'version' },
        ExpressionAttributeValues: { ':v': N(version) },
      }),
    );
  }

  /** Gives the key back when the owner stored nothing (e.g. the report was locked). */
  async release(reportPk: string, key: string): Promise<void> {
    await this.client.send(
      new DeleteItemCommand({
        TableName: this.table,
        Key: { pk: S(reportPk), sk: S(keys.idempotency(key)) },
        ConditionExpression: 'attribute_not_exists(#v)',
        ExpressionAttributeNames: { '#v': 'version' },
      }),
    ).catch((error: unknown) => {
      if (!isConditionFailure(error)) throw error;
    });
  }

  private async takeOver(Key: Item, claimedAt: string): Promise<boolean> {
    try {
      await this.client.send(
        new UpdateItemCommand({
          TableName: this.table,
          Key,
          UpdateExpression: 'SET claimedAt = :now',
          ConditionExpression: 'claimedAt = :old AND attribute_not_exists(#v)',
          ExpressionAttributeNames: { '#v': 'version' },
          ExpressionAttributeValues: { ':now': S(new Date().toISOString()), ':old': S(claimedAt) },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }
}

