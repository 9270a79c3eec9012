/**
 * cdk-nag (AwsSolutions): the app synthesizes with zero unsuppressed errors, and every
 * suppression is needed, explained, and acknowledged where its finding is.
 */
import { Validations } from 'aws-cdk-lib';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { AwsSolutionsChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../infra/build-app.js';
import { suppressReviewedFindings } from '../../infra/nag-suppressions.js';
import { ScorecardsStack } from '../../infra/scorecards-stack.js';
import { testApp, testWebDir } from './synth-app.js';

interface Finding {
  rule: string;
  severity: string;
  path: string;
}

function findings(stack: ScorecardsStack): Finding[] {
  const report = new AwsSolutionsChecks().validateScope(stack);
  return report.violations.flatMap((v) => v.violatingResources.map((r) => ({ rule: v.ruleName, severity: v.severity ?? 'error', path: r.constructPath ?? '' })));
}

interface Acknowledgment {
  rule: string;
  reason: string;
  path: string;
}

function acknowledgments(stack: ScorecardsStack): Acknowledgment[] {
  return stack.node.findAll().flatMap((c) =>
    c.node.metadata
      .filter((m) => m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((m) => Object.entries(m.data as Record<string, string>).map(([id, reason]) => ({ rule: id.replace(/^annotation::/i, ''), reason, path: c.node.path }))),
  );
}

let before: Finding[];
let after: Finding[];
let acks: Acknowledgment[];

beforeAll(() => {
  const stack = new ScorecardsStack(testApp(), 'Nag', { webDir: testWebDir() });
  before = findings(stack);
  suppressReviewedFindings(stack);
  after = findings(stack);
  acks = acknowledgments(stack);
});

describe('cdk-nag AwsSolutions', () => {
  it('leaves no unsuppressed error', () => {
    expect(after.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('leaves no unsuppressed warning either', () => {
    expect(after).toEqual([]);
  });

  it('suppresses only findings that exist, each under the construct that acknowledges it', () => {
    expect(acks.length).toBeGreaterThan(0);
    for (const ack of acks) {
      const matched = before.filter((f) => f.rule === ack.rule && f.path.startsWith(`${ack.path}/`));
      expect(matched, `unused suppression ${ack.rule} at ${ack.path}`).not.toEqual([]);
    }
  });

  it('gives every suppression a reason of at least two sentences', () => {
    for (const ack of acks) {
      expect(ack.reason.split(/[.:;] /).length, `${ack.rule}: ${ack.reason}`).toBeGreaterThanOrEqual(2);
      expect(ack.reason.length).toBeGreaterThan(120);
    }
  });

  it('is checked on every synth of the app: it passes as built, and fails on a new finding', () => {
    const app = testApp();
    buildApp(app, testWebDir());
    expect(() => app.synth()).not.toThrow();

    const broken = testApp();
    const stack = buildApp(broken, testWebDir());
    new Queue(stack, 'PlainQueue', { encryption: QueueEncryption.UNENCRYPTED });
    expect(() => broken.synth()).toThrow(/AwsSolutions-SQS4/);
  });

  it('lists the suppressions for the record', () => {
    console.table(acks.map((a) => ({ rule: a.rule, at: a.path.replace(/^Nag\//, ''), reason: a.reason })));
    const rules = [...new Set(acks.map((a) => a.rule.replace(/\[.*\]$/, '')))].sort();
    // CFR*: the page's distribution; IAM4, IAM5 and one L1: the function aws-cdk-lib runs to upload the page.
    expect(rules).toEqual(['AwsSolutions-APIG4', 'AwsSolutions-CFR1', 'AwsSolutions-CFR2', 'AwsSolutions-CFR4', 'AwsSolutions-IAM4', 'AwsSolutions-IAM5', 'AwsSolutions-L1', 'AwsSolutions-SQS3']);
  });
});
