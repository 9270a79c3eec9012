/**
 * Counts calls into the fake services the way Apps Script bills them, so tests can prove batching
 * ("a submit costs ≤ 10 Apps Script calls").
 *
 * The rule:
 * - Every method call made by the script on an object the fake handed out is one call, named
 *   `<ApiType>.<method>` (e.g. `Range.getValues`, `DataValidationBuilder.setHelpText`,
 *   `SpreadsheetApp.getActive`). Chained builder setters each count, getters count, setters count.
 * - Reading a property that is not a method is free: enums such as
 *   `SpreadsheetApp.DataValidationCriteria.NUMBER_BETWEEN` cost nothing.
 * - Plain JavaScript on returned values is free: indexing the array from one `getValues()` on a
 *   100×10 range is still one call.
 * - Work a service method does internally (a `setValue` that reuses `setValues`) is not billed
 *   again; only the outermost call counts. Test-side helpers of the fake (`userEdit`, inspection)
 *   run `uncounted`.
 * - A call that throws still counts.
 *
 * Two figures: `total` counts every billed call; `document` counts only the calls that read or
 * write the document, the properties, a lock or the network (see call-categories.ts), which is
 * what the add-in's call budgets are stated in. Builder setters are in `total` only.
 */
import { isDocumentCall } from './call-categories.js';

export class CallCounter {
  private counts = new Map<string, number>();
  private order: string[] = [];
  private depth = 0;

  /** Number of billed calls since the last reset. */
  get total(): number {
    return this.order.length;
  }

  /** Billed calls that touch the document, properties, locks or network (call-categories.ts). */
  get document(): number {
    return this.order.filter(isDocumentCall).length;
  }

  /** The document calls in the order they were made (a snapshot). */
  get documentSequence(): string[] {
    return this.order.filter(isDocumentCall);
  }

  /** Billed calls per method, e.g. `{ 'Range.getValues': 2 }` (a snapshot). */
  get byMethod(): Record<string, number> {
    return Object.fromEntries(this.counts);
  }

  /** Billed calls in the order they were made (a snapshot). */
  get sequence(): string[] {
    return [...this.order];
  }

  reset(): void {
    this.counts.clear();
    this.order = [];
  }

  /** Runs `work` without billing anything it calls, e.g. a test helper reading the sheet. */
  uncounted<T>(work: () => T): T {
    this.depth += 1;
    try {
      return work();
    } finally {
      this.depth -= 1;
    }
  }

  /** Bills `method` unless a billed call is already running, then runs `work`. */
  bill<T>(method: string, work: () => T): T {
    if (this.depth === 0) {
      this.counts.set(method, (this.counts.get(method) ?? 0) + 1);
      this.order.push(method);
    }
    return this.uncounted(work);
  }
}

/**
 * Wraps a fake service object so that each method call through it is billed as
 * `<apiType>.<method>`. Methods run with the proxy as `this`, so objects they return or hand on
 * (`this`, a sheet, a new range) are the counted ones.
 */
export function counted<T extends object>(target: T, apiType: string, counter: Pick<CallCounter, 'bill'>): T {
  const wrappers = new Map<PropertyKey, { method: unknown; wrapper: unknown }>();
  return new Proxy(target, {
    get(object, key, receiver) {
      const value: unknown = Reflect.get(object, key, receiver);
      if (typeof value !== 'function' || typeof key === 'symbol' || key === 'constructor') return value;
      const cached = wrappers.get(key);
      if (cached?.method === value) return cached.wrapper;
      const name = `${apiType}.${key}`;
      const wrapper = function (this: unknown, ...args: unknown[]): unknown {
        return counter.bill(name, () => Reflect.apply(value, this, args));
      };
      wrappers.set(key, { method: value, wrapper });
      return wrapper;
    },
  });
}
