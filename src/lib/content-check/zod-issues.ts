import type { z } from 'astro/zod';
import { parsePartialDate } from '../dates.ts';
import { looksLikeInstant, parseInstant } from '../instants.ts';
import type { FieldPath } from './problem.ts';

/** The field names an object schema accepts at `path`, walking through arrays, optionals and defaults. */
export function knownFields(schema: z.ZodType, path: FieldPath): string[] {
  let current: unknown = schema;
  const unwrap = () => {
    for (;;) {
      const def = (current as { _zod?: { def?: Record<string, unknown> } })?._zod?.def;
      if (!def) return undefined;
      if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable') current = def.innerType;
      else if (def.type === 'pipe') current = def.in;
      else return def;
    }
  };
  for (const key of path) {
    const def = unwrap();
    if (!def) return [];
    if (def.type === 'array' && typeof key === 'number') current = def.element;
    else if (def.type === 'object' && typeof key === 'string') current = (def.shape as Record<string, unknown>)[key];
    else return [];
  }
  const def = unwrap();
  return def?.type === 'object' ? Object.keys(def.shape as object) : [];
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** The closest of `candidates` to a mistyped name, if one is close enough to be a likely typo. */
export function closest(name: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(name, candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}

export interface FieldIssue {
  path: FieldPath;
  message: string;
}

/** Shows a found value briefly, as the editor typed it where possible. */
export function showValue(value: unknown, raw?: string): string {
  if (raw !== undefined) return raw;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const json = JSON.stringify(value);
  return json && json.length > 60 ? `${json.slice(0, 57)}...` : String(json);
}

function valueAt(data: unknown, path: FieldPath): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/**
 * Turns zod's issues into editor-facing ones: unknown fields get a "did you mean", and a message
 * that only says what is expected gets what was found in front of it.
 */
export function describeIssues(
  schema: z.ZodType,
  issues: readonly z.core.$ZodIssue[],
  data: unknown,
  rawOf: (path: FieldPath) => string | undefined,
): FieldIssue[] {
  const out: FieldIssue[] = [];
  for (const issue of issues) {
    const path = issue.path.filter((part): part is string | number => typeof part !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      const known = knownFields(schema, path);
      for (const key of issue.keys) {
        const guess = closest(key, known);
        out.push({
          path: [...path, key],
          message: `unknown field "${key}" (${guess ? `did you mean "${guess}"? ` : ''}expected one of: ${known.join(', ')})`,
        });
      }
      continue;
    }
    let message = issue.message;
    const value = valueAt(data, path);
    const raw = rawOf(path);
    if (value instanceof Date && raw !== undefined) {
      // An unquoted date: show it as typed, and say if it was impossible before YAML rolled it over.
      const parsed = looksLikeInstant(raw) ? parseInstant(raw) : parsePartialDate(raw);
      message = `${raw} ${message}${parsed.ok ? '' : `; besides, ${parsed.problem}`}`;
    } else if (message.startsWith('expected ') && value !== undefined) {
      const guess = issue.code === 'invalid_value' && typeof value === 'string'
        ? closest(value, issue.values.map(String))
        : undefined;
      message = `found ${showValue(value, raw)} (${guess ? `did you mean "${guess}"? ` : ''}${message})`;
    }
    out.push({ path, message });
  }
  return out;
}
