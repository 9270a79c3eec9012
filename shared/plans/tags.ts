/**
 * The tags and field group that KPIs read (DESIGN §4). Apart from the plan's schema, so that
 * code which only asks "is this unit tagged?" (the engine, the add-in's layout) carries no zod.
 */

/** The unit runs a one-stop reception office. Other tags are allowed and carried along. */
export const TAG_ONE_STOP_OFFICE = 'one-stop-office';
/** The unit issues certified copies. */
export const TAG_CERTIFICATION = 'certification';
/** The field group for land, construction and investment (the `_lci` KPIs). */
export const GROUP_LCI = 'lci';

export function hasTag(unit: { tags?: readonly string[] | undefined }, tag: string): boolean {
  return unit.tags?.includes(tag) ?? false;
}
