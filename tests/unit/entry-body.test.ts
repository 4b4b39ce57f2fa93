/**
 * An entry is content, not code. The code-in-body fixture holds one entry per way of putting code
 * or another host's content into a body (each class of the rule, and every bypass thought of);
 * each must fail the check at its line with a message that says what was found and what to write
 * instead. The build's compiler applies the same rules to the tree it compiles, and says the same.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { mdxBodyGuard } from '../../src/node/mdx-body-guard.ts';
import { bodyIssues } from '../../src/lib/content-check/body-rules.ts';
import { checkContent, formatReport } from '../../src/lib/content-check/index.ts';
import { parseMdxBody } from '../../src/lib/content-check/mdx-parse.ts';
import { isCommentOnly, literalValue } from '../../src/lib/content-check/mdx-tree.ts';
import { ERRORS_ROOT, eventText, readErrorFixture, withSharedData } from './helpers/content-fixtures.ts';

const FIXTURE = 'code-in-body';

/** File in code-in-body/events/, line of the problem, field, and words the message must hold. */
const cases: [file: string, line: number, field: string, says: string[]][] = [
  ['2026-01-01-import-statement.mdx', 12, 'body', ["has an import statement", "import fs from 'node:fs';", "expected Markdown, the editor components"]],
  ['2026-01-02-export-statement.mdx', 12, 'body', ["has an export statement", "cannot define code"]],
  ['2026-01-03-export-default-layout.mdx', 12, 'body', ["has an export statement"]],
  ['2026-01-04-import-after-text.mdx', 14, 'body', ["has an import statement"]],
  ['2026-01-05-text-expression.mdx', 12, 'body', ["has an expression, {process.env.HOME}", "would run as code when the site is built", "write a brace as \\{"]],
  ['2026-01-06-flow-expression.mdx', 12, 'body', ["has an expression"]],
  ['2026-01-07-expression-in-heading.mdx', 12, 'body', ["has an expression, {count}"]],
  ['2026-01-08-expression-in-link-text.mdx', 12, 'body', ["has an expression, {document.title}"]],
  ['2026-01-09-expression-in-table.mdx', 14, 'body', ["has an expression, {count}"]],
  ['2026-01-10-expression-in-list.mdx', 13, 'body', ["has an expression, {count}"]],
  ['2026-01-11-expression-in-quote.mdx', 12, 'body', ["has an expression, {count}"]],
  ['2026-01-12-expression-in-emphasis.mdx', 12, 'body', ["has an expression, {count}"]],
  ['2026-01-13-expression-in-component.mdx', 13, 'body', ["has an expression, {process.env.DEPLOY_TOKEN}"]],
  ['2026-01-14-expression-between-comments.mdx', 12, 'body', ["has an expression"]],
  ['2026-01-15-function-call-prop.mdx', 12, 'body', ["gives <Cite source> an expression, {(() => 1)()}", "expected a literal"]],
  ['2026-01-16-spread-prop.mdx', 12, 'body', ["has a spread of props", "expected each prop written out"]],
  ['2026-01-17-jsx-in-prop.mdx', 12, 'body', ["gives <Quote speaker> an expression, {<b>x</b>}"]],
  ['2026-01-18-template-literal-prop.mdx', 12, 'body', ["gives <Cite source> an expression, {`1`}"]],
  ['2026-01-19-name-as-prop.mdx', 12, 'body', ["gives <CountsChart gap> an expression, {gap}"]],
  ['2026-01-20-operator-prop.mdx', 12, 'body', ["gives <Cite source> an expression, {0 + 1}"]],
  ['2026-01-21-object-prop.mdx', 12, 'body', ["gives <CountsChart metric> an expression"]],
  ['2026-01-22-joined-strings-prop.mdx', 12, 'body', ["gives <CountsChart metric> an expression"]],
  ['2026-01-23-iframe.mdx', 12, 'body', ["has <iframe>", "would load another site"]],
  ['2026-01-24-object.mdx', 12, 'body', ["has <object>", "would load another site"]],
  ['2026-01-25-embed.mdx', 12, 'body', ["has <embed>", "would load another site"]],
  ['2026-01-26-form.mdx', 12, 'body', ["has <form>", "would ask readers for input"]],
  ['2026-01-27-input.mdx', 12, 'body', ["has <input>", "would ask readers for input"]],
  ['2026-01-28-style.mdx', 12, 'body', ["has <style>", "would change the page itself"]],
  ['2026-01-01-stylesheet-link.mdx', 12, 'body', ["has <link>", "would change the page itself"]],
  ['2026-01-02-meta-refresh.mdx', 12, 'body', ["has <meta>", "would change the page itself"]],
  ['2026-01-03-base.mdx', 12, 'body', ["has <base>", "where its links lead"]],
  ['2026-01-04-svg.mdx', 12, 'body', ["has <svg>", "can hold links, styles and scripts"]],
  ['2026-01-05-tracking-pixel.mdx', 12, 'body', ["has <img>", "would load media"]],
  ['2026-01-06-video.mdx', 12, 'body', ["has <video>", "would load media"]],
  ['2026-01-07-audio.mdx', 12, 'body', ["has <audio>", "would load media"]],
  ['2026-01-08-html-link.mdx', 12, 'body', ["has an HTML link, <a>", "expected a Markdown link"]],
  ['2026-01-09-fragment.mdx', 12, 'body', ["has a fragment"]],
  ['2026-01-10-member-element.mdx', 12, 'body', ["has <Quote.Block>, which is JSX"]],
  ['2026-01-11-namespaced-element.mdx', 12, 'body', ["has <svg:rect>, which is JSX"]],
  ['2026-01-12-prototype-name.mdx', 12, 'body', ["has <toString>", "is not one of the elements an entry may use"]],
  ['2026-01-13-custom-element.mdx', 12, 'body', ["has <my-widget>", "is not one of the elements an entry may use"]],
  ['2026-01-14-capitalised-html.mdx', 12, '<IFRAME>', ["unknown component", "expected one of <Quote>"]],
  ['2026-01-15-class-on-text-element.mdx', 12, 'body', ["gives <span> the attribute className", "expected only lang=\"…\" on <span>"]],
  ['2026-01-16-style-on-text-element.mdx', 12, 'body', ["gives <abbr> the attribute style", "expected only title=\"…\" or lang=\"…\" on <abbr>"]],
  ['2026-01-17-expression-attribute.mdx', 12, 'body', ["gives <abbr> the attribute title={…}"]],
  ['2026-01-18-remote-image.mdx', 12, 'body', ["has an image from another address (https://tracker.example/pixel.gif)", "would tell that host who reads the page"]],
  ['2026-01-19-backslash-image.mdx', 12, 'body', ["has an image from another address (/\\tracker.example/pixel.gif)"]],
  ['2026-01-19-protocol-relative-image.mdx', 12, 'body', ["has an image from another address (//tracker.example/pixel.gif)"]],
  ['2026-01-20-reference-image.mdx', 12, 'body', ["has an image from another address (https://tracker.example/pixel.gif)"]],
  ['2026-01-21-data-image.mdx', 12, 'body', ["has an image from another address (data:image/gif"]],
  ['2026-01-22-http-link.mdx', 12, 'body', ["links over plain http (http://example.org/report)", "expected the https:// address"]],
  ['2026-01-23-www-autolink.mdx', 12, 'body', ["links over plain http (http://www.example.org)"]],
  ['2026-01-24-http-reference.mdx', 14, 'body', ["links over plain http (http://example.org/report)"]],
  ['2026-01-25-protocol-relative-link.mdx', 12, 'body', ["has a link without a scheme", "expected the full https:// address"]],
  ['2026-01-26-data-link.mdx', 12, 'body', ["has a link to a data: address"]],
  ['2026-01-27-encoded-javascript-link.mdx', 12, 'body', ["has a javascript: link", "would run code in readers’ browsers"]],
  ['2026-01-28-javascript-link-with-tab.mdx', 12, 'body', ["has a javascript: link"]],
  ['2026-01-01-javascript-reference.mdx', 14, 'body', ["has a javascript: link"]],
  ['2026-01-02-vbscript-link.mdx', 12, 'body', ["has a javascript: link"]],
  ['2026-01-03-angle-autolink.mdx', 12, 'body', ["cannot be read as MDX", "write a literal < or { as \\< or \\{"]],
  ['2026-01-04-unclosed-brace.mdx', 12, 'body', ["cannot be read as MDX"]],
];

