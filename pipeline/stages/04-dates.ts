import { parseDates } from '../adapters/chrono.js';
import type { DateMention, Doc, DocMeta, Span } from '../doc.js';
import type { Stage } from '../stage.js';

const YEAR = '(?:19[89]\\d|20[0-4]\\d)';
/** "2019-2021", "2018- 2028": an interval, never a subtraction. */
const INTERVAL_RE = new RegExp(`(?<![\\w-])(${YEAR})\\s?[-–]\\s?(${YEAR})(?![\\w-])`, 'g');
/** A bare year where the context makes it a date: "in 2022", "the 2019 Bishkek summit". */
const YEAR_RE = new RegExp(
  `(?:(?<=\\b(?:[Ii]n|[Ss]ince|[Bb]y|[Dd]uring|[Uu]ntil|[Ff]rom|of|[Yy]ear|[Tt]he|[Ii]ts|[Aa]t)\\s)(${YEAR})(?![\\w-]|\\s(?:Agenda|Olympics?|Strategy|Programme|Program|Plan)\\b))`,
  'g',
);
const DECADE_RE = /\bthe ((?:19[5-9]|20[0-4])\d0)s\b/g;
const MARKER_RE = /^date (\d{4}-\d{2}-\d{2})$/m;
const EVENT_RE =
  /\b(held|meeting|summit|Summit|Meeting|took place|convened|session|met|attended|addressed|visit)\b/;

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

function mentions(doc: Doc, reference: string | null): DateMention[] {
  const text = doc.text;
  const out: DateMention[] = [];
  for (const m of text.matchAll(INTERVAL_RE)) {
    out.push({ start: m.index, end: m.index + m[0].length, value: `${m[1]}/${m[2]}`, precision: 'interval' });
  }
  for (const m of text.matchAll(DECADE_RE)) {
    const from = Number(m[1]);
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      value: `${from}/${from + 9}`,
      precision: 'decade',
    });
  }
  for (const d of parseDates(text, reference)) {
    if (!d.yearStated && reference === null) continue; // no year anywhere: the date is unknown
    if (out.some((o) => overlaps(o, d))) continue;
    out.push({ start: d.start, end: d.end, value: d.value, precision: d.precision });
  }
  for (const m of text.matchAll(YEAR_RE)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (!out.some((o) => overlaps(o, span))) out.push({ ...span, value: m[0], precision: 'year' });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The document date: the meeting's date near the top, else a capture marker, else the dateline. */
function documentDate(doc: Doc): { date: string | null; evidence: string | null } {
  const paragraphs = (doc.paragraphs ?? []).filter((p) => !p.isHeading).slice(0, 4);
  const marker = MARKER_RE.exec(doc.text.slice(0, 200));
  const markerDate = marker?.[1] ?? null;
  for (const p of paragraphs) {
    const para = doc.text.slice(p.start, p.end);
    for (const d of parseDates(para, markerDate)) {
      if (d.precision !== 'day' || !d.yearStated) continue;
      const around = para.slice(Math.max(0, d.start - 120), d.end + 120);
      if (EVENT_RE.test(around)) return { date: d.value, evidence: para.slice(d.start, d.end) };
    }
  }
  if (markerDate) return { date: markerDate, evidence: marker?.[0] ?? null };
  const first = paragraphs[0];
  if (first) {
    const head = doc.text.slice(first.start, Math.min(first.end, first.start + 120));
    const d = parseDates(head, null).find((x) => x.start < 40 && x.yearStated && x.precision === 'day');
    if (d) return { date: d.value, evidence: head.slice(d.start, d.end) };
  }
  return { date: null, evidence: null };
}

function title(doc: Doc): string | null {
  const first = (doc.paragraphs ?? []).find((p) => !MARKER_RE.test(doc.text.slice(p.start, p.end).trim()));
  if (!first) return null;
  const t = doc.text.slice(first.start, first.end).trim();
  return t.length > 200 ? `${t.slice(0, 197)}...` : t;
}

export function dates(): Stage {
  return {
    name: 'dates',
    requires: ['paragraphs', 'sentences'],
    assigns: ['meta', 'dates'],
    run(doc) {
      const { date, evidence } = documentDate(doc);
      const meta: DocMeta = { title: title(doc), date, dateEvidence: evidence };
      doc.meta = meta;
      doc.dates = mentions(doc, date);
    },
  };
}
