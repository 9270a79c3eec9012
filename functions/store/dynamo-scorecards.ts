/**
 * The aggregator's reads and writes: a year of latest reports in one paginated Query, and
 * scorecards stored gzip-compressed, split into parts when a large district would pass
 * DynamoDB's 400 KB item limit. The head item is written last, so a reader never sees half a
 * scorecard.
 */
import { gzipSync, gunzipSync } from 'node:zlib';
import { randomUUID } from 'node:crypto';
import { DeleteItemCommand, GetItemCommand, PutItemCommand, QueryCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { ReportData } from '../../shared/report/schema.js';
import type { ReviewStatus, ScorecardFigures, SubmittedReport } from '../../shared/engine/scorecard-model.js';
import { ACTIVITY_INDEX, keys } from './table.js';
import { B, N, S, bytes, num, optStr, str, type Item } from './dynamo-items.js';
import { queryAll, queryEachPage } from './dynamo-query.js';
import { dataDigest } from './dynamo-report-items.js';
import { compactScorecard, expandScorecard, type StoredScorecardBody } from './scorecard-codec.js';
import type { CorruptReport } from '../use-cases/ports/reports.port.js';
import type { ScorecardStore, StoredScorecard } from '../use-cases/ports/scorecards.port.js';

const PART_BYTES = 350 * 1024;

/**
 * A scorecard as items: a head, and parts when the compressed body is too big for one item.
 * Exported so the benchmark counts the writes a scorecard needs from the same code.
 */
export function scorecardItems(scorecard: ScorecardFigures, generation: string): { head: Item; parts: Item[] } {
  // Level 1: a third of the default level's time for a quarter more bytes on a 6 MB province scorecard.
  const body = gzipSync(JSON.stringify(compactScorecard(scorecard)), { level: 1 });
  const pk = S(keys.plan(scorecard.planId));
  const head: Item = { pk, sk: S(keys.scorecard(scorecard.period)), computedAt: S(scorecard.computedAt) };
  const parts: Item[] = [];
  if (body.length <= PART_BYTES) {
    head.body = B(body);
    return { head, parts };
  }
  for (let i = 0, offset = 0; offset < body.length; i++, offset += PART_BYTES) {
    parts.push({ pk, sk: S(keys.scorecardPart(scorecard.period, generation, i)), body: B(body.subarray(offset, offset + PART_BYTES)) });
  }
  head.generation = S(generation);
  head.parts = N(parts.length);
  return { head, parts };
}

export class DynamoScorecards implements ScorecardStore {
  constructor(private readonly client: DynamoDBClient, private readonly table: string) {}

  async latestReportsOfYear(planId: string, year: number): Promise<{ reports: SubmittedReport[]; corrupt: CorruptReport[] }> {
    const reports: SubmittedReport[] = [];
    const corrupt: CorruptReport[] = [];
    const read = (item: Item) => {
      try {
        const dataJson = str(item, 'data');
        if (optStr(item, 'dataSha256') !== dataDigest(dataJson)) throw new TypeError('data does not match its digest');
        reports.push({
          unitId: str(item, 'unitId'), period: str(item, 'period'), version: num(item, 'version'),
          data: JSON.parse(dataJson) as ReportData,
          firstSubmittedAt: str(item, 'firstSubmittedAt'), submittedAt: str(item, 'submittedAt'), status: str(item, 'status') as ReviewStatus,
        });
      } catch (error) {
        // One bad item must not hide a district's scorecard: skip it, and name it.
        const [, period = '?', unitId = '?'] = (item.sk?.S ?? '').split('#');
        corrupt.push({ unitId, period, reason: (error as Error).message });
      }
    };
    const query = {
      TableName: this.table,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': S(keys.plan(planId)), ':prefix': S(keys.latestOfYear(year)) },
      // Only what the engine reads: the pointer's warnings, review and index keys stay behind.
      ProjectionExpression: 'sk, unitId, period, version, #data, dataSha256, firstSubmittedAt, submittedAt, #status',
      ExpressionAttributeNames: { '#data': 'data', '#status': 'status' },
    };
    await queryEachPage(this.client, query, (items) => items.forEach(read));
    return { reports, corrupt };
  }

  async putScorecard(scorecard: ScorecardFigures): Promise<void> {
    const { head, parts } = scorecardItems(scorecard, randomUUID());
    const pk = head.pk!;
    await this.writeAll(parts);
    const { Attributes: previous } = await this.client.send(new PutItemCommand({ TableName: this.table, Item: head, ReturnValues: 'ALL_OLD' }));
    // The parts of the scorecard this one replaced are unreachable now; drop them.
    if (previous?.generation) {
      const oldGeneration = str(previous, 'generation');
      await Promise.all(
        Array.from({ length: num(previous, 'parts') }, (_, i) =>
          this.client.send(new DeleteItemCommand({ TableName: this.table, Key: { pk, sk: S(keys.scorecardPart(scorecard.period, oldGeneration, i)) } })),
        ),
      );
    }
  }

  async getScorecard(planId: string, period: string, quarters: string[]): Promise<StoredScorecard | null> {
    const { Item: head } = await this.client.send(
      new GetItemCommand({ TableName: this.table, Key: { pk: S(keys.plan(planId)), sk: S(keys.scorecard(period)) }, ConsistentRead: true }),
    );
    if (!head) return null;
    const computedAt = str(head, 'computedAt');
    const [body, activity] = await Promise.all([this.body(head, planId, period), Promise.all(quarters.map((q) => this.hasActivityAfter(planId, q, computedAt)))]);
    return { scorecard: expandScorecard(JSON.parse(gunzipSync(body).toString('utf8')) as StoredScorecardBody), activityAfter: activity.includes(true) };
  }

  private async body(head: Item, planId: string, period: string): Promise<Uint8Array> {
    if (head.body) return bytes(head, 'body');
    const parts = await queryAll(this.client, {
      TableName: this.table,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': S(keys.plan(planId)), ':prefix': S(keys.scorecardParts(period, str(head, 'generation'))) },
      ConsistentRead: true,
    });
    if (parts.length !== num(head, 'parts')) throw new Error(`scorecard ${planId}/${period} has ${parts.length} of ${num(head, 'parts')} parts`);
    return Buffer.concat(parts.map((p) => bytes(p, 'body')));
  }

  private async hasActivityAfter(planId: string, quarter: string, computedAt: string): Promise<boolean> {
    const { Items } = await this.client.send(
      new QueryCommand({
        TableName: this.table,
        IndexName: ACTIVITY_INDEX.name,
        KeyConditionExpression: '#pk = :pk AND #at > :computedAt',
        ExpressionAttributeNames: { '#pk': ACTIVITY_INDEX.partitionKey, '#at': ACTIVITY_INDEX.sortKey },
        ExpressionAttributeValues: { ':pk': S(keys.activity(planId, quarter)), ':computedAt': S(computedAt) },
        Limit: 1,
      }),
    );
    return (Items?.length ?? 0) > 0;
  }

  private async writeAll(items: Item[]): Promise<void> {
    // One part per request keeps each request far below BatchWriteItem's 16 MB cap.
    await Promise.all(items.map((Item) => this.client.send(new PutItemCommand({ TableName: this.table, Item }))));
  }
}
