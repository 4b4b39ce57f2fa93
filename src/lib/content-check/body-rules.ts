import { EDITOR_COMPONENT_NAMES, EDITOR_COMPONENTS } from './components.ts';
import { isCommentOnly, literalValue, walkBody, type BodyAttribute, type BodyNode } from './mdx-tree.ts';
import { closest } from './zod-issues.ts';

/**
 * What an entry's body may hold: Markdown, the editor components with literal props, and a few
 * plain HTML elements for text. An entry is content, not code: MDX would otherwise let it import
 * modules, run expressions at build time (reading files or a deploy token, and publishing them),
 * or pull another host's frame, image or style into readers' pages. Entries come from many hands.
 *
 * The rules are visitors keyed by node type, so the content check (walking its own parse) and the
 * build (inside the MDX compiler, src/node/mdx-body-guard.ts) apply the very same ones.
 */

/** Plain HTML an entry may use for text, with the only attributes it may carry. */
export const ALLOWED_HTML: Readonly<Record<string, readonly string[]>> = {
  abbr: ['title', 'lang'],
  b: ['lang'],
  br: [],
  del: [],
  em: ['lang'],
  i: ['lang'],
  ins: [],
  kbd: [],
  mark: [],
  q: ['lang'],
  s: [],
  small: [],
  span: ['lang'],
  strong: ['lang'],
  sub: [],
  sup: [],
  u: [],
  wbr: [],
};

const EXPECTED_BODY = `expected Markdown, the editor components of docs/EDITING.md and the plain HTML elements ${Object.keys(ALLOWED_HTML).map((name) => `<${name}>`).join(', ')}`;

/** Why an element is refused, for the elements an editor is most likely to paste. */
const REFUSED_HTML: [readonly string[], string][] = [
  [['iframe', 'frame', 'frameset', 'object', 'embed', 'portal', 'applet', 'fencedframe'], 'would load another site into readers’ pages'],
  [['img', 'picture', 'source', 'video', 'audio', 'track', 'image'], 'would load media that the site does not check (a photo goes in the frontmatter’s image field)'],
  [['style', 'link', 'meta', 'base', 'head', 'html', 'body', 'template', 'slot', 'noscript'], 'would change the page itself, its styles or where its links lead'],
  [['form', 'input', 'button', 'select', 'textarea', 'option', 'dialog'], 'would ask readers for input the site never receives'],
  [['svg', 'math', 'canvas'], 'can hold links, styles and scripts of its own (a chart is <CountsChart />)'],
];

export interface BodyIssue {
  line: number;
  /** "body", or "<Name>" for a component that does not exist. */
  field: string;
  message: string;
}

export interface BodyRuleOptions {
  /** The slugs a link to /events/<slug>/ may name. Without it, such links are not checked (in the compiler, which does not know the others). */
  slugs?: ReadonlySet<string>;
}

const SCRIPT_MESSAGE = 'has a <script> element, which would run code in readers’ browsers (expected text, Markdown and the editor components of docs/EDITING.md; a chart is <CountsChart />)';
const JAVASCRIPT_MESSAGE = 'has a javascript: link, which would run code in readers’ browsers (expected an https:// address or a link to another event, /events/<slug>/)';

/** A short quotation of what the editor wrote, for the message. */
function excerpt(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 40 ? `${line.slice(0, 39)}…` : line;
}

/** An address's scheme as a browser reads it: tabs, newlines and spaces in it are ignored. */
function schemeOf(url: string): string | undefined {
  return /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020]/g, ''))?.[1]?.toLowerCase();
}

/** //host/… and the forms browsers read as it (/\host/…, \\host/…): the page's scheme, another host. */
function isSchemeRelative(url: string): boolean {
  return url.replace(/[\u0000-\u0020]/g, '').replace(/\\/g, '/').startsWith('//');
}

function isOtherHost(url: string): boolean {
  return schemeOf(url) !== undefined || isSchemeRelative(url);
}

