import { parseDates } from '../adapters/chrono.js';
import type { DateMention, Doc, DocMeta } from '../doc.js';
import type { Stage } from '../stage.js';

const YEAR = '(?:19[89]\\d|20[0-4]\\d)';
/** "2019-2021", "2018- 2028": an interval, never a subtraction. */
const INTERVAL_RE = new RegExp(`(?<![\\w-])(${YEAR})\\s?[-–]\\s?(${YEAR})(?![\\w-])`, 'g');
/** A bare year where the context makes it a date: "in 2022", "the 2019 Bishkek summit". */
const YEAR_RE = new RegExp(
  `(?:(?<=\\b(?:[Ii]n|[Ss]ince|[Bb]y|[Dd]uring|[Uu]ntil|[Ff]rom|of|[Yy]ear|[Tt]he|[Ii]ts|[Aa]t)\\s)(${YEAR})(?![\\w-]|\\s(?:Agenda|Olympics?|Strategy|Programme|Program|Plan)\\b))`,
  'g',
);
const DECADE_RE = /\bthe ((?:19[5-9]|20[0-4])0)s\b/g;
const MARKER_RE = /^[ \t]*date (\d{4}-\d{2}-\d{2})[ \t]*$/m;
const EVENT_RE =
  /\b(held|meeting|summit|Summit|Meeting|took place|convened|session|met|attended|addressed|visit)\b/;

/** Only sentences with a digit, a month or a weekday can hold a date: chrono reads no others. */
const MAY_HOLD_DATE =
  /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b(?:[Yy]esterday|[Tt]oday|[Tt]omorrow)\b|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}/;
const DATE_WORDS = new RegExp(MAY_HOLD_DATE.source, 'g');
const HAS_YEAR = /\b(?:19|20)\d{2}s?\b/;

/** chrono reads only windows around month and weekday words: whole sentences cost it far more. */
function parseWindows(text: string, reference: string | null) {
  const windows: { start: number; end: number }[] = [];
  for (const m of text.matchAll(DATE_WORDS)) {
    // A month name needs a number near it ("20 September", "June 2009"); "in June" alone is left out.
    if (
      /^[A-Z][a-z]{2}/.test(m[0]) &&
      !/day$/.test(m[0]) &&
      !/\d/.test(text.slice(Math.max(0, m.index - 12), m.index + m[0].length + 12))
    )
      continue;
    const start = Math.max(0, m.index - 40);
    const end = Math.min(text.length, m.index + m[0].length + 40);
    const last = windows[windows.length - 1];
    if (last && start <= last.end) last.end = end;
    else windows.push({ start, end });
  }
  return windows.flatMap((w) =>
    parseDates(text.slice(w.start, w.end), reference).map((d) => ({
      ...d,
      start: d.start + w.start,
      end: d.end + w.start,
    })),
  );
}

function mentionsIn(text: string, offset: number, reference: string | null, chrono: boolean): DateMention[] {
  const out: DateMention[] = [];
  const add = (start: number, end: number, value: string, precision: DateMention['precision']) => {
    if (!out.some((o) => o.start < end && start < o.end))
      out.push({ start: offset + start, end: offset + end, value, precision });
  };
  for (const m of text.matchAll(INTERVAL_RE))
    add(m.index, m.index + m[0].length, `${m[1]}/${m[2]}`, 'interval');
  for (const m of text.matchAll(DECADE_RE))
    add(m.index, m.index + m[0].length, `${m[1]}/${Number(m[1]) + 9}`, 'decade');
  for (const d of chrono ? parseWindows(text, reference) : []) {
    if (!d.yearStated && reference === null) continue; // no year anywhere: the date is unknown
    add(d.start, d.end, d.value, d.precision);
  }
  for (const m of text.matchAll(YEAR_RE)) add(m.index, m.index + m[0].length, m[0], 'year');
  return out.map((o) => o);
}

/** Every date mention, sentence by sentence, in text order. */
function mentions(doc: Doc, reference: string | null): DateMention[] {
  const out: DateMention[] = [];
  for (const s of doc.sentences ?? []) {
    const text = doc.text.slice(s.start, s.end);
    const chrono = MAY_HOLD_DATE.test(text);
    if (chrono || HAS_YEAR.test(text))
      out.push(...mentionsIn(text, s.start, reference, chrono).sort((a, b) => a.start - b.start));
  }
  return out;
}

/** The year a text gives its meeting ("the 2024 SCO Summit", "the summit in 2024"). */
function eventYear(text: string): string | null {
  const m =
    /\b((?:19|20)\d{2})\s+(?:[A-Z][\w-]*\s+){0,3}(?:[Ss]ummit|[Mm]eeting|[Ss]ession|[Cc]ouncil)\b/.exec(
      text,
    ) ?? /\b(?:[Ss]ummit|[Mm]eeting|[Ss]ession)\s+(?:in|of)\s+((?:19|20)\d{2})\b/.exec(text);
  return m?.[1] ?? null;
}

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
/** "BISHKEK, May 11 (Xinhua) --", "Tashkent, 5 July 2023 (TDI):", "QINGDAO /China/, June 26. /TASS/." */
const DATELINE_RE = new RegExp(
  `^\\s*[A-Z][A-Za-z .'-]{2,30}?(?:\\s*/[^/]{1,20}/)?\\s*,\\s*((?:${MONTH}\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH})(?:,?\\s+\\d{4})?)`,
);
const HELD_RE = /\b(?:held|took place|convened|met|meets|opened|chaired|attended|addressed)\b/;

