/**
 * An HTTP proxy between the handlers and dynalite that injects the faults DynamoDB really returns:
 * throttling (400 ProvisionedThroughputExceededException), internal errors (500) and dropped
 * connections. Each fault is scripted for the next N requests, and every request is counted, its
 * command (GetItem, Query, …) recorded and the bytes of its answer added up.
 */
import { createServer, request as forward, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Fault = 'throttle' | 'internal-error' | 'drop-connection';

export interface FaultProxy {
  endpoint: string;
  /** Fault the next `count` requests (Infinity for all until `clear`). */
  inject(fault: Fault, count: number): void;
  clear(): void;
  /** `responseBytes`: what the store sent back, e.g. to show a read leaves report data behind. */
  stats: { requests: number; faulted: number; commands: string[]; responseBytes: number };
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
  const stats = { requests: 0, faulted: 0, commands: [] as string[], responseBytes: 0 };
  const server: Server = createServer((req, res) => {
    stats.requests++;
    // The SDK names the command in X-Amz-Target, e.g. "DynamoDB_20120810.GetItem".
    stats.commands.push(String(req.headers['x-amz-target'] ?? '').split('.').pop()!);
    if (fault && remaining > 0) {
      remaining--;
      stats.faulted++;
      const current = fault;
      if (remaining === 0) fault = null;
      req.resume();
      if (current === 'drop-connection') return void req.socket.destroy();
      const [status, body] = current === 'throttle' ? [400, THROTTLE_BODY] : [500, INTERNAL_BODY];
      res.writeHead(status, { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': 'fault' });
      return void res.end(body);
    }
    const proxied = forward({ hostname: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.on('data', (chunk: Buffer) => (stats.responseBytes += chunk.length));
      up.pipe(res);
    });
    proxied.on('error', () => res.destroy());
    req.pipe(proxied);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    inject(kind, count) {
      fault = kind;
      remaining = count;
    },
    clear() {
      fault = null;
      remaining = 0;
    },
    stats,
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}
