/** The EventBridge Scheduler target: check the live quarters' scorecard inputs against a full recompute, and repair a drift. */
import type { Context, ScheduledEvent } from 'aws-lambda';
import { getDeps } from '../runtime/deps.js';
import { logger, logInvocation } from '../runtime/logger.js';
import { publishMetrics } from '../runtime/metrics.js';
import { runScheduledAggregation } from '../use-cases/scheduled-aggregation.js';

export async function handler(event: Partial<ScheduledEvent>, context: Context): Promise<{ checked: string[]; repaired: string[] }> {
  logInvocation(context);
  const deps = getDeps();
  // Scheduler passes its own time; a retried invocation checks the same quarters.
  const now = event.time ? new Date(event.time) : deps.now();
  try {
    const result = await runScheduledAggregation(deps.store, now);
    logger.info('scheduled drift check', { checked: result.checked, repaired: result.repaired });
    return { checked: result.checked, repaired: result.repaired };
  } finally {
    publishMetrics();
  }
}
