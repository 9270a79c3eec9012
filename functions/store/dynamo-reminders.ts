/**
 * The reminder log in DynamoDB, in the plan's partition: `REMINDER#day#…` claims, taken with a
 * conditional put so that two runs of one day cannot both take one, and `REMINDED#quarter#unit`
 * items holding a unit's last reminder time, read by the period status with one Query a quarter.
 */
import { GetItemCommand, PutItemCommand, UpdateItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { ClaimOutcome, ReminderKey, ReminderLog } from '../use-cases/ports/reminders.port.js';
import { S, isConditionFailure, optStr, str, type Item } from './dynamo-items.js';
import { queryAll } from './dynamo-query.js';
import { keys } from './table.js';

export class DynamoReminders implements ReminderLog {
  constructor(private readonly client: DynamoDBClient, private readonly table: string) {}

  async claimReminder(key: ReminderKey, at: string): Promise<ClaimOutcome> {
    const Key = claimKey(key);
    try {
      await this.client.send(new PutItemCommand({
        TableName: this.table,
        Item: { ...Key, quarter: S(key.quarter), claimedAt: S(at) },
        ConditionExpression: 'attribute_not_exists(pk)',
      }));
      return 'claimed';
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
    const { Item } = await this.client.send(new GetItemCommand({ TableName: this.table, Key, ConsistentRead: true }));
    return Item && optStr(Item, 'sentAt') ? 'sent' : 'unsent';
  }

  async markReminderSent(key: ReminderKey, sentAt: string): Promise<void> {
    await this.client.send(new UpdateItemCommand({
      TableName: this.table,
      Key: claimKey(key),
      UpdateExpression: 'SET sentAt = :at',
      ExpressionAttributeValues: { ':at': S(sentAt) },
    }));
    if (key.unitId === null) return;
    await this.client.send(new PutItemCommand({
      TableName: this.table,
      Item: { pk: S(keys.plan(key.planId)), sk: S(keys.lastReminded(key.quarter, key.unitId)), unitId: S(key.unitId), lastRemindedAt: S(sentAt) },
    }));
  }

  async lastReminders(planId: string, quarters: readonly string[]): Promise<Map<string, string>> {
    const pages = await Promise.all(quarters.map((quarter) => queryAll(this.client, {
      TableName: this.table,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': S(keys.plan(planId)), ':prefix': S(keys.lastRemindedOfQuarter(quarter)) },
    })));
    const last = new Map<string, string>();
    for (const item of pages.flat()) {
      const unitId = str(item, 'unitId');
      const at = str(item, 'lastRemindedAt');
      if ((last.get(unitId) ?? '') < at) last.set(unitId, at);
    }
    return last;
  }
}

function claimKey(key: ReminderKey): Item {
  return { pk: S(keys.plan(key.planId)), sk: S(keys.reminderClaim(key.day, key.unitId)) };
}
