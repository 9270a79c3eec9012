/// <reference types="google-apps-script" />
/**
 * The scope a reader looks at the scorecard in: the whole plan, or one of its groups (the
 * `group:<id>` filter, DESIGN §10). The group's scorecard is cut from the scorecard already
 * fetched, so a scope costs no API call. The choice is kept per reader (by email) in the document
 * properties the operation has already read: user properties would cost two more document calls
 * on every scorecard sheet, which has no room for them in its budget (docs/addon.md).
 */
import { withCharts } from '../../../shared/charts/charts.js';
import { filterChoices, groupFilter, groupOfFilter, scorecardForGroup } from '../../../shared/engine/scorecard-filter.js';
import type { GroupScorecard, Scorecard } from '../../../shared/engine/scorecard-model.js';
import type { Lang } from '../../../shared/words/messages.js';
import { pageText } from '../../../shared/words/page-words.js';
import type { AddonContext } from '../context.js';

/** `filter` is `group:<id>`, or '' for the whole plan. */
export interface ScopeChoice {
  filter: string;
  name: string;
}

export interface ScopedScorecard {
  card: Scorecard;
  /** The chosen group; null for the whole plan. */
  group: GroupScorecard | null;
  filter: string;
  /** The whole plan first, then each group of the scorecard. */
  choices: ScopeChoice[];
}

const SCOPE_KEY = 'scorecard-scope:';

/** One group's scorecard, with its own charts; an unknown group (a choice kept from another period) gives the whole plan. */
export function scopedScorecard(stored: Scorecard, filter: string | null, lang: Lang): ScopedScorecard {
  // A scorecard stored before plans had groups has no `groups` at all.
  const card = stored.groups ? stored : { ...stored, groups: [] };
  const choices = [{ filter: '', name: pageText(lang, 'wholePlan') }, ...filterChoices(card)];
  const groupId = groupOfFilter(filter);
  const figures = groupId === null ? null : scorecardForGroup(card, groupId);
  const group = card.groups.find((g) => g.groupId === groupId);
  if (!figures || !group) return { card, group: null, filter: '', choices };
  return { card: withCharts(figures, lang), group, filter: groupFilter(group.groupId), choices };
}

export function storedScope(ctx: Pick<AddonContext, 'state'>): string | null {
  return ctx.state.json<string>(scopeKey());
}

/** Written only when it changed (DocState), so looking again costs no call. */
export function rememberScope(ctx: Pick<AddonContext, 'state'>, filter: string): void {
  ctx.state.setJson(scopeKey(), filter);
}

function scopeKey(): string {
  return `${SCOPE_KEY}${Session.getActiveUser().getEmail()}`;
}
