/**
 * Apps Script calls per operation, at 300 units. They are counted by the project's fake of the
 * Apps Script services while the built add-in runs against the local stack; that measurement
 * lives in test/addon/call-budget.test.ts, which this section runs and reads (not repeats).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

interface Count {
  document: number;
  total: number;
}

export function benchAddon(): Record<string, number> {
  const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', 'test/addon/call-budget.test.ts'], { cwd: ROOT, stdio: 'inherit' });
  if (run.status !== 0) throw new Error('test/addon/call-budget.test.ts failed');
  const measured = JSON.parse(readFileSync(join(ROOT, 'test-artifacts/addon-calls.json'), 'utf8')) as Record<string, Record<string, Count>>;
  const at = (units: number) => measured[`${units} units`]!;
  const result = {
    units: 300,
    callsPerSubmit: at(300).submit!.document,
    callsPerScorecardSheet: at(300).scorecardSheetFirst!.document,
    callsPerScorecardRefresh: at(300).scorecardSheetRefresh!.document,
    allCallsPerSubmit: at(300).submit!.total,
    allCallsPerScorecardSheet: at(300).scorecardSheetFirst!.total,
    callsPerSubmitAt23: at(23).submit!.document,
    callsPerScorecardSheetAt23: at(23).scorecardSheetFirst!.document,
  };
  console.log('\nApps Script calls (document calls: reads and writes of the sheet, properties, locks, network; "all" adds builder setters)');
  console.table([result]);
  return result;
}
