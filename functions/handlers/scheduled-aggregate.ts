/** The EventBridge Scheduler target: recompute the scorecards that the calendar says are live. */
import type { Context, ScheduledEvent } from 'aws-lambda';
import { getDeps } from '../runtime/deps.js';
import { logger, logInvocation } from '../runtime/logger.js';
import { publishMetrics } from '../runtime/metrics.js';
import { runScheduledAggregation } from '../use-cases/scheduled-aggregation.js';

export async function handler(event: Partial<ScheduledEvent>, context: Context): Promise<{ computed: string[] }> {
  logInvocation(context);
  const deps = getDeps();
  // Scheduler passes its own time; a retried invocation recomputes the same periods.
  const now = event.time ? new Date(event.time) : deps.now();
  try {
    const result = await runScheduledAggregation(deps.store, now);
    logger.info('scheduled aggregation', { computed: result.computed });
    return { computed: result.computed };
  } finally {
    publishMetrics();
  }
}
