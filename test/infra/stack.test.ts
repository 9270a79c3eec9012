/**
 * The synthesized template of the one stack: table, functions and their IAM, API, schedules,
 * alarms, outputs. Expected values are written out here, not read from the code under test.
 */
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import type { CfnElement } from 'aws-cdk-lib';
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ScorecardsStack } from '../../infra/scorecards-stack.js';
import { TEST_CLIENT_ID, TEST_WEB_CLIENT_ID, testApp, testWebDir } from './synth-app.js';

type Json = Record<string, any>;

let stack: ScorecardsStack;
let template: Template;
let resources: Record<string, Json>;

beforeAll(() => {
  stack = new ScorecardsStack(testApp(), 'Test', { webDir: testWebDir() });
  template = Template.fromStack(stack);
  resources = template.toJSON().Resources;
});

const idOf = (element: unknown) => stack.getLogicalId(element as CfnElement);
const fnId = (handler: string) => idOf(stack.functions.get(handler).node.defaultChild);
const tableArn = () => ({ 'Fn::GetAtt': [idOf(stack.data.table.node.defaultChild), 'Arn'] });
const indexArn = (name: string) => ({ 'Fn::Join': ['', [tableArn(), `/index/${name}`]] });
const ofType = (type: string) => Object.entries(resources).filter(([, r]) => r.Type === type);

/** Every statement of every policy attached to the role of a function. */
function statementsOfRole(roleId: string): Json[] {
  return ofType('AWS::IAM::Policy')
    .filter(([, p]) => p.Properties.Roles.some((r: Json) => r.Ref === roleId))
    .flatMap(([, p]) => p.Properties.PolicyDocument.Statement);
}
const roleIdOf = (handler: string): string => resources[fnId(handler)]!.Properties.Role['Fn::GetAtt'][0];
const actionsOf = (s: Json): string[] => [s.Action].flat().sort();

describe('table', () => {
  it('is keyed pk/sk with the byEmail and byActivity indexes, on demand, recoverable to any second of 35 days, protected and retained', () => {
    template.resourceCountIs('AWS::DynamoDB::GlobalTable', 1);
    template.hasResource('AWS::DynamoDB::GlobalTable', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: {
        BillingMode: 'PAY_PER_REQUEST',
        KeySchema: [
          { AttributeName: 'pk', KeyType: 'HASH' },
          { AttributeName: 'sk', KeyType: 'RANGE' },
        ],
        AttributeDefinitions: Match.arrayWith([
          { AttributeName: 'pk', AttributeType: 'S' },
          { AttributeName: 'sk', AttributeType: 'S' },
          { AttributeName: 'gsi1pk', AttributeType: 'S' },
          { AttributeName: 'gsi1sk', AttributeType: 'S' },
          { AttributeName: 'gsi2pk', AttributeType: 'S' },
          { AttributeName: 'gsi2sk', AttributeType: 'S' },
        ]),
        GlobalSecondaryIndexes: [
          {
            IndexName: 'byEmail',
            KeySchema: [
              { AttributeName: 'gsi1pk', KeyType: 'HASH' },
              { AttributeName: 'gsi1sk', KeyType: 'RANGE' },
            ],
            Projection: { ProjectionType: 'ALL' },
          },
          {
            IndexName: 'byActivity',
            KeySchema: [
              { AttributeName: 'gsi2pk', KeyType: 'HASH' },
              { AttributeName: 'gsi2sk', KeyType: 'RANGE' },
            ],
            Projection: { ProjectionType: 'KEYS_ONLY' },
          },
        ],
        Replicas: [
          Match.objectLike({
            DeletionProtectionEnabled: true,
            PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true, RecoveryPeriodInDays: 35 },
          }),
        ],
      },
    });
  });
});

// 19 routes + the scheduled aggregation + the stream's refresh.
const HANDLERS = [
  'me', 'list-plans', 'get-plan', 'put-plan', 'put-member', 'change-members', 'delete-member', 'list-members', 'membership-audit',
  'submit-report', 'get-report', 'get-report-version',
  'review-report', 'period-status', 'compute-scorecard', 'get-scorecard', 'export-form-06', 'export-report-docx', 'openapi', 'scheduled-aggregate',
  'refresh-scorecards', 'send-reminders',
];
/** What Lambda's stream poller needs, granted on the stream (test/infra/scorecard-refresh.test.ts); the store never sends these. */
const STREAM_ACTIONS = ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator', 'dynamodb:ListStreams'];
const isStreamStatement = (s: Json) => actionsOf(s).every((a) => STREAM_ACTIONS.includes(a));
const isTableStatement = (s: Json) => !isStreamStatement(s) && actionsOf(s).some((a) => a.startsWith('dynamodb:'));

