import { jsx } from 'astro/jsx-runtime';
import type { EditorComponentName } from '../../lib/content-check/components.ts';
import Cite from './Cite.astro';
import CountsChart from './CountsChart.astro';
import EditorNote from './EditorNote.astro';
import FigureCallout from './FigureCallout.astro';
import Link from './Link.astro';
import Quote from './Quote.astro';
import type { EntryContext } from './context.ts';

/**
 * A component with the entry bound: MDX calls it with the editor's props, and it renders the
 * Astro component with those props plus `entry`. A plain function that returns JSX is how MDX
 * renders any function component, so this uses no Astro internals.
 */
function withEntry(Component: unknown, entry: EntryContext) {
  return (props: Record<string, unknown>) => jsx(Component, { ...props, entry });
}

/**
 * The components every entry can use without importing them, for `<Content components={…} />`.
 * Keyed by the names the content check knows (EDITOR_COMPONENTS), so the two cannot drift apart,
 * plus `a`, which MDX uses for every Markdown link.
 */
export function editorComponents(entry: EntryContext): Record<EditorComponentName | 'a', unknown> {
  return {
    // Markdown's own links, so that /events/<slug>/ gets the base path.
    a: withEntry(Link, entry),
    Quote: withEntry(Quote, entry),
    FigureCallout: withEntry(FigureCallout, entry),
    Cite: withEntry(Cite, entry),
    EditorNote: withEntry(EditorNote, entry),
    CountsChart: withEntry(CountsChart, entry),
  };
}
