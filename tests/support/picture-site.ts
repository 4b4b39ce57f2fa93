/**
 * The real content with the picture fixtures added (tests/fixtures/pictures/), in a folder of its
 * own: the entries and their Spanish words copied in, their photos drawn by sharp. Used by the
 * build tests and to look at the pages (`node tests/support/picture-site.ts <dir>` prepares one).
 */
import { cpSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT } from './build.ts';
import { drawFixturePhoto } from './fixture-photo.ts';

export const PICTURE_FIXTURES = join(ROOT, 'tests/fixtures/pictures');
/** Where the picture site's content is assembled and built, once per test run (picture-site.global.ts). */
export const PICTURE_CONTENT = join(ROOT, 'tests/.tmp/pictures/content');
export const PICTURE_DIST = join(ROOT, 'tests/.tmp/pictures/dist');

/** Copies content/ into `dir` (replacing it), adds the fixture entries and draws their photos. */
export async function preparePictureContent(dir: string): Promise<void> {
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(ROOT, 'content'), dir, { recursive: true });
  cpSync(join(PICTURE_FIXTURES, 'events'), join(dir, 'events'), { recursive: true });
  cpSync(join(PICTURE_FIXTURES, 'es/events'), join(dir, 'es/events'), { recursive: true });
  await drawFixturePhoto(join(dir, 'events/2026-02-25-test-photo-beside.jpg'), { width: 1600, height: 1000 });
  await drawFixturePhoto(join(dir, 'images/test-photo-shared.jpg'), { width: 900, height: 900, hue: 20 });
}

if (import.meta.main) await preparePictureContent(resolve(process.argv[2] ?? PICTURE_CONTENT));
