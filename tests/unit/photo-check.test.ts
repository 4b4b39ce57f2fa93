/**
 * The content check on entries with photos (tests/fixtures/content-errors/photo-problems/): each
 * entry there has one problem with its photo, reported at its line with what was found and what
 * is expected. The photos are drawn by the test (tests/support/fixture-photo.ts), the oversized
 * one is a sparse file: the check reads sizes, never pixels.
 */
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent, formatProblem, type ContentFiles } from '../../src/lib/content-check/index.ts';
import { photoSrcProblem } from '../../src/lib/content-check/photo-rules.ts';
import { ROOT } from '../support/build.ts';
import { drawFixturePhoto, sparseFile } from '../support/fixture-photo.ts';
import { ERRORS_ROOT, readWithContentDir } from './helpers/content-fixtures.ts';

const WORK = join(ROOT, 'tests/.tmp/photo-check');
const FIXTURE = 'photo-problems';
const at = (file: string) => `${FIXTURE}/events/${file}`;

let files: ContentFiles;
beforeAll(async () => {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  const dir = join(WORK, FIXTURE);
  cpSync(join(ERRORS_ROOT, FIXTURE), dir, { recursive: true });
  cpSync(join(ERRORS_ROOT, '_shared'), dir, { recursive: true });
  await drawFixturePhoto(join(dir, 'events/street.jpg'), { width: 320, height: 200 });
  await drawFixturePhoto(join(dir, 'images/vigil.jpg'), { width: 320, height: 200, hue: 20 });
  sparseFile(join(dir, 'images/huge.jpg'), 10_500_000);
  files = await readWithContentDir(WORK, FIXTURE);
});

describe('readContentFiles() with photos beside the entries and in content/images/', () => {
  it('lists the photos with their sizes, and does not take them for entries', () => {
    expect(files.events.map((file) => file.path)).not.toContain(at('street.jpg'));
    expect(files.assets).toContainEqual({ path: at('street.jpg'), bytes: expect.any(Number) });
    expect(files.assets).toContainEqual({ path: `${FIXTURE}/images/huge.jpg`, bytes: 10_500_000 });
    expect(checkContent(files).filter((problem) => problem.message.includes('not an .mdx file'))).toEqual([]);
  });
});

describe('the content check on photos', () => {
  const problems = () => checkContent(files).map(formatProblem);

  it.each([
    ['a missing alt', at('2026-01-08-alt-missing.mdx:8: image.alt: is missing (expected what the photo shows, in a sentence or two, for readers who cannot see it)')],
    ['a missing credit', at('2026-01-09-credit-missing.mdx:8: image.credit: is missing (expected who took the photo and on what terms the site shows it, e.g. "Jane Doe / Agency, with permission")')],
    ['a missing file', at('2026-01-10-file-missing.mdx:9: image.src: "./no-such-photo.jpg" is not there: there is no file photo-problems/events/no-such-photo.jpg (expected a photo of the site’s own beside the entry, src: ./photo.jpg, or in content/images/, src: ../images/photo.jpg)')],
    ['a remote address', at('2026-01-11-remote.mdx:9: image.src: "https://www.example.org/photo.jpg" is a remote address: the site makes no request to another host, and shows only photos it keeps with the entry (expected a photo of the site’s own beside the entry, src: ./photo.jpg, or in content/images/, src: ../images/photo.jpg, after making sure the credit says the site may use it)')],
    ['a file over 10 MB', at('2026-01-12-too-big.mdx:9: image.src: photo-problems/images/huge.jpg is 10.5 MB, more than the 10.0 MB a photo may be (expected a smaller copy: 2,400 pixels wide is more than any page shows)')],
    ['a photo looked for beside the entry that is in content/images/', at('2026-01-13-wrong-folder.mdx:8: image.src: "./vigil.jpg" is not there: there is no file photo-problems/events/vigil.jpg (did you mean src: ../images/vigil.jpg? expected a photo of the site’s own beside the entry, src: ./photo.jpg, or in content/images/, src: ../images/photo.jpg)')],
  ])('refuses %s, at the line of its field', (_, line) => {
    expect(problems()).toContain(line);
  });

  it('refuses a translation of the photo of an entry that has none, and of a caption the photo does not have', () => {
    expect(problems()).toContain(`${FIXTURE}/es/events/2026-01-15-no-photo.mdx:4: image: translates a photo that ${at('2026-01-15-no-photo.mdx')} does not have (expected image only where the entry has a photo)`);
    expect(problems()).toContain(`${FIXTURE}/es/events/2026-01-13-wrong-folder.mdx:5: image.caption: translates a caption that the photo of ${at('2026-01-13-wrong-folder.mdx')} does not have (expected a caption only where the entry's photo has one)`);
  });

  it('reports nothing else: a photo in content/images/ reached from a subfolder, with alt, credit and caption, is fine', () => {
    expect(problems()).toHaveLength(8);
    expect(problems().filter((line) => line.includes('photo-fine'))).toEqual([]);
  });

  it('warns where a translation leaves the photo’s alt or caption in the entry’s language', () => {
    const warnings = checkContent(files, { warnings: true }).filter((problem) => problem.severity === 'warning' && problem.field.startsWith('image'));
    expect(warnings.map(formatProblem)).toEqual([
      `${FIXTURE}/es/events/2026-01-13-wrong-folder.mdx:4: warning: image.alt: is not translated: readers of this edition will hear the photo's alt in the entry's language (expected image: { alt: "…" })`,
    ]);
  });
});

describe('photoSrcProblem()', () => {
  const context = { dir: 'content', photos: new Map([['content/events/a.jpg', 1000], ['content/images/b.png', 1000]]) };
  it.each([
    ['./a.jpg', 'content/events/x.mdx'],
    ['../images/b.png', 'content/events/x.mdx'],
    ['../../images/b.png', 'content/events/2026/x.mdx'],
  ])('accepts %s from %s', (src, entry) => {
    expect(photoSrcProblem(src, entry, context)).toBeUndefined();
  });

  it.each([
    ['//cdn.example.org/a.jpg', 'is a remote address'],
    ['http://example.org/a.jpg', 'is a remote address'],
    ['data:image/png;base64,AAAA', 'is not a file'],
    ['/images/b.png', 'starts at the root of the disk or site'],
    ['./notes.gif', 'is not a photo the site can show (expected a .jpg, .jpeg, .png, .webp, .avif file)'],
    ['../../../secret.jpg', 'points outside the content folder content/'],
    ['./b.png', 'did you mean src: ../images/b.png?'],
    ['./a.jpeg', 'did you mean src: ./a.jpg?'],
  ])('refuses %s: %s', (src, says) => {
    expect(photoSrcProblem(src, 'content/events/x.mdx', context)).toContain(says);
  });
});
