/** The last computed scorecard of a period (DESIGN §6), in the reader's language. */
import type { Scorecard } from '../../../shared/engine/scorecard-model.js';
import { requirePeriod, type AddonContext } from '../context.js';
import { AddonError } from '../errors.js';

export function fetchScorecard(ctx: AddonContext, period: string): Scorecard {
  requirePeriod(ctx, period);
  try {
    return ctx.api.call('getScorecard', { planId: ctx.settings.planId, period });
  } catch (error) {
    if (error instanceof AddonError && error.status === 404) throw AddonError.of('no_scorecard', ctx.lang, { period });
    throw error;
  }
}
