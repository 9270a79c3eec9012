/**
 * Report versions and the latest pointer in DynamoDB. A submission is two round trips
 * (docs/architecture.md, "Submitting a report"): one consistent BatchGetItem of the pointer, last
 * quarter's pointer and the idempotency key's record, then one TransactWriteItems that puts
 * version n, moves the pointer from n − 1 to n (never off an accepted version) and records the key,
 * all or nothing. Whether a version may be stored is the use case's call (`input.admit`).
 */
import {
  BatchGetItemCommand,
  GetItemCommand,
  TransactionCanceledException,
  TransactWriteItemsCommand,
  type BatchGetItemCommandOutput,
  type CancellationReason,
  type DynamoDBClient,
  type KeysAndAttributes,
  type TransactWriteItem,
} from '@aws-sdk/client-dynamodb';
import { AppError } from '../errors.js';
import { keys } from './table.js';
import { N, S, num, str, setExpression, type Item } from './dynamo-items.js';
import { queryAll } from './dynamo-query.js';
import { idempotencyItem, idempotencyKey, versionOfUsedKey } from './dynamo-idempotency.js';
import { activity, toLatest, toVersion, versionItem } from './dynamo-report-items.js';
import type { ReviewStatus } from '../../shared/engine/scorecard-model.js';
import type { AppendInput, AppendResult, LatestReport, ReportKey, ReportStatus, ReportVersion } from '../use-cases/ports/reports.port.js';

/** Bounds the retries when concurrent submissions keep taking the next version first. */
const MAX_VERSION_RACES = 100;

/** What the first round trip learns: the pointers, and the version the idempotency key made, if any. */
interface Known {
  latest: LatestReport | null;
  previous: LatestReport | null;
  usedKey: Item | null;
}

export class DynamoReports {
  constructor(private readonly client: DynamoDBClient, private readonly table: string) {}

