/**
 * What each access level of the route table (functions/routes.ts) may do to the table, read off
 * the DynamoDB commands its handlers' use cases send (functions/store/). Exact actions, never
 * `dynamodb:*`; an index only for the level whose handlers query it. A store change that sends
 * a new command changes this too (test/infra/stack.test.ts compares the two).
 */
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import type { TableAccess } from '../../functions/routes.js';
import { ACTIVITY_INDEX, EMAIL_INDEX } from '../../functions/store/table.js';

interface LevelGrant {
  actions: readonly string[];
  /** The indexes its handlers query. */
  indexes: readonly string[];
}

const GRANTS: Record<Exclude<TableAccess, 'none'>, LevelGrant> = {
  // byEmail: /v1/me and /v1/plans list the caller's memberships; byActivity: a scorecard's `stale`.
  read: { actions: ['GetItem', 'Query'], indexes: [EMAIL_INDEX.name, ACTIVITY_INDEX.name] },
  // submit-report: GetItem (membership, plan, a replayed version), BatchGetItem (this and last
  // quarter's pointer and the idempotency key at once), and one TransactWriteItems, which IAM
  // authorises per contained action: PutItem (version, key) and UpdateItem (pointer).
  // https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/transaction-apis-iam.html
  'write-reports': { actions: ['BatchGetItem', 'GetItem', 'PutItem', 'UpdateItem'], indexes: [] },
  // review-report: GetItem (membership, plan, latest), UpdateItem (status on the latest pointer),
  // PutItem (the review's record).
  review: { actions: ['GetItem', 'UpdateItem', 'PutItem'], indexes: [] },
  // put-member's PutItem also writes the membership event; ALL_OLD needs no extra action.
  'write-plans': { actions: ['GetItem', 'PutItem'], indexes: [] },
  // delete-member: DeleteItem (ALL_OLD) removes the membership, PutItem records the removal.
  'remove-members': { actions: ['GetItem', 'PutItem', 'DeleteItem'], indexes: [] },
  // change-members: GetItem (membership, plan), Query (the plan's members), BatchWriteItem (grants,
  // removals and their events, 25 at a time); PutItem when a request makes a single change's event.
  'change-members': { actions: ['GetItem', 'Query', 'BatchWriteItem', 'PutItem'], indexes: [] },
  // GetItem checks the caller's membership; Query reads the reports and the stored inputs;
  // PutItem writes a quarter's inputs; BatchWriteItem deletes the parts of replaced ones.
  aggregate: { actions: ['GetItem', 'Query', 'PutItem', 'BatchWriteItem'], indexes: [] },
  // refresh-scorecards: Query (a quarter's inputs, head and parts), BatchGetItem (the changed
  // pointers, 100 a call), PutItem (parts, then the head on its revision), BatchWriteItem (deletes
  // the parts the new head replaced).
  refresh: { actions: ['Query', 'BatchGetItem', 'PutItem', 'BatchWriteItem'], indexes: [] },
  // send-reminders: Query (plans, members, latest statuses), PutItem (a claim, a unit's last
  // reminder), GetItem (a claim that was already taken), UpdateItem (the claim's sentAt).
  remind: { actions: ['GetItem', 'Query', 'PutItem', 'UpdateItem'], indexes: [] },
};

/** The one statement a function of this level gets on the table, or none. */
export function tableStatement(access: TableAccess, table: ITableV2): PolicyStatement | undefined {
  if (access === 'none') return undefined;
  const grant = GRANTS[access];
  return new PolicyStatement({
    actions: grant.actions.map((action) => `dynamodb:${action}`),
    resources: [table.tableArn, ...grant.indexes.map((name) => `${table.tableArn}/index/${name}`)],
  });
}
