/**
 * The one table's key schema, shared by the local stack (CreateTable on dynalite) and the CDK
 * stack (TableV2), so the two cannot drift apart.
 */
export const TABLE_KEYS = { partitionKey: 'pk', sortKey: 'sk' } as const;
export const EMAIL_INDEX = { name: 'byEmail', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' } as const;

/** Item keys. Everything of one plan lives in `PLAN#id`, so a year of latest reports is one Query. */
export const keys = {
  plans: () => 'PLANS',
  plan: (planId: string) => `PLAN#${planId}`,
  member: (email: string) => `MEMBER#${email}`,
  email: (email: string) => `EMAIL#${email}`,
  latest: (period: string, unitId: string) => `LATEST#${period}#${unitId}`,
  latestOfYear: (year: number) => `LATEST#${year}-`,
  activity: (quarter: string) => `ACTIVITY#${quarter}`,
  activityOfYear: (year: number) => `ACTIVITY#${year}-`,
  scorecard: (period: string) => `SCORECARD#${period}`,
  scorecardPart: (period: string, generation: string, index: number) => `SCPART#${period}#${generation}#${String(index).padStart(3, '0')}`,
  scorecardParts: (period: string, generation: string) => `SCPART#${period}#${generation}#`,
  report: (planId: string, period: string, unitId: string) => `REPORT#${planId}#${period}#${unitId}`,
  version: (n: number) => `V#${String(n).padStart(6, '0')}`,
  versions: () => 'V#',
  idempotency: (key: string) => `IDEM#${key}`,
  review: (at: string, version: number) => `REVIEW#${at}#${version}`,
};
