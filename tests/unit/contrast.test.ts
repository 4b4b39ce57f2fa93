import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/build.ts';

/**
 * The colours of the site's marks and words against its background, in light and dark, from the
 * stylesheet itself: WCAG 2.2 asks 4.5:1 for text (1.4.3) and 3:1 for the graphics a reader must
 * see to understand a chart (1.4.11). axe checks the text it finds; this checks every category and
 * series colour, whether or not the current content uses it.
 */
const css = readFileSync(join(ROOT, 'src/styles/global.css'), 'utf8');

function variables(block: string): Map<string, string> {
  return new Map([...block.matchAll(/--([a-z-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((match) => [match[1]!, match[2]!.toLowerCase()]));
}

/** The light values (every :root block outside a media query) and the dark ones (inside prefers-color-scheme: dark). */
function schemes() {
  const dark = [...css.matchAll(/@media \(prefers-color-scheme: dark\)\s*\{\s*:root\s*\{([^}]*)\}/g)].map((match) => match[1]!).join('\n');
  const light = css.replace(/@media[^{]*\{\s*:root\s*\{[^}]*\}\s*\}/g, '');
  const lightVars = new Map([...light.matchAll(/:root\s*\{([^}]*)\}/g)].flatMap((match) => [...variables(match[1]!)]));
  return { light: lightVars, dark: new Map([...lightVars, ...variables(dark)]) };
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

describe.each(Object.entries(schemes()))('the %s colour scheme', (_, colours) => {
  const background = colours.get('bg')!;
  const surface = colours.get('surface')!;

  it('has the colours to check', () => {
    expect(background).toMatch(/^#/);
    expect([...colours.keys()].filter((name) => name.startsWith('cat-')).length).toBe(10);
    expect([...colours.keys()].filter((name) => name.startsWith('side-')).length).toBe(5);
  });

  it.each(['text', 'muted', 'link', 'inferred', 'approximate'])('writes --%s at 4.5:1 or more on the background and on surfaces', (name) => {
    expect(contrast(colours.get(name)!, background)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(colours.get(name)!, surface)).toBeGreaterThanOrEqual(4.5);
  });

  it('draws every category and every series colour at 3:1 or more, for marks, and 4.5:1 where they colour words', () => {
    for (const [name, value] of colours) {
      if (!name.startsWith('cat-') && !name.startsWith('side-')) continue;
      // Category names and series labels are written in these colours too.
      expect(contrast(value, background), `--${name} ${value} on ${background}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('shows keyboard focus at 3:1 or more', () => {
    expect(contrast(colours.get('focus')!, background)).toBeGreaterThanOrEqual(3);
  });
});

describe('contrast()', () => {
  it('is 21 for black on white and 1 for a colour on itself', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#b03a2e', '#b03a2e')).toBe(1);
  });
});
