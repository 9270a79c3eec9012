/**
 * The DynamoDB Streams target: a batch of table changes (keys only, filtered to latest pointers by
 * POINTER_CHANGES) becomes one refresh per plan and quarter. A group that fails reports its records
 * in `batchItemFailures`, so the event source mapping retries (and bisects) only from there; the
 * local change feed (local/change-feed.ts) calls this same handler.
 */
import type { Context, DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { getDeps } from '../runtime/deps.js';
import { logger, logInvocation } from '../runtime/logger.js';
import { publishMetrics } from '../runtime/metrics.js';
import { isPointerChange, pointerChangeOf } from '../store/stream-filter.js';
import { refreshScorecards } from '../use-cases/refresh-scorecards.js';

export async function handler(event: DynamoDBStreamEvent, context: Context): Promise<DynamoDBBatchResponse> {
  logInvocation(context);
  const deps = getDeps();
  try {
    const changes = event.Records.filter(isPointerChange).map((record) => ({ ...pointerChangeOf(record), itemIdentifier: record.dynamodb!.SequenceNumber! }));
    const failed = await refreshScorecards(deps.store, changes, deps.now);
    logger.info('scorecards refreshed', { records: event.Records.length, changes: changes.length, failed: failed.length });
    return { batchItemFailures: failed.map(({ itemIdentifier }) => ({ itemIdentifier })) };
  } finally {
    publishMetrics();
  }
}
