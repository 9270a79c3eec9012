/**
 * An HTTP proxy between the handlers and dynalite that injects the faults DynamoDB really returns:
 * throttling (400 ProvisionedThroughputExceededException), internal errors (500), dropped
 * connections, and answers lost after the store did the work. Each fault is scripted for the next
 * N requests (of one command, if named), and every request (TransactWriteItems like any other) is
 * counted, its command (GetItem, Query, …) recorded and the bytes of its answer added up.
 */
import { createServer, request as forward, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';

/** `drop-answer`: the request reaches the store, which acts on it; its answer never comes back. */
export type Fault = 'throttle' | 'internal-error' | 'drop-connection' | 'drop-answer';

export interface FaultProxy {
  endpoint: string;
  /** Fault the next `count` requests (Infinity for all until `clear`), only those of `command` if given. */
  inject(fault: Fault, count: number, command?: string): void;
  clear(): void;
  /**
   * `responseBytes`: what the store sent back, e.g. to show a read leaves report data behind;
   * `timeline`: when each request arrived and when its answer was sent (performance.now()), to tell
   * requests sent together from sequential round trips; `iamActions`: what IAM authorises for the
   * requests, the command itself or, for a TransactWriteItems, each of its actions (PutItem, …).
   */
  stats: { requests: number; faulted: number; commands: string[]; responseBytes: number; timeline: { command: string; start: number; end: number }[]; iamActions: string[] };
  close(): Promise<void>;
}

const THROTTLE_BODY = JSON.stringify({
  __type: 'com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException',
  message: 'The level of configured provisioned throughput for the table was exceeded.',
});
const INTERNAL_BODY = JSON.stringify({ __type: 'com.amazonaws.dynamodb.v20120810#InternalServerError', message: 'Internal server error' });

export async function startFaultProxy(target: string): Promise<FaultProxy> {
  const upstream = new URL(target);
  let fault: Fault | null = null;
  let remaining = 0;
  let only: string | undefined;
  const stats: FaultProxy['stats'] = { requests: 0, faulted: 0, commands: [], responseBytes: 0, timeline: [], iamActions: [] };
  const server: Server = createServer((req, res) => {
    stats.requests++;
    // The SDK names the command in X-Amz-Target, e.g. "DynamoDB_20120810.GetItem".
    const command = String(req.headers['x-amz-target'] ?? '').split('.').pop()!;
    stats.commands.push(command);
    recordIamActions(req, command, stats.iamActions);
    if (fault && remaining > 0 && (only === undefined || only === command)) {
      remaining--;
      stats.faulted++;
      const current = fault;
      if (remaining === 0) fault = null;
      if (current === 'drop-answer') return void forwardThen(req, (up) => (up.resume(), req.socket.destroy()));
      req.resume();
      if (current === 'drop-connection') return void req.socket.destroy();
      const [status, body] = current === 'throttle' ? [400, THROTTLE_BODY] : [500, INTERNAL_BODY];
      res.writeHead(status, { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': 'fault' });
      return void res.end(body);
    }
    const call = { command, start: performance.now(), end: Infinity };
    stats.timeline.push(call);
    res.on('finish', () => (call.end = performance.now()));
    forwardThen(req, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.on('data', (chunk: Buffer) => (stats.responseBytes += chunk.length));
      up.pipe(res);
    }, () => res.destroy());
  });
  const forwardThen = (req: IncomingMessage, answered: (up: IncomingMessage) => void, failed: () => void = () => req.socket.destroy()) => {
    const proxied = forward({ hostname: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: req.headers }, answered);
    proxied.on('error', failed);
    req.pipe(proxied);
  };
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    inject(kind, count, command) {
      fault = kind;
      remaining = count;
      only = command;
    },
    clear() {
      fault = null;
      remaining = 0;
      only = undefined;
    },
    stats,
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

const TRANSACT_IAM_ACTIONS = { Put: 'PutItem', Update: 'UpdateItem', Delete: 'DeleteItem', ConditionCheck: 'ConditionCheckItem' } as const;

function recordIamActions(req: IncomingMessage, command: string, into: string[]): void {
  if (command !== 'TransactWriteItems') return void into.push(command);
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    const { TransactItems = [] } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { TransactItems?: Record<string, unknown>[] };
    for (const action of TransactItems) into.push(...Object.keys(action).map((kind) => TRANSACT_IAM_ACTIONS[kind as keyof typeof TRANSACT_IAM_ACTIONS]));
  });
}
