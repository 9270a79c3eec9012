/**
 * The rules of a plan's lineage (DESIGN §4, §10): an old unit `mergedInto` a new one, and a new
 * unit formed from whole or part of earlier ones (`predecessors`, each with a share). Both are
 * edges from an earlier unit to a later one; every problem names the path that breaks the rule.
 */
import type { RawProblem } from '../words/problems.js';

/** The fields of a unit that lineage reads (a plan's `Unit` fits it). */
export interface LineageUnit {
  id: string;
  validFrom?: string | undefined;
  validTo?: string | undefined;
  mergedInto?: string | undefined;
  predecessors?: readonly { id: string; share: number }[] | undefined;
}

/** Shares add up in floating point: 0.7 + 0.2 + 0.1 is 1.0000000000000002, which is whole. */
const SHARE_TOLERANCE = 1e-9;

export function lineageProblems(units: readonly LineageUnit[]): RawProblem[] {
  // The first unit of each id; a second one is already a duplicate_id problem.
  const indexOf = new Map<string, number>();
  units.forEach((u, i) => {
    if (!indexOf.has(u.id)) indexOf.set(u.id, i);
  });
  const problems: RawProblem[] = [];
  units.forEach((unit, i) => {
    problems.push(...mergedIntoProblems(units, indexOf, unit, i), ...predecessorProblems(units, indexOf, unit, i));
  });
  return [...problems, ...shareProblems(units, indexOf), ...cycleProblems(units, indexOf)];
}

function mergedIntoProblems(units: readonly LineageUnit[], indexOf: ReadonlyMap<string, number>, unit: LineageUnit, i: number): RawProblem[] {
  const target = unit.mergedInto;
  if (target === undefined) return [];
  const problems: RawProblem[] = [];
  const successor = units[indexOf.get(target) ?? -1];
  if (target === unit.id) problems.push({ path: ['units', i, 'mergedInto'], code: 'merged_into_self' });
  else if (!successor) problems.push({ path: ['units', i, 'mergedInto'], code: 'unknown_unit', params: { id: target } });
  // A plan that lists the successor's predecessors must list this unit among them; older plans
  // that use mergedInto alone stay valid.
  else if (successor.predecessors && !successor.predecessors.some((p) => p.id === unit.id)) {
    problems.push({ path: ['units', i, 'mergedInto'], code: 'merged_into_not_successor', params: { id: target, value: unit.id } });
  }
  if (unit.validTo === undefined) problems.push({ path: ['units', i, 'validTo'], code: 'merged_without_end' });
  return problems;
}

function predecessorProblems(units: readonly LineageUnit[], indexOf: ReadonlyMap<string, number>, unit: LineageUnit, i: number): RawProblem[] {
  const list = unit.predecessors ?? [];
  if (list.length === 0) return [];
  const problems: RawProblem[] = [];
  const from = unit.validFrom;
  if (from === undefined) problems.push({ path: ['units', i, 'validFrom'], code: 'successor_without_start' });
  const listed = new Set<string>();
  list.forEach(({ id }, j) => {
    const path = ['units', i, 'predecessors', j, 'id'];
    const predecessor = units[indexOf.get(id) ?? -1];
    if (id === unit.id) problems.push({ path, code: 'predecessor_is_self' });
    else if (listed.has(id)) problems.push({ path, code: 'duplicate_id', params: { id } });
    else if (!predecessor) problems.push({ path, code: 'unknown_unit', params: { id } });
    else if (from !== undefined && predecessor.validTo === undefined) problems.push({ path, code: 'predecessor_without_end', params: { id, from } });
    // ISO dates compare as strings.
    else if (from !== undefined && predecessor.validTo! >= from) {
      problems.push({ path, code: 'predecessor_ends_late', params: { id, to: predecessor.validTo!, from } });
    }
    listed.add(id);
  });
  return problems;
}

/**
 * One predecessor's shares over all its successors add up to at most the whole of it. The problem
 * is told once, at the last share of that predecessor, with the total.
 */
function shareProblems(units: readonly LineageUnit[], indexOf: ReadonlyMap<string, number>): RawProblem[] {
  const totals = new Map<string, { total: number; last: (string | number)[] }>();
  units.forEach((unit, i) => {
    const seen = new Set<string>();
    (unit.predecessors ?? []).forEach(({ id, share }, j) => {
      // Unknown, self and repeated entries have their own problems.
      if (id === unit.id || seen.has(id) || !indexOf.has(id)) return;
      seen.add(id);
      const sum = totals.get(id) ?? { total: 0, last: [] };
      totals.set(id, { total: sum.total + share, last: ['units', i, 'predecessors', j, 'share'] });
    });
  });
  return [...totals]
    .filter(([, { total }]) => total > 1 + SHARE_TOLERANCE)
    .map(([id, { total, last }]) => ({ path: last, code: 'shares_over_one', params: { id, value: Math.round(total * 1e6) / 1e6 } }));
}

/**
 * Lineage runs forward in time, so it has no cycle. Edges go from an earlier unit to a later one
 * (X → Y for `X.mergedInto = Y` and for Y listing X as a predecessor); each cycle is told once, at
 * the edge that closes it. Depth-first without recursion: a plan may chain thousands of units.
 */
function cycleProblems(units: readonly LineageUnit[], indexOf: ReadonlyMap<string, number>): RawProblem[] {
  const edges: { to: number; path: (string | number)[] }[][] = units.map(() => []);
  units.forEach((unit, i) => {
    const target = indexOf.get(unit.mergedInto ?? '');
    if (target !== undefined && target !== i) edges[i]!.push({ to: target, path: ['units', i, 'mergedInto'] });
    (unit.predecessors ?? []).forEach(({ id }, j) => {
      const from = indexOf.get(id);
      if (from !== undefined && from !== i) edges[from]!.push({ to: i, path: ['units', i, 'predecessors', j, 'id'] });
    });
  });

  const problems: RawProblem[] = [];
  const state: ('new' | 'open' | 'done')[] = units.map(() => 'new');
  const depthOf: number[] = units.map(() => -1); // where an open node sits on the stack
  for (let root = 0; root < units.length; root++) {
    if (state[root] !== 'new') continue;
    const stack = [{ node: root, next: 0 }];
    state[root] = 'open';
    depthOf[root] = 0;
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const edge = edges[top.node]![top.next++];
      if (!edge) {
        state[top.node] = 'done';
        stack.pop();
      } else if (state[edge.to] === 'new') {
        state[edge.to] = 'open';
        depthOf[edge.to] = stack.length;
        stack.push({ node: edge.to, next: 0 });
      } else if (state[edge.to] === 'open') {
        const loop = stack.slice(depthOf[edge.to]).map((s) => units[s.node]!.id);
        problems.push({ path: edge.path, code: 'lineage_cycle', params: { value: describeCycle(loop) } });
      }
    }
  }
  return problems;
}

/** `a → b → c → a`; a long cycle shows its first ids and its last, not thousands. */
function describeCycle(ids: readonly string[]): string {
  const shown = ids.length > 6 ? [...ids.slice(0, 5), '…', ids.at(-1)!] : ids;
  return [...shown, ids[0]!].join(' → ');
}
