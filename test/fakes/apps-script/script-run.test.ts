/** What google.script.run lets cross between a page and the server (script-run.ts), here and in the page's stand-in. */
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { scriptRunStandIn } from '../../addon/helpers/script-run-stand-in.js';
import { acrossScriptRun, illegalPath } from './script-run.js';

describe('google.script.run', () => {
  it('carries primitives, plain objects and arrays as a copy; undefined array entries become null', () => {
    const sent = { period: '2024-Q4', filled: 46, ok: true, unit: null, problems: [{ a1: 'J8' }], gaps: [1, undefined] };
    const arrived = acrossScriptRun(sent);
    expect(arrived).toEqual({ period: '2024-Q4', filled: 46, ok: true, unit: null, problems: [{ a1: 'J8' }], gaps: [1, null] });
    expect(arrived.problems).not.toBe(sent.problems);
  });

  it('refuses a Date, a function, a Map or a cycle anywhere, naming where it is', () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(() => acrossScriptRun(['2024-Q4', new Date()])).toThrow('Failed due to illegal value in property: 1');
    expect(() => acrossScriptRun({ receipt: { submittedAt: new Date() } })).toThrow('Failed due to illegal value in property: receipt.submittedAt');
    expect([illegalPath({ f: () => 1 }), illegalPath([new Map()]), illegalPath(cycle), illegalPath(new Date())]).toEqual(['f', '0', 'self', '']);
  });

  it('judges objects made in the add-in\'s own realm by their shape, not their constructor', () => {
    const fromVm = vm.runInNewContext('({ ok: true, value: { rows: [[1, "a"]] }, at: new Date(0) })') as { at: unknown };
    expect(illegalPath({ ...fromVm, at: null })).toBeNull();
    expect(illegalPath(fromVm)).toBe('at');
  });

  it('fails the same way in the page\'s stand-in, which inlines the rule', async () => {
    const page: { window: Record<string, unknown>; setTimeout: typeof setTimeout } = { window: {}, setTimeout };
    vm.runInNewContext(scriptRunStandIn({ checkReport: { ok: true, value: null } }), page);
    type Runner = { withSuccessHandler(f: (value: unknown) => void): Runner; withFailureHandler(f: (error: Error) => void): Runner; checkReport(...args: unknown[]): void };
    const { run } = (page.window.google as { script: { run: Runner } }).script;
    const answer = (...args: unknown[]) =>
      new Promise((resolve) => run.withSuccessHandler((value) => resolve(['ok', value])).withFailureHandler((error) => resolve(['failed', error.message])).checkReport(...args));
    expect(await answer('2024-Q4', 'vi')).toEqual(['ok', { ok: true, value: null }]);
    expect(await answer(new Date(), 'vi')).toEqual(['failed', 'Failed due to illegal value in property: 0']);
  });
});
