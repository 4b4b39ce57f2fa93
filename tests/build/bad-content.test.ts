import { cpSync, rmSync } from 'node:fs';
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

  it('fails when an entry links to an event that does not exist, naming the entry and the line', async () => {
    // The fixture's events with the shared, valid data files beside them, as a content folder.
    const fixture = resolve(ROOT, 'tests/.tmp/missing-event-link');
    rmSync(fixture, { recursive: true, force: true });
    cpSync(resolve(ROOT, 'tests/fixtures/content-errors/_shared'), fixture, { recursive: true });
    cpSync(resolve(ROOT, 'tests/fixtures/content-errors/missing-event-link'), fixture, { recursive: true });
    const result = await astroBuild(resolve(ROOT, 'tests/.tmp/broken-link'), { CONTENT_DIR: fixture });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(
      'tests/.tmp/missing-event-link/events/2026-01-08-releases-begin.mdx:11: body: links to /events/2026-01-03-maduro-capture/, and there is no such event',
    );
    expect(result.output).toContain('1 error in 1 file');
  });
});
