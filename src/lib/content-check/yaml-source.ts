import { load, YAMLException } from 'js-yaml';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { FieldPath } from './problem.ts';

/** YAML parsed for checking: the data exactly as Astro will see it, and the line of every field. */
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
 * Parses YAML with js-yaml, the parser Astro's loaders use, so the check judges exactly the data
 * the build will get (an unquoted 2026-02-30 becomes a timestamp; `yes` stays text); and, when a
 * problem is to be reported, with `yaml` too, only for the position of every node, so each
 * problem can name its line.
 * `firstLine` is the file line on which the YAML text starts (frontmatter starts on line 2).
 */
export function parseYamlSource(text: string, firstLine = 1): YamlSource {
  // The positions serve only to report a problem, and `yaml`'s parse with every node's range cost
  // about three times what js-yaml costs (0.9 s of the 1.4 s content check at 1,000 entries): it is done
  // the first time a line is asked for, which valid content never does.
  let positions: { doc: Document; lineCounter: LineCounter } | undefined;
  const parsed = () => {
    if (!positions) {
      const lineCounter = new LineCounter();
      positions = { lineCounter, doc: parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true }) };
    }
    return positions;
  };
  const toFileLine = (offset: number) => parsed().lineCounter.linePos(offset).line + firstLine - 1;

  let data: unknown = null;
  const errors: YamlSource['errors'] = [];
  try {
    data = load(text);
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    // js-yaml decides whether the text is broken (it is what Astro uses); `yaml` usually says
    // more clearly where and why, so its explanation is preferred when it has one.
    const clearer = parsed().doc.errors[0];
    errors.push(
      clearer
        ? { line: toFileLine(clearer.pos[0]), message: clearer.message.split('\n')[0]! }
        : { line: error.mark.line + firstLine, message: error.reason },
    );
  }

  function lineOf(path: FieldPath): number {
    let node: unknown = parsed().doc.contents;
    let line = node && (node as Node).range ? toFileLine((node as Node).range![0]) : firstLine;
    for (const key of path) {
      if (isMap(node)) {
        // Keys compare as text: js-yaml turns a key such as 2024 into the string "2024".
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(key));
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
    const node = parsed().doc.getIn(path, true);
    if (isScalar(node) && node.range) return text.slice(node.range[0], node.range[1]).trim();
    return undefined;
  }

  return { data, lineOf, rawOf, errors };
}
