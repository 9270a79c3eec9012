/**
 * Asserts on validation results the way a person sees them: each problem's path and code, and
 * words its message must contain in Vietnamese and in English.
 */
import { expect } from 'vitest';
import type { ParseResult } from '../../../shared/plans/plan.js';
import { localize, type RawProblem } from '../../../shared/words/problems.js';
import type { MessageCode } from '../../../shared/words/messages.js';

export interface ExpectedProblem {
  path: string;
  code: MessageCode;
  /** Words the Vietnamese message contains. */
  vi: string;
  /** Words the English message contains. */
  en: string;
}

export function problemsOf(result: ParseResult<unknown>): RawProblem[] {
  if (result.ok) throw new Error('expected problems, but the input was accepted');
  return result.problems;
}

/** The problems, in order, are exactly these, with these words in both languages. */
export function expectProblems(problems: readonly RawProblem[], expected: readonly ExpectedProblem[]): void {
  const vi = localize(problems, 'vi');
  const en = localize(problems, 'en');
  expect(vi.map((p) => [p.path, p.code])).toEqual(expected.map((p) => [p.path, p.code]));
  expected.forEach((want, i) => {
    expect(vi[i]!.message).toContain(want.vi);
    expect(en[i]!.message).toContain(want.en);
  });
}
