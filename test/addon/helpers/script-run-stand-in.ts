/**
 * A stand-in for Apps Script's `google.script.run` in a real browser: each server function
 * answers asynchronously with the Outcome the test gave for it, and every call is recorded in
 * `window.__calls`. The test puts it in the page's <head>, before the page's own script.
 */
export function scriptRunStandIn(answers: Record<string, unknown>): string {
  return `(() => {
    const answers = ${JSON.stringify(answers)};
    window.__calls = [];
    function runner(onSuccess, onFailure) {
      return new Proxy({}, {
        get(_, name) {
          if (name === 'withSuccessHandler') return (f) => runner(f, onFailure);
          if (name === 'withFailureHandler') return (f) => runner(onSuccess, f);
          return (...args) => {
            window.__calls.push([name, ...args]);
            setTimeout(() => name in answers ? onSuccess(answers[name]) : onFailure(new Error('no stand-in for ' + String(name))), 5);
          };
        },
      });
    }
    window.google = { script: { run: runner(() => {}, () => {}), host: { close() {} } } };
  })();`;
}
