// The English and Russian locales alone: the package's main entry loads all fifteen (150 ms at start-up).
import * as en from 'chrono-node/en';
import * as ru from 'chrono-node/ru';
import type { Span } from '../doc.js';

/** The only module that touches chrono-node: dates come out as ISO strings with their precision. */
export interface ChronoDate extends Span {
  value: string;
  precision: 'year' | 'month' | 'day' | 'interval';
  yearStated: boolean;
  text: string;
  /**
   * How the date depends on the reference: `weekday` ("on Thursday": `weekday` is 0-6, Sunday 0),
   * `casual` ("today", "yesterday"), `month-day` (a month and day without a year), else null.
   */
  relative: 'weekday' | 'casual' | 'month-day' | null;
  weekday: number | null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * chrono's English casual configuration without the parsers of clock times and relative spans
 * ("at 10 am", "in two weeks", "next month", "3 days ago"): documents date events by the calendar,
 * a relative span only invents a date from the reference, and these parsers are a third of chrono's cost.
 * Parsers are picked by class name, the way chrono's maintainers suggest (wanasit/chrono#71).
 */
export const LEFT_OUT_PARSERS = [
  'ENTimeExpressionParser',
  'ENCasualTimeParser',
  'ENTimeUnitAgoFormatParser',
  'ENTimeUnitLaterFormatParser',
  'ENTimeUnitWithinFormatParser',
  'ENTimeUnitCasualRelativeFormatParser',
  'ENRelativeDateFormatParser',
  'ENEndOfCurrentMonthParser',
  // Numeric dates are read by convention in pipeline/dates/numeric.ts: chrono reads "04.07.2024"
  // month-first, and the rule is that dots are day-first and an unclear slash date is reported.
  'SlashDateFormatParser',
] as const;
const casual = en.configuration.createCasualConfiguration();
export const calendar = new en.Chrono({
  parsers: casual.parsers.filter(
    (p) => !(LEFT_OUT_PARSERS as readonly string[]).includes(p.constructor.name),
  ),
  refiners: casual.refiners,
});

/**
 * Dates in a text, in English by default; `ru` reads the Russian month names that the sites of SCO
 * members print in their headers ("26 Октябрь 2023").
 */
export function parseDates(text: string, reference: string | null, locale: 'en' | 'ru' = 'en'): ChronoDate[] {
  const ref = reference ? new Date(`${reference.padEnd(10, '-01').slice(0, 10)}T12:00:00Z`) : new Date();
  const out: ChronoDate[] = [];
  const parser = locale === 'ru' ? ru.casual : calendar;
  for (const r of parser.parse(text, ref, { forwardDate: false })) {
    const s = r.start;
    const yearStated = s.isCertain('year') && /\b\d{4}\b/.test(r.text);
    if (!s.isCertain('month') && !s.isCertain('weekday') && !s.isCertain('day')) continue; // "now", "today"
    const y = s.get('year') ?? 0;
    const m = s.get('month') ?? 1;
    const d = s.get('day') ?? 1;
    const day = s.isCertain('day') || s.isCertain('weekday');
    const value = day ? `${y}-${pad(m)}-${pad(d)}` : `${y}-${pad(m)}`;
    let precision: ChronoDate['precision'] = day ? 'day' : 'month';
    let full = value;
    if (r.end) {
      const e = r.end;
      const ev = `${e.get('year')}-${pad(e.get('month') ?? 1)}-${pad(e.get('day') ?? 1)}`;
      if (ev !== value) {
        full = `${value}/${ev}`;
        precision = 'interval';
      }
    }
    let end = r.index + r.text.trimEnd().length;
    // "July 3rd and 4th": chrono reads the first day only; the second makes it an interval.
    const second = day && !r.end ? /^\s*(?:and|&)\s*(\d{1,2})(?:st|nd|rd|th)?\b/.exec(text.slice(end)) : null;
    if (second && Number(second[1]) > d && Number(second[1]) <= 31) {
      full = `${value}/${value.slice(0, 8)}${pad(Number(second[1]))}`;
      precision = 'interval';
      end += second[0].length;
    }
    // "Sun", "Wed" alone are a newspaper's name or a word as often as a day: a weekday is written out.
    if (
      s.isCertain('weekday') &&
      !s.isCertain('day') &&
      !/(?:mon|tues|wednes|thurs|fri|satur|sun)day/i.test(r.text)
    )
      continue;
    const relative = [...s.tags()].some((t) => t.startsWith('casualReference/'))
      ? 'casual'
      : s.isCertain('weekday') && !s.isCertain('day')
        ? 'weekday'
        : !s.isCertain('year') && s.isCertain('day')
          ? 'month-day'
          : null;
    out.push({
      start: r.index,
      end,
      value: full,
      precision,
      yearStated,
      text: text.slice(r.index, end),
      relative,
      weekday: relative === 'weekday' ? (s.get('weekday') ?? null) : null,
    });
  }
  return out;
}
