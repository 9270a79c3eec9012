/**
 * The OpenAPI document's `servers` comes from the domain API Gateway answered on (in AWS, https
 * only), never from headers a client writes. The local stack has no such domain, so its document
 * names no server: clients resolve paths against where they fetched it. The AWS side is checked
 * on the shipped bundle (test/infra/shipped-bundles.test.ts).
 */
import { request } from 'node:http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startApiStack, type ApiStack } from '../helpers/api-stack.js';

let s: ApiStack;
beforeAll(async () => {
  s = await startApiStack();
});
afterAll(() => s.close());

/** GET /openapi.json with exactly these headers (fetch would not let a test set Host). */
function getDocument(headers: Record<string, string>): Promise<string> {
  const { port } = new URL(s.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/openapi.json', headers }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk)).on('end', () => resolve(text));
    });
    req.on('error', reject).end();
  });
}

it('takes nothing from Host, X-Forwarded-Proto or X-Forwarded-Host, on the first request or any later one', async () => {
  const { port } = new URL(s.url);
  const forged = await getDocument({ host: `127.0.0.1:${port}`, 'x-forwarded-proto': 'http', 'x-forwarded-host': 'evil.example' });
  const plain = await getDocument({ host: `localhost:${port}` });
  expect(JSON.parse(forged)).not.toHaveProperty('servers');
  expect(forged).not.toMatch(/evil\.example|127\.0\.0\.1/);
  expect(forged).toBe(plain);
});
