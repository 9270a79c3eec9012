/** The app's one stack, checked by cdk-nag's AwsSolutions rules with our reviewed suppressions. */
import { Validations, type App } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { suppressReviewedFindings } from './nag-suppressions.js';
import { ScorecardsStack } from './scorecards-stack.js';

export const STACK_NAME = 'TthcScorecards';

/** `webDir`: the built leadership page (web/build.ts). */
export function buildApp(app: App, webDir: string): ScorecardsStack {
  const stack = new ScorecardsStack(app, STACK_NAME, { description: 'TTHC one-stop KPI scorecards (HTTP API, Lambda, DynamoDB, leadership page)', webDir });
  suppressReviewedFindings(stack);
  // An unsuppressed error fails `cdk synth` and `cdk deploy`.
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
  return stack;
}
