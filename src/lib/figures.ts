import type { Qualifier } from './schema/figure.ts';
import type { Metric } from './model.ts';

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

/** "3,231" in English; the locale decides separators ("3.231" in Spanish). */
export function formatNumber(value: number, locale: string): string {
  return numberFormat(locale).format(value);
}

/** The value with its unit, as a reader says it: "3,231", "US$968 million a year". */
export function formatValue(value: number, unit: Metric['unit'], locale: string): string {
  if (unit === 'usd-per-year') {
    return numberFormat(locale, { style: 'currency', currency: 'USD', notation: 'compact', compactDisplay: 'long' }).format(value);
  }
  return formatNumber(value, locale);
}

/** The words a figure's value needs from its edition: the locale for numbers, and the qualifier words ("" for exact). */
export interface ValueWords {
  intl: string;
  qualifier: Record<Qualifier, string>;
}

/** "more than 2,000": the figure exactly as precise as its claimant made it. */
export function claimValue(claim: { value: number; qualifier: Qualifier; metric: Pick<Metric, 'unit'> }, words: ValueWords): string {
  const qualifier = words.qualifier[claim.qualifier];
  const value = formatValue(claim.value, claim.metric.unit, words.intl);
  return qualifier ? `${qualifier} ${value}` : value;
}
