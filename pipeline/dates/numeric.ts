import { isValidDay } from './url.js';

/**
 * Numeric dates by convention, never silently month-first: `yyyy-mm-dd` is ISO; `dd.mm.yyyy` with dots
 * is day-first (the European and post-Soviet convention); `a/b/yyyy` with slashes is day-first when
 * a > 12, month-first when b > 12, and otherwise ambiguous: it is reported, not guessed.
 */
export interface NumericDate {
  start: number;
  end: number;
  text: string;
  /** YYYY-MM-DD, or null when the order of day and month cannot be told */
  value: string | null;
  convention: 'iso' | 'day-first' | 'month-first' | 'ambiguous';
}

/**
 * Year first (`2019-03-02`, with a clock time `2019-03-02T10:41:00Z`; `2019/03/02`, `2019.03.02`: always
 * year, month, day), or day and month before the year with dots or slashes.
 */
const NUMERIC_RE =
  /(?<![\w./-])(?:((?:19|20)\d{2})(-|\/|\.)(\d{1,2})\2(\d{1,2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?|(\d{1,2})([./])(\d{1,2})\6((?:19|20)\d{2}))(?![\w-]|[./]\d)/g;

const pad = (n: number) => String(n).padStart(2, '0');

export function numericDates(text: string): NumericDate[] {
  const out: NumericDate[] = [];
  for (const m of text.matchAll(NUMERIC_RE)) {
    const at = { start: m.index, end: m.index + m[0].length, text: m[0] };
    if (m[1]) {
      const [y, mo, d] = [Number(m[1]), Number(m[3]), Number(m[4])];
      // Only the date is the evidence, not a clock time after it.
      const date = m[0].slice(0, m[0].search(/T|$/));
      if (isValidDay(y, mo, d))
        out.push({
          ...at,
          end: at.start + date.length,
          text: date,
          value: `${y}-${pad(mo)}-${pad(d)}`,
          convention: 'iso',
        });
      continue;
    }
    const a = Number(m[5]);
    const b = Number(m[7]);
    const y = Number(m[8]);
    const dayFirst = (d: number, mo: number): NumericDate | null =>
      isValidDay(y, mo, d) ? { ...at, value: `${y}-${pad(mo)}-${pad(d)}`, convention: 'day-first' } : null;
    let found: NumericDate | null;
    if (m[6] === '.' || a > 12) found = dayFirst(a, b);
    else if (b > 12)
      found = isValidDay(y, a, b)
        ? { ...at, value: `${y}-${pad(a)}-${pad(b)}`, convention: 'month-first' }
        : null;
    else if (a === b) found = dayFirst(a, b);
    else found = { ...at, value: null, convention: 'ambiguous' };
    if (found) out.push(found);
  }
  return out;
}
