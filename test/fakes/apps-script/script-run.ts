/**
 * What `google.script.run` carries between a page and the server, per
 * https://developers.google.com/apps-script/guides/html/reference/run and
 * https://developers.google.com/apps-script/guides/html/communication: "Legal parameters are
 * JavaScript primitives like a Number, Boolean, String, or null, as well as JavaScript objects and
 * arrays that are composed of primitives, objects and arrays." A Date, a function, a DOM element
 * or any other type, also inside an object or array, and a circular reference make the request
 * fail; return values have the same limits. What arrives is a copy, and undefined array entries
 * become null. (A form as the only parameter is legal in Apps Script; no page of ours sends one,
 * so the fake refuses it with the other DOM elements.)
 *
 * `illegalPath` is self-contained so the browser stand-in (test/addon/helpers/script-run-stand-in.ts)
 * can inline its source and apply the same rule in the page.
 */

/** The path of the first value google.script.run refuses ('' for the value itself), or null. */
export function illegalPath(value: unknown, path = '', seen: object[] = []): string | null {
  if (value === null || value === undefined || ['string', 'number', 'boolean'].includes(typeof value)) return null;
  if (typeof value !== 'object') return path; // a function, symbol or bigint
  const tag = Object.prototype.toString.call(value);
  const proto = Object.getPrototypeOf(value) as object | null;
  const plain = tag === '[object Object]' && (proto === null || Object.getPrototypeOf(proto) === null);
  if ((!Array.isArray(value) && !plain) || seen.includes(value)) return path; // Date, DOM node, Map…, or a cycle
  for (const [key, item] of Object.entries(value)) {
    const found = illegalPath(item, path === '' ? key : `${path}.${key}`, [...seen, value]);
    if (found !== null) return found;
  }
  return null;
}

/** The message of the Error the failure handler gets for an illegal value. */
export function illegalValueMessage(path: string): string {
  return `Failed due to illegal value in property: ${path || 'value'}`;
}

/** A value as it arrives on the other side, or an Error like Apps Script's when it may not cross. */
export function acrossScriptRun<T>(value: T): T {
  const path = illegalPath(value);
  if (path !== null) throw new Error(illegalValueMessage(path));
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}