describe('functions', () => {
  it('has one function per handler, no more (besides the one aws-cdk-lib runs to upload the page)', () => {
    template.resourceCountIs('AWS::Lambda::Function', 23);
    expect([...stack.functions.byHandler.keys()].sort()).toEqual([...HANDLERS].sort());
  });

  it.each(HANDLERS)('%s: Node 22 on ARM64, ESM bundle with source maps, Powertools env, JSON logs to a retained log group', (handler) => {
    const fn = resources[fnId(handler)]!.Properties;
    expect(fn.Runtime).toBe('nodejs22.x');
    expect(fn.Architectures).toEqual(['arm64']);
    expect(fn.Handler).toBe('index.handler');
    expect(fn.Environment.Variables).toMatchObject({
      NODE_OPTIONS: '--enable-source-maps',
      POWERTOOLS_SERVICE_NAME: 'tthc-scorecards',
      POWERTOOLS_METRICS_NAMESPACE: 'TthcScorecards',
    });
    expect(fn.LoggingConfig.LogFormat).toBe('JSON');
    const logGroup = resources[fn.LoggingConfig.LogGroup.Ref]!;
    expect(logGroup).toMatchObject({ Type: 'AWS::Logs::LogGroup', DeletionPolicy: 'Retain', Properties: { RetentionInDays: 365 } });
  });

  it('gives the table name and the administrators to every function that touches the table, and neither to openapi', () => {
    for (const handler of HANDLERS.filter((h) => h !== 'openapi')) {
      expect(resources[fnId(handler)]!.Properties.Environment.Variables).toMatchObject({
        TABLE_NAME: { Ref: idOf(stack.data.table.node.defaultChild) },
        // testApp's adminEmails 'admin@tuky.gov.vn, chanhvanphong@tuky.gov.vn', trimmed
        ADMIN_EMAILS: 'admin@tuky.gov.vn,chanhvanphong@tuky.gov.vn',
      });
    }
    const openapi = resources[fnId('openapi')]!.Properties.Environment.Variables;
    expect(openapi.TABLE_NAME).toBeUndefined();
    expect(openapi.ADMIN_EMAILS).toBeUndefined();
  });

  it('gives routes at most the 30 s API Gateway waits, and the scheduled run 5 minutes', () => {
    expect(resources[fnId('me')]!.Properties.Timeout).toBe(10);
    // below the 15 s after which an idempotency claim counts as abandoned
    expect(resources[fnId('submit-report')]!.Properties.Timeout).toBe(10);
    expect(resources[fnId('compute-scorecard')]!.Properties.Timeout).toBe(29);
    // Exports read a year of reports and build a file, as heavy as a compute.
    expect(resources[fnId('export-form-06')]!.Properties).toMatchObject({ Timeout: 29, MemorySize: 1024 });
    expect(resources[fnId('export-report-docx')]!.Properties).toMatchObject({ Timeout: 29, MemorySize: 1024 });
    expect(resources[fnId('scheduled-aggregate')]!.Properties.Timeout).toBe(300);
    // The refresh gets the aggregation's time and memory.
    expect(resources[fnId('refresh-scorecards')]!.Properties).toMatchObject({ Timeout: 300, MemorySize: 1024 });
  });

  it('reserves concurrency for the aggregation and the reminders only (compute 5, each schedule 1), so it never takes what submissions need', () => {
    const reserved = HANDLERS.map((h) => [h, resources[fnId(h)]!.Properties.ReservedConcurrentExecutions]).filter(([, n]) => n !== undefined);
    // 7 in all: an account needs at least 100 + 7 concurrent executions (docs/deploy.md).
    expect(Object.fromEntries(reserved)).toEqual({ 'compute-scorecard': 5, 'scheduled-aggregate': 1, 'send-reminders': 1 });
  });
});

