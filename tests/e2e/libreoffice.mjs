// Opens a .docx with LibreOffice headless, as a user's word processor would, and returns its text;
// null where LibreOffice is not installed (scripts/setup installs it), so a test can say it skipped.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SOFFICE = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find(existsSync);

/** The text LibreOffice reads in `bytes` (a .docx), or null without LibreOffice. */
export function docxText(bytes) {
  if (!SOFFICE) {
    console.log('# skipping the LibreOffice check: soffice is not installed (scripts/setup installs it)');
    return null;
  }
  const dir = mkdtempSync(join(tmpdir(), 'dien-hinh-docx-'));
  writeFileSync(join(dir, 'bao-cao.docx'), bytes);
  // A profile of its own, so a LibreOffice already running (or another test) does not interfere.
  execFileSync(SOFFICE, [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to',
    'txt:Text (encoded):UTF8', '--outdir', dir, join(dir, 'bao-cao.docx')], { stdio: 'pipe' });
  return readFileSync(join(dir, 'bao-cao.txt'), 'utf8');
}
