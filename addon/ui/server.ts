/**
 * The page's typed view of the server: `run('checkReport', period, lang)` calls the Apps Script
 * function of that name through google.script.run and resolves with its value, or rejects with
 * the UserError it answered (a message to show, never a stack). Names and types come from the
 * server module itself, so a renamed or retyped server function fails the type check here.
 */
import type { ClientEntryPointName } from '../entry-points.js';
import type * as Server from '../main.js';
import type { Outcome, UserError } from '../server/errors.js';

type ClientApi = Pick<typeof Server, ClientEntryPointName>;
/** The value of a successful Outcome (distributes over the union, so the failure side drops out). */
type ValueOf<R> = R extends { ok: true; value: infer T } ? T : never;

interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: Error) => void): ScriptRun;
  [name: string]: unknown;
}

declare global {
  interface Window {
    google: { script: { run: ScriptRun; host: { close(): void } } };
  }
}

export type { UserError };

export function run<K extends ClientEntryPointName>(name: K, ...args: Parameters<ClientApi[K]>): Promise<ValueOf<ReturnType<ClientApi[K]>>> {
  return new Promise((resolve, reject) => {
    const runner = window.google.script.run
      .withSuccessHandler((answer) => {
        const result = answer as Outcome<ValueOf<ReturnType<ClientApi[K]>>> | null;
        if (result && result.ok) resolve(result.value);
        else reject(result ? result.error : failure('No answer from Apps Script.'));
      })
      .withFailureHandler((error) => reject(failure(error.message)));
    (runner[name] as (...a: unknown[]) => void)(...args);
  });
}

function failure(message: string): UserError {
  return { code: 'script', message, issues: [], status: null };
}

export function closeDialog(): void {
  window.google.script.host.close();
}
