/**
 * Serves the leadership page (web/) as `npm run build:web` builds it, bundled in memory on the
 * first request for a page file (~0.3 s) and kept for the life of the process, and its
 * `/config.json`: the API on this same origin and the dev sign-in with the demo's accounts.
 */
import { extname } from 'node:path';
import type { ServerResponse } from 'node:http';
import { bundleWeb, type WebFile } from '../../web/build.js';
import type { WebConfig } from '../../web/src/config.js';
import { DEMO_ACCOUNTS } from './demo.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

let built: Promise<ReadonlyMap<string, WebFile>> | null = null;

function webFiles(): Promise<ReadonlyMap<string, WebFile>> {
  built ??= bundleWeb().then((files) => new Map(files.map((f) => [f.path, f])));
  // A failed build is not kept: the next request tries again (e.g. after fixing a typo in web/).
  built.catch(() => (built = null));
  return built;
}

/** The page's config on the local stack: no API URL (same origin), the demo accounts when the demo is on. */
export function localWebConfig(demo: boolean): WebConfig {
  const demoAccounts = demo
    ? [
        { email: DEMO_ACCOUNTS.leader, role: 'viewer' as const },
        { email: DEMO_ACCOUNTS.reviewer, role: 'reviewer' as const },
        { email: DEMO_ACCOUNTS.reporterOf('xa-dai-son'), role: 'reporter' as const },
      ]
    : [];
  return { apiUrl: '', auth: { kind: 'dev', demoAccounts } };
}

export async function serveStatic(path: string, res: ServerResponse, config: WebConfig): Promise<boolean> {
  if (path === '/config.json') return send(res, '.json', JSON.stringify(config));
  const file = (await webFiles()).get(path === '/' ? '/index.html' : path);
  return file ? send(res, extname(file.path), file.contents) : false;
}

function send(res: ServerResponse, extension: string, content: string | Uint8Array): true {
  res.writeHead(200, { 'content-type': TYPES[extension] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
  res.end(content);
  return true;
}
