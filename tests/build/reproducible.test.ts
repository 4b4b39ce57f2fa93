import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild, ROOT, SITE_DIST } from '../support/build.ts';

const files = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();

describe('two builds of the same content', () => {
  it('write the same files, byte for byte: no timestamps, random ids or unordered output', async () => {
    const again = join(ROOT, 'tests/.tmp/site-again');
    const result = await astroBuild(again);
    expect(result.code, result.output).toBe(0);
    const first = files(SITE_DIST);
    expect(files(again)).toEqual(first);
    const differing = first.filter((name) => !readFileSync(join(SITE_DIST, name)).equals(readFileSync(join(again, name))));
    expect(differing).toEqual([]);
  });
});
