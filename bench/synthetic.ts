// Synthetic content for the benchmarks: N plausible entries written into a temporary folder
// (never into content/), with the real actors, places and metrics so every reference resolves.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { load as parse } from 'js-yaml';
import { caracasIso } from '../src/lib/caracas-time.ts';
import { splitFrontmatter } from '../src/lib/content-check/frontmatter.ts';
import { CATEGORY_NAMES } from '../src/lib/schema/categories.ts';

/** A small deterministic PRNG (mulberry32), so two runs generate the same entries. */
export function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = 'amnesty release prisoners court commission families vigil hearing decree verification list detention transfer statement report count'.split(' ');

export function generateContent(root: string, sourceContent: string, count: number, seed = 2026): string {
  const dir = join(root, `content-${count}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'events'), { recursive: true });
  for (const file of ['actors.yaml', 'places.yaml', 'metrics.yaml']) cpSync(join(sourceContent, file), join(dir, file));
  const ids = (file: string) => Object.keys(parse(readFileSync(join(sourceContent, file), 'utf8')) as object);
  const actors = ids('actors.yaml');
  const places = ids('places.yaml');
  // Figures reuse the real (metric, claimant) pairs: a claimant keeps counting the same thing, so
  // the charts get long series rather than hundreds of one-point ones.
  const pairs = readdirSync(join(sourceContent, 'events'))
    .flatMap((name) => (parse(splitFrontmatter(readFileSync(join(sourceContent, 'events', name), 'utf8')).yaml ?? '') as { figures?: { metric: string; claimant: string }[] }).figures ?? [])
    .map((figure) => [figure.metric, figure.claimant] as const);
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const start = Date.UTC(2019, 0, 1);
  const span = Date.UTC(2026, 10, 1) - start;
  // When each entry went up: a stream of its own, so the entries themselves stay as they were.
  // The site opens on 5 January 2026 with the story so far, put up over its first three days;
  // after that, each entry goes up within a day and a half of its event. Whole minutes.
  const nextAdded = random(seed ^ 0x5eed);
  const opening = Date.UTC(2026, 0, 5, 13);
  const addedAfter = (event: number) => {
    const at = event < opening ? opening + nextAdded() * 3 * 86_400_000 : event + (6 + nextAdded() * 30) * 3_600_000;
    return caracasIso(Math.floor(at / 60_000) * 60_000);
  };
  for (let i = 0; i < count; i++) {
    // Most events cluster in the last year, as in the real story.
    const t = start + span * (1 - next() ** 3);
    const day = new Date(t).toISOString().slice(0, 10);
    const precision = next();
    const date = precision < 0.05 ? day.slice(0, 4) : precision < 0.15 ? day.slice(0, 7) : day;
    const title = `${pick(WORDS)} ${pick(WORDS)} ${i}`.replace(/^./, (c) => c.toUpperCase());
    const figures =
      next() < 0.3
        ? ((pair) =>
            `figures:\n  - metric: ${pair[0]}\n    value: ${Math.floor(next() * 5000)}\n    qualifier: ${pick(['exact', 'more-than', 'nearly'])}\n    claimant: ${pair[1]}\n    asOf: "${date}"\n`)(pick(pairs))
        : '';
    const inferred = next() < 0.2;
    const added = addedAfter(t);
    writeFileSync(
      join(dir, 'events', `${day}-synthetic-${i}.mdx`),
      `---\ntitle: "${title}"\nsummary: "A synthetic event for the benchmark, number ${i}, about ${pick(WORDS)}."\ndate: "${date}"\n` +
        (inferred ? 'certainty: inferred\ncertaintyNote: "Synthetic: worked out from a weekday."\n' : '') +
        `category: ${pick(CATEGORY_NAMES)}\nactors: [${pick(actors)}, ${pick(actors)}]\nplaces: [${pick(places)}]\n` +
        `importance: ${1 + Math.floor(next() ** 2 * 3)}\nsources:\n  - outlet: Synthetic Wire\n${figures}added: "${added}"\n---\n` +
        `Synthetic body text about ${pick(WORDS)} and ${pick(WORDS)}, written for the benchmark.\n`,
    );
  }
  return dir;
}
