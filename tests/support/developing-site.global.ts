import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { astroBuild, ROOT } from './build.ts';

/**
 * Entries that went up, and were corrected, at times of their own (tests/fixtures/developing/ and
 * the corrected entry of tests/fixtures/editing/), with the real actors, places and metrics, for
 * the tests of the latest page, the stamps and what is new since a last visit. The real entries
 * are left out: each new entry or correction of theirs would change what is newest. Built once
 * per test run, for the build and the browser suites both; never in content/.
 */
export const DEVELOPING_CONTENT = join(ROOT, 'tests/.tmp/developing-content');
export const DEVELOPING_DIST = join(ROOT, 'tests/.tmp/site-developing');

export default async function buildDevelopingSiteOnce() {
  if (process.env.TIMELINE_DEVELOPING_BUILT === DEVELOPING_DIST) return;
  rmSync(DEVELOPING_CONTENT, { recursive: true, force: true });
  // The data files of every edition (content/*.yaml, content/<lang>/*.yaml), not the entries.
  for (const folder of ['', ...readdirSync(join(ROOT, 'content'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name)]) {
    for (const file of readdirSync(join(ROOT, 'content', folder)).filter((name) => name.endsWith('.yaml'))) {
      mkdirSync(join(DEVELOPING_CONTENT, folder), { recursive: true });
      cpSync(join(ROOT, 'content', folder, file), join(DEVELOPING_CONTENT, folder, file));
    }
  }
  for (const folder of ['tests/fixtures/developing', 'tests/fixtures/editing/corrected']) {
    cpSync(join(ROOT, folder), join(DEVELOPING_CONTENT, 'events'), { recursive: true });
  }
  const result = await astroBuild(DEVELOPING_DIST, { CONTENT_DIR: DEVELOPING_CONTENT });
  if (result.code !== 0) throw new Error(`astro build of the developing-story content failed:\n${result.output}`);
  process.env.TIMELINE_DEVELOPING_BUILT = DEVELOPING_DIST;
}
