/**
 * Store faults in the domain's words: throttling and transient faults that outlived the SDK's own
 * retries leave the adapter as AppError `unavailable` (the caller should retry), so nothing past
 * the adapter knows DynamoDB's error names. Conditional-check failures never get here: the
 * adapter answers them itself.
 */
import { AppError } from '../errors.js';
import { logger } from '../runtime/logger.js';
import type { Store } from '../use-cases/ports/store.port.js';

const THROTTLED = ['ProvisionedThroughputExceededException', 'ThrottlingException', 'RequestLimitExceeded', 'TimeoutError'];
const CONNECTION_LOST = ['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT'];

function isStoreFault(error: unknown): boolean {
  const e = error as { name?: string; $retryable?: unknown; $metadata?: { httpStatusCode?: number }; code?: string };
  if (!e || typeof e !== 'object' || error instanceof AppError) return false;
  return Boolean(e.$retryable) || (e.$metadata?.httpStatusCode ?? 0) >= 500 || THROTTLED.includes(e.name ?? '') || CONNECTION_LOST.includes(e.code ?? '');
}

/** The same store, whose every method answers a store fault as AppError `unavailable`. */
export function withStoreFaults(store: Store): Store {
  const wrapped = Object.entries(store).map(([name, method]: [string, (...args: unknown[]) => Promise<unknown>]) => [
    name,
    (...args: unknown[]) =>
      method(...args).catch((error: unknown) => {
        if (!isStoreFault(error)) throw error;
        logger.warn('store unavailable', { error: error as Error });
        throw new AppError('unavailable', 'service_unavailable', [], { cause: error, message: 'store unavailable' });
      }),
  ]);
  return Object.fromEntries(wrapped) as Store;
}
