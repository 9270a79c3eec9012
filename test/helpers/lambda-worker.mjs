/**
 * One Lambda execution environment in a worker thread: its own process.env (the function's),
 * its handler module loaded once as the Node.js runtime loads it ("index.handler": index.js,
 * .mjs or .cjs in the task root, export `handler`), then invoked once per message, one at a time.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';

const { taskRoot, handler: handlerSetting } = workerData;
const dot = handlerSetting.lastIndexOf('.');
const [moduleName, exportName] = [handlerSetting.slice(0, dot), handlerSetting.slice(dot + 1)];
const file = ['.js', '.mjs', '.cjs'].map((ext) => join(taskRoot, moduleName + ext)).find((f) => existsSync(f));
if (!file) throw new Error(`no module ${moduleName} in ${taskRoot}`);
const handler = (await import(pathToFileURL(file).href))[exportName];
if (typeof handler !== 'function') throw new Error(`${file} exports no function ${exportName}`);

let queue = Promise.resolve();
parentPort.on('message', ({ id, event, context: { deadlineMs, ...fields } }) => {
  const context = { ...fields, getRemainingTimeInMillis: () => deadlineMs - Date.now(), done() {}, fail() {}, succeed() {} };
  queue = queue.then(async () => {
    try {
      // The runtime hands back the JSON of what the handler returned.
      const result = await handler(event, context);
      parentPort.postMessage({ id, result: result === undefined ? null : JSON.parse(JSON.stringify(result)) });
    } catch (error) {
      parentPort.postMessage({ id, error: { errorType: error?.name ?? 'Error', errorMessage: String(error?.message ?? error) } });
    }
  });
});
parentPort.postMessage({ ready: true });
