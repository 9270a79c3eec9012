/**
 * The add-in's one error class, and the shape every `google.script.run` entry point answers
 * with. Whatever goes wrong, a person reads a message: the server's for an API error, the
 * add-in's own (words.ts) otherwise, and never a stack trace.
 */
import type { Lang } from '../../shared/words/messages.js';
import { say, type WordCode } from './words.js';

export interface Issue {
  path: string;
  code?: string;
  message: string;
}

export interface UserError {
  code: string;
  message: string;
  issues: Issue[];
  /** HTTP status when the server answered; null when it did not (network, timeout) or for local errors. */
  status: number | null;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: UserError };

export class AddonError extends Error {
  override readonly name = 'AddonError';

  constructor(
    readonly code: string,
    message: string,
    readonly issues: Issue[] = [],
    /** Set when the API answered: the request was handled, whatever the result. */
    readonly status: number | null = null,
  ) {
    super(message);
  }

  static of(code: WordCode, lang: Lang, params: Record<string, string | number> = {}): AddonError {
    return new AddonError(code, say(code, lang, params));
  }
}

function toUserError(error: unknown, lang: Lang): UserError {
  if (error instanceof AddonError) return { code: error.code, message: error.message, issues: error.issues, status: error.status };
  // Apps Script exceptions carry a readable message ("Exception: …"); their stack stays here.
  const detail = error instanceof Error ? error.message : String(error);
  return { code: 'unexpected', message: say('unexpected', lang, { detail }), issues: [], status: null };
}

/** Runs an entry point's work and answers with an Outcome, so the sidebar never sees a raw exception. */
export function outcome<T>(lang: Lang, work: () => T): Outcome<T> {
  try {
    return { ok: true, value: work() };
  } catch (error) {
    return { ok: false, error: toUserError(error, lang) };
  }
}
