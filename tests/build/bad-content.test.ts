import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/build/content-files.ts';
import { checkContent, formatProblem } from '../../src/lib/content-check/index.ts';
import { astroBuild, ROOT } from '../support/build.ts';

const FIXTURE = resolve(ROOT, 'tests/fixtures/content-errors/many-problems');

describe('a build with broken entries', () => {
  it('fails, listing every problem with file, line, field and what is expected, without a stack trace', async () => {
    process.env.CONTENT_DIR = FIXTURE;
    const expected = checkContent(await readContentFiles(ROOT));
    delete process.env.CONTENT_DIR;
    expect(expected.length).toBeGreaterThan(2);

    const result = await astroBuild(resolve(ROOT, 'tests/.tmp/broken'), { CONTENT_DIR: FIXTURE });
    expect(result.code).not.toBe(0);
    for (const problem of expected) expect(result.output).toContain(formatProblem(problem));
    expect(result.output).toMatch(/\d+ errors in \d+ files/);
    expect(result.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });
});
