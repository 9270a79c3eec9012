/**
 * Every cdk-nag (AwsSolutions) finding we accept, in one place, each with the reason a reviewer
 * signed off on. Each one is acknowledged on the narrowest construct that carries it.
 * test/infra/nag.test.ts checks that none is left unused.
 */
import { Validations, type CfnElement } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { REMINDERS_HANDLER, SCHEDULED_HANDLER } from '../functions/routes.js';
import type { ScorecardsStack } from './scorecards-stack.js';

export function suppressReviewedFindings(stack: ScorecardsStack): void {
  Validations.of(stack.functions).acknowledge({
    id: 'AwsSolutions-L1',
    reason:
      'Node.js 22 is pinned on purpose: it is a Lambda-supported LTS runtime and the bundles are built for it (BUNDLING.target node22). ' +
      'Moving to a newer runtime changes the runtime and the bundle target together, as one tested change, never implicitly.',
  });

  for (const route of stack.api.publicRoutes) {
    Validations.of(route).acknowledge({
      id: 'AwsSolutions-APIG4',
      reason:
        'GET /openapi.json is public by design (DESIGN §3: "anyone"): it is the published API contract and holds no data. ' +
        'Its function has no table access and no permission beyond its own log group; every /v1 route has the Google JWT authorizer.',
    });
  }

  Validations.of(stack.refresh.deadLetterQueue).acknowledge({
    id: 'AwsSolutions-SQS3',
    reason:
      'This queue is itself the dead-letter queue of the scorecard refresh\'s stream mapping: it holds where the records it gave up on are, and an alarm watches it. ' +
      'A dead-letter queue behind it would move those records one step away from that alarm.',
  });

  suppressScheduleFindings(stack, stack.schedules, SCHEDULED_HANDLER.handler, 'the aggregation');
  if (stack.reminders) suppressScheduleFindings(stack, stack.reminders, REMINDERS_HANDLER.handler, 'the reminder mails');
  suppressPageFindings(stack);
}

/** A scheduled function's two findings (schedules.ts, reminders.ts): the same for each, for the same reasons. */
function suppressScheduleFindings(stack: ScorecardsStack, schedule: { deadLetterQueue: IConstruct; schedulerRole: IConstruct }, handler: string, what: string): void {
  Validations.of(schedule.deadLetterQueue).acknowledge({
    id: 'AwsSolutions-SQS3',
    reason:
      `This queue is itself the dead-letter queue (of the schedules of ${what} and of its function's asynchronous runs). ` +
      'A dead-letter queue behind it would move failed events one step away from the alarm that watches this queue.',
  });
  const fn = stack.functions.get(handler);
  const fnId = stack.getLogicalId(fn.node.defaultChild as CfnElement);
  Validations.of(schedule.schedulerRole).acknowledge({
    id: `AwsSolutions-IAM5[Resource::<${fnId}.Arn>:*]`,
    reason:
      `Written by the LambdaInvoke schedule target: lambda:InvokeFunction on the function of ${what} and its qualifiers (versions, aliases). ` +
      'The wildcard only spans qualifiers of that one function; no other function or resource matches it.',
  });
}

/** The leadership page: its distribution, and the function aws-cdk-lib runs at deploy time to upload it. */
function suppressPageFindings(stack: ScorecardsStack): void {
  acknowledgeEach(stack.site.distribution, {
    'AwsSolutions-CFR1':
      'No geo restriction: officials open the page wherever they are, on work trips abroad too. ' +
      'The page itself is public static code; every figure comes from the API, which needs a Google ID token of a plan member.',
    'AwsSolutions-CFR2':
      'No WAF: the distribution serves only static files from a private bucket, with no forms and no data. ' +
      'A WAF for CloudFront must live in us-east-1 (a second stack) and costs at least USD 5 a month plus its rules, as much as the rest of a district deployment; the API the page calls is throttled per route.',
    'AwsSolutions-CFR4':
      "The page is served on its *.cloudfront.net name, whose certificate is CloudFront's own: then CloudFront, not the stack, sets the viewer TLS policy. " +
      'Choosing TLSv1.2_2021 needs a domain and an ACM certificate of your own (docs/deploy.md, step 2b), which the stack does not assume.',
  });

  const uploader: IConstruct = stack.content.page.handlerRole.node.scope!;
  const pagesId = stack.getLogicalId(stack.site.bucket.node.defaultChild as CfnElement);
  const wildcard = (what: string) => `${what} This policy belongs to aws-cdk-lib's BucketDeployment function, which runs only during a deploy and serves no request.`;
  const readAssets = wildcard('It reads the uploaded page (one zip) from the CDK assets bucket, with the read actions aws-cdk-lib grants on that bucket.');
  const writePages = wildcard("It writes the page into the page bucket and deletes files a new build no longer has (prune), on that bucket's objects only.");
  acknowledgeEach(uploader, {
    'AwsSolutions-L1':
      "This is aws-cdk-lib's BucketDeployment function, which copies the built page into the bucket during a deploy and never serves a request. " +
      'Its runtime is chosen and updated by aws-cdk-lib together with the code it runs (the AWS CLI layer); upgrading aws-cdk-lib moves it.',
    'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]':
      'The BucketDeployment function of aws-cdk-lib writes its own logs through the AWS managed basic execution policy. ' +
      'That policy allows only CloudWatch Logs writes; the function runs during deploys only, and its S3 and CloudFront rights are in its own inline policy.',
    'AwsSolutions-IAM5[Action::s3:GetBucket*]': readAssets,
    'AwsSolutions-IAM5[Action::s3:GetObject*]': readAssets,
    'AwsSolutions-IAM5[Action::s3:List*]': readAssets,
    'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-<AWS::Region>/*]': readAssets,
    'AwsSolutions-IAM5[Action::s3:Abort*]': writePages,
    'AwsSolutions-IAM5[Action::s3:DeleteObject*]': writePages,
    [`AwsSolutions-IAM5[Resource::<${pagesId}.Arn>/*]`]: writePages,
    'AwsSolutions-IAM5[Resource::*]': wildcard("It clears CloudFront's cache after an upload (cloudfront:CreateInvalidation, GetInvalidation), granted by aws-cdk-lib on any distribution."),
  });
}

function acknowledgeEach(scope: IConstruct, reasons: Record<string, string>): void {
  for (const [id, reason] of Object.entries(reasons)) Validations.of(scope).acknowledge({ id, reason });
}
