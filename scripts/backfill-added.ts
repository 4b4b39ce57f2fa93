// `node scripts/backfill-added.ts [--dry-run]`: gives every entry in content/events/ that has no
// `added` field the time its file was first committed, as Caracas reads it ("2026-11-22T03:43:42-04:00"),
// on a line of its own at the end of the frontmatter. Entries that have `added` are left alone, so
// it can be run again at any time (after a merge brings in entries written before the field existed).
// A file never committed has no such time: it is named, and left for the editor (`npm run check`
// reports it as missing).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/node/content-files.ts';
import { caracasIso } from '../src/lib/caracas-time.ts';

const { values } = parseArgs({ options: { 'dry-run': { type: 'boolean' } } });
const root = process.cwd();
const eventsDir = join(contentDir(root), 'events');

/** The time the file was first committed (following renames), or undefined if it never was. */
function firstCommitted(path: string): string | undefined {
  const log = execFileSync('git', ['log', '--diff-filter=A', '--follow', '--format=%cI', '--', path], { cwd: root, encoding: 'utf8' });
  return log.trim().split('\n').filter(Boolean).at(-1);
}

/** The text with `line` added as the last line of its frontmatter; null when it has none. */
function withLastFrontmatterLine(text: string, line: string): string | null {
  const lines = text.split('\n');
  const open = lines.findIndex((l) => l.trim() !== '');
  if (open < 0 || !/^\uFEFF?---\s*$/.test(lines[open]!)) return null;
  const close = lines.findIndex((l, index) => index > open && /^---\s*$/.test(l));
  if (close < 0) return null;
  const eol = lines[close]!.endsWith('\r') ? '\r' : '';
  lines.splice(close, 0, `${line}${eol}`);
  return lines.join('\n');
}

let written = 0;
const files = readdirSync(eventsDir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
  .map((entry) => join(entry.parentPath, entry.name))
  .sort();
for (const file of files) {
  const shown = relative(root, file);
  const text = readFileSync(file, 'utf8');
  if (/^added\s*:/m.test(text.split(/\n---\s*\n/)[0] ?? '')) continue;
  const committed = firstCommitted(file);
  if (!committed) {
    console.log(`${shown}: never committed, so no time to give it: set added by hand`);
    continue;
  }
  const added = caracasIso(Date.parse(committed));
  const next = withLastFrontmatterLine(text, `added: "${added}"`);
  if (next === null) {
    console.log(`${shown}: no frontmatter found, left alone`);
    continue;
  }
  if (!values['dry-run']) writeFileSync(file, next);
  console.log(`${shown}: added: "${added}" (first committed ${committed})`);
  written++;
}
console.log(`${written} ${written === 1 ? 'entry' : 'entries'} ${values['dry-run'] ? 'would be' : ''} given an added time.`.replace('  ', ' '));