interface Found {
  value: string;
  yearStated: boolean;
  evidence: string;
  score: number;
}

/**
 * The document date, by strength of evidence: the meeting's own date ("was held on 10 November
 * 2020"), then a news dateline, then a capture marker, then a date line at the top. A date without
 * a year takes the year the text gives its meeting or a marker.
 */
function documentDate(doc: Doc): { date: string | null; evidence: string | null } {
  const paragraphs = (doc.paragraphs ?? []).filter((p) => !p.isHeading).slice(0, 4);
  const marker = MARKER_RE.exec(doc.text.slice(0, 200));
  const markerDate = marker?.[1] ?? null;
  const found: Found[] = [];
  for (const [i, p] of paragraphs.entries()) {
    const para = doc.text.slice(p.start, Math.min(p.end, p.start + 1500)); // the date is told early
    const dateline = DATELINE_RE.exec(para);
    for (const d of parseDates(para, markerDate)) {
      // A meeting over several days ("July 3rd and 4th", "June 8-9") is dated by its last day.
      const days = d.value.split('/');
      if (!days.every((x) => /^\d{4}-\d{2}-\d{2}$/.test(x))) continue;
      const last = /^\s*(?:-|–)\s*(\d{1,2})\b/.exec(para.slice(d.end));
      const lastDay = days[days.length - 1] as string;
      const value = last ? `${lastDay.slice(0, 8)}${(last[1] ?? '').padStart(2, '0')}` : lastDay;
      const before = para.slice(Math.max(0, d.start - 40), d.start);
      const after = para.slice(d.end, d.end + 100);
      let score = 0;
      if (
        dateline &&
        d.start <= (dateline.index ?? 0) + dateline[0].length &&
        d.end >= dateline[0].length - (dateline[1]?.length ?? 0)
      )
        score = 3;
      // A meeting "held on" the date is the strongest evidence, unless it is still to come.
      if (HELD_RE.test(before) && !/\b(?:will|to) be\s+\w+\s+(?:on\s+)?$/.test(before)) score = 4;
      else if (/^,/.test(after) && HELD_RE.test(after)) score = 4;
      else if (score === 0 && EVENT_RE.test(para.slice(Math.max(0, d.start - 120), d.end + 120))) score = 1;
      else if (score === 0 && i < 3 && d.start < 5 && para.trim().length - d.text.trim().length < 12)
        score = 2; // a date line
      if (score > 0)
        found.push({
          value,
          yearStated: d.yearStated,
          evidence: para.slice(d.start, d.end + (last?.[0].length ?? 0)),
          score,
        });
    }
  }
  const year =
    markerDate?.slice(0, 4) ?? found.find((f) => f.yearStated)?.value.slice(0, 4) ?? eventYear(doc.text);
  const ranked = found
    .filter((f) => f.yearStated || year)
    .map((f) =>
      f.yearStated || !year
        ? f
        : { ...f, value: `${year}${f.value.slice(4)}`, evidence: `${f.evidence} (year ${year})` },
    )
    .sort((a, b) => b.score - a.score);
  const best = ranked[0];
  if (best && best.score >= 3) return { date: best.value, evidence: best.evidence };
  if (markerDate) return { date: markerDate, evidence: marker?.[0].trim() ?? null };
  return best ? { date: best.value, evidence: best.evidence } : { date: null, evidence: null };
}

/** Page furniture and captions that open web captures but are no title. */
const NOT_TITLE =
  /^(?:breaking news|file photo|photo|advertisement|share|print|menu|home)\b|\bfile photo\b|^[\d\s:.,]+$/i;

/** The first line near the top that reads like a title: words in Latin script, not a date or furniture. */
function title(doc: Doc): string | null {
  for (const p of (doc.paragraphs ?? []).slice(0, 6)) {
    const t = doc.text.slice(p.start, p.end).trim();
    if (MARKER_RE.test(t) || NOT_TITLE.test(t)) continue;
    const words = t.match(/[A-Za-z][a-z]+/g) ?? [];
    if (words.length < 3 || parseDates(t, null).some((d) => d.end - d.start > t.length - 8)) continue;
    return t.length > 200 ? `${t.slice(0, 197)}...` : t;
  }
  return null;
}

export function dates(): Stage {
  return {
    name: 'dates',
    requires: ['paragraphs', 'sentences'],
    assigns: ['meta', 'dates'],
    run(doc) {
      const given = doc.given?.date;
      const { date, evidence } = given ? { date: given, evidence: 'given' } : documentDate(doc);
      const meta: DocMeta = { title: title(doc), date, dateEvidence: evidence };
      doc.meta = meta;
      doc.dates = mentions(doc, date);
    },
  };
}
