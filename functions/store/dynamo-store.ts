/**
 * The DynamoDB implementation of the storage port (use-cases/ports/): one table, five
 * collaborators, and store faults answered as AppError `unavailable` (store-faults.ts).
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoMembers } from './dynamo-members.js';
import { DynamoPlans } from './dynamo-plans.js';
import { DynamoReports } from './dynamo-reports.js';
import { DynamoReviews } from './dynamo-reviews.js';
import { DynamoScorecards } from './dynamo-scorecards.js';
import type { Store } from '../use-cases/ports/store.port.js';
import { withStoreFaults } from './store-faults.js';

export function createDynamoStore(client: DynamoDBClient, tableName: string): Store {
  const plans = new DynamoPlans(client, tableName);
  const members = new DynamoMembers(client, tableName);
  const reports = new DynamoReports(client, tableName);
  const reviews = new DynamoReviews(client, tableName, (key) => reports.getLatest(key));
  const scorecards = new DynamoScorecards(client, tableName);
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
    latestReportsOfYear: (planId, year) => scorecards.latestReportsOfYear(planId, year),
    latestStatuses: (planId, quarters) => reports.latestStatuses(planId, quarters),
    putScorecard: (sc) => scorecards.putScorecard(sc),
    getScorecard: (planId, period, quarters) => scorecards.getScorecard(planId, period, quarters),
  });
}
