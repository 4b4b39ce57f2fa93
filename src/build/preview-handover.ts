import type { PreviewText } from '../lib/preview/card.ts';

/** One link-preview image to write: its file under dist/ (as `paths.preview` names it, without the base path) and its text. */
export interface PreviewJob {
  file: string;
  text: PreviewText;
}

type Receiver = (jobs: Promise<PreviewJob[]>) => void;

/**
 * Where the pages hand the previews to the integration that writes them (src/integrations/previews.ts):
 * both run in the `astro build` process, but the pages run from Vite's bundle, where a module of
 * the integration is another instance; a global symbol is the same in both.
 */
const HANDOVER = Symbol.for('timeline:previews');
const slot = globalThis as { [HANDOVER]?: Receiver };

/** The integration listens for the previews (a build only), or stops listening (undefined). */
export function receivePreviews(receiver: Receiver | undefined): void {
  slot[HANDOVER] = receiver;
}

/** Hands the previews over, if the integration listens; in `astro dev` nobody does, and a route serves them. */
export function handOverPreviews(jobs: () => Promise<PreviewJob[]>): void {
  slot[HANDOVER]?.(jobs());
}
