/**
 * The aggregator meets a corrupt stored item: data that is not JSON, data whose bytes no longer
 * match the digest written with them, and an item missing its attributes. It skips each, names it
 * in the scorecard's `problems`, and still computes the rest from the sound reports.
 */
import { PutItemCommand, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDynamoClient } from '../../functions/runtime/deps.js';
import { keys } from '../../functions/store/table.js';
import { ADMIN_EMAIL, seedPlan, startApiStack, type ApiStack } from '../helpers/api-stack.js';
import { PLAN_ID, Q1, UNIT, planDefinition, reportA, reportB, reportD } from '../helpers/fixtures.js';

let s: ApiStack;
let admin: string;

beforeAll(async () => {
  s = await startApiStack();
  admin = await seedPlan(s, planDefinition());
  for (const [unitId, data] of [[UNIT.a, reportA()], [UNIT.b, reportB()], [UNIT.d, reportD()]] as const) {
    const res = await s.api('POST', `/v1/plans/${PLAN_ID}/reports`, { token: admin, body: { unitId, period: Q1, data } });
    expect(res.status, res.text).toBe(201);
  }
});

afterAll(() => s?.close());

describe('a corrupt item in the store', () => {
  it('is skipped and named, and the rest of the scorecard is computed', async () => {
    const client = createDynamoClient(s.stack.storeEndpoint);
    const table = s.stack.tableName;
    const pointer = (unitId: string) => ({ pk: { S: keys.plan(PLAN_ID) }, sk: { S: keys.latest(Q1, unitId) } });
    // a: its bytes changed after they were validated (the digest no longer matches).
    await client.send(new UpdateItemCommand({ TableName: table, Key: pointer(UNIT.a), UpdateExpression: 'SET #d = :d', ExpressionAttributeNames: { '#d': 'data' }, ExpressionAttributeValues: { ':d': { S: JSON.stringify({ ...reportA(), procedures: { total: -5, oneStop: 999 } }) } } }));
    // b: not JSON at all.
    await client.send(new UpdateItemCommand({ TableName: table, Key: pointer(UNIT.b), UpdateExpression: 'SET #d = :d', ExpressionAttributeNames: { '#d': 'data' }, ExpressionAttributeValues: { ':d': { S: '{"dossiers": [' } } }));
    // c: a pointer with nothing but its keys.
    await client.send(new PutItemCommand({ TableName: table, Item: pointer(UNIT.c) }));
    client.destroy();

    const res = await s.api('POST', `/v1/plans/${PLAN_ID}/scorecards/${Q1}/compute`, { token: admin });
    expect(res.status, res.text).toBe(200);
    const problems = res.body.problems as { code: string; unitId: string; period: string }[];
    expect(problems.map((p) => [p.code, p.unitId, p.period]).sort()).toEqual([
      ['corrupt_item', UNIT.a, Q1],
      ['corrupt_item', UNIT.b, Q1],
      ['corrupt_item', UNIT.c, Q1],
    ]);
    // Only phong-d's report is sound: on_time_resolution = (20+20) ÷ (20+20+10) = 40/50.
    const onTime = res.body.district.kpis.find((k: { id: string }) => k.id === 'on_time_resolution');
    expect([onTime.numerator, onTime.denominator]).toEqual([40, 50]);
    expect(res.body.completeness.submitted).toBe(1);
    expect(res.body.units.find((u: { unitId: string }) => u.unitId === UNIT.d).submitted).toBe(true);

    const stored = await s.api('GET', `/v1/plans/${PLAN_ID}/scorecards/${Q1}`, { token: await s.token(ADMIN_EMAIL) });
    expect(stored.body.problems).toHaveLength(3);
  });
});
