/**
 * The one error class of the functions: every refusal is an AppError (or a subclass such as
 * AuthError) with a domain kind and never an HTTP status; only the HTTP edge (http/respond.ts)
 * maps kinds to statuses. `message` is for logs; callers see the localized `messageCode`.
 */
import type { MessageCode } from '../shared/words/messages.js';
import type { RawProblem } from '../shared/words/problems.js';

export type ErrorKind =
  | 'validation' // the input breaks a rule; `problems` says where
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict' // e.g. the report is accepted and locked
  | 'too_large'
  | 'unavailable'; // the store is throttling or down: try again later

export class AppError extends Error {
  override readonly name: string = 'AppError';
  constructor(
    readonly kind: ErrorKind,
    readonly messageCode: MessageCode,
    readonly problems: RawProblem[] = [],
    options?: { cause?: unknown; params?: Record<string, string | number>; message?: string },
  ) {
    super(options?.message ?? messageCode, options);
    this.params = options?.params ?? {};
  }
  readonly params: Record<string, string | number>;
}

export const notFound = () => new AppError('not_found', 'not_found');
export const forbidden = () => new AppError('forbidden', 'forbidden');
export const invalid = (problems: RawProblem[]) => new AppError('validation', 'validation_failed', problems);
