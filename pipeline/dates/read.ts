import { type ChronoDate, parseDates } from '../adapters/chrono.js';
import { type NumericDate, numericDates } from './numeric.js';

/** A calendar date read from a piece of text; offsets are into that text. */
export interface ReadDate {
  start: number;
  end: number;
  text: string;
  /** YYYY-MM-DD or YYYY-MM; without a stated year the year is a placeholder to be resolved */
  value: string;
  precision: 'month' | 'day';
  yearStated: boolean;
  relative: ChronoDate['relative'];
  weekday: number | null;
}

/**
 * Every calendar date in a short piece of text: numeric ones by convention (pipeline/dates/numeric.ts),
 * the rest by chrono. Numeric dates whose order cannot be told come back in `ambiguous`.
 */
export function readDates(
  text: string,
  reference: string | null,
): { dates: ReadDate[]; ambiguous: NumericDate[] } {
  const numeric = numericDates(text);
  let masked = text;
  for (const n of numeric)
    masked = masked.slice(0, n.start) + ' '.repeat(n.end - n.start) + masked.slice(n.end);
  const dates: ReadDate[] = [];
  for (const n of numeric)
    if (n.value)
      dates.push({
        start: n.start,
        end: n.end,
        text: n.text,
        value: n.value,
        precision: 'day',
        yearStated: true,
        relative: null,
        weekday: null,
      });
  const found = parseDates(masked, reference);
  // Russian month names, as the sites of SCO members print them in their headers.
  if (/[А-Яа-яЁё]{3}/.test(masked))
    for (const d of parseDates(masked, reference, 'ru'))
      if (!found.some((f) => f.start < d.end && d.start < f.end)) found.push(d);
  for (const d of found) {
    if (d.precision !== 'day' && d.precision !== 'month') continue;
    dates.push({
      start: d.start,
      end: d.end,
      text: text.slice(d.start, d.end),
      value: d.value,
      precision: d.precision,
      yearStated: d.yearStated,
      relative: d.relative,
      weekday: d.weekday,
    });
  }
  return { dates: dates.sort((a, b) => a.start - b.start), ambiguous: numeric.filter((n) => !n.value) };
}
