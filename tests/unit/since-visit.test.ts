/**
 * What is new since the reader's last visit: the visit kept in the browser's storage (here a
 * Map-backed stand-in), the marks an entry gets, and the words of the notice in both editions.
 */
import { describe, expect, it } from 'vitest';
import { STRINGS } from '../../src/lib/i18n/strings.ts';
import type { Activity } from '../../src/lib/latest.ts';
import {
  beginPageView,
  countSince,
  describeSince,
  LAST_VISIT_KEY,
  markAllRead,
  markFor,
  readStoredTime,
  SESSION_BASELINE_KEY,
  type KeyValueStore,
} from '../../src/lib/since-visit.ts';

const at = (iso: string) => Date.parse(iso);

class MemoryStore implements KeyValueStore {
  readonly values = new Map<string, string>();
  getItem(key: string) {
    return this.values.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.values.set(key, value);
  }
}

/** A browser: its localStorage lasts; each tab's session is a new sessionStorage. */
function browser() {
  const local = new MemoryStore();
  let session = new MemoryStore();
  return {
    local,
    view: (now: string) => beginPageView(local, session, at(now)),
    readAll: (now: string) => markAllRead(local, session, at(now)),
    newSession: () => void (session = new MemoryStore()),
  };
}

describe('beginPageView()', () => {
  it('marks nothing on a first visit, and records it under timeline:last-visit as an ISO string', () => {
    const reader = browser();
    expect(reader.view('2026-02-22T15:00:00Z')).toBeUndefined();
    expect(reader.local.getItem(LAST_VISIT_KEY)).toBe('2026-02-22T15:00:00.000Z');
  });

  it('marks against the last visit on the next one, and the visit after that marks nothing new', () => {
    const reader = browser();
    reader.view('2026-02-22T15:00:00Z');
    reader.newSession();
    expect(reader.view('2026-02-25T12:00:00Z')).toBe(at('2026-02-22T15:00:00Z'));
    reader.newSession();
    expect(reader.view('2026-02-25T12:30:00Z')).toBe(at('2026-02-25T12:00:00Z'));
  });

  it('keeps marking against the same visit on every page of a session, so the marks survive a trip to an event page', () => {
    const reader = browser();
    reader.view('2026-02-22T15:00:00Z');
    reader.newSession();
    expect(reader.view('2026-02-25T12:00:00Z')).toBe(at('2026-02-22T15:00:00Z'));
    expect(reader.view('2026-02-25T12:05:00Z')).toBe(at('2026-02-22T15:00:00Z'));
    expect(reader.local.getItem(LAST_VISIT_KEY)).toBe('2026-02-25T12:05:00.000Z');
  });

  it('keeps a first visit a first visit for the whole session', () => {
    const reader = browser();
    reader.view('2026-02-22T15:00:00Z');
    expect(reader.view('2026-02-22T15:10:00Z')).toBeUndefined();
  });

  it('after "mark all as read", marks nothing more in this session or the next', () => {
    const reader = browser();
    reader.view('2026-02-22T15:00:00Z');
    reader.newSession();
    reader.view('2026-02-25T12:00:00Z');
    reader.readAll('2026-02-25T12:01:00Z');
    expect(reader.view('2026-02-25T12:02:00Z')).toBe(at('2026-02-25T12:01:00Z'));
    reader.newSession();
    expect(reader.view('2026-02-26T08:00:00Z')).toBe(at('2026-02-25T12:02:00Z'));
  });

  it('treats a stored value that is not a time as no visit at all', () => {
    const reader = browser();
    reader.local.setItem(LAST_VISIT_KEY, 'yesterday');
    expect(reader.view('2026-02-25T12:00:00Z')).toBeUndefined();
    expect(readStoredTime('2026-02-22T10:00:00-04:00')).toBe(at('2026-02-22T14:00:00Z'));
    expect(readStoredTime(null)).toBeUndefined();
    expect(readStoredTime('')).toBeUndefined();
  });

  it('keeps the session’s baseline under its own key, empty on a first visit', () => {
    const local = new MemoryStore();
    const session = new MemoryStore();
    beginPageView(local, session, at('2026-02-22T15:00:00Z'));
    expect(session.getItem(SESSION_BASELINE_KEY)).toBe('');
  });
});

