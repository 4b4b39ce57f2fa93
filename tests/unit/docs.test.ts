/**
 * docs/EDITING.md: its field reference is generated from the schemas by `npm run docs`, so the
 * committed file must match what the schemas say today; every example in it must be valid.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { load } from 'js-yaml';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { EDITOR_COMPONENT_NAMES } from '../../src/lib/content-check/components.ts';
import { GENERATED_END, GENERATED_START, fieldComments, renderFieldReference, replaceGenerated, schemaFields } from '../../src/lib/scaffold/field-reference.ts';
import { REFERENCE, fieldReference } from '../../src/lib/scaffold/reference.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(resolve(ROOT, path), 'utf8');
const editing = read('docs/EDITING.md');

describe('docs/EDITING.md', () => {
  it('has the field reference the schemas give today (if this fails, run `npm run docs`)', () => {
    expect(editing, 'docs/EDITING.md is out of date: run npm run docs').toBe(replaceGenerated(editing, fieldReference(read)));
  });

  it('documents every field of every schema, with what it means, what to write and an example', () => {
    const generated = fieldReference(read);
    for (const section of REFERENCE) {
      for (const field of schemaFields(section.schema)) expect(generated).toContain(`#### \`${field.name}\``);
    }
    expect(generated).toContain('Write: a date in quotes, written as "YYYY", "YYYY-MM" or "YYYY-MM-DD".');
    expect(generated).toContain('| `release` | Releases of detainees, or announcements of releases. |');
  });

  it('shows an example of every editor component, and explains how to add, correct and retire an entry', () => {
    for (const name of EDITOR_COMPONENT_NAMES) expect(editing).toContain(`<${name}`);
    for (const heading of ['## Add an entry', '## Correct an entry', '## Take an entry down ("retire" it)', '## What the check says']) expect(editing).toContain(heading);
    expect(editing).toContain('npm run new');
    expect(editing).toContain('npm run check');
  });
});

describe('the field reference’s examples', () => {
  it.each(REFERENCE.flatMap((section) => Object.entries(section.examples).map(([field, example]) => [section.title, field, example, section.schema] as const)))(
    '%s: the example of %s is valid YAML that the schema accepts',
    (_, field, example, schema) => {
      const data = load(example) as Record<string, unknown>;
      expect(Object.keys(data)).toContain(field);
      const shape = (schema as unknown as { shape: Record<string, z.ZodType> }).shape;
      const result = shape[field]!.safeParse(data[field]);
      expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
    },
  );

  it('gives no example for a field the schema does not have', () => {
    for (const section of REFERENCE) {
      const fields = schemaFields(section.schema).map((field) => field.name);
      expect(Object.keys(section.examples).filter((name) => !fields.includes(name)), section.title).toEqual([]);
    }
  });
});

describe('the generator', () => {
  const schema = z.strictObject({
    name: z.string({ error: (issue) => (issue.input === undefined ? 'is missing (expected a name)' : 'expected a name') }),
    kind: z.enum(['a', 'b'], { error: () => 'expected one of a, b' }).default('a'),
  });
  const source = 'export const s = z.strictObject({\n  /** The name, as readers know it. */\n  name: text(),\n  /**\n   * A kind, over\n   * two lines.\n   */\n  kind: z.enum(),\n});';

  it('reads the /** */ comment above each field, joining a comment of several lines', () => {
    expect(fieldComments(source)).toEqual(new Map([['name', 'The name, as readers know it.'], ['kind', 'A kind, over two lines.']]));
  });

  it('does not take a schema’s own comment for its first field', () => {
    expect(fieldComments('/** The whole schema. */\nexport const s = z.strictObject({\n  /** The name. */\n  name: text(),\n});').get('name')).toBe('The name.');
  });

  it('takes whether a field is required, and what it expects, from the schema', () => {
    expect(schemaFields(schema)).toEqual([
      { name: 'name', presence: { kind: 'required' }, expects: 'a name' },
      { name: 'kind', presence: { kind: 'default', value: 'a' }, expects: 'one of a, b' },
    ]);
  });

  it('refuses to document a field without a comment or an example, naming it', () => {
    const section = { title: 'Test', intro: 'Intro.', schema, sourcePath: 'test.ts', examples: { name: 'name: x', kind: 'kind: a' } };
    expect(() => renderFieldReference([{ ...section, sourceText: source.replace('/** The name, as readers know it. */', '') }], [])).toThrow('test.ts: the field "name" has no /** */ comment');
    expect(() => renderFieldReference([{ ...section, sourceText: source, examples: { name: 'name: x' } }], [])).toThrow('the field "kind" has no example');
  });

  it('replaces only the text between the markers, and gives the same file when run twice', () => {
    const doc = `# Title\n\nBefore.\n\n${GENERATED_START}\nold\n${GENERATED_END}\n\nAfter.\n`;
    const once = replaceGenerated(doc, 'new');
    expect(once).toBe(`# Title\n\nBefore.\n\n${GENERATED_START}\n\nnew\n\n${GENERATED_END}\n\nAfter.\n`);
    expect(replaceGenerated(once, 'new')).toBe(once);
    expect(() => replaceGenerated('# No markers\n', 'new')).toThrow('no');
  });
});
