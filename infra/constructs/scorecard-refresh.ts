/**
 * Always-fresh scorecards (issue 14): the table's stream feeds the refresh function, filtered to
 * the changes of latest pointers (functions/store/stream-filter.ts, the one pattern the local
 * change feed uses too) and batched, so a burst of submissions is one update per plan and period.
 * A batch that keeps failing is split until the bad records are alone, then dead-lettered; the
 * nightly full recompute repairs whatever a dead letter left out (docs/deploy.md).
 */
import { Duration } from 'aws-cdk-lib';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { EventSourceMapping, FilterCriteria, StartingPosition, type IFunction } from 'aws-cdk-lib/aws-lambda';
import { SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { POINTER_CHANGES } from '../../functions/store/stream-filter.js';

/** Up to this many pointer changes per invocation: a deadline evening's minute of a district. */
const BATCH_SIZE = 100;
/** Waits this long to gather a burst into one batch; well inside the 5 s freshness goal. */
const BATCHING_WINDOW = Duration.seconds(2);
/** Retries of a failing batch (each halving it); a stuck record never blocks its shard for long. */
const RETRY_ATTEMPTS = 5;
/** Older records are dead-lettered unprocessed: past an hour the nightly run is the better repair. */
const MAX_RECORD_AGE = Duration.hours(1);

export interface ScorecardRefreshProps {
  table: ITableV2;
  /** The refresh-scorecards function (functions/routes.ts REFRESH_HANDLER), with its table access. */
  refresh: IFunction;
}

export class ScorecardRefresh extends Construct {
  /** Where records land that failed every retry: metadata of the shard range, not the items. */
  readonly deadLetterQueue: Queue;
  readonly mapping: EventSourceMapping;

  constructor(scope: Construct, id: string, { table, refresh }: ScorecardRefreshProps) {
    super(scope, id);
    this.deadLetterQueue = new Queue(this, 'DeadLetterQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    // ListStreams, DescribeStream, GetRecords, GetShardIterator on this table's stream ARN only.
    table.grantStreamRead(refresh);
    this.mapping = new EventSourceMapping(this, 'PointerChanges', {
      target: refresh,
      eventSourceArn: table.tableStreamArn,
      startingPosition: StartingPosition.TRIM_HORIZON,
      batchSize: BATCH_SIZE,
      maxBatchingWindow: BATCHING_WINDOW,
      bisectBatchOnError: true,
      // The handler names the records of the groups that failed; the others are not retried.
      reportBatchItemFailures: true,
      retryAttempts: RETRY_ATTEMPTS,
      maxRecordAge: MAX_RECORD_AGE,
      // One batch per shard at a time. A plan's pointers share one partition key (PLAN#id), so a
      // higher factor could not spread one plan's changes anyway; it would only add concurrent
      // writers, while one batch of 100 takes a few reads per changed unit.
      parallelizationFactor: 1,
      filters: [FilterCriteria.filter(POINTER_CHANGES)],
      onFailure: new SqsDlq(this.deadLetterQueue),
    });
  }
}
