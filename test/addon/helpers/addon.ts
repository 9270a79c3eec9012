/**
 * The built add-in (made by the real build, for TEST_API_URL, into a temporary folder: never
 * into dist/addon, which is what clasp pushes) loaded into the Apps Script fake: the same
 * Code.js, HTML files and manifest clasp would push, run in a node:vm context whose globals are
 * the fake services. Calls cross as google.script.run's do: a copy, and refused when an argument
 * or the answer holds a Date, a function or a DOM element (fakes/apps-script/script-run.ts).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { afterAll } from 'vitest';
import { buildAddon } from '../../../addon/build.js';
import type { ClientEntryPointName } from '../../../addon/entry-points.js';
import type * as Server from '../../../addon/main.js';
import type { Outcome, UserError } from '../../../addon/server/errors.js';
import { createAppsScriptFake, type AppsScriptFake, type AppsScriptFakeOptions, type PersonOptions } from '../../fakes/apps-script/index.js';
import { acrossScriptRun } from '../../fakes/apps-script/script-run.js';
import { TEST_API_URL } from './stack.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
/** This test file's build of the add-in, removed after its tests. */
export const DIST = mkdtempSync(join(tmpdir(), 'addon-build-'));
afterAll(() => rmSync(DIST, { recursive: true, force: true }));
export const HTML_FILES = ['Sidebar', 'Scorecard', 'Settings'] as const;

let built: Promise<unknown> | null = null;

/** `npm run build`'s own function, once per test file. */
export function buildOnce(): Promise<unknown> {
  built ??= buildAddon({ outDir: DIST, apiUrl: TEST_API_URL });
  return built;
}

type ClientApi = Pick<typeof Server, ClientEntryPointName>;
type ValueOf<R> = R extends { ok: true; value: infer T } ? T : never;

export interface AddonSession {
  fake: AppsScriptFake;
  context: vm.Context;
  /** A google.script.run call: the Outcome as the page receives it. */
  outcome<K extends ClientEntryPointName>(name: K, ...args: Parameters<ClientApi[K]>): Outcome<ValueOf<ReturnType<ClientApi[K]>>>;
  /** The same, unwrapped: throws the UserError's message when the call failed. */
  call<K extends ClientEntryPointName>(name: K, ...args: Parameters<ClientApi[K]>): ValueOf<ReturnType<ClientApi[K]>>;
  /** Runs a trigger or menu function by name, as Apps Script would. */
  run(name: string, ...args: unknown[]): unknown;
}

export function openAddon(options: AppsScriptFakeOptions): AddonSession {
  const manifest = JSON.parse(readFileSync(join(DIST, 'appsscript.json'), 'utf8')) as { urlFetchWhitelist: string[] };
  const fake = createAppsScriptFake({ urlFetchWhitelist: manifest.urlFetchWhitelist, ...options });
  for (const name of HTML_FILES) fake.addHtmlFile(name, readFileSync(join(DIST, `${name}.html`), 'utf8'));
  return loadAddon(fake);
}

/** Another person opens the same spreadsheet (its sheets and document properties) and runs the add-in. */
export function openAddonAs(session: AddonSession, person: PersonOptions): AddonSession {
  return loadAddon(session.fake.openAs(person));
}

function loadAddon(fake: AppsScriptFake): AddonSession {
  const context = fake.createContext();
  vm.runInContext(readFileSync(join(DIST, 'Code.js'), 'utf8'), context, { filename: 'Code.js' });
  const run = (name: string, ...args: unknown[]) => (context[name] as (...a: unknown[]) => unknown)(...args);
  const outcome = ((name: string, ...args: unknown[]) => acrossScriptRun(run(name, ...acrossScriptRun(args)))) as AddonSession['outcome'];
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
