/**
 * The reminder mails (issue 15): the send-reminders function runs every morning at 07:00 Vietnam
 * time (EventBridge Scheduler) and mails through Amazon SES from the one identity the deployer
 * verified, with `ses:SendEmail` on that identity only. As for the aggregation (schedules.ts), a
 * failed run is retried and then lands in a dead-letter queue of its own, which an alarm watches.
 */
import { Duration, Stack, TimeZone } from 'aws-cdk-lib';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { ContextAttribute, Schedule, ScheduleExpression, ScheduleTargetInput } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { ScorecardsAlarms } from './alarms.js';

export interface ReminderMailsProps {
  send: LambdaFunction;
  /** A verified SES address, or a verified domain (then mail goes from no-reply@ it). */
  sesIdentity: string;
  /** The leadership page, linked from every mail. */
  pageUrl: string;
  alarms: ScorecardsAlarms;
}

export class ReminderMails extends Construct {
  readonly deadLetterQueue: Queue;
  readonly schedulerRole: Role;

  constructor(scope: Construct, id: string, { send, sesIdentity, pageUrl, alarms }: ReminderMailsProps) {
    super(scope, id);
    const from = sesIdentity.includes('@') ? sesIdentity : `no-reply@${sesIdentity}`;
    send.addEnvironment('SES_FROM', from);
    send.addEnvironment('PAGE_URL', pageUrl);
    send.addToRolePolicy(new PolicyStatement({
      actions: ['ses:SendEmail'],
      resources: [Stack.of(this).formatArn({ service: 'ses', resource: 'identity', resourceName: sesIdentity })],
    }));

    this.deadLetterQueue = new Queue(this, 'DeadLetterQueue', { encryption: QueueEncryption.SQS_MANAGED, enforceSSL: true, retentionPeriod: Duration.days(14) });
    this.schedulerRole = new Role(this, 'SchedulerRole', {
      // Only schedules of this account may act as this role (confused deputy).
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com', { conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } } }),
      description: 'EventBridge Scheduler: invoke the reminder mails, dead-letter what cannot be delivered',
    });
    send.configureAsyncInvoke({ retryAttempts: 2, maxEventAge: Duration.hours(2), onFailure: new SqsDestination(this.deadLetterQueue) });
    new Schedule(this, 'Daily', {
      description: 'Reminder mails before and after each reporting deadline, every morning at 07:00 Vietnam time',
      schedule: ScheduleExpression.cron({ minute: '0', hour: '7', timeZone: TimeZone.ASIA_HO_CHI_MINH }),
      target: new LambdaInvoke(send, {
        role: this.schedulerRole,
        // The scheduled time: a retry claims the same day's mails, so none goes twice.
        input: ScheduleTargetInput.fromObject({ time: ContextAttribute.scheduledTime }),
        retryAttempts: 4,
        maxEventAge: Duration.hours(2),
        deadLetterQueue: this.deadLetterQueue,
      }),
    });
    alarms.add(
      'reminder-dead-letters',
      this.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5), statistic: 'Maximum' }),
      'A reminder run failed after its retries; its event is in the reminders dead-letter queue (a rerun sends only the mails not yet sent)',
    );
  }
}