describe('least privilege', () => {
  // getPlan, getMembership, getLatest, getVersion: GetItem; listVersions, latestReportsOfYear,
  // listPlans, membershipsOf (byEmail), scorecard activity: Query.
  const READ = ['dynamodb:GetItem', 'dynamodb:Query'];
  // put-plan: getPlan, putPlan; put-member: getPlan and getMembership (loadPlanFor), putMembership
  // and recordMembershipEvent.
  const WRITE_PLANS = ['dynamodb:GetItem', 'dynamodb:PutItem'];
  // delete-member: loadPlanFor's GetItems, removeMembership's DeleteItem, recordMembershipEvent's PutItem.
  const REMOVE_MEMBERS = ['dynamodb:DeleteItem', 'dynamodb:GetItem', 'dynamodb:PutItem'];
  // change-members: loadPlanFor's GetItems, membersOf's Query, the batched writes, a lone event's PutItem.
  const CHANGE_MEMBERS = ['dynamodb:BatchWriteItem', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query'];
  // submit: GetItem (membership, plan, a replay), BatchGetItem (pointers and key), and the
  // TransactWriteItems' Puts (version, key) and Update (pointer), authorised per action.
  const WRITE_REPORTS = ['dynamodb:BatchGetItem', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem'];
  // review: GetItem (membership, plan, latest), UpdateItem (the latest pointer's status), PutItem
  // (the review record); no query, no batch, no delete.
  const REVIEW = ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem'];
  // membership and plan GetItem, listPlans, a year of reports and the stored inputs Query, a
  // quarter's inputs Put, replaced parts deleted in a BatchWriteItem.
  const AGGREGATE = ['dynamodb:BatchWriteItem', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query'];
  // refresh: a quarter's inputs read (Query), the changed pointers (BatchGetItem), the inputs
  // written on their revision (PutItem), replaced parts removed (BatchWriteItem).
  const REFRESH = ['dynamodb:BatchGetItem', 'dynamodb:BatchWriteItem', 'dynamodb:PutItem', 'dynamodb:Query'];
  const EXPECTED: Record<string, { actions: string[]; indexes: boolean } | null> = {
    me: { actions: READ, indexes: true },
    'list-plans': { actions: READ, indexes: true },
    'get-plan': { actions: READ, indexes: true },
    'get-report': { actions: READ, indexes: true },
    'get-report-version': { actions: READ, indexes: true },
    'period-status': { actions: READ, indexes: true },
    'get-scorecard': { actions: READ, indexes: true },
    'export-form-06': { actions: READ, indexes: true },
    'export-report-docx': { actions: READ, indexes: true },
    'put-plan': { actions: WRITE_PLANS, indexes: false },
    'put-member': { actions: WRITE_PLANS, indexes: false },
    'delete-member': { actions: REMOVE_MEMBERS, indexes: false },
    'change-members': { actions: CHANGE_MEMBERS, indexes: false },
    'list-members': { actions: READ, indexes: true },
    'membership-audit': { actions: READ, indexes: true },
    'submit-report': { actions: WRITE_REPORTS, indexes: false },
    'review-report': { actions: REVIEW, indexes: false },
    'compute-scorecard': { actions: AGGREGATE, indexes: false },
    'scheduled-aggregate': { actions: AGGREGATE, indexes: false },
    'refresh-scorecards': { actions: REFRESH, indexes: false },
    // send-reminders: claims (PutItem, GetItem), sentAt (UpdateItem), plans, members and statuses (Query).
    'send-reminders': { actions: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:UpdateItem'], indexes: false },
    openapi: null,
  };

  // Read routes query byEmail (/v1/me, /v1/plans) and byActivity (a scorecard's `stale`); no writer queries an index.
  it.each(HANDLERS)('%s: exactly its table statement, on the table (and the indexes only where they are queried)', (handler) => {
    const dynamo = statementsOfRole(roleIdOf(handler)).filter(isTableStatement);
    const expected = EXPECTED[handler];
    if (expected === null) {
      expect(dynamo).toEqual([]);
      return;
    }
    expect(dynamo).toHaveLength(1);
    expect(dynamo[0]!.Effect).toBe('Allow');
    expect(actionsOf(dynamo[0]!)).toEqual(expected!.actions);
    const resourcesOf = (list: Json[]) => list.map((r) => JSON.stringify(r)).sort();
    const wanted = expected!.indexes ? [tableArn(), indexArn('byEmail'), indexArn('byActivity')] : [tableArn()];
    expect(resourcesOf([dynamo[0]!.Resource].flat())).toEqual(resourcesOf(wanted));
  });

  it.each(HANDLERS)('%s: besides the table (and the refresh its stream), only writes to its own log group (and the aggregation and refresh to their dead-letter queues)', (handler) => {
    const fn = resources[fnId(handler)]!.Properties;
    const others = statementsOfRole(roleIdOf(handler)).filter((s) => !actionsOf(s).some((a) => a.startsWith('dynamodb:')));
    const expected: Json[] = [
      { Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Resource: { 'Fn::GetAtt': [fn.LoggingConfig.LogGroup.Ref, 'Arn'] } },
    ];
    const deadLetters = { 'scheduled-aggregate': stack.schedules.deadLetterQueue, 'refresh-scorecards': stack.refresh.deadLetterQueue }[handler];
    if (deadLetters) {
      const queue = idOf(deadLetters.node.defaultChild);
      expected.push({ Effect: 'Allow', Action: ['sqs:GetQueueAttributes', 'sqs:GetQueueUrl', 'sqs:SendMessage'], Resource: { 'Fn::GetAtt': [queue, 'Arn'] } });
    }
    expect(others).toEqual(expected);
    const role = resources[roleIdOf(handler)]!.Properties;
    expect(role.ManagedPolicyArns).toBeUndefined();
    expect(role.Policies).toBeUndefined();
  });

  it('grants exactly the DynamoDB commands the store sends, no fewer and no more', () => {
    const storeDir = new URL('../../functions/store/', import.meta.url);
    const sent = new Set(
      readdirSync(storeDir)
        .filter((f) => f.endsWith('.ts'))
        .flatMap((f) => [...readFileSync(new URL(f, storeDir), 'utf8').matchAll(/new (\w+)Command\(/g)].map((m) => `dynamodb:${m[1]}`))
        // IAM has no TransactWriteItems action: it authorises each contained Put/Update/Delete/ConditionCheck.
        .filter((action) => action !== 'dynamodb:TransactWriteItems'),
    );
    const granted = new Set(
      ofType('AWS::IAM::Policy').flatMap(([, p]) => (p.Properties.PolicyDocument.Statement as Json[]).filter(isTableStatement).flatMap(actionsOf)),
    );
    expect([...granted].sort()).toEqual([...sent].sort());
  });

  it('has no wildcard DynamoDB action and no DynamoDB resource beyond the table, its two indexes and (for stream reads) its stream anywhere', () => {
    const statements = ofType('AWS::IAM::Policy').flatMap(([, p]) => p.Properties.PolicyDocument.Statement as Json[]);
    const allowed = [tableArn(), indexArn('byEmail'), indexArn('byActivity')].map((arn) => JSON.stringify(arn));
    const streamArn = JSON.stringify({ 'Fn::GetAtt': [idOf(stack.data.table.node.defaultChild), 'StreamArn'] });
    for (const s of statements) {
      expect(actionsOf(s)).not.toContain('*');
      expect(actionsOf(s)).not.toContain('dynamodb:*');
      if (isStreamStatement(s)) {
        expect([s.Resource].flat().map((r) => JSON.stringify(r))).toEqual([streamArn]);
      } else if (actionsOf(s).some((a) => a.startsWith('dynamodb:'))) {
        for (const r of [s.Resource].flat()) expect(allowed).toContain(JSON.stringify(r));
      }
    }
  });
});

describe('HTTP API', () => {
  const ROUTE_HANDLERS: Record<string, string> = {
    'GET /v1/me': 'me',
    'GET /v1/plans': 'list-plans',
    'GET /v1/plans/{planId}': 'get-plan',
    'PUT /v1/plans/{planId}': 'put-plan',
    'PUT /v1/plans/{planId}/members/{email}': 'put-member',
    'DELETE /v1/plans/{planId}/members/{email}': 'delete-member',
    'GET /v1/plans/{planId}/members': 'list-members',
    'POST /v1/plans/{planId}/members': 'change-members',
    'GET /v1/plans/{planId}/members/audit': 'membership-audit',
    'POST /v1/plans/{planId}/reports': 'submit-report',
    'GET /v1/plans/{planId}/reports/{period}/{unitId}': 'get-report',
    'GET /v1/plans/{planId}/reports/{period}/{unitId}/versions/{version}': 'get-report-version',
    'POST /v1/plans/{planId}/reports/{period}/{unitId}/review': 'review-report',
    'GET /v1/plans/{planId}/periods/{period}/status': 'period-status',
    'POST /v1/plans/{planId}/scorecards/{period}/compute': 'compute-scorecard',
    'GET /v1/plans/{planId}/scorecards/{period}': 'get-scorecard',
    'GET /v1/plans/{planId}/exports/{period}/form-06.xlsx': 'export-form-06',
    'GET /v1/plans/{planId}/exports/{period}/report.docx': 'export-report-docx',
    'GET /openapi.json': 'openapi',
  };

  it('accepts only Google ID tokens minted for the add-in client or the leadership page client', () => {
    template.resourceCountIs('AWS::ApiGatewayV2::Authorizer', 1);
    template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
      JwtConfiguration: {
        Issuer: 'https://accounts.google.com',
        Audience: [TEST_CLIENT_ID, TEST_WEB_CLIENT_ID],
      },
    });
  });

  it('routes each route to its own function; every /v1 route needs the JWT, /openapi.json is open', () => {
    const authorizer = ofType('AWS::ApiGatewayV2::Authorizer')[0]![0];
    const routes = ofType('AWS::ApiGatewayV2::Route').map(([, r]) => r.Properties);
    expect(routes.map((r) => r.RouteKey).sort()).toEqual(Object.keys(ROUTE_HANDLERS).sort());
    for (const route of routes) {
      const integrationId = route.Target['Fn::Join'][1][1].Ref;
      expect(resources[integrationId]!.Properties).toMatchObject({
        IntegrationType: 'AWS_PROXY',
        PayloadFormatVersion: '2.0',
        IntegrationUri: { 'Fn::GetAtt': [fnId(ROUTE_HANDLERS[route.RouteKey]!), 'Arn'] },
      });
      if (route.RouteKey.split(' ')[1].startsWith('/v1/')) {
        expect(route).toMatchObject({ AuthorizationType: 'JWT', AuthorizerId: { Ref: authorizer } });
      } else {
        expect(route.AuthorizationType).toBe('NONE');
        expect(route.AuthorizerId).toBeUndefined();
      }
    }
  });

  it('has one auto-deployed $default stage with JSON access logs to a retained log group, and a small bucket for unmatched requests', () => {
    template.resourceCountIs('AWS::ApiGatewayV2::Stage', 1);
    const stage = ofType('AWS::ApiGatewayV2::Stage')[0]![1].Properties;
    expect(stage).toMatchObject({ StageName: '$default', AutoDeploy: true, DefaultRouteSettings: { ThrottlingRateLimit: 5, ThrottlingBurstLimit: 10 } });
    const logGroup = resources[stage.AccessLogSettings.DestinationArn['Fn::GetAtt'][0]]!;
    expect(logGroup).toMatchObject({ Type: 'AWS::Logs::LogGroup', DeletionPolicy: 'Retain', Properties: { RetentionInDays: 365 } });
    const format = JSON.parse(stage.AccessLogSettings.Format);
    expect(format).toMatchObject({ requestId: '$context.requestId', routeKey: '$context.routeKey', status: '$context.status' });
    expect(stage.AccessLogSettings.Format).not.toMatch(/header|authorization/i);
  });

  it('throttles each route by its own bucket: compute a few per second, submit generously, reads moderately', () => {
    const [stageId, stage] = ofType('AWS::ApiGatewayV2::Stage')[0]!;
    const bucket = (rate: number, burst: number) => ({ ThrottlingRateLimit: rate, ThrottlingBurstLimit: burst });
    const read = bucket(25, 50);
    const manage = bucket(10, 20);
    expect(stage.Properties.RouteSettings).toEqual({
      'GET /v1/me': read,
      'GET /v1/plans': read,
      'GET /v1/plans/{planId}': read,
      'PUT /v1/plans/{planId}': manage,
      'PUT /v1/plans/{planId}/members/{email}': manage,
      'DELETE /v1/plans/{planId}/members/{email}': manage,
      'POST /v1/plans/{planId}/members': manage,
      'GET /v1/plans/{planId}/members': read,
      'GET /v1/plans/{planId}/members/audit': read,
      'POST /v1/plans/{planId}/reports': bucket(50, 100),
      'GET /v1/plans/{planId}/reports/{period}/{unitId}': read,
      'GET /v1/plans/{planId}/reports/{period}/{unitId}/versions/{version}': read,
      'POST /v1/plans/{planId}/reports/{period}/{unitId}/review': manage,
      'GET /v1/plans/{planId}/periods/{period}/status': read,
      'POST /v1/plans/{planId}/scorecards/{period}/compute': bucket(1, 3),
      'GET /v1/plans/{planId}/scorecards/{period}': read,
      // An export reads a year of reports and builds a file: the compute bucket.
      'GET /v1/plans/{planId}/exports/{period}/form-06.xlsx': bucket(1, 3),
      'GET /v1/plans/{planId}/exports/{period}/report.docx': bucket(1, 3),
      'GET /openapi.json': bucket(5, 10),
    });
    // CloudFormation must create every route before a stage that names it ("Unable to find Route by key").
    const routeIds = ofType('AWS::ApiGatewayV2::Route').map(([id]) => id);
    expect(routeIds.filter((id) => !resources[stageId]!.DependsOn?.includes(id))).toEqual([]);
  });
});

describe('schedules', () => {
  const dlqArn = () => ({ 'Fn::GetAtt': [idOf(stack.schedules.deadLetterQueue.node.defaultChild), 'Arn'] });

  it.each([
    ['every day at 01:00', 'cron(0 1 * * ? *)'],
    ['00:15 on 18 March, June, September, December', 'cron(15 0 18 3,6,9,12 ? *)'],
  ])('%s Vietnam time, targets the aggregation with retries and the dead-letter queue', (_, expression) => {
    template.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: expression,
      ScheduleExpressionTimezone: 'Asia/Ho_Chi_Minh',
      State: 'ENABLED',
      FlexibleTimeWindow: { Mode: 'OFF' },
      Target: {
        Arn: { 'Fn::GetAtt': [fnId('scheduled-aggregate'), 'Arn'] },
        RoleArn: { 'Fn::GetAtt': [idOf(stack.schedules.schedulerRole.node.defaultChild), 'Arn'] },
        // 4 retries of a failed delivery, for up to 2 h (7200 s)
        RetryPolicy: { MaximumRetryAttempts: 4, MaximumEventAgeInSeconds: 7200 },
        DeadLetterConfig: { Arn: dlqArn() },
        Input: '{"time":"<aws.scheduler.scheduled-time>"}',
      },
    });
  });

  it('has exactly these two schedules', () => {
    template.resourceCountIs('AWS::Scheduler::Schedule', 2);
  });

  it('retries a failed run twice, then sends it to the same dead-letter queue', () => {
    template.resourceCountIs('AWS::Lambda::EventInvokeConfig', 1);
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { Ref: fnId('scheduled-aggregate') },
      MaximumRetryAttempts: 2,
      DestinationConfig: { OnFailure: { Destination: dlqArn() } },
    });
  });

  it('keeps dead letters 14 days, encrypted, over TLS only', () => {
    template.hasResourceProperties('AWS::SQS::Queue', { SqsManagedSseEnabled: true, MessageRetentionPeriod: 1209600 }); // 14 × 86400 s
    template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]) },
    });
  });

  it('lets Scheduler, for this account only, invoke the aggregation and dead-letter, nothing else', () => {
    const roleId = idOf(stack.schedules.schedulerRole.node.defaultChild);
    expect(resources[roleId]!.Properties.AssumeRolePolicyDocument.Statement).toEqual([
      { Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'scheduler.amazonaws.com' }, Condition: { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } } },
    ]);
    const fnArn = { 'Fn::GetAtt': [fnId('scheduled-aggregate'), 'Arn'] };
    expect(statementsOfRole(roleId)).toEqual([
      { Action: 'lambda:InvokeFunction', Effect: 'Allow', Resource: [fnArn, { 'Fn::Join': ['', [fnArn, ':*']] }] },
      { Action: 'sqs:SendMessage', Effect: 'Allow', Resource: dlqArn() },
    ]);
  });
});