describe('the code-in-body fixture: one refused construct per entry', () => {
  it('lists every problem in every file at once, one per entry, sorted by file and line', async () => {
    const problems = checkContent(await readErrorFixture(FIXTURE));
    expect(problems.map((problem) => problem.file).sort()).toEqual(cases.map(([file]) => `${FIXTURE}/events/${file}`).sort());
    const report = formatReport(problems).split('\n');
    expect(report.at(-1)).toBe(`${cases.length} errors in ${cases.length} files: fix them and run the command again.`);
  });

  it.each(cases)('%s: refused at line %i on %s, saying what was found and what is expected', async (file, line, field, says) => {
    const problems = checkContent(await readErrorFixture(FIXTURE)).filter((problem) => problem.file === `${FIXTURE}/events/${file}`);
    expect(problems).toEqual([{ file: `${FIXTURE}/events/${file}`, line, field, message: expect.any(String), severity: 'error' }]);
    for (const words of says) expect(problems[0]!.message).toContain(words);
    expect(problems[0]!.message).toMatch(/\(expected .+\)$/);
  });
});

describe('the build’s compiler, with the same rules inside it', () => {
  const compilable = cases.filter(([, , , says]) => !says.some((words) => words.includes('cannot be read as MDX')));

  it.each(compilable)('%s: stops the compile with the check’s own line and message', async (file, line, field) => {
    const path = `${ERRORS_ROOT}${FIXTURE}/events/${file}`;
    const [expected] = checkContent(await readErrorFixture(FIXTURE)).filter((problem) => problem.file.endsWith(file));
    // The frontmatter blanked out, lines kept, as Astro hands an MDX file to the compiler.
    const text = readFileSync(path, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, (front) => front.replace(/[^\n]/g, ''));
    const compile = async () => mdxToJs(text, { mdastPlugins: [mdxBodyGuard(ERRORS_ROOT)], fileURL: pathToFileURL(path) });
    await expect(compile()).rejects.toThrow(`${FIXTURE}/events/${file}:${line}: ${field}: ${expected!.message}`);
  });

  it('compiles a body of Markdown and the editor components untouched', async () => {
    const { code } = await mdxToJs('Text with <Cite source={1} /> and `{code}`.\n', { mdastPlugins: [mdxBodyGuard('/')] });
    expect(code).toContain('Cite');
  });
});

