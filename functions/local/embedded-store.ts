/**
 * The embedded DynamoDB-compatible store (dynalite) on loopback: persisted in a folder, or in
 * memory. The local stack talks to it over HTTP with the real AWS SDK, as a Lambda would.
 */
import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

const require = createRequire(import.meta.url);
const dynalite = require('dynalite') as (options: { path?: string; createTableMs?: number; deleteTableMs?: number; updateTableMs?: number }) => Server;

export interface EmbeddedStore {
  endpoint: string;
  close(): Promise<void>;
}

export async function startEmbeddedStore(options: { dataDir?: string; port?: number }): Promise<EmbeddedStore> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  // Tables become ACTIVE at once: there is no provisioning to simulate on a laptop.
  const server = dynalite({ ...(options.dataDir ? { path: options.dataDir } : {}), createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        // dynalite closes its LevelDB when the server closes, flushing what was written.
        server.close(() => resolve());
      }),
  };
}
