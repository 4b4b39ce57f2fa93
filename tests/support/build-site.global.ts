import { astroBuild, SITE_DIST } from './build.ts';

/**
 * Builds the real site once per test run, for both the build and the browser suites.
 * The environment flag keeps the second suite's setup from building it again.
 */
export default async function buildSiteOnce() {
  if (process.env.TIMELINE_SITE_BUILT === SITE_DIST) return;
  const result = await astroBuild(SITE_DIST);
  if (result.code !== 0) throw new Error(`astro build failed:\n${result.output}`);
  process.env.TIMELINE_SITE_BUILT = SITE_DIST;
}
