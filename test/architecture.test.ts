/**
 * The dependency rules of docs/architecture.md, checked rather than hoped for: shared/ is pure and
 * imports nothing of ours; functions/ and addon/ import shared/ but never each other; infra/ only
 * reads the route table and the table's key schema from functions/.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function sourceFiles(folder: string): string[] {
  const dir = join(ROOT, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

function imports(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"`]*?from\s+['"]([^'"]+)['"]/g), ...text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]!);
}

/** Our own files an import points at, relative to the repository root. */
function localTargets(file: string): string[] {
  return imports(file)
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => relative(ROOT, resolve(ROOT, dirname(file), spec)));
}

describe('dependency direction', () => {
  it('finds the source files it checks', () => {
    expect(sourceFiles('shared').length).toBeGreaterThan(10);
    expect(sourceFiles('functions').length).toBeGreaterThan(10);
  });

  it('keeps shared/ free of our other folders and of platform modules', () => {
    for (const file of sourceFiles('shared')) {
      for (const target of localTargets(file)) expect(target.startsWith('shared/'), `${file} imports ${target}`).toBe(true);
      for (const spec of imports(file)) {
        expect(spec.startsWith('node:') || spec.startsWith('@aws-sdk') || spec.startsWith('aws-'), `${file} imports ${spec}`).toBe(false);
      }
      expect(readFileSync(join(ROOT, file), 'utf8'), `${file} reads process.env`).not.toMatch(/process\.env|Date\.now\(\)|Math\.random\(\)/);
    }
  });

  it('never lets functions/ and addon/ import each other', () => {
    for (const file of sourceFiles('functions')) {
      for (const target of localTargets(file)) expect(target.startsWith('addon/'), `${file} imports ${target}`).toBe(false);
    }
    for (const file of sourceFiles('addon')) {
      for (const target of localTargets(file)) expect(target.startsWith('functions/'), `${file} imports ${target}`).toBe(false);
    }
  });

  it('lets infra/ read only the route table and the key schema from functions/', () => {
    const allowed = new Set(['functions/routes.js', 'functions/store/table.js']);
    for (const file of sourceFiles('infra')) {
      for (const target of localTargets(file).filter((t) => t.startsWith('functions/'))) {
        expect(allowed.has(target), `${file} imports ${target}`).toBe(true);
      }
    }
  });
});

