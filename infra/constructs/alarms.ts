/**
 * Alarms for what must never go unnoticed: a function that throws, a scheduled run that ended in
 * the dead-letter queue, an API answering 5xx (DESIGN §3: never a 5xx for bad input, so any 5xx
 * is a fault), and scorecards falling behind (the refresh lagging on its stream, records it gave
 * up on, a nightly recompute that found drift). Each alarm notifies one topic, which e-mails the
 * given addresses.
 */
import { Duration, Stack } from 'aws-cdk-lib';
import type { IHttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { Alarm, ComparisonOperator, Metric, TreatMissingData, type IMetric } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { METRICS_NAMESPACE, SERVICE_NAME } from './functions.js';

const PERIOD = Duration.minutes(5);
/** A record waiting this long on the stream already breaks the freshness promise of seconds. */
const ITERATOR_AGE_LIMIT = Duration.minutes(1);

export interface ScorecardsAlarmsProps {
  functions: ReadonlyMap<string, IFunction>;
  deadLetterQueue: IQueue;
  api: IHttpApi;
  notify: readonly string[];
  /** The stream's refresh function and the queue of the records it gave up on. */
  refresh: { fn: IFunction; deadLetterQueue: IQueue };
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

    this.add(
      'refresh-iterator-age',
      props.refresh.fn.metric('IteratorAge', { period: PERIOD, statistic: 'Maximum' }),
      'Scorecard refresh is more than a minute behind the table stream: scorecards are not fresh',
      ITERATOR_AGE_LIMIT.toMilliseconds(),
    );
    this.add(
      'refresh-dead-letters',
      props.refresh.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period: PERIOD, statistic: 'Maximum' }),
      'Scorecard refresh gave up on stream records; the nightly recompute repairs those scorecards',
    );
    // The nightly run counts the scorecards whose full recompute differed from the incremental one.
    const drift = new Metric({ namespace: METRICS_NAMESPACE, metricName: 'ScorecardDrift', dimensionsMap: { service: SERVICE_NAME }, period: PERIOD, statistic: 'Sum' });
    this.add('scorecard-drift', drift, 'The nightly recompute found scorecards that differed from the refreshed ones (now repaired)');
  }

  /** One more alarm on the topic (constructs of their own concern add theirs, e.g. reminders.ts). */
  add(id: string, metric: IMetric, description: string, threshold = 1): void {
    const alarm = new Alarm(this, id, {
      // A name that says what broke, e.g. TthcScorecards-submit-report-errors.
      alarmName: `${Stack.of(this).stackName}-${id}`,
      metric,
      alarmDescription: `${description}. Runbook: docs/deploy.md, "Reading the alarms".`,
      threshold,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    alarm.addAlarmAction(new SnsAction(this.topic));
    this.alarms.push(alarm);
  }
}
