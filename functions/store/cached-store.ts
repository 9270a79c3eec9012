/**
 * Keeps plans and memberships in memory for a short while. Nearly every request reads both, and
 * they change a few times a year, so each submit saves two store round trips. A change made
 * through this instance is seen at once; one made elsewhere (another Lambda container) within
 * `ttlMs`, which bounds how long a revoked membership still works.
 */
import type { Membership } from '../use-cases/ports/members.port.js';
import type { StoredPlan } from '../use-cases/ports/plans.port.js';
import type { Store } from '../use-cases/ports/store.port.js';

export const DEFAULT_CACHE_TTL_MS = 30_000;

export function withCache(store: Store, ttlMs = DEFAULT_CACHE_TTL_MS, clock: () => number = Date.now): Store {
  const plans = new TtlCache<StoredPlan | null>(ttlMs, clock);
  const members = new TtlCache<Membership | null>(ttlMs, clock);
  return {
    ...store,
    getPlan: (planId) => plans.get(planId, () => store.getPlan(planId)),
    async putPlan(plan, by, at) {
      await store.putPlan(plan, by, at);
      plans.delete(plan.id);
    },
    getMembership: (planId, email) => members.get(memberKey(planId, email), () => store.getMembership(planId, email)),
    async putMembership(m) {
      const previous = await store.putMembership(m);
      members.delete(memberKey(m.planId, m.email));
      return previous;
    },
    async changeMemberships(planId, changes) {
      await store.changeMemberships(planId, changes);
      for (const email of [...changes.put.map((m) => m.email), ...changes.remove]) members.delete(memberKey(planId, email));
    },
    // Dropped after the store's delete, so no read that started earlier can put it back.
    async removeMembership(planId, email) {
      const removed = await store.removeMembership(planId, email);
      members.delete(memberKey(planId, email));
      return removed;
    },
  };
}

const memberKey = (planId: string, email: string) => `${planId}\n${email}`;

class TtlCache<V> {
  private readonly entries = new Map<string, { value: Promise<V>; expires: number }>();
  constructor(private readonly ttlMs: number, private readonly clock: () => number) {}

  get(key: string, load: () => Promise<V>): Promise<V> {
    const now = this.clock();
    const hit = this.entries.get(key);
    if (hit && hit.expires > now) return hit.value;
    // Concurrent misses share one load; a failed load is not cached.
    const value = load();
    this.entries.set(key, { value, expires: now + this.ttlMs });
    value.catch(() => this.entries.delete(key));
    if (this.entries.size > 10_000) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }

  delete(key: string): void {
    this.entries.delete(key);
  }
}
