/**
 * The scheduled run: for every plan, recompute the current quarter, the quarter that just closed,
 * and the derived periods that contain either. One plan's failure is logged and the rest go on;
 * the run still fails at the end, so the schedule's retry and dead-letter queue see it.
 */
import { planPeriods, previousQuarterId, quarterAt, type Period } from '../../shared/calendar.js';
import type { Plan } from '../../shared/plans/plan.js';
import type { PlanStore } from './ports/plans.port.js';
import type { ReportStore } from './ports/reports.port.js';
import type { ScorecardStore } from './ports/scorecards.port.js';
import { logger } from '../runtime/logger.js';
import { aggregate } from './aggregate.js';

function periodsToRecompute(plan: Plan, now: Date): Period[] {
  const current = quarterAt(now, plan.timezone);
  const quarters = new Set([current, previousQuarterId(current)]);
  return planPeriods(plan).filter((p) => p.quarters.some((q) => quarters.has(q)));
}

export async function runScheduledAggregation(store: PlanStore & ReportStore & ScorecardStore, now: Date): Promise<{ computed: string[]; failed: string[] }> {
  const computed: string[] = [];
  const failed: string[] = [];
  for (const { plan } of await store.listPlans()) {
    for (const period of periodsToRecompute(plan, now)) {
      try {
        await aggregate(store, plan, period, now);
        computed.push(`${plan.id}/${period.id}`);
      } catch (error) {
        logger.error('aggregation failed', { planId: plan.id, period: period.id, error: error as Error });
        failed.push(`${plan.id}/${period.id}`);
      }
    }
  }
  if (failed.length) throw new Error(`aggregation failed for ${failed.join(', ')}`);
  return { computed, failed };
}
