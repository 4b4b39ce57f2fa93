import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
/** Where the real site is built for the build and browser tests (ignored by git). */
export const SITE_DIST = resolve(ROOT, 'tests/.tmp/site');

export interface BuildResult {
  code: number;
  /** stdout and stderr together, colours stripped. */
  output: string;
}

/**
 * The environment of an editor's shell, without what Vitest adds: Astro reads NODE_ENV, DEV, PROD,
 * MODE, SSR and BASE_URL from process.env as import.meta.env values (a build would then show drafts
 * and ignore BASE_PATH), and with VITEST set `astro dev` does not mount its page server at all.
 */
export function editorEnvironment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const added = new Set(['NODE_ENV', 'DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL', 'TEST']);
  const shell = Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && !added.has(key));
  return { ...Object.fromEntries(shell), ...extra };
}

/** Runs `astro build` as an editor would, with extra environment (CONTENT_DIR, BASE_PATH…). */
export function astroBuild(outDir: string, env: Record<string, string> = {}): Promise<BuildResult> {
  return new Promise((done, fail) => {
    // The Node that runs the tests (24, from node_modules) also runs Astro, whatever the machine's own Node is.
    // --force: test builds switch CONTENT_DIR, and Astro's content cache (.astro/) would still point
    // at the entries of the previous folder, which may be gone.
    const child = spawn(process.execPath, [resolve(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--force', '--outDir', outDir], {
      cwd: ROOT,
      env: editorEnvironment({ ...env, FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' }),
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', fail);
    child.on('close', (code) => done({ code: code ?? 1, output: output.replace(/\x1b\[[0-9;]*m/g, '') }));
  });
}
