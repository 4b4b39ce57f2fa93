import type { z } from 'astro/zod';

/**
 * The field reference of docs/EDITING.md, made from the schemas themselves: the fields and whether
 * they are required come from the zod schema, what to write from its editor-facing messages
 * ("expected a short headline"), and what the field means from the `/** … *\/` comment above it in
 * the schema file. So the schema files stay the single source; `npm run docs` writes the result.
 */

export interface SchemaField {
  name: string;
  /** "required", "optional", or the default used when the field is left out. */
  presence: { kind: 'required' } | { kind: 'optional' } | { kind: 'default'; value: unknown };
  /** What to write, in the words of the check's messages: "a short headline". */
  expects: string;
}

type Def = { type: string; innerType?: z.ZodType; shape?: Record<string, z.ZodType>; defaultValue?: unknown };
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/** The fields of an object schema, in the order the schema declares them. */
export function schemaFields(schema: z.ZodType): SchemaField[] {
  const def = defOf(schema);
  if (def.type !== 'object' || !def.shape) throw new Error(`schemaFields(): expected an object schema, got ${def.type}`);
  return Object.entries(def.shape).map(([name, field]) => {
    let inner = field;
    let presence: SchemaField['presence'] = { kind: 'required' };
    const fieldDef = defOf(field);
    if (fieldDef.type === 'optional') {
      presence = { kind: 'optional' };
      inner = fieldDef.innerType!;
    } else if (fieldDef.type === 'default') {
      presence = { kind: 'default', value: fieldDef.defaultValue };
      inner = fieldDef.innerType!;
    }
    // Every field answers a missing value with "is missing (expected …)": that is what to write.
    const result = inner.safeParse(undefined);
    const message = result.success ? '' : (result.error.issues[0]?.message ?? '');
    const expects = /\(expected (.*)\)$/s.exec(message)?.[1] ?? /^expected (.*)$/s.exec(message)?.[1];
    if (!expects) throw new Error(`schemaFields(): the field "${name}" does not say what it expects when missing (use expecting() from fields.ts)`);
    return { name, presence, expects };
  });
}

/**
 * The `/** … *\/` comment above each field in a schema file's text, by field name. A comment
 * over several lines is joined into one paragraph.
 */
export function fieldComments(sourceText: string): Map<string, string> {
  const comments = new Map<string, string>();
  // A comment never runs past its own */, so one that precedes a declaration is not taken for the next field's.
  const pattern = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*\n\s*(['"]?)([A-Za-z][\w-]*)\2\s*:/g;
  for (const match of sourceText.matchAll(pattern)) {
    const text = match[1]!
      .split('\n')
      .map((line) => line.replace(/^\s*\*?\s?/, '').trim())
      .filter(Boolean)
      .join(' ');
    comments.set(match[3]!, text);
  }
  return comments;
}

export interface ReferenceSection {
  /** The heading: "An event's frontmatter". */
  title: string;
  /** A sentence under the heading: where these fields are written. */
  intro: string;
  schema: z.ZodType;
  /** The text of the schema file, for the comments. */
  sourceText: string;
  /** The file the fields are defined in, named in the reference: "src/lib/schema/event.ts". */
  sourcePath: string;
  /** One YAML example per field, as an editor would write it. */
  examples: Record<string, string>;
}

export interface ValueList {
  title: string;
  field: string;
  /** Each value and what it means. */
  values: Record<string, string>;
}

function presenceText(presence: SchemaField['presence']): string {
  if (presence.kind !== 'default') return presence.kind;
  const value = presence.value;
  if (Array.isArray(value) && value.length === 0) return 'optional; none when left out';
  return `optional; ${JSON.stringify(value).replace(/^"(.*)"$/, '$1')} when left out`;
}

/** The Markdown of the reference. Throws when a field has no comment or no example, so none is left undocumented. */
export function renderFieldReference(sections: readonly ReferenceSection[], lists: readonly ValueList[]): string {
  const out: string[] = [];
  for (const section of sections) {
    const comments = fieldComments(section.sourceText);
    out.push(`### ${section.title}`, '', `${section.intro} Defined in \`${section.sourcePath}\`.`, '');
    for (const field of schemaFields(section.schema)) {
      const comment = comments.get(field.name);
      const example = section.examples[field.name];
      if (!comment) throw new Error(`${section.sourcePath}: the field "${field.name}" has no /** */ comment to document it`);
      if (!example) throw new Error(`${section.title}: the field "${field.name}" has no example`);
      out.push(
        `#### \`${field.name}\` (${presenceText(field.presence)})`,
        '',
        comment,
        '',
        `Write: ${field.expects}.`,
        '',
        '```yaml',
        example.trimEnd(),
        '```',
        '',
      );
    }
  }
  out.push('### Lists of values', '');
  for (const list of lists) {
    out.push(`#### ${list.title} (\`${list.field}\`)`, '', '| value | meaning |', '| --- | --- |');
    for (const [value, meaning] of Object.entries(list.values)) out.push(`| \`${value}\` | ${meaning.replace(/\|/g, '\\|')} |`);
    out.push('');
  }
  return out.join('\n').trimEnd();
}

export const GENERATED_START = '<!-- FIELD REFERENCE: generated by `npm run docs` from src/lib/schema/*.ts. Do not edit by hand: edit the schema comments, then run npm run docs. -->';
export const GENERATED_END = '<!-- END FIELD REFERENCE -->';

/** The document with the text between the two marker comments replaced by `generated`. */
export function replaceGenerated(document: string, generated: string): string {
  const start = document.indexOf(GENERATED_START);
  const end = document.indexOf(GENERATED_END);
  if (start < 0 || end < start) throw new Error(`the document has no "${GENERATED_START}" … "${GENERATED_END}" markers to write the reference between`);
  return `${document.slice(0, start + GENERATED_START.length)}\n\n${generated}\n\n${document.slice(end)}`;
}
