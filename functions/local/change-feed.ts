/**
 * The local stand-in for the event source mapping between the table's stream and the refresh
 * function (DESIGN §7): the embedded store's change feed, filtered to latest pointers
 * (stream-filter.ts), gathered for a window or up to a batch size, and handed to the same handler
 * a Lambda runs, one batch at a time as for one shard. Failed records are retried from the first
 * failure on, as Lambda does with ReportBatchItemFailures; a batch that fails again is split in
 * two (bisect-on-error), and after `maxAttempts` the records are logged and dropped (AWS: the DLQ).
 */
import type { Context, DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { handler as refreshHandler } from '../handlers/refresh-scorecards.js';
import { logger } from '../runtime/logger.js';
import { isPointerChange, pointerChangeOf } from '../store/stream-filter.js';
import { lambdaContext } from './api-gateway.js';
import type { EmbeddedStore } from './embedded-store.js';

export interface ChangeFeedOptions {
  /** The function the records go to; tests wrap it to make it fail. */
  handler?: (event: DynamoDBStreamEvent, context: Context) => Promise<DynamoDBBatchResponse>;
  /** MaximumBatchingWindowInSeconds, locally: short, since a laptop has no per-invocation cost. */
  windowMs?: number;
  /** BatchSize. */
  maxBatch?: number;
  /** MaximumRetryAttempts + 1. */
  maxAttempts?: number;
  /** The first retry's pause; each further one doubles it. */
  retryMs?: number;
}

export interface ChangeFeed {
  /** Resolves once every record received so far has been handled (or given up on). */
  settled(): Promise<void>;
  /** Stops listening and drains what was received. */
  close(): Promise<void>;
}

export function startChangeFeed(source: Pick<EmbeddedStore, 'onChange'>, options: ChangeFeedOptions = {}): ChangeFeed {
  const { handler = refreshHandler, windowMs = 300, maxBatch = 100, maxAttempts = 4, retryMs = 100 } = options;
  const queue: DynamoDBRecord[] = [];
  let window: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const unsubscribe = source.onChange((records) => {
    queue.push(...records.filter(isPointerChange));
    if (queue.length >= maxBatch) flush();
    else if (queue.length) window ??= setTimeout(flush, windowMs);
  });

  function flush(): void {
    clearTimeout(window);
    window = undefined;
    // Chained: one batch at a time, in the order the records came.
    running = running
      .then(async () => {
        while (queue.length) await deliver(queue.splice(0, maxBatch), 1);
      })
      // A fault here must not stop the feed: later batches chain on this promise.
      .catch((error: unknown) => logger.error('change feed failed', { error: error as Error }));
  }

  async function deliver(batch: DynamoDBRecord[], attempt: number): Promise<void> {
    const failed = await invoke(batch);
    if (failed.length === 0) return;
    if (attempt >= maxAttempts) {
      logger.error('change feed gave up on records', { attempts: attempt, changes: failed.map(pointerChangeOf) });
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, retryMs * 2 ** (attempt - 1)));
    const middle = Math.ceil(failed.length / 2);
    const parts = failed.length > 1 && attempt > 1 ? [failed.slice(0, middle), failed.slice(middle)] : [failed];
    for (const part of parts) await deliver(part, attempt + 1);
  }

  /** The records to retry: none, those from the first reported failure on, or all when the function threw. */
  async function invoke(batch: DynamoDBRecord[]): Promise<DynamoDBRecord[]> {
    try {
      const { batchItemFailures } = await handler({ Records: batch }, lambdaContext('refresh-scorecards'));
      const failedAt = batchItemFailures.map(({ itemIdentifier }) => batch.findIndex((r) => r.dynamodb?.SequenceNumber === itemIdentifier));
      return failedAt.length ? batch.slice(Math.max(0, Math.min(...failedAt))) : [];
    } catch (error) {
      logger.error('scorecard refresh failed', { records: batch.length, error: error as Error });
      return batch;
    }
  }

  async function settled(): Promise<void> {
    do {
      if (queue.length) flush();
      await running;
    } while (queue.length);
  }

  return {
    settled,
    async close() {
      unsubscribe();
      await settled();
    },
  };
}
