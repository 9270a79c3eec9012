/**
 * How a report version and the latest pointer are laid out as DynamoDB items, and read back.
 * The version item is written once; the pointer carries the same attributes plus status, review,
 * first submission time and its entry in the activity index.
 */
import { createHash } from 'node:crypto';
import type { ReviewStatus } from '../../shared/engine/scorecard-model.js';
import { ACTIVITY_INDEX, keys } from './table.js';
import { N, S, num, optStr, str, type Item } from './dynamo-items.js';
import type { LatestReport, ReportKey, ReportVersion, Review } from '../use-cases/ports/reports.port.js';

/**
 * The digest of the validated data, stored beside it: a reader can trust bytes whose digest
 * matches (they passed validation when written) without validating every report again.
 */
export function dataDigest(dataJson: string): string {
  return createHash('sha256').update(dataJson).digest('base64url');
}

/** The pointer's entry in the activity index: a scorecard computed before `at` is stale. */
export function activity(key: ReportKey, at: string): Item {
  return { [ACTIVITY_INDEX.partitionKey]: S(keys.activity(key.planId, key.period)), [ACTIVITY_INDEX.sortKey]: S(at) };
}

export function versionItem(v: ReportVersion): Item {
  const item: Item = {
    pk: S(keys.report(v.planId, v.period, v.unitId)),
    sk: S(keys.version(v.version)),
    planId: S(v.planId), period: S(v.period), unitId: S(v.unitId), version: N(v.version),
    data: S(v.dataJson), dataSha256: S(dataDigest(v.dataJson)), submittedAt: S(v.submittedAt), submittedBy: S(v.submittedBy), warnings: S(JSON.stringify(v.warnings)),
  };
  if (v.idempotencyKey) item.idempotencyKey = S(v.idempotencyKey);
  return item;
}

export function toVersion(item: Item): ReportVersion {
  const idempotencyKey = optStr(item, 'idempotencyKey');
  return {
    planId: str(item, 'planId'), period: str(item, 'period'), unitId: str(item, 'unitId'), version: num(item, 'version'),
    dataJson: str(item, 'data'), submittedAt: str(item, 'submittedAt'), submittedBy: str(item, 'submittedBy'),
    warnings: JSON.parse(str(item, 'warnings')),
    ...(idempotencyKey ? { idempotencyKey } : {}),
  };
}

export function toLatest(item: Item): LatestReport {
  const lastReview = optStr(item, 'lastReview');
  return {
    ...toVersion(item),
    firstSubmittedAt: str(item, 'firstSubmittedAt'),
    status: str(item, 'status') as ReviewStatus,
    ...(lastReview ? { lastReview: JSON.parse(lastReview) as Review } : {}),
  };
}
