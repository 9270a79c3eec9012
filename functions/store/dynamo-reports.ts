/**
 * Report versions and the latest pointer in DynamoDB, with conditional writes only.
 * A version item is written once with `attribute_not_exists` and never updated; the latest
 * pointer (in the plan's partition, so the aggregator reads a year with one Query) only moves
 * forward and never off an accepted version; the idempotency claim makes retries replay instead
 * of append. Whether a version may be stored is the use case's call (`input.admit`).
 */
import { BatchGetItemCommand, GetItemCommand, PutItemCommand, UpdateItemCommand, type BatchGetItemCommandOutput, type DynamoDBClient, type KeysAndAttributes } from '@aws-sdk/client-dynamodb';
import { AppError } from '../errors.js';
import { keys } from './table.js';
import { S, isConditionFailure, num, setExpression, str } from './dynamo-items.js';
import { queryAll } from './dynamo-query.js';
import { IdempotencyKeys } from './dynamo-idempotency.js';
import { activity, toLatest, toVersion, versionItem } from './dynamo-report-items.js';
import type { ReviewStatus } from '../../shared/engine/scorecard-model.js';
import type { AppendInput, AppendResult, LatestReport, ReportKey, ReportStatus, ReportVersion } from '../use-cases/ports/reports.port.js';

const MAX_VERSION_RACES = 100;

export class DynamoReports {
  private readonly idempotency: IdempotencyKeys;
  constructor(private readonly client: DynamoDBClient, private readonly table: string) {
    this.idempotency = new IdempotencyKeys(client, table);
  }

  async appendVersion(input: AppendInput): Promise<AppendResult> {
    const reportPk = keys.report(input.planId, input.period, input.unitId);
    const key = input.idempotencyKey;
    // The claim and the reads do not depend on each other: one round trip for both.
    const [claim, [latest, previous]] = await Promise.all([
      key ? this.idempotency.claim(reportPk, key, input.requestHash) : ({ kind: 'owner' } as const),
      this.latestPair(input),
    ]);
    if (claim.kind === 'done') return this.replay(input, claim.version);
    let version: ReportVersion;
    try {
      version = await this.putNextVersion(input, input.admit(latest, previous), (latest?.version ?? 0) + 1);
    } catch (error) {
      // Give the key back so a retry need not wait for the claim to go stale. If the store is
      // down, the claim stays and a retry takes it over once stale.
      if (key) await this.idempotency.releaseIfUnused(reportPk, key).catch(() => undefined);
      throw error;
    }
    // From here on the version exists; a retry with the same key replays it and finishes this work.
    return { version, latest: await this.advancePointer(version, input.submittedAt, latest), created: true };
  }

  async getLatest(key: ReportKey): Promise<LatestReport | null> {
    const { Item } = await this.client.send(
      new GetItemCommand({ TableName: this.table, Key: { pk: S(keys.plan(key.planId)), sk: S(keys.latest(key.period, key.unitId)) }, ConsistentRead: true }),
    );
    return Item ? toLatest(Item) : null;
  }

  async getVersion(key: ReportKey, n: number): Promise<ReportVersion | null> {
    const { Item } = await this.client.send(
      new GetItemCommand({ TableName: this.table, Key: { pk: S(keys.report(key.planId, key.period, key.unitId)), sk: S(keys.version(n)) }, ConsistentRead: true }),
    );
    return Item ? toVersion(Item) : null;
  }

