import type { DateFrom } from '../doc.js';
import { alternation, datesLexicon } from './lexicon.js';
import { type NumericDate, numericDates } from './numeric.js';
import { type ReadDate, readDates } from './read.js';
import { findUrls, type UrlDate, urlDate } from './url.js';

/**
 * The readers of a document's header block: the lines before the body (a title, a site header, a
 * caption, a source address, a date line) and the first line of the body, where a news dateline stands.
 */

/** A document date candidate; offsets are into doc.text, or null for a manifest field. */
export interface Evidence {
  /** YYYY-MM-DD or YYYY-MM; a placeholder year when `yearStated` is false */
  value: string;
  precision: 'month' | 'day';
  yearStated: boolean;
  from: DateFrom;
  /** the strength of the source: higher wins (see RANK) */
  rank: number;
  start: number | null;
  end: number | null;
  text: string;
  /** the offsets are into the raw file (HTML metadata), not doc.text */
  raw?: boolean;
  /** a weekday in the lead ("met on Wednesday", 0 Sunday - 6 Saturday), counted back from the publication date */
  weekday?: number;
}

/** Strength of each source of a document date; a meeting date is weighed in the stage itself. */
export const RANK = Object.fromEntries(
  datesLexicon.rank.map((from, i) => [from, (datesLexicon.rank.length - i) * 10]),
) as Record<DateFrom, number>;
/** An "Updated:" line, or an address that gives only a month, counts a little less than its kind. */
const LESSER = 5;

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const PLACE = "[A-Z][A-Za-z'.-]+(?:[ -][A-Z][A-Za-z'.-]+){0,2}";
const DAY_MONTH = `(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH})(?:,?\\s+\\d{4})?`;
/**
 * A news dateline: "BISHKEK, Oct 3 (Reuters) —", "ALMATY, Kazakhstan, March 5, 2019 /PRNewswire/ --",
 * "Islamabad, Jun 12:", "DUSHANBE, Tajikistan, May 20.", "QINGDAO /China/, June 26. /TASS/.",
 * "ISLAMABAD, 16 October (BelTA) –". The agency or a closing mark must follow the date.
 */
const DATELINE_RE = new RegExp(
  `^[ \\t]*(${PLACE})(?:\\s*/[^/\\n]{1,25}/)?(?:,\\s*${PLACE})?\\s*(?:,|\\.|—|–)\\s*(${DAY_MONTH})(?:[ \\t]*[,.]?[ \\t]*(?:\\(([^()\\n]{2,40})\\)|/([^/\\n]{2,40})/))?[ \\t]*(--|—|–|-|:|\\.(?=\\s|$))?`,
);
/** A dateline that starts with its date: "July 4, 2024 — The leaders ...", "5 March 2019: ...". */
const DATE_FIRST_RE = new RegExp(`^[ \\t]*(${DAY_MONTH})[ \\t]*(?:--|—|–|-|:)[ \\t]+(?=["“]?[A-Z])`);
/** A dateline without a date names an agency: "TEHRAN (FNA)-", "MOSCOW (Reuters) -". */
const AGENCY_ONLY_RE = new RegExp(
  `^[ \\t]*\\S{0,12}?(?:${PLACE})\\s*\\(([A-Z][A-Za-z ]{1,30})\\)\\s*(?:--|—|–|-|:)`,
);
/** The capture marker some archives put first: " date 2019-03-02". */
const MARKER_RE = /^[ \t]*date (\d{4}-\d{2}-\d{2})\b/;
/** A labelled date line: "Published: ...", "Posted on ...", "Updated: ...", "Date: ...". */
const LABEL_RE = new RegExp(
  `(?<![\\p{L}])(${alternation([...datesLexicon.labels, ...datesLexicon.updatedLabels])})(?![\\p{L}])(?:\\s+(?:on|at))?\\s*[:-]?\\s*`,
  'iu',
);
const UPDATED_RE = new RegExp(`^(?:${alternation(datesLexicon.updatedLabels)})$`, 'iu');
const MAY_HOLD = /\d/;
/** What sets a date off from the rest of its line: a pipe, a bullet, a spaced dash. */
const SEPARATOR_RE = /\s*[|•·]\s*|\s[—–-]\s/g;

