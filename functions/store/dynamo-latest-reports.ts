/**
 * The aggregator's reads of latest pointers, each checked against its data digest: a year or a
 * quarter in one paginated Query (the full recompute), or a few units by key in one consistent
 * BatchGetItem per 100 (the incremental refresh). A corrupt pointer is skipped and named.
 */
import type { DynamoDBClient, QueryCommandInput } from '@aws-sdk/client-dynamodb';
import type { ReportData } from '../../shared/report/schema.js';
import type { ReviewStatus, SubmittedReport } from '../../shared/engine/scorecard-model.js';
import { keys } from './table.js';
import { S, num, optStr, str, type Item } from './dynamo-items.js';
import { queryEachPage } from './dynamo-query.js';
import { batchGetAll } from './dynamo-batch-get.js';
import { dataDigest } from './dynamo-report-items.js';
import type { CorruptReport, LatestReports } from '../use-cases/ports/reports.port.js';

// Only what the engine reads: the pointer's warnings, review and index keys stay behind.
const ENGINE_PROJECTION = {
  ProjectionExpression: 'sk, unitId, period, version, #data, dataSha256, firstSubmittedAt, submittedAt, #status',
  ExpressionAttributeNames: { '#data': 'data', '#status': 'status' },
};

export class DynamoLatestReports {
  constructor(private readonly client: DynamoDBClient, private readonly table: string) {}

  latestReportsOfYear(planId: string, year: number): Promise<LatestReports> {
    return this.withPrefix(planId, keys.latestOfYear(year));
  }

  latestReportsOfQuarter(planId: string, quarter: string): Promise<LatestReports> {
    return this.withPrefix(planId, keys.latestOfQuarter(quarter));
  }

  async latestReportsOfUnits(planId: string, quarter: string, unitIds: readonly string[]): Promise<LatestReports> {
    const itemKeys = unitIds.map((unitId) => ({ pk: S(keys.plan(planId)), sk: S(keys.latest(quarter, unitId)) }));
    const found: LatestReports = { reports: [], corrupt: [] };
    for (const item of await batchGetAll(this.client, this.table, itemKeys, { ...ENGINE_PROJECTION, ConsistentRead: true })) readInto(found, item);
    return found;
  }

  private async withPrefix(planId: string, prefix: string): Promise<LatestReports> {
    const query: QueryCommandInput = {
      TableName: this.table,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': S(keys.plan(planId)), ':prefix': S(prefix) },
      ...ENGINE_PROJECTION,
    };
    const found: LatestReports = { reports: [], corrupt: [] };
    await queryEachPage(this.client, query, (items) => items.forEach((item) => readInto(found, item)));
    return found;
  }
}

function readInto(found: LatestReports, item: Item): void {
  try {
    const dataJson = str(item, 'data');
    if (optStr(item, 'dataSha256') !== dataDigest(dataJson)) throw new TypeError('data does not match its digest');
    found.reports.push({
      unitId: str(item, 'unitId'), period: str(item, 'period'), version: num(item, 'version'),
      data: JSON.parse(dataJson) as ReportData,
      firstSubmittedAt: str(item, 'firstSubmittedAt'), submittedAt: str(item, 'submittedAt'), status: str(item, 'status') as ReviewStatus,
    } satisfies SubmittedReport);
  } catch (error) {
    // One bad item must not hide a district's scorecard: skip it, and name it.
    const [, period = '?', unitId = '?'] = (item.sk?.S ?? '').split('#');
    found.corrupt.push({ unitId, period, reason: (error as Error).message } satisfies CorruptReport);
  }
}
