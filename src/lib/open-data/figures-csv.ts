import type { TimelineEvent } from '../model.ts';
import { FIGURE_COLUMNS, type FigureColumn } from './columns.ts';
import { toCsv } from './csv.ts';

/** /data/figures.csv: one row per figure, in timeline order, every figure with who claims it and as of when. */
export function figuresCsv(events: readonly TimelineEvent[], url: (slug: string) => string): string {
  const rows = events.flatMap((event) =>
    event.figures.map((claim) => {
      const row: Record<FigureColumn, string | number | undefined> = {
        event_slug: event.slug,
        event_title: event.title,
        metric: claim.metric.id,
        metric_label: claim.metric.label,
        value: claim.value,
        unit: claim.metric.unit,
        qualifier: claim.qualifier,
        claimant: claim.claimant.id,
        claimant_name: claim.claimant.name,
        as_of: claim.asOf.iso,
        certainty: claim.certainty,
        note: claim.note,
        source: event.sources.map((source) => source.outlet).join('; '),
        event_url: url(event.slug),
      };
      return FIGURE_COLUMNS.map((column) => row[column]);
    }),
  );
  return toCsv(FIGURE_COLUMNS, rows);
}
