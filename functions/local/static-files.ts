/** Serves the leadership page (web/) and the Chart.js bundle it draws with. */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ServerResponse } from 'node:http';

const WEB_ROOT = join(dirname(fileURLToPath(import.meta.url)), 'web');
// chart.js does not export its UMD file; find it beside the package's main entry.
const CHART_JS = join(dirname(createRequire(import.meta.url).resolve('chart.js')), 'chart.umd.min.js');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

export async function serveStatic(path: string, res: ServerResponse): Promise<boolean> {
  const file = path === '/vendor/chart.umd.min.js' ? CHART_JS : join(WEB_ROOT, normalize(path === '/' ? '/index.html' : path));
  if (!file.startsWith(WEB_ROOT) && file !== CHART_JS) return false;
  try {
    const content = await readFile(file);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    res.end(content);
    return true;
  } catch {
    return false;
  }
}
