/**
 * `npm run dev` as an editor uses it: a draft shows, with its badge, and an edit to an entry on
 * disk is served without restarting. Runs Astro's dev server on a free port against a copy of
 * content/ plus the draft fixture, and stops it (its whole process group) afterwards.
 *
 * The server runs with `--root` set to a scratch folder whose astro.config.mjs re-exports the real
 * one with the real src/ and public/. Only Astro's cache folder (.astro/) moves: it holds the
 * content store, which Astro keeps across runs and keys by entry id, so a dev server on a copy of
 * content/ in the project's own .astro/ would mix its entries with those of the real content/
 * (same ids, other files), serve stale pages, and leave that mix behind for an editor's next
 * `npm run dev`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorEnvironment, ROOT } from '../support/build.ts';

const WORK = join(ROOT, 'tests/.tmp/editing');
const DEV_ROOT = join(WORK, 'dev-root');
const CONTENT = join(WORK, 'dev-content');
const DRAFT = '2026-02-22-draft-never-published';
const EDITED = '2020-operation-gedeon';
/** Saved with code in its body while the server runs. */
const HOSTILE = '2024-post-election-arrests';
/** An environment value the dev server has, that no page may ever show. */
const SECRET = 'deploy-token-that-must-never-be-published';

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Polls `test` every 250 ms until it returns a value, or throws after `ms`. */
async function until<T>(what: () => string, ms: number, test: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + ms;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await test();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    await sleep(250);
  }
  throw new Error(`${what()}: not within ${ms / 1000} s${last ? ` (last error: ${String(last)}${(last as { cause?: unknown })?.cause ? `: ${String((last as { cause?: unknown }).cause)}` : ''})` : ''}`);
}

function processGroupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('the dev server (npm run dev)', () => {
  let server: ChildProcess;
  let base: string;
  let output = '';

  const get = async (path: string) => {
    const response = await fetch(new URL(path, base));
    return { status: response.status, html: await response.text() };
  };

  beforeAll(async () => {
    rmSync(CONTENT, { recursive: true, force: true });
    rmSync(DEV_ROOT, { recursive: true, force: true });
    cpSync(join(ROOT, 'content'), CONTENT, { recursive: true });
    cpSync(join(ROOT, 'tests/fixtures/editing/draft'), join(CONTENT, 'events'), { recursive: true });
    mkdirSync(DEV_ROOT, { recursive: true });
    writeFileSync(
      join(DEV_ROOT, 'astro.config.mjs'),
      [
        "import { fileURLToPath } from 'node:url';",
        `import config from ${JSON.stringify(join(ROOT, 'astro.config.mjs'))};`,
        'const here = fileURLToPath(new URL(".", import.meta.url));',
        `export default { ...config, root: here, srcDir: ${JSON.stringify(join(ROOT, 'src'))}, publicDir: ${JSON.stringify(join(ROOT, 'public'))}, cacheDir: here + "cache" };`,
        '',
      ].join('\n'),
    );

    const port = await freePort();
    base = `http://127.0.0.1:${port}/`;
    server = spawn(
      process.execPath,
      [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--root', DEV_ROOT, '--host', '127.0.0.1', '--port', String(port)],
      {
        cwd: ROOT,
        // Its own process group, so the server and anything it starts are stopped together.
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...editorEnvironment(), TIMELINE_TEST_SECRET: SECRET, CONTENT_DIR: CONTENT, FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
      },
    );
    const log = (chunk: Buffer) => {
      output += chunk;
      appendFileSync(join(WORK, 'dev-server.log'), chunk);
    };
    writeFileSync(join(WORK, 'dev-server.log'), '');
    server.stdout!.on('data', log);
    server.stderr!.on('data', log);
    await until(() => `the dev server answering on ${base}\n${output}`, 60_000, async () => ((await get('')).status === 200 ? true : undefined));
  }, 90_000);

  afterAll(async () => {
    const pid = server?.pid;
    if (pid === undefined) return;
    try {
      process.kill(-pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
    await until(() => 'the dev server stopping', 10_000, async () => (processGroupAlive(pid) ? undefined : true)).catch(() => {
      process.kill(-pid, 'SIGKILL');
    });
    expect(processGroupAlive(pid), 'no process of the dev server is left').toBe(false);
  });

  it('shows a draft on the timeline and on its own page, with a visible "Draft" badge', async () => {
    const home = parse((await get('en/')).html);
    const card = home.getElementById(DRAFT);
    expect(card, 'the draft has a card on the timeline').not.toBeNull();
    expect(card!.querySelector('.draft-badge')?.text.trim()).toBe('Draft');
    expect(home.querySelectorAll('.draft-badge')).toHaveLength(1);

    const { status, html } = await get(`en/events/${DRAFT}/`);
    expect(status).toBe(200);
    const event = parse(html);
    expect(event.querySelector('h1')?.text.trim()).toBe('Zzdraft headline that must never be published');
    expect(event.querySelector('.event-page__header .draft-badge')?.text.trim()).toBe('Draft');
  });

  it('serves an entry’s new title after the editor changes it on disk, without a restart', async () => {
    const file = join(CONTENT, `events/${EDITED}.mdx`);
    const heading = async () => parse((await get(`en/events/${EDITED}/`)).html).querySelector('h1')?.text.trim();
    expect(await heading()).toBe('Operation Gedeón fails');

    writeFileSync(file, readFileSync(file, 'utf8').replace('title: Operation Gedeón fails', 'title: Operation Gedeón fails, edited while the server runs'));
    const title = await until(() => `the new title served\n${output}`, 20_000, async () => {
      const now = await heading();
      return now === 'Operation Gedeón fails, edited while the server runs' ? now : undefined;
    });
    expect(title).toBe('Operation Gedeón fails, edited while the server runs');
    const home = parse((await get('en/')).html);
    expect(home.getElementById(EDITED)?.querySelector('.event-card__title')?.text.trim()).toBe('Operation Gedeón fails, edited while the server runs');
  });

  it('refuses to compile an entry saved with code in its body: the page shows no result of it, and the log names the line', async () => {
    const file = join(CONTENT, `events/${HOSTILE}.mdx`);
    const text = readFileSync(file, 'utf8');
    const line = text.split('\n').length + 1;
    writeFileSync(file, `${text}\nThe token is {process.env.TIMELINE_TEST_SECRET}.\n`);
    const page = await until(() => `the edited entry compiled again\n${output}`, 20_000, async () => {
      const response = await get(`en/events/${HOSTILE}/`);
      return response.status !== 200 || response.html.includes(SECRET) ? response : undefined;
    });
    expect(page.html).not.toContain(SECRET);
    expect(page.status).toBe(500);
    expect(output).toContain(`events/${HOSTILE}.mdx:${line}: body: has an expression, {process.env.TIMELINE_TEST_SECRET}`);
  });
});
