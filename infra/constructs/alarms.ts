/**
 * Alarms for what must never go unnoticed: a function that throws, a scheduled run that ended in
 * the dead-letter queue, an API answering 5xx (DESIGN §3: never a 5xx for bad input, so any 5xx
 * is a fault). Each alarm notifies one topic, which e-mails the given addresses.
 */
import { Duration, Stack } from 'aws-cdk-lib';
import type { IHttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { Alarm, ComparisonOperator, TreatMissingData, type IMetric } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

const PERIOD = Duration.minutes(5);

export interface ScorecardsAlarmsProps {
  functions: ReadonlyMap<string, IFunction>;
  deadLetterQueue: IQueue;
  api: IHttpApi;
  notify: readonly string[];
}

export class ScorecardsAlarms extends Construct {
  readonly topic: Topic;
  readonly alarms: Alarm[] = [];

  constructor(scope: Construct, id: string, props: ScorecardsAlarmsProps) {
    super(scope, id);
    this.topic = new Topic(this, 'Topic', { displayName: 'TTHC scorecards alarms', enforceSSL: true });
    for (const email of props.notify) this.topic.addSubscription(new EmailSubscription(email));

    for (const [handler, fn] of props.functions) {
      this.add(`${handler}-errors`, fn.metricErrors({ period: PERIOD, statistic: 'Sum' }), `The ${handler} function threw an error`);
    }
    this.add(
      'dead-letters',
      props.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period: PERIOD, statistic: 'Maximum' }),
      'A scheduled aggregation failed after its retries; its event is in the dead-letter queue',
    );
    this.add('api-5xx', props.api.metricServerError({ period: PERIOD, statistic: 'Sum' }), 'The API answered with a 5xx');
  }

  private add(id: string, metric: IMetric, description: string): void {
    const alarm = new Alarm(this, id, {
      // A name that says what broke, e.g. TthcScorecards-submit-report-errors.
      alarmName: `${Stack.of(this).stackName}-${id}`,
      metric,
      alarmDescription: `${description}. Runbook: docs/deploy.md, "Reading the alarms".`,
      threshold: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    alarm.addAlarmAction(new SnsAction(this.topic));
    this.alarms.push(alarm);
  }
}
