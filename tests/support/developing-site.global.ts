import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { astroBuild, ROOT } from './build.ts';

/**
 * The real content plus entries that went up, and were corrected, at times of their own
 * (tests/fixtures/developing/ and the corrected entry of tests/fixtures/editing/), for the tests
 * of the latest page, the stamps and what is new since a last visit. Built once per test run,
 * for the build and the browser suites both; never in content/.
 */
export const DEVELOPING_CONTENT = join(ROOT, 'tests/.tmp/developing-content');
export const DEVELOPING_DIST = join(ROOT, 'tests/.tmp/site-developing');

export default async function buildDevelopingSiteOnce() {
  if (process.env.TIMELINE_DEVELOPING_BUILT === DEVELOPING_DIST) return;
  rmSync(DEVELOPING_CONTENT, { recursive: true, force: true });
  cpSync(join(ROOT, 'content'), DEVELOPING_CONTENT, { recursive: true });
  for (const folder of ['tests/fixtures/developing', 'tests/fixtures/editing/corrected']) {
    cpSync(join(ROOT, folder), join(DEVELOPING_CONTENT, 'events'), { recursive: true });
  }
  const result = await astroBuild(DEVELOPING_DIST, { CONTENT_DIR: DEVELOPING_CONTENT });
  if (result.code !== 0) throw new Error(`astro build of the developing-story content failed:\n${result.output}`);
  process.env.TIMELINE_DEVELOPING_BUILT = DEVELOPING_DIST;
}