export interface Header {
  /** where the body starts, in doc.text */
  bodyStart: number;
  evidence: Evidence[];
  /** the first web address written in the header block */
  url: { url: string; start: number; end: number } | null;
  /** the agency a dateline names: "Xinhua", "TASS", "Reuters" */
  agency: string | null;
  ambiguous: NumericDate[];
}

/** A line of prose: many words and a sentence end. The header block ends before the first one. */
const isProse = (line: string) =>
  line.split(/\s+/).length >= 14 &&
  /(?:\w{2,}[.!?]["”’)]?\s*$|[a-z]{3,}[.!?]["”’)]?\s+["“]?[A-Z])/.test(line) &&
  !LABEL_RE.test(line.slice(0, 20));

function lines(text: string, from: number, to: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /[^\n]+/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m !== null && m.index < to; m = re.exec(text))
    if (m[0].trim() !== '') out.push({ start: m.index, end: Math.min(to, m.index + m[0].length) });
  return out;
}

/** A dateline's date as evidence: `words` hold the date from `start` (offsets in the header's text). */
function pushDateline(
  header: Header,
  read: { value: string; precision: Evidence['precision']; yearStated: boolean; end: number },
  start: number,
  words: string,
): void {
  header.evidence.push({
    value: read.value,
    precision: read.precision,
    yearStated: read.yearStated,
    from: 'dateline',
    rank: RANK.dateline,
    start,
    end: start + read.end,
    text: words.slice(0, read.end),
  });
}

function datelineAt(text: string, offset: number, header: Header): void {
  const m = DATELINE_RE.exec(text);
  if (m && (m[3] || m[4] || m[5])) {
    const dateAt = m.index + m[0].indexOf(m[2] ?? '', (m[1] ?? '').length);
    const read = readDates(m[2] ?? '', null).dates[0];
    if (read) pushDateline(header, read, offset + dateAt, m[2] ?? '');
    header.agency ??= (m[3] ?? m[4] ?? '').trim() || null;
    return;
  }
  const first = DATE_FIRST_RE.exec(text);
  const read = first ? readDates(first[1] ?? '', null).dates[0] : undefined;
  if (first && read) {
    pushDateline(header, read, offset + first[0].indexOf(first[1] ?? ''), first[1] ?? '');
    return;
  }
  const a = AGENCY_ONLY_RE.exec(text);
  if (a) header.agency ??= a[1]?.trim() ?? null;
}

/** Dates in a header line: labelled ("Posted on ...") or a line that is mostly a date ("18.10.2023 09:15"). */
function dateLine(text: string, offset: number, header: Header): void {
  if (!MAY_HOLD.test(text) || text.length > 160) return;
  const label = LABEL_RE.exec(text);
  const { dates, ambiguous } = readDates(text, null);
  header.ambiguous.push(...ambiguous.map((n) => ({ ...n, start: n.start + offset, end: n.end + offset })));
  for (const d of dates) {
    if (d.relative === 'weekday' || d.relative === 'casual') continue;
    // Without a label the line, or its segment between pipes, bullets or dashes ("Example Daily |
    // 5 July 2024"), must be little else than the date (a clock time, a weekday, a time zone).
    const from = Math.max(
      0,
      ...[...text.slice(0, d.start).matchAll(SEPARATOR_RE)].map((m) => m.index + m[0].length),
    );
    const next = SEPARATOR_RE.exec(text.slice(d.end));
    const to = next ? d.end + next.index : text.length;
    const rest = (text.slice(from, d.start) + text.slice(d.end, to))
      .replace(
        /\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?|\b(?:GMT|UTC|IST|MSK|[A-Z]{3}T)\b|[+-]\d{2}:?\d{2}\b/g,
        '',
      )
      .replace(/\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|[|,.:;/()\s-]/g, '');
    const labelled =
      label !== null && label.index <= d.start && d.start - (label.index + label[0].length) < 30;
    const byline = /^\s*By\s/.test(text) && d.yearStated && text.length - d.end < 14;
    const segmented = from > 0 || to < text.length;
    if (!labelled && !byline && (rest.length > 8 || (segmented && !d.yearStated))) continue;
    const updated = labelled && UPDATED_RE.test(label?.[1] ?? '');
    header.evidence.push({
      value: d.value,
      precision: d.precision,
      yearStated: d.yearStated,
      from: 'date-line',
      rank: RANK['date-line'] - (updated ? LESSER : 0),
      start: offset + d.start,
      end: offset + d.end,
      text: d.text,
    });
    return;
  }
}

