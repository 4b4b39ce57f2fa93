import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { FieldPath } from './problem.ts';

/** YAML parsed for checking: the data as Astro will see it, and the line of every field. */
export interface YamlSource {
  data: unknown;
  /** Line of the value at `path`, or of its nearest parent that exists. 1-based, in the file. */
  lineOf(path: FieldPath): number;
  /** The value at `path` as written in the file (so an unquoted date shows as typed, not as a timestamp). */
  rawOf(path: FieldPath): string | undefined;
  /** Syntax errors, with their lines. */
  errors: { line: number; message: string }[];
}

/**
 * Parses YAML the way Astro's loaders do (YAML 1.1, where an unquoted 2026-02-30 becomes a
 * timestamp), keeping positions so every problem can name its line.
 * `firstLine` is the file line on which the YAML text starts (frontmatter starts on line 2).
 */
export function parseYamlSource(text: string, firstLine = 1): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { version: '1.1', lineCounter, prettyErrors: false, uniqueKeys: true });
  const toFileLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const errors = doc.errors.map((error) => ({
    line: toFileLine(error.pos[0]),
    message: error.message.split('\n')[0]!,
  }));
  let data: unknown = null;
  if (errors.length === 0) data = doc.toJS();

  function lineOf(path: FieldPath): number {
    let node: unknown = doc.contents;
    let line = node && (node as Node).range ? toFileLine((node as Node).range![0]) : firstLine;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
        if (!pair) break;
        const keyNode = pair.key as Node;
        if (keyNode.range) line = toFileLine(keyNode.range[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        node = node.items[key];
        if (node && (node as Node).range) line = toFileLine((node as Node).range![0]);
        else break;
      } else {
        break;
      }
    }
    return line;
  }

  function rawOf(path: FieldPath): string | undefined {
    const node = doc.getIn(path, true);
    if (isScalar(node) && node.range) return text.slice(node.range[0], node.range[1]).trim();
    return undefined;
  }

  return { data, lineOf, rawOf, errors };
}
