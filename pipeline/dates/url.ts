/**
 * Dates and outlets in web addresses, the way news crawlers read them (htmldate's URL patterns):
 * `/2024/07/05/`, `/20240705/`, `/2024-07-05-`, `/2024/0705/`, `/202407/05/`, `/2024/07-05/`, and
 * `/2024/07/` for a month. A number that is no valid calendar date is no date.
 */
export interface UrlDate {
  value: string;
  precision: 'month' | 'day';
  /** the part of the address that gave the date */
  text: string;
  /** offset of `text` in the address */
  index: number;
}

const Y = '((?:19[89]|20[0-4])\\d)';
const M = '(0?[1-9]|1[0-2])';
const D = '(0?[1-9]|[12]\\d|3[01])';
const MM = '(0[1-9]|1[0-2])';
const DD = '(0[1-9]|[12]\\d|3[01])';
/** Day patterns first, each as (year, month, day); a separator or the end must follow. */
const DAY_PATTERNS = [
  new RegExp(`/${Y}/${M}/${D}(?=[/_.-]|$)`),
  new RegExp(`[/_-]${Y}-${MM}-${DD}(?=[/_.-]|$)`),
  new RegExp(`/${Y}${MM}${DD}(?=[/_.-]|$)`),
  new RegExp(`/${Y}/${MM}${DD}(?=[/_.-]|$)`),
  new RegExp(`/${Y}${MM}/${DD}(?=[/_.-]|$)`),
  new RegExp(`/${Y}/${MM}-${DD}(?=[/_.-]|$)`),
];
const MONTH_PATTERN = new RegExp(`/${Y}/${MM}(?=/)`);

const pad = (s: string) => s.padStart(2, '0');

export function isValidDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** The date an address carries in its path, or null. Query strings and the host are left out. */
export function urlDate(url: string): UrlDate | null {
  const host = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(url);
  const pathStart = host ? host[0].length : 0;
  const cut = url.search(/[?#]/);
  const path = url.slice(pathStart, cut > pathStart ? cut : url.length);
  for (const re of DAY_PATTERNS) {
    const m = re.exec(path);
    if (!m) continue;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!isValidDay(y, mo, d)) continue;
    const text = m[0].replace(/^[/_-]/, '');
    return {
      value: `${m[1]}-${pad(m[2] ?? '')}-${pad(m[3] ?? '')}`,
      precision: 'day',
      text,
      index: pathStart + m.index + (m[0].length - text.length),
    };
  }
  const m = MONTH_PATTERN.exec(path);
  if (!m) return null;
  return {
    value: `${m[1]}-${m[2]}`,
    precision: 'month',
    text: m[0].slice(1),
    index: pathStart + m.index + 1,
  };
}

/** The outlet an address names: its host without "www." or a language prefix ("en.", "english."). */
export function outlet(url: string): string | null {
  const m = /^(?:[a-z][a-z0-9+.-]*:\/\/)?([^/?#:@\s]+\.[a-z]{2,})(?=[/:?#]|$)/i.exec(url.trim());
  if (!m?.[1]) return null;
  return m[1].toLowerCase().replace(/^(?:(?:www\d?|m|en|eng|english|amp)\.)+/, '');
}

/** Web addresses written in a text, with their offsets. */
export function findUrls(text: string): { url: string; start: number; end: number }[] {
  const out: { url: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(/\b(?:https?:\/\/|www\.)[^\s<>"'()[\]]+/gi)) {
    const url = m[0].replace(/[.,;:!?]+$/, '');
    out.push({ url, start: m.index, end: m.index + url.length });
  }
  return out;
}