describe('alarms', () => {
  const topic = () => ({ Ref: idOf(stack.alarms.topic.node.defaultChild) });
  const alarms = () => ofType('AWS::CloudWatch::Alarm').map(([, a]) => a.Properties);

  it('alarms on any error of each function, at the first one in 5 minutes', () => {
    for (const handler of HANDLERS) {
      const matching = alarms().filter((a) => a.MetricName === 'Errors' && a.Dimensions?.[0]?.Value?.Ref === fnId(handler));
      expect(matching).toHaveLength(1);
      expect(matching[0]).toMatchObject({
        AlarmName: `Test-${handler}-errors`,
        Namespace: 'AWS/Lambda', Statistic: 'Sum', Period: 300, Threshold: 1, EvaluationPeriods: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold', TreatMissingData: 'notBreaching', AlarmActions: [topic()],
      });
    }
  });

  it('alarms when anything is in the dead-letter queue', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      AlarmName: 'Test-dead-letters',
      Namespace: 'AWS/SQS',
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [idOf(stack.schedules.deadLetterQueue.node.defaultChild), 'QueueName'] } }],
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      AlarmActions: [topic()],
    });
  });

  it('alarms on any 5xx of the API', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      AlarmName: 'Test-api-5xx',
      Namespace: 'AWS/ApiGateway',
      MetricName: '5xx',
      Dimensions: [{ Name: 'ApiId', Value: { Ref: idOf(stack.api.httpApi.node.defaultChild) } }],
      Statistic: 'Sum',
      Threshold: 1,
      AlarmActions: [topic()],
    });
  });

  it('has 27 alarms in all (22 functions, the queue, the API, the refresh\'s iterator age, dead letters and drift), e-mailing the administrators by default', () => {
    expect(alarms()).toHaveLength(27);
    const emails = ofType('AWS::SNS::Subscription').map(([, s]) => s.Properties);
    expect(emails.map((s) => s.Endpoint).sort()).toEqual(['admin@tuky.gov.vn', 'chanhvanphong@tuky.gov.vn']);
    expect(emails.every((s) => s.Protocol === 'email')).toBe(true);
  });
});

