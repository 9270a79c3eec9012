/**
 * Always-fresh scorecards in the template (issue 14): the table's stream, the mapping that feeds
 * the refresh function from it, its dead-letter queue, what the refresh may do, and the alarms
 * that say scorecards fell behind. Expected values are written out here.
 */
import { Template } from 'aws-cdk-lib/assertions';
import type { CfnElement } from 'aws-cdk-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { ScorecardsStack } from '../../infra/scorecards-stack.js';
import { testApp, testWebDir } from './synth-app.js';

type Json = Record<string, any>;

let stack: ScorecardsStack;
let resources: Record<string, Json>;

beforeAll(() => {
  stack = new ScorecardsStack(testApp(), 'Test', { webDir: testWebDir() });
  resources = Template.fromStack(stack).toJSON().Resources;
});

const idOf = (element: unknown) => stack.getLogicalId(element as CfnElement);
const ofType = (type: string) => Object.entries(resources).filter(([, r]) => r.Type === type).map(([, r]) => r.Properties);
const tableId = () => idOf(stack.data.table.node.defaultChild);
const refreshId = () => idOf(stack.functions.get('refresh-scorecards').node.defaultChild);
const queueId = () => idOf(stack.refresh.deadLetterQueue.node.defaultChild);
const streamArn = () => ({ 'Fn::GetAtt': [tableId(), 'StreamArn'] });

describe('the table stream', () => {
  it('carries keys only: the refresh reads each changed pointer itself', () => {
    expect(resources[tableId()]!.Properties.StreamSpecification).toEqual({ StreamViewType: 'KEYS_ONLY' });
  });
});

describe('the mapping from the stream to the refresh', () => {
  it('is the only one, and batches: 100 records or 2 s, from the oldest record kept, one batch per shard at a time', () => {
    const mappings = ofType('AWS::Lambda::EventSourceMapping');
    expect(mappings).toHaveLength(1);
    expect(mappings[0]).toMatchObject({
      FunctionName: { Ref: refreshId() },
      EventSourceArn: streamArn(),
      StartingPosition: 'TRIM_HORIZON',
      BatchSize: 100,
      MaximumBatchingWindowInSeconds: 2,
      ParallelizationFactor: 1,
    });
  });

  it('splits a failing batch, retries it 5 times for at most an hour (3600 s), and takes back only the failed records', () => {
    expect(ofType('AWS::Lambda::EventSourceMapping')[0]).toMatchObject({
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: 5,
      MaximumRecordAgeInSeconds: 3600,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [queueId(), 'Arn'] } } },
    });
  });

  it('passes on only changes of latest pointers (sort key LATEST#…), the one pattern the local change feed uses', () => {
    const { Filters } = ofType('AWS::Lambda::EventSourceMapping')[0]!.FilterCriteria;
    expect(Filters.map((f: Json) => JSON.parse(f.Pattern))).toEqual([{ dynamodb: { Keys: { sk: { S: [{ prefix: 'LATEST#' }] } } } }]);
  });
});

