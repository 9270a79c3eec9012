/**
 * Plans in DynamoDB (memberships are in dynamo-members.ts). A plan is stored gzip-compressed: a
 * province-sized plan (thousands of units) would pass DynamoDB's 400 KB item limit as plain JSON.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { GetItemCommand, PutItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Plan } from '../../shared/plans/plan.js';
import { keys } from './table.js';
import { B, S, bytes, str, type Item } from './dynamo-items.js';
import { queryAll } from './dynamo-query.js';
import type { PlanStore, StoredPlan } from '../use-cases/ports/plans.port.js';

export class DynamoPlans implements PlanStore {
  constructor(private readonly client: DynamoDBClient, private readonly table: string) {}

  async getPlan(planId: string): Promise<StoredPlan | null> {
    const { Item } = await this.client.send(
      new GetItemCommand({ TableName: this.table, Key: { pk: S(keys.plans()), sk: S(keys.plan(planId)) }, ConsistentRead: true }),
    );
    return Item ? toStoredPlan(Item) : null;
  }

  async putPlan(plan: Plan, by: string, at: string): Promise<void> {
    await this.client.send(
      new PutItemCommand({
        TableName: this.table,
        Item: { pk: S(keys.plans()), sk: S(keys.plan(plan.id)), definition: B(gzipSync(JSON.stringify(plan))), updatedAt: S(at), updatedBy: S(by) },
      }),
    );
  }

  async listPlans(): Promise<StoredPlan[]> {
    const items = await queryAll(this.client, {
      TableName: this.table,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': S(keys.plans()) },
    });
    return items.map(toStoredPlan);
  }
}

function toStoredPlan(item: Item): StoredPlan {
  return { plan: JSON.parse(gunzipSync(bytes(item, 'definition')).toString('utf8')) as Plan, updatedAt: str(item, 'updatedAt'), updatedBy: str(item, 'updatedBy') };
}