describe('what a body may hold', () => {
  const issues = (body: string) => {
    const parsed = parseMdxBody(body);
    if (!parsed.ok) throw new Error(parsed.message);
    return bodyIssues(parsed.tree, { slugs: new Set(['2026-01-03-maduro-captured']) });
  };

  it('keeps code in fences and backticks as text, whatever it shows', () => {
    const body = ['```mdx', "import fs from 'node:fs';", '<iframe src="https://evil.example/" />', '{process.env.HOME}', '```', '', 'Write `{count}` or `<Quote speaker="x" />` in a code span.', ''].join('\n');
    expect(issues(body)).toEqual([]);
  });

  it('allows comments to other editors, the listed text elements and safe links', () => {
    const body = [
      '{/* Check this figure again on Monday. */}',
      '',
      'The <abbr title="Foro Penal" lang="es">FP</abbr> count, <em>verified</em> and <q>quoted</q>,<br /> H<sub>2</sub>O.',
      '',
      'See [the other event](/events/2026-01-03-maduro-captured/), [the law](https://example.org/law), [write to us](mailto:desk@example.org), [below](#sources) and ![a map](./map.png).',
      '',
    ].join('\n');
    expect(issues(body)).toEqual([]);
  });

  it('reads a literal prop as the component will get it, and nothing else', () => {
    expect([literalValue('1'), literalValue(' -2.5 '), literalValue('true'), literalValue('false'), literalValue("'a b'"), literalValue('"c"')]).toEqual([1, -2.5, true, false, 'a b', 'c']);
    for (const code of ['x', '1 + 1', "'a' + 'b'", '`a`', '(() => 1)()', '{}', '[]', 'null', "'a\\'b'", '<b />']) expect(literalValue(code)).toBeUndefined();
  });

  it('tells a comment from code between comments', () => {
    expect(isCommentOnly('/* a note */')).toBe(true);
    expect(isCommentOnly(' /* one */ /* two */ ')).toBe(true);
    expect(isCommentOnly('/* a */ process.env.HOME /* b */')).toBe(false);
    expect(isCommentOnly('// a line comment\n')).toBe(false);
  });
});

describe('a translation’s body', () => {
  it('is held to the same rules, at its own file and line', () => {
    const entry = 'content/events/2026-01-08-releases-begin.mdx';
    const translation = {
      path: 'content/es/events/2026-01-08-releases-begin.mdx',
      text: '---\ntitle: Empiezan las excarcelaciones\nsummary: Salen los primeros presos políticos.\n---\n\nEl anfitrión es {process.env.HOST}.\n',
    };
    const content = withSharedData({ [entry]: eventText() }, { translations: [{ locale: 'es', dir: 'content/es', events: [translation], actors: null, places: null, metrics: null }] });
    expect(checkContent(content)).toEqual([
      { file: translation.path, line: 6, field: 'body', message: expect.stringContaining('has an expression, {process.env.HOST}'), severity: 'error' },
    ]);
  });
});
