import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin, type MdastPluginDefinition, type PluginFactoryContext } from 'satteri';
import { bodyRules } from '../lib/content-check/body-rules.ts';
import { formatReport } from '../lib/content-check/problem.ts';

/**
 * The body rules inside the MDX compiler, on the very tree it compiles: whatever the content check
 * did or did not read (a page's own MDX text, an entry saved while `astro dev` runs), no MDX with an
 * import, an expression or a disallowed element becomes a page. The content check runs first in a
 * build and lists every problem at once; this is the backstop, with the same rules and messages.
 */
export function mdxBodyGuard(root: string) {
  return (context: PluginFactoryContext): MdastPluginDefinition => {
    const file = context.fileURL ? relative(root, fileURLToPath(context.fileURL)).split('\\').join('/') : 'an MDX file';
    const rules = bodyRules();
    const visitors = Object.fromEntries(Object.entries(rules.visitors).map(([type, visit]) => [type, (node: Parameters<typeof visit>[0]) => void visit(node)]));
    return defineMdastPlugin({
      name: 'timeline:entry-body',
      options: { position: true },
      ...visitors,
      after() {
        const issues = rules.issues();
        if (issues.length === 0) return;
        const report = formatReport(issues.map((issue) => ({ file, ...issue, severity: 'error' as const })));
        const error = new Error(`An entry holds code, not content:\n${report}`);
        error.name = 'ContentError';
        error.stack = `${error.name}: ${error.message}`;
        throw error;
      },
    });
  };
}
