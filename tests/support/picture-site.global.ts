import { astroBuild } from './build.ts';
import { PICTURE_CONTENT, PICTURE_DIST, preparePictureContent } from './picture-site.ts';

/** Builds the real content with the picture fixtures once per test run, for the build and the browser suites. */
export default async function buildPictureSiteOnce() {
  if (process.env.TIMELINE_PICTURES_BUILT === PICTURE_DIST) return;
  await preparePictureContent(PICTURE_CONTENT);
  const result = await astroBuild(PICTURE_DIST, { CONTENT_DIR: PICTURE_CONTENT });
  if (result.code !== 0) throw new Error(`astro build of the picture fixtures failed:\n${result.output}`);
  process.env.TIMELINE_PICTURES_BUILT = PICTURE_DIST;
}
