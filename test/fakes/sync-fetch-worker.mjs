// The HTTP side of the fake UrlFetchApp (test/fakes/apps-script/sync-http.ts). It runs in a
// worker thread so that the add-in's thread can block, as Apps Script does, until the answer is
// here: the worker posts the answer on a MessagePort, then wakes the blocked thread with
// Atomics.notify, and that thread reads the port with receiveMessageOnPort.
// Plain JavaScript: a worker thread cannot load TypeScript.
import http from 'node:http';
import https from 'node:https';
import { parentPort, workerData } from 'node:worker_threads';

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 10;
const inFlight = new Map();

/** One HTTP exchange; response headers keep the server's spelling (rawHeaders). */
function exchange(request, signal) {
  return new Promise((resolve, reject) => {
    const url = new URL(request.url);
    const client = url.protocol === 'https:' ? https : http;
    const headers = { ...request.headers };
    if (request.body) headers['Content-Length'] = String(request.body.byteLength);
    const outgoing = client.request(url, { method: request.method, headers, signal, agent: false }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => {
        const pairs = [];
        for (let i = 0; i < response.rawHeaders.length; i += 2) pairs.push([response.rawHeaders[i], response.rawHeaders[i + 1]]);
        resolve({ url: request.url, status: response.statusCode ?? 0, headers: pairs, body: new Uint8Array(Buffer.concat(chunks)) });
      });
    });
    outgoing.on('error', reject);
    outgoing.end(request.body ? Buffer.from(request.body) : undefined);
  });
}

async function perform(request, signal) {
  let current = request;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop += 1) {
    const response = await exchange(current, signal);
    const location = response.headers.find(([name]) => name.toLowerCase() === 'location')?.[1];
    if (!current.followRedirects || !REDIRECTS.has(response.status) || !location) return response;
    // 303, and 301/302 after a POST, continue as GET without a body (what browsers and Apps Script do).
    const asGet = response.status === 303 || (response.status <= 302 && current.method === 'POST');
    current = { ...current, url: new URL(location, current.url).href, method: asGet ? 'GET' : current.method, body: asGet ? null : current.body };
  }
  return { error: { code: 'TOO_MANY_REDIRECTS', message: 'Too many redirects' } };
}

const describe = (error) => ({ error: { code: error?.code ?? 'ERROR', message: String(error?.message ?? error) } });

parentPort.on('message', async (message) => {
  if (message.abort !== undefined) {
    inFlight.get(message.abort)?.abort();
    return;
  }
  const { id, requests, signal } = message;
  const controller = new AbortController();
  inFlight.set(id, controller);
  const results = await Promise.all(requests.map((request) => perform(request, controller.signal).catch(describe)));
  inFlight.delete(id);
  workerData.port.postMessage({ id, results });
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
});
