import { afterAll, beforeAll, expect, it } from 'vitest';
import { startStackProcess, type StackProcess } from '../helpers/processes.js';
import { buildOnce, openAddon } from './helpers/addon.js';

let stack: StackProcess;
beforeAll(async () => { await buildOnce(); stack = await startStackProcess({ DEMO: '1' }); }, 90_000);
afterAll(async () => { await stack?.stop(); });

it('smoke', async () => {
  const token = ((await (await fetch(`${stack.url}/dev/token`, { method: 'POST', body: JSON.stringify({ email: 'xa-dai-son@tuky.local' }) })).json()) as { token: string }).token;
  const addon = openAddon({ userEmail: 'xa-dai-son@tuky.local', identityToken: () => token });
  addon.run('onOpen', { authMode: 'NONE' });
  console.log(JSON.stringify(addon.fake.ui.menus));
  console.log(addon.outcome('saveSettings', { apiUrl: stack.url, planId: 'tu-ky-2024' }, 'vi'));
  addon.fake.calls.reset();
  console.log(JSON.stringify(addon.outcome('insertTemplate', '2024-Q4', false, 'vi')).slice(0, 300), addon.fake.calls.total);
  console.log(addon.fake.spreadsheet.getSheets().map((s) => s.getName()));
  addon.fake.calls.reset();
  console.log(JSON.stringify(addon.outcome('checkReport', '2024-Q4', 'vi')).slice(0, 600), addon.fake.calls.sequence);
  await addon.fake.dispose();
});
