import * as esbuild from 'esbuild';
import { readdirSync, readFileSync } from 'node:fs';
const rewrite = { name: 'star-zod', setup(b) { b.onLoad({ filter: /\/(shared|functions)\/.*\.ts$/ }, (a) => ({ contents: readFileSync(a.path, 'utf8').replace("import { z } from 'zod';", "import * as z from 'zod';"), loader: 'ts' })); } };
for (const f of readdirSync('functions/handlers')) {
  const r = await esbuild.build({ entryPoints: ['functions/handlers/'+f], bundle: true, platform: 'node', format: 'esm', target: 'node22', minify: true, external: ['@aws-sdk/*'], mainFields: ['module','main'], write: false, outfile: 'out/index.mjs', metafile: true, plugins: [rewrite], banner: { js: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);" } });
  const out = Object.values(r.metafile.outputs).find(o => !o.entryPoint === false) ?? Object.values(r.metafile.outputs)[0];
  const by = {};
  for (const [p, v] of Object.entries(out.inputs)) { const k = p.startsWith('node_modules') ? p.split('/').slice(0, p.includes('/@') ? 3 : 2).join('/') : p.split('/')[0]; by[k] = (by[k] ?? 0) + v.bytesInOutput; }
  console.log(f.padEnd(24), (out.bytes/1024).toFixed(1).padStart(6), Object.entries(by).sort((a,b)=>b[1]-a[1]).map(([k,v])=>`${k.replace('node_modules/','')}=${(v/1024).toFixed(1)}`).join(' '));
}
