/**
 * The scorecard refresh as shipped: the bundle `npm run synth` wrote into cdk.out for the target
 * of the template's stream mapping, run as Lambda runs it (test/helpers/shipped-stack.ts), invoked
 * with DynamoDB Streams events of the table's view type (KEYS_ONLY) whose keys are those of real
 * latest pointers, written into dynalite by the shipped submit function. Record shape:
 * https://docs.aws.amazon.com/lambda/latest/dg/with-ddb.html (example event) and
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_StreamRecord.html.
 */
import { PutItemCommand } from '@aws-sdk/client-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDynamoClient } from '../../functions/runtime/deps.js';
import { keys } from '../../functions/store/table.js';
import { PLAN_ID, Q1, UNIT, planDefinition, reportA } from '../helpers/fixtures.js';
import { startShippedStack, type ShippedFunction, type ShippedStack } from '../helpers/shipped-stack.js';
import { REPORTER } from './happy-paths.js';

const Q2 = '2024-Q2';
const TABLE = 'TthcScorecards-DataTable';
const ROUTE = {
  putPlan: 'PUT /v1/plans/{planId}',
  putMember: 'PUT /v1/plans/{planId}/members/{email}',
  submit: 'POST /v1/plans/{planId}/reports',
  scorecard: 'GET /v1/plans/{planId}/scorecards/{period}',
};

let shipped: ShippedStack;
let refresh: ShippedFunction;
let sequence = 0;

/** One stream record as Lambda receives it from a KEYS_ONLY stream: keys, no images. */
function streamRecord(pk: string, sk: string): DynamoDBRecord {
  sequence += 1;
  const SequenceNumber = String(sequence).padStart(21, '1');
  return {
    eventID: `c4ca4238a0b923820dcc509a6f75849${sequence}`,
    eventName: 'MODIFY',
    eventVersion: '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: 'ap-southeast-1',
    eventSourceARN: `arn:aws:dynamodb:ap-southeast-1:123456789012:table/${TABLE}/stream/2026-12-01T00:00:00.000`,
    dynamodb: {
      ApproximateCreationDateTime: Math.floor(Date.now() / 1000),
      Keys: { pk: { S: pk }, sk: { S: sk } },
      SequenceNumber,
      SizeBytes: pk.length + sk.length + 4,
      StreamViewType: 'KEYS_ONLY',
    },
  };
}
const pointerRecord = (period: string, unitId: string) => streamRecord(keys.plan(PLAN_ID), keys.latest(period, unitId));

async function submit(period: string, idempotencyKey: string): Promise<void> {
  const body = JSON.stringify({ unitId: UNIT.a, period, data: reportA(), idempotencyKey });
  const { answer } = await shipped.call({ routeKey: ROUTE.submit, params: { planId: PLAN_ID }, as: REPORTER, body });
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
}

const scorecard = (period: string) => shipped.call({ routeKey: ROUTE.scorecard, params: { planId: PLAN_ID, period }, as: REPORTER }).then((c) => c.answer);
const unitA = (body: any) => body.units.find((u: { unitId: string }) => u.unitId === UNIT.a);

beforeAll(async () => {
  // Synthesizing (when cdk.out is older than the sources) takes most of this; minutes on a busy machine.
  shipped = await startShippedStack(Object.values(ROUTE));
  const mappings = shipped.assembly.streamMappings();
  expect(mappings).toHaveLength(1);
  refresh = shipped.functions.get(mappings[0]!.logicalId)!;
  const admin = shipped.admin;
  expect((await shipped.call({ routeKey: ROUTE.putPlan, params: { planId: PLAN_ID }, as: admin, body: JSON.stringify(planDefinition()) })).answer.status).toBe(201);
  const member = JSON.stringify({ role: 'reporter', unitId: UNIT.a });
  expect((await shipped.call({ routeKey: ROUTE.putMember, params: { planId: PLAN_ID, email: REPORTER }, as: admin, body: member })).answer.status).toBe(200);
}, 600_000);

afterAll(async () => {
  await shipped?.close();
});

describe('the shipped refresh, invoked with stream events', () => {
  it('puts a submitted report into its quarter\'s and its year\'s scorecards, with no compute call', async () => {
    await submit(Q1, 'shipped-refresh-q1');
    // Nothing has refreshed yet: no inputs are stored for the year.
    expect((await scorecard(Q1)).status).toBe(404);

    const run = await refresh.runtime.invoke({ Records: [pointerRecord(Q1, UNIT.a)] });
    expect(run.error).toBeUndefined();
    expect(run.result).toEqual({ batchItemFailures: [] });

    const quarter = await scorecard(Q1);
    expect(quarter.status).toBe(200);
    expect(unitA(quarter.body)).toMatchObject({ submitted: true });
    // 1 of the plan's 4 units has reported.
    expect(quarter.body.completeness).toMatchObject({ expected: 4, submitted: 1 });
    // The year adds the quarters' flows, and only Q1 has any: xa-a's online 40+20 = 60 of received 100+50 = 150.
    for (const period of [Q1, '2024-Y']) {
      const answer = await scorecard(period);
      expect(answer.status, period).toBe(200);
      expect(unitA(answer.body).kpis.find((k: { id: string }) => k.id === 'online_submission'), period).toMatchObject({ numerator: 60, denominator: 150 });
    }
  });

  it('ignores records of items other than latest pointers: no store request at all', async () => {
    const before = refresh.store.stats.requests;
    const others = [
      streamRecord(keys.report(PLAN_ID, Q1, UNIT.a), keys.version(1)),
      streamRecord(keys.plan(PLAN_ID), keys.quarterInputs(Q1)),
      streamRecord(keys.plans(), keys.plan(PLAN_ID)),
    ];
    const run = await refresh.runtime.invoke({ Records: others });
    expect(run.result).toEqual({ batchItemFailures: [] });
    expect(refresh.store.stats.requests).toBe(before);
  });

  it('answers the records of a group that failed in batchItemFailures, and refreshes the other group', async () => {
    await submit(Q2, 'shipped-refresh-q2');
    // Q2's stored inputs name a part that is not there (a torn write): reading them fails.
    const client = createDynamoClient(refresh.store.endpoint);
    await client.send(new PutItemCommand({
      TableName: TABLE,
      Item: { pk: { S: keys.plan(PLAN_ID) }, sk: { S: keys.quarterInputs(Q2) }, revision: { N: '1' }, updatedAt: { S: '2024-06-01T00:00:00Z' }, generation: { S: 'lost' }, parts: { N: '1' } },
    }));
    client.destroy();

    const q2 = pointerRecord(Q2, UNIT.a);
    const q1 = pointerRecord(Q1, UNIT.a);
    const run = await refresh.runtime.invoke({ Records: [q2, q1] });
    expect(run.result).toEqual({ batchItemFailures: [{ itemIdentifier: q2.dynamodb!.SequenceNumber }] });
    expect(unitA((await scorecard(Q1)).body)).toMatchObject({ submitted: true });
    const failure = refresh.runtime.logLines().find((l) => l.message === 'scorecard refresh failed');
    expect(failure).toMatchObject({ level: 'ERROR', planId: PLAN_ID, quarter: Q2, function_request_id: run.awsRequestId });
  });

  it('sends only DynamoDB commands its role allows', () => {
    const sent = [...new Set(refresh.store.stats.commands)];
    expect(sent.filter((c) => !refresh.deployed.tableActions.includes(c))).toEqual([]);
  });
});
