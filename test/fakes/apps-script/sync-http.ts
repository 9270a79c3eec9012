/**
 * Synchronous HTTP for the fake UrlFetchApp: the calling thread blocks in Atomics.wait while a
 * worker thread (../sync-fetch-worker.mjs) does the request.
 *
 * Because the calling thread is blocked, the server must NOT run on that thread: a node:http
 * server started in the same test thread could never answer (the call would end in Timeout).
 * Run the server in a child process or a worker thread. For the TypeScript local stack, a worker
 * module that calls `register()` from 'tsx/esm/api' and then `await import(…/server.ts)` works.
 */
import { MessageChannel, Worker, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';

export interface WireRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: Uint8Array | null;
  followRedirects: boolean;
}

export type WireResult =
  | { url: string; status: number; headers: [string, string][]; body: Uint8Array }
  | { error: { code: string; message: string } };

interface Reply {
  id: number;
  results: WireResult[];
}

export class SyncHttpClient {
  private worker: Worker | null = null;
  private port: MessagePort | null = null;
  private lastId = 0;

  /** Sends the requests together; 'timeout' if the answers are not all in within `deadlineMs`. */
  send(requests: WireRequest[], deadlineMs: number): WireResult[] | 'timeout' {
    const { worker, port } = this.started();
    const id = (this.lastId += 1);
    const signal = new Int32Array(new SharedArrayBuffer(4));
    worker.postMessage({ id, requests, signal });
    if (Atomics.wait(signal, 0, 0, deadlineMs) === 'timed-out') {
      worker.postMessage({ abort: id });
      return 'timeout';
    }
    // Replies to requests that timed out earlier may still be queued: skip them.
    for (let received = receiveMessageOnPort(port); received; received = receiveMessageOnPort(port)) {
      const reply = received.message as Reply;
      if (reply.id === id) return reply.results;
    }
    throw new Error('fake: the HTTP worker signalled without a reply');
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.port?.close();
    this.worker = null;
    this.port = null;
    await worker?.terminate();
  }

  private started(): { worker: Worker; port: MessagePort } {
    if (this.worker && this.port) return { worker: this.worker, port: this.port };
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(new URL('../sync-fetch-worker.mjs', import.meta.url), {
      workerData: { port: port2 },
      transferList: [port2],
    });
    worker.unref(); // an idle fake must not keep the test process alive
    port1.unref();
    this.worker = worker;
    this.port = port1;
    return { worker, port: port1 };
  }
}