/** A link to another event: /events/<slug>/, with or without the trailing slash, a #part or ?query. */
const EVENT_LINK = /^\/events\/([^/?#]+)\/?(?:[?#].*)?$/;

/** The rules as visitors; `issues()` gives what they found, once every node has been visited. */
export function bodyRules(options: BodyRuleOptions = {}) {
  const issues: BodyIssue[] = [];
  const definitions = new Map<string, BodyNode>();
  const imageReferences: BodyNode[] = [];
  const lineOf = (node: BodyNode) => node.position?.start.line ?? 1;
  const report = (node: BodyNode, message: string, field = 'body') => issues.push({ line: lineOf(node), field, message });

  function checkLink(node: BodyNode, url: string) {
    const scheme = schemeOf(url);
    if (scheme === 'javascript' || scheme === 'vbscript') return report(node, JAVASCRIPT_MESSAGE);
    if (scheme === 'http') return report(node, `links over plain http (${excerpt(url)}), which anyone on the way can read or change (expected the https:// address)`);
    if (scheme !== undefined && scheme !== 'https' && scheme !== 'mailto') {
      return report(node, `has a link to a ${scheme}: address (expected an https:// address, a mailto: address or a link to another event, /events/<slug>/)`);
    }
    if (scheme === undefined && isSchemeRelative(url)) return report(node, `has a link without a scheme (${excerpt(url)}) (expected the full https:// address)`);
    const event = EVENT_LINK.exec(url.trim());
    if (event && options.slugs) {
      const slug = decodeURIComponent(event[1]!);
      if (options.slugs.has(slug)) return;
      const guess = closest(slug, [...options.slugs]);
      report(node, `links to /events/${slug}/, and there is no such event (${guess ? `did you mean /events/${guess}/? ` : ''}expected the file name of an entry in content/events, without .mdx)`);
    }
  }

  function checkImage(node: BodyNode, url: string) {
    if (schemeOf(url) === 'javascript') return report(node, JAVASCRIPT_MESSAGE);
    if (isOtherHost(url)) {
      report(node, `has an image from another address (${excerpt(url)}), which would tell that host who reads the page (expected a file in the project, such as ![alt text](./photo.jpg); a photo with its credit goes in the frontmatter’s image field)`);
    }
  }

  function checkAttributes(node: BodyNode, name: string, component: boolean) {
    const allowed = Object.hasOwn(ALLOWED_HTML, name) ? ALLOWED_HTML[name] : undefined;
    for (const attribute of node.attributes ?? []) {
      if (attribute.type !== 'mdxJsxAttribute' || attribute.name === undefined) {
        report(node, `has a spread of props, <${name} {${excerpt(String(attribute.value ?? ''))}}>, which is code (expected each prop written out: name="text", name={1}, name={true} or a bare name)`);
        continue;
      }
      if (/^on/i.test(attribute.name)) {
        report(node, `has an event-handler attribute ${attribute.name}=, which would run code in readers’ browsers (expected no on… attributes in an entry)`);
        continue;
      }
      const value = attributeText(attribute);
      if (value !== undefined && schemeOf(value) === 'javascript') {
        report(node, JAVASCRIPT_MESSAGE);
        continue;
      }
      if (component) {
        if (typeof attribute.value === 'object' && attribute.value !== null && literalValue(String(attribute.value.value)) === undefined) {
          report(node, `gives <${name} ${attribute.name}> an expression, {${excerpt(String(attribute.value.value))}}, which is code (expected a literal: text in quotes, a number such as ${attribute.name}={1}, or true or false)`);
        }
      } else if (!allowed?.includes(attribute.name) || typeof attribute.value !== 'string') {
        const permitted = allowed?.length ? `only ${allowed.map((a) => `${a}="…"`).join(' or ')}` : 'no attributes';
        report(node, `gives <${name}> the attribute ${attribute.name}${typeof attribute.value === 'object' && attribute.value ? '={…}' : ''}, which an entry may not set (expected ${permitted} on <${name}>)`);
      }
    }
  }

  function element(node: BodyNode) {
    const name = node.name;
    if (name === null || name === undefined || name === '') {
      return report(node, `has a fragment, <>…</>, which is JSX, not content (${EXPECTED_BODY})`);
    }
    if (/[.:]/.test(name)) return report(node, `has <${name}>, which is JSX, not one of the editor components (${EXPECTED_BODY})`);
    if (/^[A-Z]/.test(name)) {
      if (!Object.hasOwn(EDITOR_COMPONENTS, name)) {
        const guess = closest(name, EDITOR_COMPONENT_NAMES);
        report(node, `unknown component (${guess ? `did you mean <${guess}>? ` : ''}expected one of ${EDITOR_COMPONENT_NAMES.map((known) => `<${known}>`).join(', ')})`, `<${name}>`);
      }
      return checkAttributes(node, name, true);
    }
    if (name.toLowerCase() === 'script') return report(node, SCRIPT_MESSAGE);
    if (name.toLowerCase() === 'a') return report(node, 'has an HTML link, <a>, which the site cannot vet (expected a Markdown link, [text](https://…), which the site renders safely)');
    if (!Object.hasOwn(ALLOWED_HTML, name)) {
      const why = REFUSED_HTML.find(([names]) => names.includes(name.toLowerCase()))?.[1] ?? 'is not one of the elements an entry may use';
      return report(node, `has <${name}>, which ${why} (${EXPECTED_BODY})`);
    }
    checkAttributes(node, name, false);
  }

  const visitors: Record<string, (node: BodyNode) => void> = {
    mdxjsEsm(node) {
      const statement = /^\s*(import|export)\b/.exec(String(node.value))?.[1] ?? 'import or export';
      report(node, `has an ${statement} statement (${excerpt(String(node.value))}), and an entry cannot ${statement === 'export' ? 'define' : 'load'} code (${EXPECTED_BODY}, which every entry has without importing them)`);
    },
    mdxFlowExpression: expression,
    mdxTextExpression: expression,
    mdxJsxFlowElement: element,
    mdxJsxTextElement: element,
    html(node) {
      report(node, `has raw HTML (${excerpt(String(node.value))}) (${EXPECTED_BODY})`);
    },
    link(node) {
      checkLink(node, node.url ?? '');
    },
    definition(node) {
      checkLink(node, node.url ?? '');
      if (node.identifier !== undefined) definitions.set(node.identifier.toLowerCase(), node);
    },
    image(node) {
      checkImage(node, node.url ?? '');
    },
    imageReference(node) {
      imageReferences.push(node);
    },
  };

  function expression(node: BodyNode) {
    const code = String(node.value ?? '');
    if (isCommentOnly(code)) return;
    report(node, `has an expression, {${excerpt(code)}}, which would run as code when the site is built (expected plain text: write a brace as \\{, show code in backticks, and leave a note to editors as {/* … */})`);
  }

  return {
    visitors,
    /** Every issue found, once the whole tree has been visited. */
    issues(): BodyIssue[] {
      // ![alt][name] takes its address from a definition elsewhere in the body.
      for (const reference of imageReferences) {
        const definition = definitions.get((reference.identifier ?? '').toLowerCase());
        if (definition?.url !== undefined && isOtherHost(definition.url) && schemeOf(definition.url) !== 'javascript') checkImage(reference, definition.url);
      }
      return issues.sort((a, b) => a.line - b.line);
    },
  };
}

function attributeText(attribute: BodyAttribute): string | undefined {
  if (typeof attribute.value === 'string') return attribute.value;
  if (attribute.value && typeof attribute.value === 'object') {
    const literal = literalValue(String(attribute.value.value));
    return typeof literal === 'string' ? literal : undefined;
  }
  return undefined;
}

/** Every issue in a parsed body. */
export function bodyIssues(tree: BodyNode, options: BodyRuleOptions = {}): BodyIssue[] {
  const rules = bodyRules(options);
  walkBody(tree, (node) => rules.visitors[node.type]?.(node));
  return rules.issues();
}
