import { cpSync, existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/node/content-files.ts';
import { checkContent, formatProblem } from '../../src/lib/content-check/index.ts';
import { astroBuild, ROOT } from '../support/build.ts';

const FIXTURE = resolve(ROOT, 'tests/fixtures/content-errors/many-problems');

/** An error fixture's events with the shared, valid data files beside them, as a content folder. */
function withSharedData(name: string): string {
  const fixture = resolve(ROOT, 'tests/.tmp', name);
  rmSync(fixture, { recursive: true, force: true });
  cpSync(resolve(ROOT, 'tests/fixtures/content-errors/_shared'), fixture, { recursive: true });
  cpSync(resolve(ROOT, 'tests/fixtures/content-errors', name), fixture, { recursive: true });
  return fixture;
}

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
    const fixture = withSharedData('missing-event-link');
    const result = await astroBuild(resolve(ROOT, 'tests/.tmp/broken-link'), { CONTENT_DIR: fixture });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(
      'tests/.tmp/missing-event-link/events/2026-01-08-releases-begin.mdx:11: body: links to /events/2026-01-03-maduro-capture/, and there is no such event',
    );
    expect(result.output).toContain('1 error in 1 file');
  });

  it('fails when an entry holds code, naming each construct at its line, and publishes nothing of it', async () => {
    const fixture = withSharedData('entry-holds-code');
    const out = resolve(ROOT, 'tests/.tmp/broken-code');
    rmSync(out, { recursive: true, force: true });
    const result = await astroBuild(out, { CONTENT_DIR: fixture });
    expect(result.code).not.toBe(0);
    const file = 'tests/.tmp/entry-holds-code/events/2026-01-08-releases-begin.mdx';
    for (const [line, words] of [
      [11, 'body: has an import statement'],
      [13, 'body: has an export statement'],
      [15, 'body: has an expression, {leaked}'],
      [17, 'body: has <iframe>'],
      [19, 'body: has <img>'],
      [21, 'body: has <style>'],
      [21, 'body: has an expression, {`body{display:none}`}'],
    ] as const) {
      expect(result.output).toContain(`${file}:${line}: ${words}`);
    }
    expect(result.output).toContain('7 errors in 1 file');
    expect(existsSync(out), 'no page is written').toBe(false);
  });
});
