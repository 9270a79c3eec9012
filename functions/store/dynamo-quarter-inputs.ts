/**
 * A quarter's scorecard inputs as items: `INPUTS#<quarter>` in the plan's partition holds the
 * rows gzip-compressed with their revision, split into parts (item-parts.ts) past 350 KB; the
 * parts sort right after their head, so one Query reads a quarter, or a year's quarters, whole.
 */
import { gzipSync, gunzipSync } from 'node:zlib';
import { randomUUID } from 'node:crypto';
import { PutItemCommand, QueryCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ACTIVITY_INDEX, keys } from './table.js';
import { N, S, isConditionFailure, num, str, type Item } from './dynamo-items.js';
import { queryAll } from './dynamo-query.js';
import { batchWriteAll } from './dynamo-batch-write.js';
import { bodyOf, partKeysOf, withBody } from './item-parts.js';
import type { LatestReports } from '../use-cases/ports/reports.port.js';
import type { QuarterInputs, QuarterInputsStore, StoredQuarterInputs } from '../use-cases/ports/quarter-inputs.port.js';

/** Sorts after every `INPUTS#<quarter>#…` part ('$' follows '#') and before the next quarter. */
const AFTER_PARTS = '$';
/** A read that met a head whose parts a concurrent write had just replaced reads again. */
const MAX_TORN_READS = 3;

/**
 * A quarter's inputs as items, head and parts. Exported so the benchmark counts the writes from
 * the same code.
 */
export function quarterInputsItems(planId: string, inputs: QuarterInputs, revision: number, at: string, generation: string): { head: Item; parts: Item[] } {
  const body: LatestReports = { reports: inputs.reports, corrupt: inputs.corrupt };
  // Level 1: a third of the default level's time for a quarter more bytes (measured on a province's scorecard).
  const gzipped = gzipSync(JSON.stringify(body), { level: 1 });
  const head: Item = { pk: S(keys.plan(planId)), sk: S(keys.quarterInputs(inputs.quarter)), revision: N(revision), updatedAt: S(at) };
  return withBody(head, gzipped, generation, (i) => keys.quarterInputsPart(inputs.quarter, generation, i));
}

export class DynamoQuarterInputs implements QuarterInputsStore {
  constructor(private readonly client: DynamoDBClient, private readonly table: string) {}

  async quarterInputs(planId: string, quarter: string): Promise<StoredQuarterInputs | null> {
    const [inputs] = await this.read(planId, keys.quarterInputs(quarter), keys.quarterInputs(quarter) + AFTER_PARTS);
    return inputs ?? null;
  }

  inputsOfYear(planId: string, year: number, lastQuarter: string): Promise<StoredQuarterInputs[]> {
    return this.read(planId, keys.quarterInputsOfYear(year), keys.quarterInputs(lastQuarter) + AFTER_PARTS);
  }

  async inputRevisions(planId: string, year: number): Promise<Map<string, number>> {
    const items = await queryAll(this.client, {
      ...this.between(planId, keys.quarterInputsOfYear(year), keys.quarterInputsOfYear(year) + '~'),
      ProjectionExpression: 'sk, revision',
    });
    return new Map(items.filter((item) => item.revision).map((head) => [quarterOf(head), num(head, 'revision')]));
  }

  async putQuarterInputs(planId: string, inputs: QuarterInputs, seen: number, at: string): Promise<boolean> {
    const generation = randomUUID();
    const { head, parts } = quarterInputsItems(planId, inputs, seen + 1, at, generation);
    await Promise.all(parts.map((Item) => this.client.send(new PutItemCommand({ TableName: this.table, Item }))));
    const partKey = (g: string, i: number) => keys.quarterInputsPart(inputs.quarter, g, i);
    try {
      const { Attributes: replaced } = await this.client.send(
        new PutItemCommand({
          TableName: this.table, Item: head, ReturnValues: 'ALL_OLD',
          ConditionExpression: 'attribute_not_exists(pk) OR revision = :seen',
          ExpressionAttributeValues: { ':seen': N(seen) },
        }),
      );
      // The replaced head's parts are unreachable now; drop them.
      await this.deleteAll(partKeysOf(replaced, partKey));
      return true;
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      await this.deleteAll(partKeysOf(head, partKey));
      return false;
    }
  }

  async activityAfter(planId: string, quarter: string, since: string): Promise<boolean> {
    const { Items } = await this.client.send(
      new QueryCommand({
        TableName: this.table,
        IndexName: ACTIVITY_INDEX.name,
        KeyConditionExpression: '#pk = :pk AND #at > :since',
        ExpressionAttributeNames: { '#pk': ACTIVITY_INDEX.partitionKey, '#at': ACTIVITY_INDEX.sortKey },
        ExpressionAttributeValues: { ':pk': S(keys.activity(planId, quarter)), ':since': S(since) },
        Limit: 1,
      }),
    );
    return (Items?.length ?? 0) > 0;
  }

  private async read(planId: string, from: string, to: string): Promise<StoredQuarterInputs[]> {
    for (let attempt = 1; ; attempt++) {
      const items = await queryAll(this.client, this.between(planId, from, to));
      const inputs = items.filter((item) => item.revision).map((head) => {
        const body = bodyOf(head, items.filter((item) => item.sk!.S!.startsWith(`${str(head, 'sk')}#`)));
        return body && toInputs(head, body);
      });
      if (!inputs.includes(null)) return inputs as StoredQuarterInputs[];
      if (attempt === MAX_TORN_READS) throw new Error(`the scorecard inputs of ${planId} lack parts`);
    }
  }

  private between(planId: string, from: string, to: string) {
    return {
      TableName: this.table,
      KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
      ExpressionAttributeValues: { ':pk': S(keys.plan(planId)), ':from': S(from), ':to': S(to) },
      ConsistentRead: true,
    };
  }

  private deleteAll(itemKeys: Item[]): Promise<void> {
    return batchWriteAll(this.client, this.table, itemKeys.map((Key) => ({ DeleteRequest: { Key } })));
  }
}

const quarterOf = (head: Item) => str(head, 'sk').slice(keys.quarterInputs('').length);

function toInputs(head: Item, body: Uint8Array): StoredQuarterInputs {
  const { reports, corrupt } = JSON.parse(gunzipSync(body).toString('utf8')) as LatestReports;
  return { quarter: quarterOf(head), reports, corrupt, revision: num(head, 'revision'), updatedAt: str(head, 'updatedAt') };
}
