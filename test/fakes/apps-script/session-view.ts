/**
 * How a second person's session reaches the shared document: every fake object it is handed is
 * seen through a view, and a method called through a view runs as that session's seat (its user,
 * counter and realm; env.ts `actAs`). Objects and arrays of objects it returns are views too, and
 * views passed back in as arguments are unwrapped, so the document's own code only ever sees its
 * own objects and identity checks (`deleteSheet(sheet)`) hold. The opener's objects need no view:
 * with no view call running, the acting seat is the opener.
 */
import type { FakeEnv, Seat } from './env.js';

export interface SessionView {
  /** The value as `seat` sees it: fake objects (also inside arrays) become views. */
  wrap<T>(value: T): T;
}

export function sessionView(env: FakeEnv, seat: Seat): SessionView {
  const views = new WeakMap<object, object>();
  const targets = new WeakMap<object, object>();

  const unwrap = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(unwrap);
    return (typeof value === 'object' && value !== null && targets.get(value)) || value;
  };

  const wrap = <T>(value: T): T => {
    if (Array.isArray(value)) return (needsView(value) ? value.map(wrap) : value) as T;
    if (typeof value !== 'object' || value === null || !env.services.has(value)) return value;
    return (views.get(value) ?? viewOf(value)) as T;
  };

  const needsView = (value: unknown): boolean =>
    Array.isArray(value) ? value.some(needsView) : typeof value === 'object' && value !== null && env.services.has(value);

  const viewOf = (target: object): object => {
    const methods = new Map<PropertyKey, { member: unknown; method: unknown }>();
    const view = new Proxy(target, {
      get(object, key) {
        const member: unknown = Reflect.get(object, key, object);
        if (typeof member !== 'function' || key === 'constructor') return wrap(member);
        const cached = methods.get(key);
        if (cached?.member === member) return cached.method;
        const method = (...args: unknown[]) => env.actAs(seat, () => wrap(Reflect.apply(member, object, args.map(unwrap))));
        methods.set(key, { member, method });
        return method;
      },
      set(object, key, value) {
        return Reflect.set(object, key, unwrap(value), object);
      },
    });
    views.set(target, view);
    targets.set(view, target);
    return view;
  };

  return { wrap };
}