describe('the dead-letter queue', () => {
  it('keeps what the refresh gave up on 14 days (1,209,600 s), encrypted, over TLS only', () => {
    expect(resources[queueId()]!.Properties).toEqual({ SqsManagedSseEnabled: true, MessageRetentionPeriod: 1209600 });
    const policy = ofType('AWS::SQS::QueuePolicy').find((p) => p.Queues.some((q: Json) => q.Ref === queueId()))!;
    expect(policy.PolicyDocument.Statement).toEqual([
      expect.objectContaining({ Effect: 'Deny', Action: 'sqs:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
    ]);
  });
});

describe('what the refresh may do', () => {
  const statements = (): Json[] => {
    const roleId = resources[refreshId()]!.Properties.Role['Fn::GetAtt'][0];
    return Object.values(resources)
      .filter((r) => r.Type === 'AWS::IAM::Policy' && r.Properties.Roles.some((x: Json) => x.Ref === roleId))
      .flatMap((r) => r.Properties.PolicyDocument.Statement as Json[]);
  };
  const actionsOf = (s: Json): string[] => [s.Action].flat().sort();

  it('reads this table\'s stream, on the stream ARN only, and nothing with a wildcard', () => {
    const streamActions = ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator', 'dynamodb:ListStreams'];
    const stream = statements().filter((s) => actionsOf(s).some((a) => streamActions.includes(a)));
    expect(stream).toEqual([{ Effect: 'Allow', Action: streamActions, Resource: streamArn() }]);
    for (const s of statements()) {
      expect(actionsOf(s).filter((a) => a.includes('*'))).toEqual([]);
      expect([s.Resource].flat()).not.toContain('*');
    }
  });

  it('reads the changed pointers, reads and writes a quarter\'s inputs, on the table only (no index)', () => {
    const table = statements().filter((s) => actionsOf(s).includes('dynamodb:Query'));
    expect(table).toHaveLength(1);
    expect(actionsOf(table[0]!)).toEqual(['dynamodb:BatchGetItem', 'dynamodb:BatchWriteItem', 'dynamodb:PutItem', 'dynamodb:Query']);
    expect(table[0]!.Resource).toEqual({ 'Fn::GetAtt': [tableId(), 'Arn'] });
  });

  it('sends to its own dead-letter queue, no other', () => {
    const sqs = statements().filter((s) => actionsOf(s).some((a) => a.startsWith('sqs:')));
    expect(sqs).toEqual([{ Effect: 'Allow', Action: ['sqs:GetQueueAttributes', 'sqs:GetQueueUrl', 'sqs:SendMessage'], Resource: { 'Fn::GetAtt': [queueId(), 'Arn'] } }]);
  });
});

describe('alarms on freshness', () => {
  const alarm = (name: string) => ofType('AWS::CloudWatch::Alarm').find((a) => a.AlarmName === `Test-${name}`);
  const topic = () => [{ Ref: idOf(stack.alarms.topic.node.defaultChild) }];
  const atOrAbove = { ComparisonOperator: 'GreaterThanOrEqualToThreshold', EvaluationPeriods: 1, TreatMissingData: 'notBreaching' };

  it('when the refresh is a minute (60,000 ms) or more behind its stream', () => {
    expect(alarm('refresh-iterator-age')).toMatchObject({
      Namespace: 'AWS/Lambda', MetricName: 'IteratorAge', Dimensions: [{ Name: 'FunctionName', Value: { Ref: refreshId() } }],
      Statistic: 'Maximum', Period: 300, Threshold: 60000, ...atOrAbove, AlarmActions: topic(),
    });
  });

  it('when anything is in its dead-letter queue', () => {
    expect(alarm('refresh-dead-letters')).toMatchObject({
      Namespace: 'AWS/SQS', MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [queueId(), 'QueueName'] } }],
      Statistic: 'Maximum', Threshold: 1, ...atOrAbove, AlarmActions: topic(),
    });
  });

  it('when the nightly recompute counts drift, in the namespace and service dimension Powertools publishes under', () => {
    expect(alarm('scorecard-drift')).toMatchObject({
      Namespace: 'TthcScorecards', MetricName: 'ScorecardDrift', Dimensions: [{ Name: 'service', Value: 'tthc-scorecards' }],
      Statistic: 'Sum', Period: 300, Threshold: 1, ...atOrAbove, AlarmActions: topic(),
    });
  });

  it('when the refresh throws', () => {
    expect(alarm('refresh-scorecards-errors')).toMatchObject({ MetricName: 'Errors', Dimensions: [{ Name: 'FunctionName', Value: { Ref: refreshId() } }], Threshold: 1 });
  });
});

describe('outputs', () => {
  it('name the refresh\'s dead-letter queue for the deployer', () => {
    expect(Template.fromStack(stack).toJSON().Outputs.RefreshDeadLetterQueueUrl.Value).toEqual({ Ref: queueId() });
  });
});
