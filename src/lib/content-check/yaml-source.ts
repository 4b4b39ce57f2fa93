import { load, YAMLException, type State } from 'js-yaml';
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

/** Where one node of the YAML sits in the text: a scalar, a mapping (keys and values alternate) or a sequence. */
interface Span {
  kind: string;
  result: unknown;
  start: number;
  end: number;
  children: Span[];
}

/**
 * Every node's span, from js-yaml's own parse: it reports each node it opens and closes. A node
 * opens where the parser stands, before any blank or comment, so its start is moved to its first
 * character.
 */
function spansOf(text: string): Span {
  const root: Span = { kind: 'document', result: undefined, start: 0, end: text.length, children: [] };
  const stack: Span[] = [root];
  load(text, {
    listener(event: 'open' | 'close', state: State) {
      if (event === 'open') {
        stack.push({ kind: '', result: undefined, start: firstCharacter(text, state.position), end: state.position, children: [] });
        return;
      }
      const span = stack.pop()!;
      Object.assign(span, { kind: state.kind ?? '', result: state.result, end: state.position });
      stack.at(-1)!.children.push(span);
    },
  });
  return root.children[0] ?? root;
}

function firstCharacter(text: string, from: number): number {
  let at = from;
  for (;;) {
    while (at < text.length && /[\s,:?-]/.test(text[at]!) && !(text[at] === '-' && /[^\s]/.test(text[at + 1] ?? ' '))) at++;
    if (text[at] !== '#') return at;
    while (at < text.length && text[at] !== '\n') at++;
  }
}

/**
 * js-yaml's reason, said for an editor: where the stream ends inside a [ list or { map, the line
 * that opened it, not the end of the frontmatter.
 */
function describeSyntaxError(text: string, error: YAMLException, firstLine: number): { line: number; message: string } {
  const reason = error.reason.replace(/^./, (first) => first.toUpperCase());
  if (/within a flow collection/.test(error.reason)) {
    const opener = unclosedBracket(text.slice(0, error.mark.position));
    if (opener !== undefined) {
      return { line: (text.slice(0, opener).match(/\n/g) ?? []).length + firstLine, message: `This ${text[opener]} is never closed with ${text[opener] === '[' ? ']' : '}'}` };
    }
  }
  if (error.reason === 'duplicated mapping key') return { line: error.mark.line + firstLine, message: 'The same key is given twice' };
  return { line: error.mark.line + firstLine, message: reason };
}

/** The offset of the innermost [ or { still open at the end of `text`, outside quotes and comments. */
function unclosedBracket(text: string): number | undefined {
  const open: number[] = [];
  let quote: string | undefined;
  for (let at = 0; at < text.length; at++) {
    const char = text[at]!;
    if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '#' && /\s/.test(text[at - 1] ?? '\n')) at = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at);
    else if (char === '[' || char === '{') open.push(at);
    else if (char === ']' || char === '}') open.pop();
  }
  return open.at(-1);
}

/**
 * Parses YAML with js-yaml, the parser Astro's loaders use, so the check judges exactly the data
 * the build will get (an unquoted 2026-02-30 becomes a timestamp; `yes` stays text). The positions
 * serve only to report a problem: they are read, in a second pass, the first time a line is asked
 * for, which valid content never does.
 * `firstLine` is the file line on which the YAML text starts (frontmatter starts on line 2).
 */
export function parseYamlSource(text: string, firstLine = 1): YamlSource {
  let spans: Span | undefined;
  const tree = () => (spans ??= spansOf(text));
  const toFileLine = (offset: number) => (text.slice(0, offset).match(/\n/g) ?? []).length + firstLine;

  let data: unknown = null;
  const errors: YamlSource['errors'] = [];
  try {
    data = load(text);
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    errors.push(describeSyntaxError(text, error, firstLine));
  }

  /** The spans down `path`, as far as it exists: each step's key (for a map) or item (for a list). */
  function walk(path: FieldPath): { node: Span | undefined; line: number } {
    let node: Span | undefined = tree();
    let line = node.kind === 'document' ? firstLine : toFileLine(node.start);
    for (const key of path) {
      if (node?.kind === 'mapping') {
        // Keys compare as text: js-yaml turns a key such as 2024 into the string "2024".
        const index: number = node.children.findIndex((child, i) => i % 2 === 0 && String(child.result) === String(key));
        if (index < 0) return { node: undefined, line };
        line = toFileLine(node.children[index]!.start);
        node = node.children[index + 1];
      } else if (node?.kind === 'sequence' && typeof key === 'number' && node.children[key]) {
        node = node.children[key];
        line = toFileLine(node!.start);
      } else {
        return { node: undefined, line };
      }
    }
    return { node, line };
  }

  return {
    data,
    errors,
    lineOf: (path) => walk(path).line,
    rawOf(path) {
      const { node } = walk(path);
      return node?.kind === 'scalar' ? text.slice(node.start, node.end).trim() : undefined;
    },
  };
}