function urlEvidence(u: { url: string; start: number }, d: UrlDate, from: 'url'): Evidence {
  return {
    value: d.value,
    precision: d.precision,
    yearStated: true,
    from,
    rank: RANK.url - (d.precision === 'month' ? LESSER : 0),
    start: u.start + d.index,
    end: u.start + d.index + d.text.length,
    text: d.text,
  };
}

/**
 * Reads the header block of a text: date lines and addresses before the first line of prose (within
 * the first 40 lines and 3,000 characters), and a dateline at the start of any of those lines.
 */
export function readHeader(text: string): Header {
  const header: Header = { bodyStart: 0, evidence: [], url: null, agency: null, ambiguous: [] };
  const all = lines(text, 0, Math.min(text.length, 3000)).slice(0, 40);
  let body = all.findIndex((l) => isProse(text.slice(l.start, l.end)));
  if (body === -1) body = Math.min(all.length, 6);
  header.bodyStart = all[body]?.start ?? text.length;
  for (const [i, l] of all.entries()) {
    let start = l.start;
    let line = text.slice(l.start, l.end);
    if (i === 0) {
      const marker = MARKER_RE.exec(line);
      if (marker) {
        const at = line.indexOf(marker[1] ?? '');
        header.evidence.push({
          value: marker[1] ?? '',
          precision: 'day',
          yearStated: true,
          from: 'marker',
          rank: RANK.marker,
          start: l.start + at,
          end: l.start + at + (marker[1] ?? '').length,
          text: marker[1] ?? '',
        });
        start += marker[0].length;
        line = text.slice(start, l.end);
      }
    }
    datelineAt(line, start, header);
    if (i >= body) continue; // in the body, a paragraph's first line holds a dateline at most
    for (const u of findUrls(line)) {
      const found = { ...u, start: start + u.start, end: start + u.end };
      header.url ??= found;
      const d = urlDate(u.url);
      if (d) header.evidence.push(urlEvidence(found, d, 'url'));
    }
    const before = header.evidence.length;
    dateLine(line, start, header);
    // A date printed over short lines of its own ("26", "October", "2023").
    if (header.evidence.length === before && line.trim().length <= 15) {
      const run = [l];
      for (const next of all.slice(i + 1, Math.min(i + 3, body))) {
        if (text.slice(next.start, next.end).trim().length > 15) break;
        run.push(next);
      }
      const last = run[run.length - 1] as { start: number; end: number };
      const joined = text.slice(l.start, last.end).replace(/\s+/g, ' ').trim();
      if (run.length > 1 && /\d{4}/.test(joined)) {
        const d = readDates(joined, null).dates.find(
          (x) => x.yearStated && x.end - x.start > joined.length - 8,
        );
        if (d)
          header.evidence.push({
            value: d.value,
            precision: d.precision,
            yearStated: true,
            from: 'date-line',
            rank: RANK['date-line'],
            start:
              l.start + (text.slice(l.start, l.end).length - text.slice(l.start, l.end).trimStart().length),
            end:
              last.end -
              (text.slice(last.start, last.end).length - text.slice(last.start, last.end).trimEnd().length),
            text: text.slice(l.start, last.end).trim(),
          });
      }
    }
  }
  return header;
}

/** Dates of an address given outside the text (a manifest, an HTML canonical link). */
export function addressEvidence(url: string): Evidence | null {
  const d = urlDate(url);
  return d
    ? {
        value: d.value,
        precision: d.precision,
        yearStated: true,
        from: 'url',
        rank: RANK.url - (d.precision === 'month' ? LESSER : 0),
        start: null,
        end: null,
        text: url,
      }
    : null;
}

export { numericDates, type ReadDate };
