import { z } from 'astro/zod';
import { DATE_FORMS, parsePartialDate, type PartialDate } from '../dates.ts';
import { INSTANT_EXAMPLE, looksLikeInstant, parseInstant, type Instant } from '../instants.ts';

/**
 * Building blocks shared by the schemas. Every message says what is wrong and what is expected,
 * because the reader of the message is an editor, not a developer.
 */

/** A required or optional field's message when its value is missing or of the wrong kind. */
export function expecting(what: string) {
  return {
    error: (issue: { input?: unknown }) =>
      issue.input === undefined ? `is missing (expected ${what})` : `expected ${what}`,
  };
}

/** Text on one line, not empty. */
export function text(what: string) {
  return z
    .string(expecting(what))
    .trim()
    .min(1, { message: `is empty (expected ${what})` });
}

/** A kebab-case identifier that other entries refer to. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function reference(what: string, example = 'foro-penal') {
  return z.string(expecting(`the id of ${what}, such as "${example}"`)).regex(idPattern, {
    message: `is not an id (expected the lowercase-and-hyphens id of ${what}, such as "${example}")`,
  });
}

/** The message for a date left unquoted, which YAML turns into a timestamp (or a year into a number). */
function quotedDate(what: string, example: string) {
  return (issue: { input?: unknown }) => {
    if (issue.input === undefined) return `is missing (expected ${what})`;
    if (issue.input instanceof Date || typeof issue.input === 'number') {
      return `is not in quotes, so YAML reads it as a timestamp or a number (expected ${what}, e.g. ${example})`;
    }
    return `expected ${what}`;
  };
}

/** The parse's value, or an issue in the editor's words: each date is parsed once, here, and passed on parsed. */
function parsedOr<T>(parse: (text: string) => { ok: true; value: T } | { ok: false; problem: string }, what: string) {
  return (value: string, ctx: z.RefinementCtx): T => {
    const parsed = parse(value);
    if (parsed.ok) return parsed.value;
    ctx.addIssue({ code: 'custom', message: `${parsed.problem} (expected ${what})`, input: value });
    return z.NEVER;
  };
}

const asDate = (text: string) => {
  const parsed = parsePartialDate(text);
  return parsed.ok ? { ok: true as const, value: parsed.date } : parsed;
};
const asInstant = (text: string) => {
  const parsed = parseInstant(text);
  return parsed.ok ? { ok: true as const, value: parsed.instant } : parsed;
};

/**
 * A date written as the editor knows it, passed on as a PartialDate. It must be a quoted string:
 * YAML reads an unquoted 2026-02-30 as a timestamp and silently rolls it over to 2 March.
 */
export function partialDate(what = `a date in quotes, written as ${DATE_FORMS}`) {
  return z.string({ error: quotedDate(what, 'date: "2026-01-03"') }).transform(parsedOr(asDate, what));
}

/**
 * A date and time with its offset from UTC, passed on as an Instant. In quotes: unquoted, YAML
 * reads it as a timestamp and drops the offset it was written with.
 */
export function instant(what: string, field: string) {
  return z.string({ error: quotedDate(what, `${field}: ${INSTANT_EXAMPLE}`) }).transform(parsedOr(asInstant, what));
}

/** A day as a partial date ("2026-02-26") or, when the time is known, a date and time with its offset. */
export function dayOrInstant(what: string, field: string) {
  return z
    .string({ error: quotedDate(what, `${field}: "2026-02-26"`) })
    .transform(parsedOr<PartialDate | Instant>((text) => (looksLikeInstant(text) ? asInstant(text) : asDate(text)), what));
}

/** An https address. Anything else (http, javascript:, a bare domain) is refused. */
export function httpsUrl(what: string) {
  return z.string(expecting(`${what}, starting with https://`)).superRefine((value, ctx) => {
    let url: URL | undefined;
    try {
      url = new URL(value);
    } catch {
      url = undefined;
    }
    // `https:foo` parses as a URL but is a relative link in a page: require the full https:// form.
    if (!url || !/^https:\/\//i.test(value) || !url.hostname) {
      ctx.addIssue({
        code: 'custom',
        message: `"${value}" is not an https address (expected ${what}, starting with https://; leave the field out when there is none)`,
      });
    }
  });
}
