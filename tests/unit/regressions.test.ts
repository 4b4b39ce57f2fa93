/**
 * Regression tests for bugs found in src/lib while writing the unit tests, now fixed.
 * Each states the behaviour we want, so the bug cannot come back unnoticed.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { splitFrontmatter } from '../../src/lib/content-check/frontmatter.ts';
import { eventText, withSharedData } from './helpers/content-fixtures.ts';

const A = 'content/events/2026-01-08-releases-begin.mdx';

describe('known bugs', () => {
  // The check parses YAML 1.1, where yes/no/on/off are booleans and 3_231 is a number; Astro's
  // loaders parse with js-yaml (YAML 1.2 core + timestamps), where they are text. So the check
  // passes `draft: yes`, and the build then fails on Astro's own "expected true or false".
  it('checkContent() refuses `draft: yes`, which Astro reads as the text "yes"', () => {
    const problems = checkContent(withSharedData({ [A]: eventText('date: "2026-01-08"\ndraft: yes\n') }));
    expect(problems.map((p) => p.field)).toContain('draft');
  });

  // The closing-fence pattern makes the newline before `---` optional, so a value ending in
  // " ---" closes the frontmatter mid-line. Astro requires the fence at the start of a line.
  it('splitFrontmatter() does not end the frontmatter at a title that ends with ---', () => {
    const { yaml } = splitFrontmatter('---\ntitle: Wait ---\nsummary: S\n---\nBody\n');
    expect(yaml).toBe('title: Wait ---\nsummary: S');
  });

  // zod runs the event's superRefine after the non-fatal "is empty" issue, so the same field gets
  // two messages that contradict each other ("is empty" and "is missing").
  it('a certaintyNote of spaces gets one problem, not "is empty" and "is missing" both', () => {
    const problems = checkContent(
      withSharedData({ [A]: eventText('date: "2026-01-08"\ncertainty: approximate\ncertaintyNote: "  "\n') }),
    );
    expect(problems.filter((p) => p.field === 'certaintyNote')).toHaveLength(1);
  });
});
