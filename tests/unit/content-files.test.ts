import { describe, expect, it } from 'vitest';
import { ERRORS_ROOT, FIXTURES_ROOT, readWithContentDir } from './helpers/content-fixtures.ts';

describe('readContentFiles() with CONTENT_DIR pointed at a fixture', () => {
  it('reads every file under events/, whatever its extension, so none is dropped unseen', async () => {
    const { events } = await readWithContentDir(ERRORS_ROOT, 'many-problems');
    expect(events.map((file) => file.path).sort()).toEqual([
      'many-problems/events/2026-01-03-capture.mdx',
      'many-problems/events/2026-01-20-count.mdx',
      'many-problems/events/notes.txt',
    ]);
  });

  it('reads events in subfolders, with paths relative to the root and forward slashes', async () => {
    const { events, dir } = await readWithContentDir(ERRORS_ROOT, 'duplicate-slug');
    expect(dir).toBe('duplicate-slug');
    expect(events.map((file) => file.path).sort()).toEqual([
      'duplicate-slug/events/january/2026-01-08-releases-begin.mdx',
      'duplicate-slug/events/releases/2026-01-08-releases-begin.mdx',
    ]);
  });

  it('passes a data file that does not exist as null, and one that does with its text', async () => {
    const files = await readWithContentDir(ERRORS_ROOT, 'many-problems');
    expect(files.actors).toEqual({ path: 'many-problems/actors.yaml', text: expect.stringContaining('foro-penal:') });
    const bare = await readWithContentDir(ERRORS_ROOT, 'not-mdx');
    expect([bare.actors, bare.places, bare.metrics]).toEqual([null, null, null]);
  });

  it('reads nothing, without failing, from a folder that has no events/', async () => {
    const files = await readWithContentDir(FIXTURES_ROOT, 'no-such-folder');
    expect(files.events).toEqual([]);
    expect(files.actors).toBeNull();
  });

  it('leaves CONTENT_DIR as it found it', async () => {
    const before = process.env.CONTENT_DIR;
    await readWithContentDir(ERRORS_ROOT, 'not-mdx');
    expect(process.env.CONTENT_DIR).toBe(before);
  });
});
