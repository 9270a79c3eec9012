/** What the use cases need to read and write plans. */
import type { Plan } from '../../../shared/plans/plan.js';

export interface StoredPlan {
  plan: Plan;
  updatedAt: string;
  updatedBy: string;
}

export interface PlanStore {
  getPlan(planId: string): Promise<StoredPlan | null>;
  putPlan(plan: Plan, by: string, at: string): Promise<void>;
  listPlans(): Promise<StoredPlan[]>;
}
