/**
 * The idempotency key of a submission (DESIGN §3): made before the request, kept in document
 * properties until the server answers, so that a retry after a timeout sends the same key and
 * the server stores nothing new. It is tied to the unit, the period and a hash of the data: a
 * retry with the same data reuses it, changed data gets a new one.
 */
import type { DocState } from './doc-state.js';

interface PendingSubmission {
  key: string;
  hash: string;
  since: string;
}

function pendingKey(unitId: string, period: string): string {
  return `pending:${unitId}:${period}`;
}

/** FNV-1a: a short fingerprint of the data; collisions only cost a wasted key, never a lost report. */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** The key to send: the pending one if it is for this very data, else a new one, stored first. */
export function idempotencyKeyFor(state: DocState, unitId: string, period: string, data: unknown, now: Date): string {
  const hash = fingerprint(JSON.stringify(data));
  const pending = state.json<PendingSubmission>(pendingKey(unitId, period));
  if (pending && pending.hash === hash) return pending.key;
  const key = `addon-${hash}-${now.getTime().toString(36)}${Math.floor(Math.random() * 36 ** 6).toString(36)}`;
  state.setJson(pendingKey(unitId, period), { key, hash, since: now.toISOString() } satisfies PendingSubmission);
  return key;
}

/** The server answered (accepted or refused): the key has done its job. */
export function settle(state: DocState, unitId: string, period: string): void {
  state.delete(pendingKey(unitId, period));
}