describe('markFor()', () => {
  const since = at('2026-02-22T15:00:00Z');

  it.each([
    ['added after the last visit', '2026-02-22T15:00:01Z', undefined, 'new'],
    ['added at the very moment of it', '2026-02-22T15:00:00Z', undefined, undefined],
    ['added before, never corrected', '2026-02-20T10:00:00Z', undefined, undefined],
    ['added before, corrected since', '2026-02-20T10:00:00Z', '2026-02-23T10:00:00Z', 'corrected'],
    ['added before, corrected before', '2026-02-20T10:00:00Z', '2026-02-21T10:00:00Z', undefined],
    ['added and corrected since: new is what the reader needs to know', '2026-02-23T10:00:00Z', '2026-02-24T10:00:00Z', 'new'],
  ])('an entry %s is marked %s', (_, added, corrected, mark) => {
    expect(markFor(at(added), corrected ? at(corrected) : undefined, since)).toBe(mark);
  });

  it('marks a correction dated by its day only after a visit on an earlier day in Caracas (it counts from that midnight)', () => {
    const correctedOn26 = at('2026-02-26T00:00:00-04:00');
    expect(markFor(at('2026-02-20T10:00:00Z'), correctedOn26, at('2026-02-25T23:00:00-04:00'))).toBe('corrected');
    expect(markFor(at('2026-02-20T10:00:00Z'), correctedOn26, at('2026-02-26T09:00:00-04:00'))).toBeUndefined();
  });
});

describe('countSince() and describeSince()', () => {
  const s = (iso: string) => at(iso) / 1000;
  const activity: Activity[] = [
    [s('2026-02-25T10:00:00Z'), 0],
    [s('2026-02-10T10:00:00Z'), s('2026-02-24T10:00:00Z')],
    [s('2026-02-23T10:00:00Z'), 0],
    [s('2026-02-22T10:00:00Z'), 0],
    [s('2026-02-01T10:00:00Z'), 0],
  ];
  const count = (since: string, total = activity.length) => countSince(activity, total, at(since));
  const words = (locale: 'en' | 'es') => STRINGS[locale].since;
  const format = (n: number) => String(n);

  it('counts the entries added and those corrected since the last visit', () => {
    expect(count('2026-02-22T12:00:00Z')).toEqual({ added: 2, corrected: 1, atLeast: false });
    expect(count('2026-02-26T00:00:00Z')).toEqual({ added: 0, corrected: 0, atLeast: false });
  });

  it('says "at least" when every entry listed is new and there are more than listed', () => {
    expect(count('2026-01-01T00:00:00Z', 300)).toEqual({ added: 5, corrected: 0, atLeast: true });
    expect(count('2026-01-01T00:00:00Z', activity.length)).toEqual({ added: 5, corrected: 0, atLeast: false });
  });

  it.each([
    ['en', { added: 3, corrected: 0, atLeast: false }, '3 new entries since your last visit on 22 February.'],
    ['en', { added: 1, corrected: 1, atLeast: false }, '1 new entry and 1 entry corrected since your last visit on 22 February.'],
    ['en', { added: 0, corrected: 2, atLeast: false }, '2 entries corrected since your last visit on 22 February.'],
    ['en', { added: 100, corrected: 0, atLeast: true }, '100+ new entries since your last visit on 22 February.'],
    ['es', { added: 3, corrected: 0, atLeast: false }, '3 entradas nuevas desde su última visita, el 22 de febrero.'],
    ['es', { added: 1, corrected: 2, atLeast: false }, '1 entrada nueva y 2 entradas corregidas desde su última visita, el 22 de febrero.'],
  ] as const)('in %s, %j reads %j', (locale, counts, text) => {
    expect(describeSince(counts, locale === 'en' ? '22 February' : '22 de febrero', words(locale), format)).toBe(text);
  });

  it('says nothing when nothing is new', () => {
    expect(describeSince({ added: 0, corrected: 0, atLeast: false }, '22 February', words('en'), format)).toBe('');
  });
});
