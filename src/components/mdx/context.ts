import type { Edition } from '../../data/site.ts';
import type { Actor, TimelineEvent } from '../../lib/model.ts';

/**
 * What the editor components need to know about the entry they are written in. The event page
 * binds it to each component (see index.ts), so editors never pass it themselves.
 */
export interface EntryContext {
  /** The entry's file, as the check names it: "content/events/2026-02-19-amnesty-law-passed.mdx". */
  file: string;
  event: TimelineEvent;
  /** Every actor in content/actors.yaml: a speaker need not be one of the entry's actors. */
  actors: ReadonlyMap<string, Actor>;
  /** The edition the page is in: the components speak its language. */
  edition: Edition;
}

/** The error that stops the build, worded like the content check: `file: <Quote speaker>: problem (expected …)`. */
export function componentError(entry: EntryContext | undefined, component: string, prop: string | undefined, problem: string): Error {
  const where = entry ? `${entry.file}: ` : '';
  const error = new Error(`${where}<${component}${prop ? ` ${prop}` : ''}>: ${problem}`);
  error.name = 'EditorComponentError';
  return error;
}

/** A component used outside an event page (where no entry is bound) cannot know its sources or figures. */
export function requireEntry(entry: EntryContext | undefined, component: string): EntryContext {
  if (!entry) throw componentError(undefined, component, undefined, 'has no entry to read from (expected to be used in an entry’s body, rendered by src/pages/events/[slug].astro)');
  return entry;
}
