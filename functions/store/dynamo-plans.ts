/**
 * Plans and memberships in DynamoDB. A plan is stored gzip-compressed: a province-sized plan
 * (thousands of units) would pass DynamoDB's 400 KB item limit as plain JSON.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { GetItemCommand, PutItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Plan } from '../../shared/plan.js';
import type { Role } from '../../shared/api.js';
import { EMAIL_INDEX, keys } from './table.js';
import { B, S, bytes, optStr, str, type Item } from './dynamo-items.js';
import { queryAll } from './dynamo-query.js';
import type { Membership, StoredPlan } from './store.port.js';

export class DynamoPlans {
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

  async getMembership(planId: string, email: string): Promise<Membership | null> {
    const { Item } = await this.client.send(
      new GetItemCommand({ TableName: this.table, Key: { pk: S(keys.plan(planId)), sk: S(keys.member(email)) }, ConsistentRead: true }),
    );
    return Item ? toMembership(Item) : null;
  }

  async putMembership(m: Membership): Promise<void> {
    const item: Item = {
      pk: S(keys.plan(m.planId)),
      sk: S(keys.member(m.email)),
      [EMAIL_INDEX.partitionKey]: S(keys.email(m.email)),
      [EMAIL_INDEX.sortKey]: S(keys.plan(m.planId)),
      planId: S(m.planId),
      email: S(m.email),
      role: S(m.role),
    };
    if (m.unitId) item.unitId = S(m.unitId);
    await this.client.send(new PutItemCommand({ TableName: this.table, Item: item }));
  }

  async membershipsOf(email: string): Promise<Membership[]> {
    const items = await queryAll(this.client, {
      TableName: this.table,
      IndexName: EMAIL_INDEX.name,
      KeyConditionExpression: `${EMAIL_INDEX.partitionKey} = :pk`,
      ExpressionAttributeValues: { ':pk': S(keys.email(email)) },
    });
    return items.map(toMembership);
  }
}

function toStoredPlan(item: Item): StoredPlan {
  return { plan: JSON.parse(gunzipSync(bytes(item, 'definition')).toString('utf8')) as Plan, updatedAt: str(item, 'updatedAt'), updatedBy: str(item, 'updatedBy') };
}

function toMembership(item: Item): Membership {
  const unitId = optStr(item, 'unitId');
  return { planId: str(item, 'planId'), email: str(item, 'email'), role: str(item, 'role') as Role, ...(unitId ? { unitId } : {}) };
}
