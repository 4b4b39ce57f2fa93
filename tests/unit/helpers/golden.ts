import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

/**
 * Compares a layout with its stored golden file, one line per item of each list so that a change
 * reads as a short diff. `UPDATE_GOLDEN=1` writes the file; a missing file fails rather than passes.
 */
export function expectGolden(name: string, serialised: Record<string, unknown>) {
  const golden = `{\n${Object.entries(serialised)
    .map(([key, value]) =>
      Array.isArray(value) && typeof value[0] === 'object'
        ? `  "${key}": [\n${value.map((item) => `    ${JSON.stringify(item)}`).join(',\n')}\n  ]`
        : `  "${key}": ${JSON.stringify(value)}`,
    )
    .join(',\n')}\n}`;
  expectGoldenText(name, golden);
}

/** Compares text (an SVG, say) with tests/unit/golden/<name>; `UPDATE_GOLDEN=1` writes it, a missing file fails. */
export function expectGoldenText(name: string, text: string) {
  const file = join(import.meta.dirname, '..', 'golden', name);
  if (process.env.UPDATE_GOLDEN || !existsSync(file)) {
    if (!process.env.UPDATE_GOLDEN) throw new Error(`${file} is missing: run with UPDATE_GOLDEN=1 to write it`);
    writeFileSync(file, `${text}\n`);
  }
  expect(text).toBe(readFileSync(file, 'utf8').trimEnd());
}
