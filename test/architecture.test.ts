/**
 * The dependency rules of docs/architecture.md, checked rather than hoped for: shared/ is pure,
 * imports nothing of ours and has no import cycles; functions/ and addon/ import shared/ but never each other; infra/ only
 * reads the route table, the table's key schema and the stream filter from functions/.
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

/** The first import cycle found in `edges` (each node's targets), as its nodes in order; none → undefined. */
function findCycle(edges: ReadonlyMap<string, ReadonlySet<string>>): string[] | undefined {
  const done = new Set<string>();
  const walk = (node: string, path: string[]): string[] | undefined => {
    const seen = path.indexOf(node);
    if (seen >= 0) return [...path.slice(seen), node];
    if (done.has(node)) return undefined;
    for (const next of edges.get(node) ?? []) {
      const cycle = walk(next, [...path, node]);
      if (cycle) return cycle;
    }
    done.add(node);
    return undefined;
  };
  for (const node of edges.keys()) {
    const cycle = walk(node, []);
    if (cycle) return cycle;
  }
  return undefined;
}

/** shared/'s imports as edges between files, or between the groups they sit in (a folder, or a file at the top). */
function sharedImports(groupOf: (file: string) => string): Map<string, Set<string>> {
  const edges = new Map<string, Set<string>>();
  for (const file of sourceFiles('shared')) {
    for (const target of localTargets(file).map((t) => t.replace(/\.js$/, '.ts'))) {
      const [from, to] = [groupOf(file), groupOf(target)];
      if (from === to) continue;
      edges.set(from, (edges.get(from) ?? new Set()).add(to));
    }
  }
  return edges;
}

/** `shared/engine/kpis.ts` → `shared/engine`; `shared/calendar.ts` stays itself. */
const folderOf = (file: string) => file.split('/').slice(0, 2).join('/');

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

  it('has no import cycles inside shared/, between its modules or between its folders', () => {
    expect(findCycle(sharedImports((file) => file))?.join(' -> ')).toBeUndefined();
    expect(findCycle(sharedImports(folderOf))?.join(' -> ')).toBeUndefined();
  });

  it('finds an import cycle when there is one', () => {
    const edges = new Map([['a', new Set(['b'])], ['b', new Set(['c'])], ['c', new Set(['a'])], ['d', new Set(['a'])]]);
    expect(findCycle(edges)).toEqual(['a', 'b', 'c', 'a']);
    expect(findCycle(new Map([['a', new Set(['b'])], ['b', new Set<string>()]]))).toBeUndefined();
  });

  it('keeps the page (web/) on shared/ alone: it never imports functions/, addon/ or infra/', () => {
    expect(sourceFiles('web/src').length).toBeGreaterThan(5);
    for (const file of sourceFiles('web/src')) {
      for (const target of localTargets(file)) expect(/^(functions|addon|infra)\//.test(target), `${file} imports ${target}`).toBe(false);
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

  it('keeps the use cases on their ports: no store adapter, no AWS SDK, and the adapter reaches back only for the ports', () => {
    const useCases = sourceFiles('functions/use-cases');
    expect(useCases.some((f) => f.startsWith('functions/use-cases/ports/'))).toBe(true);
    for (const file of useCases) {
      for (const target of localTargets(file)) expect(target.startsWith('functions/store/'), `${file} imports ${target}`).toBe(false);
      for (const spec of imports(file)) expect(spec.startsWith('@aws-sdk'), `${file} imports ${spec}`).toBe(false);
    }
    for (const file of sourceFiles('functions/store')) {
      for (const target of localTargets(file).filter((t) => t.startsWith('functions/use-cases/'))) {
        expect(target.startsWith('functions/use-cases/ports/'), `${file} imports ${target}`).toBe(true);
      }
    }
  });

  it('leaves DynamoDB error names to the store adapter', () => {
    // The local store's transactions answer with those errors: they are the store, not its user.
    const store = (f: string) => f.startsWith('functions/store/') || f === 'functions/local/dynalite-transactions.ts';
    for (const file of sourceFiles('functions').filter((f) => !store(f))) {
      expect(readFileSync(join(ROOT, file), 'utf8'), file).not.toMatch(/ThrottlingException|ConditionalCheckFailed|ProvisionedThroughputExceeded|\$retryable/);
    }
  });

  it('lets infra/ read only the route table and the key schema from functions/', () => {
    // The stream filter is a deployment fact too: the event source mapping and the handler share it.
    const allowed = new Set(['functions/routes.js', 'functions/store/table.js', 'functions/store/stream-filter.js']);
    for (const file of sourceFiles('infra')) {
      for (const target of localTargets(file).filter((t) => t.startsWith('functions/'))) {
        expect(allowed.has(target), `${file} imports ${target}`).toBe(true);
      }
    }
  });
});

