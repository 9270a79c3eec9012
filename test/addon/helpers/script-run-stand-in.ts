/**
 * A stand-in for Apps Script's `google.script.run` in a real browser: each server function
 * answers asynchronously with the Outcome the test gave for it, and every call is recorded in
 * `window.__calls`. As in Apps Script, a call whose arguments hold a Date, a function or a DOM
 * element fails (the fake's own rule, fakes/apps-script/script-run.ts, inlined into the page).
 * The test puts it in the page's <head>, before the page's own script.
 */
import { illegalPath, illegalValueMessage } from '../../fakes/apps-script/script-run.js';

export function scriptRunStandIn(answers: Record<string, unknown>): string {
  return `(() => {
    const answers = ${JSON.stringify(answers)};
    const illegalPath = ${illegalPath.toString()};
    const illegalValueMessage = ${illegalValueMessage.toString()};
    window.__calls = [];
    function runner(onSuccess, onFailure) {
      return new Proxy({}, {
        get(_, name) {
          if (name === 'withSuccessHandler') return (f) => runner(f, onFailure);
          if (name === 'withFailureHandler') return (f) => runner(onSuccess, f);
          return (...args) => {
            window.__calls.push([name, ...args]);
            const illegal = illegalPath(args);
            setTimeout(() => {
              if (illegal !== null) onFailure(new Error(illegalValueMessage(illegal)));
              else if (name in answers) onSuccess(answers[name]);
              else onFailure(new Error('no stand-in for ' + String(name)));
            }, 5);
          };
        },
      });
    }
    window.google = { script: { run: runner(() => {}, () => {}), host: { close() {} } } };
  })();`;
}
