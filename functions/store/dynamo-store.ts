/**
 * The DynamoDB implementation of the storage port (use-cases/ports/): one table, seven
 * collaborators, and store faults answered as AppError `unavailable` (store-faults.ts).
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoMembers } from './dynamo-members.js';
import { DynamoPlans } from './dynamo-plans.js';
import { DynamoReports } from './dynamo-reports.js';
import { DynamoReviews } from './dynamo-reviews.js';
import { DynamoReminders } from './dynamo-reminders.js';
import { DynamoLatestReports } from './dynamo-latest-reports.js';
import { DynamoQuarterInputs } from './dynamo-quarter-inputs.js';
import type { Store } from '../use-cases/ports/store.port.js';
import { withStoreFaults } from './store-faults.js';

export function createDynamoStore(client: DynamoDBClient, tableName: string): Store {
  const plans = new DynamoPlans(client, tableName);
  const members = new DynamoMembers(client, tableName);
  const reports = new DynamoReports(client, tableName);
  const reviews = new DynamoReviews(client, tableName, (key) => reports.getLatest(key));
  const latestReports = new DynamoLatestReports(client, tableName);
  const inputs = new DynamoQuarterInputs(client, tableName);
  const reminders = new DynamoReminders(client, tableName);
  return withStoreFaults({
    getPlan: (id) => plans.getPlan(id),
    putPlan: (plan, by, at) => plans.putPlan(plan, by, at),
    listPlans: () => plans.listPlans(),
    getMembership: (planId, email) => members.getMembership(planId, email),
    putMembership: (m) => members.putMembership(m),
    removeMembership: (planId, email) => members.removeMembership(planId, email),
    membershipsOf: (email) => members.membershipsOf(email),
    membersOf: (planId) => members.membersOf(planId),
    changeMemberships: (planId, changes) => members.changeMemberships(planId, changes),
    recordMembershipEvent: (event) => members.recordMembershipEvent(event),
    recordMembershipEvents: (events) => members.recordMembershipEvents(events),
    membershipEvents: (planId) => members.membershipEvents(planId),
    appendVersion: (input) => reports.appendVersion(input),
    getLatest: (key) => reports.getLatest(key),
    getVersion: (key, n) => reports.getVersion(key, n),
    listVersions: (key) => reports.listVersions(key),
    review: (key, review) => reviews.review(key, review),
    latestReportsOfYear: (planId, year) => latestReports.latestReportsOfYear(planId, year),
    latestReportsOfQuarter: (planId, quarter) => latestReports.latestReportsOfQuarter(planId, quarter),
    latestReportsOfUnits: (planId, quarter, unitIds) => latestReports.latestReportsOfUnits(planId, quarter, unitIds),
    latestStatuses: (planId, quarters) => reports.latestStatuses(planId, quarters),
    quarterInputs: (planId, quarter) => inputs.quarterInputs(planId, quarter),
    inputsOfYear: (planId, year, lastQuarter) => inputs.inputsOfYear(planId, year, lastQuarter),
    inputRevisions: (planId, year) => inputs.inputRevisions(planId, year),
    putQuarterInputs: (planId, quarterInputs, seen, at) => inputs.putQuarterInputs(planId, quarterInputs, seen, at),
    activityAfter: (planId, quarter, since) => inputs.activityAfter(planId, quarter, since),
    claimReminder: (key, at) => reminders.claimReminder(key, at),
    markReminderSent: (key, sentAt) => reminders.markReminderSent(key, sentAt),
    lastReminders: (planId, quarters) => reminders.lastReminders(planId, quarters),
  });
}
