/**
 * What each access level of the route table (functions/routes.ts) may do to the table, read off
 * the DynamoDB calls in functions/store/. Exact actions, never `dynamodb:*`; the byEmail index
 * only for the level whose handlers query it (/v1/me and /v1/plans list memberships by email).
 */
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import type { TableAccess } from '../../functions/routes.js';
import { EMAIL_INDEX } from '../../functions/store/table.js';

interface LevelGrant {
  actions: readonly string[];
  queriesEmailIndex: boolean;
}

const GRANTS: Record<Exclude<TableAccess, 'none'>, LevelGrant> = {
  read: { actions: ['GetItem', 'Query'], queriesEmailIndex: true },
  // DeleteItem only gives back an idempotency claim when a locked report stored nothing.
  'write-reports': { actions: ['GetItem', 'Query', 'PutItem', 'UpdateItem', 'DeleteItem'], queriesEmailIndex: false },
  'write-plans': { actions: ['GetItem', 'Query', 'PutItem'], queriesEmailIndex: false },
  // DeleteItem removes the parts of a replaced scorecard; GetItem checks the caller's membership.
  aggregate: { actions: ['GetItem', 'Query', 'PutItem', 'DeleteItem'], queriesEmailIndex: false },
};

/** The one statement a function of this level gets on the table, or none. */
export function tableStatement(access: TableAccess, table: ITableV2): PolicyStatement | undefined {
  if (access === 'none') return undefined;
  const grant = GRANTS[access];
  return new PolicyStatement({
    actions: grant.actions.map((action) => `dynamodb:${action}`),
    resources: [table.tableArn, ...(grant.queriesEmailIndex ? [`${table.tableArn}/index/${EMAIL_INDEX.name}`] : [])],
  });
}
