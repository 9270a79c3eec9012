/**
 * The README's first command as a new user runs it: `npm start` prints its URL and the demo
 * accounts and no warning, serves the page, the Tứ Kỳ 2024-Q3 scorecard and the Hải Phòng 2026
 * example's (the test run leaves the example out elsewhere: DEMO_PROVINCE), and stops cleanly on
 * SIGINT and SIGTERM: a SIGTERM to the npm process alone leaves no process and frees the port.
 * With a DATA_DIR, what was acknowledged before a stop is there after a restart, and the demo is
 * not loaded twice.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startStackProcess, type StackProcess } from './helpers/processes.js';

const dataDir = mkdtempSync(join(tmpdir(), 'npm-start-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Whether anything still accepts connections on the stack's port. */
function listening(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(Number(new URL(url).port), '127.0.0.1', () => (socket.end(), resolve(true)));
    socket.on('error', () => resolve(false));
  });
}

async function get(stack: StackProcess, path: string, email: string) {
  const res = await fetch(`${stack.url}${path}`, { headers: { authorization: `Bearer ${await stack.token(email)}` } });
  return { status: res.status, body: (await res.json()) as any };
}

describe('npm start', () => {
  it('serves the demo, keeps what was acknowledged across a restart, and stops cleanly', async () => {
    const first = await startStackProcess({ MEMORY: '', DEMO: '1', DEMO_PROVINCE: '1', DATA_DIR: dataDir }, { viaNpm: true });
    expect(first.output()).toContain('lanh-dao@tuky.local');
    expect(first.output()).toContain('lanh-dao@haiphong.local');
    expect(first.output()).toContain('demo data loaded');
    // Node 22 from node_modules, as on Lambda: the AWS SDK has nothing to warn about, nor has Node.
    expect(first.output()).not.toMatch(/Warning/);
    const page = await fetch(`${first.url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<html lang="vi">');
    const q3 = await get(first, '/v1/plans/tu-ky-2024/scorecards/2024-Q3', 'lanh-dao@tuky.local');
    expect(q3.status).toBe(200);
    expect(q3.body.completeness.missing).toEqual(['xa-ha-thanh']);

    // Both plans for the admin; each demo leader sees only their own.
    const plans = async (email: string) => (await get(first, '/v1/plans', email)).body.plans.map((p: { id: string }) => p.id);
    expect(await plans('admin@localhost')).toEqual(['tu-ky-2024', 'vd-hai-phong-2026']);
    expect(await plans('lanh-dao@tuky.local')).toEqual(['tu-ky-2024']);
    expect(await plans('lanh-dao@haiphong.local')).toEqual(['vd-hai-phong-2026']);
    // The province's latest quarter, 2026-Q3: 114 commune-level units + 14 departments = 128
    // expected; 3 never reported (128 − 3 = 125 submitted), 5 of those after the deadline.
    const province = await get(first, '/v1/plans/vd-hai-phong-2026/scorecards/2026-Q3', 'lanh-dao@haiphong.local');
    expect(province.status).toBe(200);
    expect(province.body.units).toHaveLength(128);
    expect(province.body.completeness).toMatchObject({ expected: 128, submitted: 125, late: 5 });
    expect([...province.body.completeness.missing].sort()).toEqual(['phuong-an-duong-3', 'so-dan-toc-ton-giao', 'xa-ninh-giang-5']);
    // 27 former districts, the coastal cluster and three sectors of departments.
    expect(province.body.groups).toHaveLength(31);

    // An acknowledged correction, then Ctrl-C.
    const before = await get(first, '/v1/plans/tu-ky-2024/reports/2024-Q3/xa-dai-son', 'xa-dai-son@tuky.local');
    const submitted = await fetch(`${first.url}/v1/plans/tu-ky-2024/reports`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await first.token('xa-dai-son@tuky.local')}`, 'content-type': 'application/json' },
      body: JSON.stringify({ unitId: 'xa-dai-son', period: '2024-Q3', data: before.body.data, idempotencyKey: 'npm-start-restart-1' }),
    });
    expect(submitted.status).toBe(201);
    const acknowledged = (await submitted.json()) as { version: number };
    // npm itself ends by the signal it was sent; the stack inside it says it stopped cleanly.
    await first.stop('SIGINT');
    expect(first.output()).toMatch(/SIGINT: .*stopping…\s+stopped/s);

    const second = await startStackProcess({ MEMORY: '', DEMO: '1', DEMO_PROVINCE: '1', DATA_DIR: dataDir }, { viaNpm: true });
    expect(second.output()).not.toContain('demo data loaded');
    const after = await get(second, '/v1/plans/tu-ky-2024/reports/2024-Q3/xa-dai-son', 'xa-dai-son@tuky.local');
    expect(after.body.version).toBe(acknowledged.version);
    expect(after.body.history).toHaveLength(acknowledged.version);
    // SIGTERM to npm alone (stop() then waits until none of its processes is left, or fails).
    expect(await second.stop('SIGTERM')).toBe(0);
    expect(second.output()).toMatch(/SIGTERM: .*stopping…\s+stopped/s);
    expect(await listening(second.url)).toBe(false);
  }, 120_000);

  it('exits with 0 on SIGTERM when run directly, as a process manager runs it', async () => {
    const stack = await startStackProcess({ MEMORY: '1', DEMO: '0' });
    expect(await stack.stop('SIGTERM')).toBe(0);
    expect(await listening(stack.url)).toBe(false);
  }, 60_000);
});
