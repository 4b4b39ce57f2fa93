import { join } from 'node:path';
import { generateContent } from '../../bench/synthetic.ts';
import { astroBuild, ROOT } from './build.ts';

/** A long timeline for the browser tests that need one: generated, never in content/. */
export const SYNTHETIC_COUNT = 300;
export const SYNTHETIC_CONTENT_ROOT = join(ROOT, 'tests/.tmp/synthetic');
export const SYNTHETIC_DIST = join(ROOT, 'tests/.tmp/site-synthetic');

/**
 * Past the 300 events from which TimelineList lays a timeline out as a long one (months and runs of
 * cards rendered only near the window), as at thousands of events.
 */
export const LONG_LAYOUT_COUNT = 320;
export const LONG_LAYOUT_CONTENT_ROOT = join(ROOT, 'tests/.tmp/synthetic-long');
export const LONG_LAYOUT_DIST = join(ROOT, 'tests/.tmp/site-synthetic-long');

/** Builds `count` synthetic entries into `dist`, once per test run. */
async function buildOnce(count: number, contentRoot: string, dist: string) {
  const key = `TIMELINE_SYNTHETIC_BUILT_${count}`;
  if (process.env[key] === dist) return;
  const content = generateContent(contentRoot, join(ROOT, 'content'), count);
  const result = await astroBuild(dist, { CONTENT_DIR: content });
  if (result.code !== 0) throw new Error(`astro build of ${count} synthetic entries failed:\n${result.output}`);
  process.env[key] = dist;
}

/** Builds the synthetic sites once per test run, for every browser test of a long timeline. */
export default async function buildSyntheticSitesOnce() {
  await buildOnce(SYNTHETIC_COUNT, SYNTHETIC_CONTENT_ROOT, SYNTHETIC_DIST);
  await buildOnce(LONG_LAYOUT_COUNT, LONG_LAYOUT_CONTENT_ROOT, LONG_LAYOUT_DIST);
}
