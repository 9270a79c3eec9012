/**
 * When the aggregation runs by itself (EventBridge Scheduler, in Vietnam's time): every night,
 * and right after each quarter's deadline (day 17, DESIGN §6). A run that fails is never
 * silent: Scheduler retries a failed delivery, Lambda retries a failed run (Scheduler invokes
 * asynchronously), and what still fails lands in one dead-letter queue that an alarm watches.
 */
import { Duration, Stack, TimeZone } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { ContextAttribute, Schedule, ScheduleExpression, ScheduleTargetInput } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

const SCHEDULE_TIMEZONE = TimeZone.ASIA_HO_CHI_MINH;
const DELIVERY_RETRIES = 4;
const RUN_RETRIES = 2;

export class AggregationSchedules extends Construct {
  readonly deadLetterQueue: Queue;
  /** What Scheduler acts as: invoke the aggregation, send undeliverable events to the queue. */
  readonly schedulerRole: Role;

  constructor(scope: Construct, id: string, { aggregate }: { aggregate: IFunction }) {
    super(scope, id);
    this.deadLetterQueue = new Queue(this, 'DeadLetterQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    this.schedulerRole = new Role(this, 'SchedulerRole', {
      // Only schedules of this account may act as this role (confused deputy).
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com', { conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } } }),
      description: 'EventBridge Scheduler: invoke the scorecard aggregation, dead-letter what cannot be delivered',
    });
    const target = new LambdaInvoke(aggregate, {
      role: this.schedulerRole,
      // The scheduled time, not the delivery time: a retry recomputes the same periods.
      input: ScheduleTargetInput.fromObject({ time: ContextAttribute.scheduledTime }),
      retryAttempts: DELIVERY_RETRIES,
      maxEventAge: Duration.hours(2),
      deadLetterQueue: this.deadLetterQueue,
    });
    aggregate.configureAsyncInvoke({
      retryAttempts: RUN_RETRIES,
      maxEventAge: Duration.hours(2),
      onFailure: new SqsDestination(this.deadLetterQueue),
    });

    new Schedule(this, 'Daily', {
      description: 'Recompute live scorecards every night at 01:00 Vietnam time',
      schedule: ScheduleExpression.cron({ minute: '0', hour: '1', timeZone: SCHEDULE_TIMEZONE }),
      target,
    });
    new Schedule(this, 'AfterDeadline', {
      description: 'Recompute at 00:15 on the 18th of each quarter-end month, just after the reporting deadline',
      schedule: ScheduleExpression.cron({ minute: '15', hour: '0', day: '18', month: '3,6,9,12', timeZone: SCHEDULE_TIMEZONE }),
      target,
    });
  }
}
