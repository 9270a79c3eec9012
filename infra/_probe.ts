import { App } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { readFileSync } from 'node:fs';
import { ScorecardsStack } from './scorecards-stack.js';
const ctx = JSON.parse(readFileSync('/work/main/cdk.json', 'utf8')).context;
const app = new App({ context: { ...ctx, 'aws:cdk:bundling-stacks': [], googleClientId: '1-a.apps.googleusercontent.com', adminEmails: 'a@b.vn' } });
const stack = new ScorecardsStack(app, 'S');
const r = new AwsSolutionsChecks(app, {verbose:false}).validateScope(stack);
for (const v of r.violations) console.log(v.severity, v.ruleName, v.description.slice(0,100), '\n   ', v.violatingResources.map(x => x.constructPath).join('\n    '));
