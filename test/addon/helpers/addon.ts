/**
 * The built add-in (dist/addon/, made by the real build) loaded into the Apps Script fake: the
 * same Code.js and HTML files clasp would push, run in a node:vm context whose globals are the
 * fake services. Calls go through JSON like google.script.run's do.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { buildAddon } from '../../../addon/build.js';
import { PLACEHOLDER_API_URL } from '../../../addon/build/manifest.js';
import type { ClientEntryPointName } from '../../../addon/entry-points.js';
import type * as Server from '../../../addon/main.js';
import type { Outcome, UserError } from '../../../addon/server/errors.js';
import { createAppsScriptFake, type AppsScriptFake, type AppsScriptFakeOptions } from '../../fakes/apps-script/index.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const DIST = join(ROOT, 'dist', 'addon');
export const HTML_FILES = ['Sidebar', 'Scorecard', 'Settings'] as const;

let built: Promise<unknown> | null = null;

/** `npm run build`'s own function, once per test worker (the files are written atomically). */
export function buildOnce(): Promise<unknown> {
  built ??= buildAddon({ outDir: DIST, apiUrl: PLACEHOLDER_API_URL });
  return built;
}

type ClientApi = Pick<typeof Server, ClientEntryPointName>;
type ValueOf<R> = R extends { ok: true; value: infer T } ? T : never;

export interface AddonSession {
  fake: AppsScriptFake;
  context: vm.Context;
  /** A google.script.run call: the JSON-serialised Outcome. */
  outcome<K extends ClientEntryPointName>(name: K, ...args: Parameters<ClientApi[K]>): Outcome<ValueOf<ReturnType<ClientApi[K]>>>;
  /** The same, unwrapped: throws the UserError's message when the call failed. */
  call<K extends ClientEntryPointName>(name: K, ...args: Parameters<ClientApi[K]>): ValueOf<ReturnType<ClientApi[K]>>;
  /** Runs a trigger or menu function by name, as Apps Script would. */
  run(name: string, ...args: unknown[]): unknown;
}

export function openAddon(options: AppsScriptFakeOptions): AddonSession {
  const fake = createAppsScriptFake(options);
  const context = fake.createContext();
  for (const name of HTML_FILES) fake.addHtmlFile(name, readFileSync(join(DIST, `${name}.html`), 'utf8'));
  vm.runInContext(readFileSync(join(DIST, 'Code.js'), 'utf8'), context, { filename: 'Code.js' });
  const run = (name: string, ...args: unknown[]) => (context[name] as (...a: unknown[]) => unknown)(...args);
  const outcome = ((name: string, ...args: unknown[]) => JSON.parse(JSON.stringify(run(name, ...args)))) as AddonSession['outcome'];
  const call = ((name: ClientEntryPointName, ...args: never[]) => {
    const result = (outcome as (n: string, ...a: unknown[]) => Outcome<unknown>)(name, ...args);
    if (!result.ok) throw new AddonCallError(result.error);
    return result.value;
  }) as AddonSession['call'];
  return { fake, context, outcome, call, run };
}

export class AddonCallError extends Error {
  constructor(readonly error: UserError) {
    super(`${error.code}: ${error.message}`);
  }
}
