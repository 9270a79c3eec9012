/**
 * The one error class of the functions. It carries a domain code and never an HTTP status:
 * only the HTTP edge (http/respond.ts) maps codes to statuses.
 */
import type { MessageCode } from '../shared/messages.js';
import type { RawProblem } from '../shared/problems.js';

export type ErrorKind =
  | 'validation' // the input breaks a rule; `problems` says where
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict' // e.g. the report is accepted and locked
  | 'too_large'
  | 'unavailable'; // the store is throttling or down: try again later

export class AppError extends Error {
  override readonly name = 'AppError';
  constructor(
    readonly kind: ErrorKind,
    readonly messageCode: MessageCode,
    readonly problems: RawProblem[] = [],
    options?: { cause?: unknown; params?: Record<string, string | number> },
  ) {
    super(messageCode, options);
    this.params = options?.params ?? {};
  }
  readonly params: Record<string, string | number>;
}

export const notFound = () => new AppError('not_found', 'not_found');
export const forbidden = () => new AppError('forbidden', 'forbidden');
export const invalid = (problems: RawProblem[]) => new AppError('validation', 'validation_failed', problems);
