/**
 * Idempotency keys as conditional writes (dynalite has no transactions). The first request to
 * put `IDEM#key` owns the key; every other request with that key waits until the owner's version
 * exists (a version item carries its key) and replays it. An owner that died leaves a stale claim,
 * which a retry may take over.
 */
import { DeleteItemCommand, PutItemCommand, QueryCommand, UpdateItemCommand, GetItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { AppError } from '../errors.js';
import { keys } from './table.js';
import { S, isConditionFailure, num, str, type Item } from './dynamo-items.js';

/**
 * A claim older than this is presumed abandoned. It must exceed the submit function's timeout
 * (infra sets 10 s), so that a slow owner is never taken over while it can still write.
 */
const STALE_CLAIM_MS = 15_000;
const WAIT_FOR_OWNER_MS = 3_000;
const POLL_MS = 25;

export type ClaimOutcome = { kind: 'owner' } | { kind: 'done'; version: number };

export class IdempotencyKeys {
  constructor(private readonly client: DynamoDBClient, private readonly table: string) {}

  /** Claims the key, or learns the version it already produced. */
  async claim(reportPk: string, key: string, requestHash: string): Promise<ClaimOutcome> {
    const Key = { pk: S(reportPk), sk: S(keys.idempotency(key)) };
    try {
      await this.client.send(
        new PutItemCommand({
          TableName: this.table,
          // The real clock, not the caller's: staleness is judged against Date.now().
          Item: { ...Key, requestHash: S(requestHash), claimedAt: S(new Date().toISOString()) },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return { kind: 'owner' };
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
    const deadline = Date.now() + WAIT_FOR_OWNER_MS;
    for (;;) {
      const [{ Item: claim }, version] = await Promise.all([
        this.client.send(new GetItemCommand({ TableName: this.table, Key, ConsistentRead: true })),
        this.versionWithKey(reportPk, key),
      ]);
      if (!claim) return this.claim(reportPk, key, requestHash); // the owner gave the key back
      if (str(claim, 'requestHash') !== requestHash) throw new AppError('conflict', 'idempotency_mismatch');
      if (version !== undefined) return { kind: 'done', version };
      const claimedAt = str(claim, 'claimedAt');
      if (Date.now() - Date.parse(claimedAt) > STALE_CLAIM_MS && (await this.takeOver(Key, claimedAt))) return { kind: 'owner' };
      if (Date.now() > deadline) throw new AppError('unavailable', 'service_unavailable');
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  }

  /**
   * Gives the key back after a failed attempt, but only once the store confirms that no version
   * carries it: a write whose answer was lost may still have landed, and must then be replayed.
   */
  async releaseIfUnused(reportPk: string, key: string): Promise<void> {
    if ((await this.versionWithKey(reportPk, key)) !== undefined) return;
    await this.client.send(new DeleteItemCommand({ TableName: this.table, Key: { pk: S(reportPk), sk: S(keys.idempotency(key)) } }));
  }

  private async versionWithKey(reportPk: string, key: string): Promise<number | undefined> {
    const { Items } = await this.client.send(
      new QueryCommand({
        TableName: this.table,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :v)',
        FilterExpression: 'idempotencyKey = :key',
        ProjectionExpression: 'version',
        ExpressionAttributeValues: { ':pk': S(reportPk), ':v': S(keys.versions()), ':key': S(key) },
        ConsistentRead: true,
      }),
    );
    return Items?.[0] ? num(Items[0], 'version') : undefined;
  }

  private async takeOver(Key: Item, claimedAt: string): Promise<boolean> {
    try {
      await this.client.send(
        new UpdateItemCommand({
          TableName: this.table,
          Key,
          UpdateExpression: 'SET claimedAt = :now',
          ConditionExpression: 'claimedAt = :old',
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
