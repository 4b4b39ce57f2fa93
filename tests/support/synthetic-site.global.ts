import { join } from 'node:path';
import { generateContent } from '../../bench/synthetic.ts';
import { astroBuild, ROOT } from './build.ts';

/** A long timeline for the browser tests that need one: generated, never in content/. */
export const SYNTHETIC_COUNT = 300;
export const SYNTHETIC_CONTENT_ROOT = join(ROOT, 'tests/.tmp/synthetic');
export const SYNTHETIC_DIST = join(ROOT, 'tests/.tmp/site-synthetic');

/** Builds the synthetic site once per test run, for every browser test of a long timeline. */
export default async function buildSyntheticSiteOnce() {
  if (process.env.TIMELINE_SYNTHETIC_BUILT === SYNTHETIC_DIST) return;
  const content = generateContent(SYNTHETIC_CONTENT_ROOT, join(ROOT, 'content'), SYNTHETIC_COUNT);
  const result = await astroBuild(SYNTHETIC_DIST, { CONTENT_DIR: content });
  if (result.code !== 0) throw new Error(`astro build of ${SYNTHETIC_COUNT} synthetic entries failed:\n${result.output}`);
  process.env.TIMELINE_SYNTHETIC_BUILT = SYNTHETIC_DIST;
}
