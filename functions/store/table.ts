/**
 * The one table's key schema, shared by the local stack (CreateTable on dynalite) and the CDK
 * stack (TableV2), so the two cannot drift apart.
 */
export const TABLE_KEYS = { partitionKey: 'pk', sortKey: 'sk' } as const;
export const EMAIL_INDEX = { name: 'byEmail', partitionKey: 'gsi1pk', sortKey: 'gsi1sk', projection: 'ALL' } as const;
/**
 * Latest pointers by plan-quarter and time of their last submission or review: "is there
 * activity after this scorecard was computed?" is one Query with Limit 1, and a submission pays
 * no extra write for it.
 */
export const ACTIVITY_INDEX = { name: 'byActivity', partitionKey: 'gsi2pk', sortKey: 'gsi2sk', projection: 'KEYS_ONLY' } as const;
export const TABLE_INDEXES = [EMAIL_INDEX, ACTIVITY_INDEX] as const;

/** Item keys. Everything of one plan lives in `PLAN#id`, so a year of latest reports is one Query. */
export const keys = {
  plans: () => 'PLANS',
  plan: (planId: string) => `PLAN#${planId}`,
  member: (email: string) => `MEMBER#${email}`,
  members: () => 'MEMBER#',
  // Time first, so a plan's events Query in order; the id keeps two events of one instant apart.
  memberEvent: (at: string, id: string) => `MEMBEREVENT#${at}#${id}`,
  memberEvents: () => 'MEMBEREVENT#',
  email: (email: string) => `EMAIL#${email}`,
  /** Every latest pointer begins so: the stream filter (stream-filter.ts) keeps only these changes. */
  pointers: () => 'LATEST#',
  latest: (period: string, unitId: string) => `LATEST#${period}#${unitId}`,
  latestOfYear: (year: number) => `LATEST#${year}-`,
  latestOfQuarter: (quarter: string) => `LATEST#${quarter}#`,
  activity: (planId: string, quarter: string) => `ACTIVITY#${planId}#${quarter}`,
  // A quarter's scorecard inputs; its parts sort right after it, so one Query reads head and parts.
  quarterInputs: (quarter: string) => `INPUTS#${quarter}`,
  quarterInputsPart: (quarter: string, generation: string, index: number) => `INPUTS#${quarter}#${generation}#${String(index).padStart(3, '0')}`,
  quarterInputsOfYear: (year: number) => `INPUTS#${year}-`,
  report: (planId: string, period: string, unitId: string) => `REPORT#${planId}#${period}#${unitId}`,
  version: (n: number) => `V#${String(n).padStart(6, '0')}`,
  versions: () => 'V#',
  idempotency: (key: string) => `IDEM#${key}`,
  review: (at: string, version: number) => `REVIEW#${at}#${version}`,
  // A reminder's claim (one per recipient and day), and a unit's last reminder in a quarter.
  reminderClaim: (day: string, unitId: string | null) => (unitId === null ? `REMINDER#${day}#OFFICE` : `REMINDER#${day}#UNIT#${unitId}`),
  lastReminded: (quarter: string, unitId: string) => `REMINDED#${quarter}#${unitId}`,
  lastRemindedOfQuarter: (quarter: string) => `REMINDED#${quarter}#`,
};
