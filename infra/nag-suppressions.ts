/**
 * Every cdk-nag (AwsSolutions) finding we accept, in one place, each with the reason a reviewer
 * signed off on. Each one is acknowledged on the narrowest construct that carries it.
 * test/infra/nag.test.ts checks that none is left unused.
 */
import { Validations, type CfnElement } from 'aws-cdk-lib';
import { SCHEDULED_HANDLER } from '../functions/routes.js';
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

  Validations.of(stack.schedules.deadLetterQueue).acknowledge({
    id: 'AwsSolutions-SQS3',
    reason:
      'This queue is itself the dead-letter queue (of both schedules and of the aggregation function\'s asynchronous runs). ' +
      'A dead-letter queue behind it would move failed events one step away from the alarm that watches this queue.',
  });

  const aggregate = stack.functions.get(SCHEDULED_HANDLER.handler);
  const aggregateId = stack.getLogicalId(aggregate.node.defaultChild as CfnElement);
  Validations.of(stack.schedules.schedulerRole).acknowledge({
    id: `AwsSolutions-IAM5[Resource::<${aggregateId}.Arn>:*]`,
    reason:
      'Written by the LambdaInvoke schedule target: lambda:InvokeFunction on the aggregation function and its qualifiers (versions, aliases). ' +
      'The wildcard only spans qualifiers of that one function; no other function or resource matches it.',
  });
}
