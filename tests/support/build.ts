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

/** Runs `astro build` as an editor would, with extra environment (CONTENT_DIR, BASE_PATH…). */
export function astroBuild(outDir: string, env: Record<string, string> = {}): Promise<BuildResult> {
  return new Promise((done, fail) => {
    // The Node that runs the tests (24, from node_modules) also runs Astro, whatever the machine's own Node is.
    const child = spawn(process.execPath, [resolve(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
      cwd: ROOT,
      env: { ...process.env, ...env, FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', fail);
    child.on('close', (code) => done({ code: code ?? 1, output: output.replace(/\x1b\[[0-9;]*m/g, '') }));
  });
}
