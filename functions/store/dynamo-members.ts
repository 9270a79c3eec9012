/**
 * Memberships and their history in DynamoDB. A membership lives in its plan's partition
 * (`MEMBER#email`) and in the byEmail index for `/v1/me`; each change adds a `MEMBEREVENT#` item
 * that is written once and never touched again. Writes answer the item they replaced (ALL_OLD,
 * strongly consistent and part of the write: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_PutItem.html),
 * so the recorded "from" is exactly what the write overwrote, even with two admins at once.
 */
import { randomUUID } from 'node:crypto';
import { DeleteItemCommand, GetItemCommand, PutItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Role } from '../../shared/api/roles.js';
import type { Lang } from '../../shared/words/messages.js';
import { EMAIL_INDEX, keys } from './table.js';
import { S, optStr, str, type Item } from './dynamo-items.js';
import { queryAll } from './dynamo-query.js';
import { batchWriteAll } from './dynamo-batch-write.js';
import type { Grant, Membership, MembershipEvent, MembershipLog, MembershipStore } from '../use-cases/ports/members.port.js';

export class DynamoMembers implements MembershipStore, MembershipLog {
  constructor(private readonly client: DynamoDBClient, private readonly table: string) {}

  async getMembership(planId: string, email: string): Promise<Membership | null> {
    const { Item } = await this.client.send(new GetItemCommand({ TableName: this.table, Key: memberKey(planId, email), ConsistentRead: true }));
    return Item ? toMembership(Item) : null;
  }

  async putMembership(m: Membership): Promise<Membership | null> {
    const { Attributes } = await this.client.send(new PutItemCommand({ TableName: this.table, Item: memberItem(m), ReturnValues: 'ALL_OLD' }));
    return Attributes ? toMembership(Attributes) : null;
  }

  async changeMemberships(planId: string, changes: { put: readonly Membership[]; remove: readonly string[] }): Promise<void> {
    await batchWriteAll(this.client, this.table, [
      ...changes.put.map((m) => ({ PutRequest: { Item: memberItem(m) } })),
      ...changes.remove.map((email) => ({ DeleteRequest: { Key: memberKey(planId, email) } })),
    ]);
  }

  async removeMembership(planId: string, email: string): Promise<Membership | null> {
    const { Attributes } = await this.client.send(new DeleteItemCommand({ TableName: this.table, Key: memberKey(planId, email), ReturnValues: 'ALL_OLD' }));
    return Attributes ? toMembership(Attributes) : null;
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

  async membersOf(planId: string): Promise<Membership[]> {
    return (await this.inPlan(planId, keys.members())).map(toMembership);
  }

  async recordMembershipEvent(e: MembershipEvent): Promise<void> {
    await this.client.send(new PutItemCommand({ TableName: this.table, Item: eventItem(e), ConditionExpression: 'attribute_not_exists(pk)' }));
  }

  /** A batch write takes no condition; each event's key holds a fresh UUID, so none overwrites another. */
  async recordMembershipEvents(events: readonly MembershipEvent[]): Promise<void> {
    await batchWriteAll(this.client, this.table, events.map((e) => ({ PutRequest: { Item: eventItem(e) } })));
  }

  async membershipEvents(planId: string): Promise<MembershipEvent[]> {
    return (await this.inPlan(planId, keys.memberEvents())).map((item) => ({
      planId: str(item, 'planId'),
      email: str(item, 'email'),
      at: str(item, 'at'),
      by: str(item, 'by'),
      action: str(item, 'action') as MembershipEvent['action'],
      from: grantOf(item, 'fromRole', 'fromUnitId'),
      to: grantOf(item, 'toRole', 'toUnitId'),
    }));
  }

  /** Every item of the plan's partition under a prefix, in key order, as of now. */
  private inPlan(planId: string, prefix: string): Promise<Item[]> {
    return queryAll(this.client, {
      TableName: this.table,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': S(keys.plan(planId)), ':prefix': S(prefix) },
      ConsistentRead: true,
    });
  }
}

const memberKey = (planId: string, email: string): Item => ({ pk: S(keys.plan(planId)), sk: S(keys.member(email)) });

function memberItem(m: Membership): Item {
  return {
    ...memberKey(m.planId, m.email),
    [EMAIL_INDEX.partitionKey]: S(keys.email(m.email)),
    [EMAIL_INDEX.sortKey]: S(keys.plan(m.planId)),
    planId: S(m.planId),
    email: S(m.email),
    ...grantAttributes(m),
    ...(m.lang ? { lang: S(m.lang) } : {}),
  };
}

function eventItem(e: MembershipEvent): Item {
  return {
    pk: S(keys.plan(e.planId)),
    sk: S(keys.memberEvent(e.at, randomUUID())),
    planId: S(e.planId),
    email: S(e.email),
    at: S(e.at),
    by: S(e.by),
    action: S(e.action),
    ...(e.from ? grantAttributes(e.from, 'fromRole', 'fromUnitId') : {}),
    ...(e.to ? grantAttributes(e.to, 'toRole', 'toUnitId') : {}),
  };
}

/** A grant's attributes: `role`/`unitId` on a membership, `fromRole`/`fromUnitId` (or `to…`) on an event. */
function grantAttributes(grant: Grant, role = 'role', unitId = 'unitId'): Item {
  return { [role]: S(grant.role), ...(grant.unitId ? { [unitId]: S(grant.unitId) } : {}) };
}

function grantOf(item: Item, role = 'role', unitId = 'unitId'): Grant | null {
  const roleValue = optStr(item, role);
  const unitValue = optStr(item, unitId);
  return roleValue ? { role: roleValue as Role, ...(unitValue ? { unitId: unitValue } : {}) } : null;
}

function toMembership(item: Item): Membership {
  const grant = grantOf(item);
  if (!grant) throw new TypeError('a membership item without a role');
  const lang = optStr(item, 'lang') as Lang | undefined;
  return { planId: str(item, 'planId'), email: str(item, 'email'), ...grant, ...(lang ? { lang } : {}) };
}
