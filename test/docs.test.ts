/**
 * What the newcomer's documents promise, checked against what they describe: the README's
 * command table renders as one table, and the scopes docs/deploy.md tells an admin to enter in
 * the Marketplace SDK are exactly the manifest's (Google requires them to match).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

/** The lines of a markdown section, from its heading to the next heading of any level. */
function section(markdown: string, heading: string): string[] {
  const lines = markdown.split('\n');
  const start = lines.indexOf(heading);
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((line, i) => i > start && line.startsWith('#'));
  return lines.slice(start + 1, end === -1 ? undefined : end);
}

describe('the documents', () => {
  it("README's Commands table has no blank line between its rows (markdown would end the table there)", () => {
    const lines = section(read('README.md'), '## Commands');
    const rows = lines.flatMap((line, i) => (line.startsWith('|') ? [i] : []));
    expect(rows.length).toBeGreaterThan(2);
    expect(rows.at(-1)! - rows[0]!).toBe(rows.length - 1);
  });

  it('docs/deploy.md lists for the Marketplace SDK exactly the oauthScopes of the manifest', () => {
    const manifest = JSON.parse(read('addon/appsscript.json')) as { oauthScopes: string[] };
    const documented = read('docs/deploy.md')
      .split('\n')
      .flatMap((line) => /^\| `([^`]+)` \| [^|]+\|$/.exec(line)?.[1] ?? [])
      .filter((cell) => cell === 'openid' || cell.startsWith('https://www.googleapis.com/auth/'));
    expect(documented.sort()).toEqual([...manifest.oauthScopes].sort());
  });
});