  async listVersions(key: ReportKey): Promise<Omit<ReportVersion, 'dataJson' | 'warnings'>[]> {
    const items = await queryAll(this.client, {
      TableName: this.table,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :v)',
      ExpressionAttributeValues: { ':pk': S(keys.report(key.planId, key.period, key.unitId)), ':v': S(keys.versions()) },
      ProjectionExpression: 'planId, period, unitId, version, submittedAt, submittedBy, idempotencyKey',
      ConsistentRead: true,
    });
    return items.map((item) => ({ ...key, version: num(item, 'version'), submittedAt: str(item, 'submittedAt'), submittedBy: str(item, 'submittedBy') }));
  }

  async latestStatuses(planId: string, quarters: readonly string[]): Promise<ReportStatus[]> {
    const pages = await Promise.all(
      quarters.map((quarter) =>
        queryAll(this.client, {
          TableName: this.table,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': S(keys.plan(planId)), ':prefix': S(keys.latestOfQuarter(quarter)) },
          // The data (most of each pointer's bytes) stays in the table.
          ProjectionExpression: 'unitId, period, version, firstSubmittedAt, submittedAt, #status',
          ExpressionAttributeNames: { '#status': 'status' },
        }),
      ),
    );
    return pages.flat().map((item) => ({
      unitId: str(item, 'unitId'), period: str(item, 'period'), version: num(item, 'version'),
      firstSubmittedAt: str(item, 'firstSubmittedAt'), submittedAt: str(item, 'submittedAt'), status: str(item, 'status') as ReviewStatus,
    }));
  }

  /** This quarter's latest report and the previous quarter's, in one consistent BatchGetItem. */
  private async latestPair(input: AppendInput): Promise<[LatestReport | null, LatestReport | null]> {
    const wanted = [input.period, input.previousPeriod].filter((p): p is string => p !== null);
    const Keys = wanted.map((period) => ({ pk: S(keys.plan(input.planId)), sk: S(keys.latest(period, input.unitId)) }));
    const found = new Map<string, LatestReport>();
    let request: Record<string, KeysAndAttributes> | undefined = { [this.table]: { Keys, ConsistentRead: true } };
    while (request && Object.keys(request).length) {
      const page: BatchGetItemCommandOutput = await this.client.send(new BatchGetItemCommand({ RequestItems: request }));
      for (const item of page.Responses?.[this.table] ?? []) found.set(str(item, 'period'), toLatest(item));
      request = page.UnprocessedKeys;
    }
    return [found.get(input.period) ?? null, input.previousPeriod ? (found.get(input.previousPeriod) ?? null) : null];
  }

  /** Writes version n, or the next free one if a concurrent submission took n first. */
  private async putNextVersion(input: AppendInput, warnings: ReportVersion['warnings'], n: number): Promise<ReportVersion> {
    for (let attempt = 0; attempt < MAX_VERSION_RACES; attempt++, n++) {
      const version: ReportVersion = {
        planId: input.planId, period: input.period, unitId: input.unitId, version: n,
        dataJson: input.dataJson, submittedAt: input.submittedAt, submittedBy: input.submittedBy, warnings,
        ...(input.idempotencyKey ? { idempotencyKey: input.idempotencyKey } : {}),
      };
      try {
        await this.client.send(
          new PutItemCommand({ TableName: this.table, Item: versionItem(version), ConditionExpression: 'attribute_not_exists(pk)' }),
        );
        return version;
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
      }
    }
    throw new AppError('unavailable', 'service_unavailable');
  }

  /**
   * Moves the latest pointer to this version unless a newer one is there or the report is
   * accepted, and answers the pointer as it then stands. `known` is the pointer as read before the
   * version was written; the write returns nothing, so no 3 KB item travels back.
   */
  private async advancePointer(v: ReportVersion, activityAt: string, known: LatestReport | null): Promise<AppendResult['latest']> {
    const item = versionItem(v);
    const { pk: _pk, sk: _sk, ...fields } = item;
    const update = setExpression({ ...fields, status: S('submitted'), ...activity(v, activityAt) });
    try {
      await this.client.send(
        new UpdateItemCommand({
          TableName: this.table,
          Key: { pk: S(keys.plan(v.planId)), sk: S(keys.latest(v.period, v.unitId)) },
          UpdateExpression: `${update.UpdateExpression}, firstSubmittedAt = if_not_exists(firstSubmittedAt, :submittedAt) REMOVE lastReview`,
          ExpressionAttributeNames: update.ExpressionAttributeNames,
          ExpressionAttributeValues: { ...update.ExpressionAttributeValues, ':accepted': S('accepted') },
          ConditionExpression: 'attribute_not_exists(pk) OR (#version < :version AND #status <> :accepted)',
        }),
      );
      // Two first submissions racing may leave either one's time: they are milliseconds apart.
      return { version: v.version, firstSubmittedAt: known?.firstSubmittedAt ?? v.submittedAt, status: 'submitted' };
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      // Overtaken, or locked between the read and the write: the version stays in the history.
      return (await this.getLatest(v))!;
    }
  }

  private async replay(input: AppendInput, n: number): Promise<AppendResult> {
    const [version, latest] = await Promise.all([this.getVersion(input, n), this.getLatest(input)]);
    if (!version) throw new AppError('unavailable', 'service_unavailable');
    // The first attempt may have died before moving the pointer; if so, this finishes its work.
    const pointer = latest && latest.version >= n ? latest : await this.advancePointer(version, version.submittedAt, latest);
    return { version, latest: pointer, created: false };
  }
}
