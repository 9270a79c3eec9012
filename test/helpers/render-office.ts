/**
 * An office file as a reader sees it: LibreOffice (Debian's `libreoffice-writer`/`-calc`, run
 * headless) converts it to PDF, and poppler's `pdftoppm` turns each page into a PNG beside it, for
 * a person to look at. Suites skip this where LibreOffice is not installed.
 *
 *   soffice -env:UserInstallation=file:///tmp/lo-profile --headless --convert-to pdf --outdir DIR FILE
 *   pdftoppm -r 80 -png DIR/FILE.pdf DIR/FILE-page
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const has = (command: string) => {
  try {
    execFileSync('which', [command], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

export const canRenderOffice = has('soffice') && has('pdftoppm');

/** Converts `file` to `<file>.pdf` and `<file>-page-<n>.png` in its folder; returns the PNG paths. */
export function renderOfficeFile(file: string): string[] {
  const dir = dirname(file);
  const stem = basename(file).replace(/\.[^.]+$/, '');
  // A profile of its own, so that a running LibreOffice or a parallel suite does not block this one.
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  try {
    const args = [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file];
    execFileSync('soffice', args, { stdio: 'ignore', timeout: 120_000 });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  execFileSync('pdftoppm', ['-r', '80', '-png', join(dir, `${stem}.pdf`), join(dir, `${stem}-page`)], { stdio: 'ignore' });
  return readdirSync(dir).filter((f) => f.startsWith(`${stem}-page`) && f.endsWith('.png')).sort().map((f) => join(dir, f));
}