describe('outputs', () => {
  it('gives the API URL and the table name', () => {
    template.hasOutput('ApiUrl', {
      Value: { 'Fn::Join': ['', ['https://', { Ref: idOf(stack.api.httpApi.node.defaultChild) }, '.execute-api.', { Ref: 'AWS::Region' }, '.', { Ref: 'AWS::URLSuffix' }, '/']] },
    });
    template.hasOutput('TableName', { Value: { Ref: idOf(stack.data.table.node.defaultChild) } });
  });

  it('synthesizes with no error annotations when the settings are valid', () => {
    expect(Annotations.fromStack(stack).findError('*', Match.anyValue())).toEqual([]);
  });
});

describe('settings from context', () => {
  it('stops synth with a clear error when googleClientId, webClientId or adminEmails is missing or malformed', () => {
    const context = { googleClientId: undefined, webClientId: 'web-client', adminEmails: 'admin@tuky.gov.vn, not-an-email' };
    const bad = new ScorecardsStack(testApp(context), 'Bad', { webDir: testWebDir() });
    let message = '';
    try {
      Template.fromStack(bad);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/context googleClientId must be the add-in's OAuth client id .* got ""/);
    expect(message).toMatch(/context webClientId must be the leadership page's Web OAuth client id .* got "web-client"/);
    expect(message).toMatch(/context adminEmails has an invalid e-mail "not-an-email"/);
  });

  it('refuses the add-in\'s client id as the page\'s: the page needs a Web application client of its own', () => {
    const same = new ScorecardsStack(testApp({ webClientId: TEST_CLIENT_ID }), 'Same', { webDir: testWebDir() });
    expect(() => Template.fromStack(same)).toThrow(/context webClientId must be a Web application client of its own, not the add-in's googleClientId/);
  });

  it('e-mails alarms to alarmEmails instead of the administrators when given', () => {
    const other = Template.fromStack(new ScorecardsStack(testApp({ alarmEmails: 'ops@tuky.gov.vn' }), 'Ops', { webDir: testWebDir() }));
    other.resourceCountIs('AWS::SNS::Subscription', 1);
    other.hasResourceProperties('AWS::SNS::Subscription', { Endpoint: 'ops@tuky.gov.vn', Protocol: 'email' });
  });
});
