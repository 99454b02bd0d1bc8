/**
 * Relative and partial dates against the document date: a weekday is the closest such day on or
 * before it, "today" is the day, "yesterday" the day before; a month and day without a year take the
 * document's year, or the year before when that would put them after the document.
 */
export type Precision = 'year' | 'month' | 'day';

export const precisionOf = (value: string): Precision =>
  value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day';

const iso = (t: Date) => t.toISOString().slice(0, 10);
const utc = (day: string) => new Date(`${day}T00:00:00Z`);

export function addDays(day: string, n: number): string {
  const t = utc(day);
  t.setUTCDate(t.getUTCDate() + n);
  return iso(t);
}

/** The closest day on or before `reference` (YYYY-MM-DD) that falls on `weekday` (0 Sunday - 6 Saturday). */
export function weekdayBefore(reference: string, weekday: number): string {
  const back = (utc(reference).getUTCDay() - weekday + 7) % 7;
  return addDays(reference, -back);
}

/**
 * A month-day ("MM-DD") in the reference's year, or the year before when it would fall after it (by
 * more than `slackDays`: a dateline a day after the address's date is the same story, not last year's).
 */
export function monthDayBefore(reference: string, monthDay: string, slackDays = 0): string {
  const year = Number(reference.slice(0, 4));
  const candidate = `${year}-${monthDay}`;
  // Compared at the reference's own precision: "July 4" in a "2024-07" document is not after it.
  const limit = slackDays > 0 && reference.length === 10 ? addDays(reference, slackDays) : reference;
  const after = candidate.slice(0, limit.length) > limit;
  return after ? `${year - 1}-${monthDay}` : candidate;
}

/** The days between two ISO dates of any precision, compared by their first day. */
export function daysApart(a: string, b: string): number {
  const first = (v: string) => utc(`${v}${'-01-01'.slice(v.length - 4)}`.slice(0, 10));
  return Math.abs(first(a).getTime() - first(b).getTime()) / 86_400_000;
}

/** Phrases chrono is not asked to read (its relative parsers are off): resolved by hand. */
const RELATIVE_PHRASE =
  /\b(?:(last|this|next) (week|month|year)|(earlier|later) this (week|month|year)|(the )?(previous|past) (week|month|year))\b/gi;

export interface RelativeMention {
  start: number;
  end: number;
  value: string;
  precision: 'year' | 'month' | 'interval';
}

/** "last week", "earlier this month", "this year": their value against a day-precision reference. */
export function relativePhrases(text: string, reference: string): RelativeMention[] {
  const out: RelativeMention[] = [];
  const ref = reference.slice(0, 10);
  for (const m of text.matchAll(RELATIVE_PHRASE)) {
    const which = (m[1] ?? m[3] ?? m[6] ?? '').toLowerCase();
    const unit = (m[2] ?? m[4] ?? m[7] ?? '').toLowerCase();
    const step = which === 'last' || which === 'previous' || which === 'past' ? -1 : which === 'next' ? 1 : 0;
    let value: string | null = null;
    let precision: RelativeMention['precision'] = 'month';
    if (unit === 'year' && ref.length >= 4) {
      value = String(Number(ref.slice(0, 4)) + step);
      precision = 'year';
    } else if (unit === 'month' && ref.length >= 7) {
      const t = new Date(Date.UTC(Number(ref.slice(0, 4)), Number(ref.slice(5, 7)) - 1 + step, 1));
      value = iso(t).slice(0, 7);
    } else if (unit === 'week' && ref.length === 10) {
      // The Monday-to-Sunday week, an interval.
      const monday = addDays(ref, -((utc(ref).getUTCDay() + 6) % 7) + 7 * step);
      value = `${monday}/${addDays(monday, 6)}`;
      precision = 'interval';
    }
    if (value) out.push({ start: m.index, end: m.index + m[0].length, value, precision });
  }
  return out;
}
