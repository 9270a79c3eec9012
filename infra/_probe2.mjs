import * as esbuild from 'esbuild';
import { readdirSync } from 'node:fs';
for (const f of readdirSync('functions/handlers')) {
const r = await esbuild.build({ entryPoints: ['functions/handlers/'+f], bundle: true, platform: 'node', format: 'esm', target: 'node22', minify: true, external: ['@aws-sdk/*'], mainFields: ['module','main'], write: false, outfile: 'out/index.mjs', metafile: true });
const out = Object.values(r.metafile.outputs)[0];
const by = {};
for (const [p, v] of Object.entries(out.inputs)) { const k = p.startsWith('node_modules') ? p.split('/').slice(0, p.includes('/@') ? 3 : 2).join('/') + (p.includes('zod/v4/locales') ? '/locales' : '') : p.split('/')[0]; by[k] = (by[k] ?? 0) + v.bytesInOutput; }
console.log(f, (out.bytes/1024).toFixed(1), Object.entries(by).sort((a,b)=>b[1]-a[1]).map(([k,v])=>`${k}=${(v/1024).toFixed(1)}`).join(' '));
}
