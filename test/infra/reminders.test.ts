/**
 * The reminder mails in the stack (infra/constructs/reminders.ts), synthesized with and without
 * an SES identity: the daily schedule in Vietnam's time, its own dead-letter queue and alarm, and
 * `ses:SendEmail` on the named identity only. Expected values are written out here.
 */
import type { CfnElement } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import { suppressReviewedFindings } from '../../infra/nag-suppressions.js';
import { ScorecardsStack } from '../../infra/scorecards-stack.js';
import { testApp, testWebDir } from './synth-app.js';

type Json = Record<string, any>;
const IDENTITY = 'nhac-viec@tuky.gov.vn';

let stack: ScorecardsStack;
let template: Template;
let resources: Record<string, Json>;

beforeAll(() => {
  stack = new ScorecardsStack(testApp({ sesIdentity: IDENTITY }), 'Test', { webDir: testWebDir() });
  template = Template.fromStack(stack);
  resources = template.toJSON().Resources;
});

const idOf = (element: unknown) => stack.getLogicalId(element as CfnElement);
const sendId = () => idOf(stack.functions.get('send-reminders').node.defaultChild);
const dlqArn = () => ({ 'Fn::GetAtt': [idOf(stack.reminders!.deadLetterQueue.node.defaultChild), 'Arn'] });
const statementsOf = (roleId: string): Json[] =>
  Object.values(resources)
    .filter((r) => r.Type === 'AWS::IAM::Policy' && r.Properties.Roles.some((role: Json) => role.Ref === roleId))
    .flatMap((p) => p.Properties.PolicyDocument.Statement);

describe('reminder mails, with sesIdentity set', () => {
  it('runs every day at 07:00 Vietnam time with the scheduled time, retried, then dead-lettered', () => {
    template.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'cron(0 7 * * ? *)',
      ScheduleExpressionTimezone: 'Asia/Ho_Chi_Minh',
      Target: {
        Arn: { 'Fn::GetAtt': [sendId(), 'Arn'] },
        RetryPolicy: { MaximumRetryAttempts: 4, MaximumEventAgeInSeconds: 7200 },
        DeadLetterConfig: { Arn: dlqArn() },
        Input: '{"time":"<aws.scheduler.scheduled-time>"}',
      },
    });
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { Ref: sendId() },
      MaximumRetryAttempts: 2,
      DestinationConfig: { OnFailure: { Destination: dlqArn() } },
    });
  });

  it('alarms when anything is in its dead-letter queue', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      AlarmName: 'Test-reminder-dead-letters',
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [idOf(stack.reminders!.deadLetterQueue.node.defaultChild), 'QueueName'] } }],
      Threshold: 1,
      AlarmActions: [{ Ref: idOf(stack.alarms.topic.node.defaultChild) }],
    });
  });

  it('may send mail from the named identity only, and touch the table as the reminder log needs', () => {
    const fn = resources[sendId()]!.Properties;
    expect(fn.Environment.Variables).toMatchObject({ SES_FROM: IDENTITY, TABLE_NAME: { Ref: idOf(stack.data.table.node.defaultChild) } });
    expect(fn.Environment.Variables.PAGE_URL).toBeDefined();
    expect(fn.ReservedConcurrentExecutions).toBe(1);
    const statements = statementsOf(fn.Role['Fn::GetAtt'][0]);
    const ses = statements.filter((s) => [s.Action].flat().some((a: string) => a.startsWith('ses:')));
    expect(ses).toEqual([{
      Effect: 'Allow',
      Action: 'ses:SendEmail',
      Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':ses:', { Ref: 'AWS::Region' }, ':', { Ref: 'AWS::AccountId' }, `:identity/${IDENTITY}`]] },
    }]);
    const table = statements.filter((s) => [s.Action].flat().some((a: string) => a.startsWith('dynamodb:')));
    expect([table[0]!.Action].flat().sort()).toEqual(['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:UpdateItem']);
    // No other function may send mail.
    const sesAnywhere = Object.values(resources)
      .filter((r) => r.Type === 'AWS::IAM::Policy')
      .flatMap((p) => p.Properties.PolicyDocument.Statement as Json[])
      .filter((s) => [s.Action].flat().some((a: string) => a.startsWith('ses:')));
    expect(sesAnywhere).toHaveLength(1);
  });

  it('passes cdk-nag with the reviewed suppressions', () => {
    suppressReviewedFindings(stack);
    const report = new AwsSolutionsChecks().validateScope(stack);
    const left = report.violations.flatMap((v) => v.violatingResources.map((r) => `${v.ruleName} ${r.constructPath}`));
    expect(left).toEqual([]);
  });
});

describe('reminder mails, without sesIdentity', () => {
  it('schedules nothing, grants no SES right, and says at synth that reminders are off', () => {
    const off = new ScorecardsStack(testApp(), 'Off', { webDir: testWebDir() });
    expect(off.reminders).toBeNull();
    const offTemplate = Template.fromStack(off);
    const json = JSON.stringify(offTemplate.toJSON());
    expect(json).not.toContain('ses:SendEmail');
    expect(json).not.toContain('cron(0 7 * * ? *)');
    Annotations.fromStack(off).hasInfo('*', Match.stringLikeRegexp('sesIdentity is not set: reminder mails are off'));
  });

  it('refuses an identity that is neither an address nor a domain', () => {
    const bad = new ScorecardsStack(testApp({ sesIdentity: 'not an identity' }), 'Bad', { webDir: testWebDir() });
    expect(() => Template.fromStack(bad)).toThrow(/context sesIdentity must be a verified SES e-mail address or domain, got "not an identity"/);
  });
});