  async appendVersion(input: AppendInput): Promise<AppendResult> {
    const reportPk = keys.report(input.planId, input.period, input.unitId);
    let known = await this.readBeforeAppend(input, reportPk);
    // Versions above the pointer that exist already: only the earlier two-step protocol, crashing
    // between its version and its pointer write, left such orphans. They stay in the history.
    let skipped = 0;
    for (let attempt = 0; attempt < MAX_VERSION_RACES; attempt++) {
      if (known.usedKey) return this.replay(input, versionOfUsedKey(known.usedKey, input.requestHash), known.latest);
      const version: ReportVersion = {
        planId: input.planId, period: input.period, unitId: input.unitId, version: (known.latest?.version ?? 0) + 1 + skipped,
        dataJson: input.dataJson, submittedAt: input.submittedAt, submittedBy: input.submittedBy, warnings: input.admit(known.latest, known.previous),
        ...(input.idempotencyKey ? { idempotencyKey: input.idempotencyKey } : {}),
      };
      const reasons = await this.commit(version, input, reportPk, known.latest);
      if (!reasons) return { version, latest: { version: version.version, firstSubmittedAt: known.latest?.firstSubmittedAt ?? version.submittedAt, status: 'submitted' }, created: true };
      // Cancelled: nothing was stored. The reasons carry the items that refused (ALL_OLD).
      const [versionReason, pointerReason, keyReason] = reasons.map((r) => (r.Code === 'ConditionalCheckFailed' ? r : null));
      if (!reasons.every((r) => r.Code === 'None' || r.Code === 'ConditionalCheckFailed')) {
        known = await this.readBeforeAppend(input, reportPk); // e.g. a conflicting transaction: read again
        skipped = 0;
      } else if (pointerReason || keyReason) {
        known = { ...known, latest: pointerReason?.Item ? toLatest(pointerReason.Item) : known.latest, usedKey: keyReason?.Item ?? null };
        skipped = 0;
      } else if (versionReason) skipped++;
    }
    throw new AppError('unavailable', 'service_unavailable');
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

  /** This quarter's pointer, last quarter's and the idempotency key's record, in one consistent BatchGetItem. */
  private async readBeforeAppend(input: AppendInput, reportPk: string): Promise<Known> {
    const pointers = [input.period, input.previousPeriod].filter((p): p is string => p !== null).map((period) => ({ pk: S(keys.plan(input.planId)), sk: S(keys.latest(period, input.unitId)) }));
    const Keys = input.idempotencyKey ? [...pointers, idempotencyKey(reportPk, input.idempotencyKey)] : pointers;
    const found: Item[] = [];
    let request: Record<string, KeysAndAttributes> | undefined = { [this.table]: { Keys, ConsistentRead: true } };
    while (request && Object.keys(request).length) {
      const page: BatchGetItemCommandOutput = await this.client.send(new BatchGetItemCommand({ RequestItems: request }));
      found.push(...(page.Responses?.[this.table] ?? []));
      request = page.UnprocessedKeys;
    }
    const pointer = (period: string | null) => found.find((item) => period !== null && str(item, 'sk') === keys.latest(period, input.unitId));
    const [latest, previous] = [pointer(input.period), pointer(input.previousPeriod)].map((item) => (item ? toLatest(item) : null));
    return { latest: latest ?? null, previous: previous ?? null, usedKey: found.find((item) => str(item, 'pk') === reportPk) ?? null };
  }

  /**
   * One transaction: version n (new), the pointer from the version it had when read to n, and the
   * key's record (new). Answers nothing when committed, or the cancellation reasons in that order.
   */
  private async commit(v: ReportVersion, input: AppendInput, reportPk: string, known: LatestReport | null): Promise<CancellationReason[] | null> {
    const { pk: _pk, sk: _sk, ...fields } = versionItem(v);
    const update = setExpression({ ...fields, status: S('submitted'), ...activity(v, input.submittedAt) });
    const TransactItems: TransactWriteItem[] = [
      { Put: { TableName: this.table, Item: versionItem(v), ConditionExpression: 'attribute_not_exists(pk)' } },
      {
        Update: {
          TableName: this.table,
          Key: { pk: S(keys.plan(v.planId)), sk: S(keys.latest(v.period, v.unitId)) },
          UpdateExpression: `${update.UpdateExpression}, firstSubmittedAt = if_not_exists(firstSubmittedAt, :submittedAt) REMOVE lastReview`,
          ExpressionAttributeNames: update.ExpressionAttributeNames,
          // Forward from the version read, and never off an accepted one.
          ...(known
            ? { ConditionExpression: '#version = :expected AND #status <> :accepted', ExpressionAttributeValues: { ...update.ExpressionAttributeValues, ':expected': N(known.version), ':accepted': S('accepted') } }
            : { ConditionExpression: 'attribute_not_exists(pk)', ExpressionAttributeValues: update.ExpressionAttributeValues }),
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        },
      },
      ...(input.idempotencyKey
        ? [{ Put: { TableName: this.table, Item: idempotencyItem(reportPk, input.idempotencyKey, input.requestHash, v.version), ConditionExpression: 'attribute_not_exists(pk)', ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const } }]
        : []),
    ];
    try {
      await this.client.send(new TransactWriteItemsCommand({ TransactItems }));
      return null;
    } catch (error) {
      if (error instanceof TransactionCanceledException && error.CancellationReasons) return error.CancellationReasons;
      throw error;
    }
  }

  /** The key already made version n, whole (one transaction): answer it again. */
  private async replay(input: AppendInput, n: number, known: LatestReport | null): Promise<AppendResult> {
    // The pointer may have been read just before the transaction that made n: then read it again.
    const [version, latest] = await Promise.all([this.getVersion(input, n), known && known.version >= n ? known : this.getLatest(input)]);
    if (!version || !latest) throw new AppError('unavailable', 'service_unavailable');
    return { version, latest, created: false };
  }
}
