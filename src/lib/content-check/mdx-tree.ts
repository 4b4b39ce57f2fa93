/**
 * The parts of an MDX syntax tree (mdast with MDX's nodes) that the body rules read. Both the
 * content check's own parse and the build's compiler hand over nodes of this shape, so one rule
 * set reads either.
 */
export interface BodyNode {
  type: string;
  children?: readonly BodyNode[];
  /** Text, code, or an expression's or ESM statement's source. */
  value?: unknown;
  /** A JSX element's name: "Quote", "abbr", "a.b", "x:y", or null for a fragment <>. */
  name?: string | null;
  attributes?: readonly BodyAttribute[];
  /** Links, images and definitions. */
  url?: string;
  /** Definitions and references, normalised by the parser. */
  identifier?: string;
  position?: { start: { line: number } };
}

/** name="text", a bare name (value null), name={expression}, or a spread {...expression}. */
export interface BodyAttribute {
  type: string;
  name?: string;
  value?: string | null | { type: string; value: unknown };
}

/** Calls `visit` on `node` and every node below it, in document order. */
export function walkBody(node: BodyNode, visit: (node: BodyNode) => void): void {
  visit(node);
  for (const child of node.children ?? []) walkBody(child, visit);
}

/**
 * The value of a prop written as a literal: {1}, {-2.5}, {true}, {false}, {'text'} or {"text"}.
 * Anything else (a call, a name, a template, an object, JSX) is code, and gives undefined.
 */
export function literalValue(expression: string): string | number | boolean | undefined {
  const text = expression.trim();
  if (/^-?\d+(?:\.\d+)?$/.test(text)) return Number(text);
  if (text === 'true' || text === 'false') return text === 'true';
  // The same quote may not appear inside: 'a' + 'b' is two literals and an operator.
  const quoted = /^'([^'\\\n]*)'$/.exec(text) ?? /^"([^"\\\n]*)"$/.exec(text);
  return quoted ? quoted[1] : undefined;
}

/**
 * An expression that holds only comments, {/* a note *\/}: MDX drops it. A block comment may not
 * reach past its own closing mark, so /* a *\/ code /* b *\/ is code.
 */
export function isCommentOnly(expression: string): boolean {
  return /^\s*(?:\/\*(?:[^*]|\*(?!\/))*\*\/\s*)*$/.test(expression);
}
