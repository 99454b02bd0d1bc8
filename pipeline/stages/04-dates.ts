import { parseDates } from '../adapters/chrono.js';
import { addressEvidence, type Evidence, type Header, RANK, readHeader } from '../dates/header.js';
import { numericDates } from '../dates/numeric.js';
import { readDates } from '../dates/read.js';
import { daysApart, monthDayBefore, precisionOf, relativePhrases, weekdayBefore } from '../dates/resolve.js';
import { outlet } from '../dates/url.js';
import { type DateMention, type Doc, type DocMeta, type Span, toRaw } from '../doc.js';
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

const NUMERIC_HINT = /\d[./]\d{1,2}[./]\d|\d{4}[-/.]\d{1,2}[-/.]\d/;
const RELATIVE_HINT = /\b(?:week|month|year)\b/;

/**
 * The mentions of one sentence. A date that depends on the document date (a weekday, "today", a
 * month and day without a year, "last week") is resolved against it, and left out without one:
 * a weekday needs a document date to the day.
 */
function mentionsIn(
  doc: Doc,
  text: string,
  offset: number,
  reference: string | null,
  chrono: boolean,
): DateMention[] {
  const out: DateMention[] = [];
  const add = (start: number, end: number, value: string, precision: DateMention['precision']) => {
    if (!out.some((o) => o.start < end && start < o.end))
      out.push({ start: offset + start, end: offset + end, value, precision });
  };
  const toDay = reference?.length === 10 ? reference : null;
  for (const m of text.matchAll(INTERVAL_RE))
    add(m.index, m.index + m[0].length, `${m[1]}/${m[2]}`, 'interval');
  for (const m of text.matchAll(DECADE_RE))
    add(m.index, m.index + m[0].length, `${m[1]}/${Number(m[1]) + 9}`, 'decade');
  if (NUMERIC_HINT.test(text))
    for (const n of numericDates(text)) {
      if (n.value) add(n.start, n.end, n.value, 'day');
      else {
        add(n.start, n.end, '', 'day'); // holds the place so chrono does not read it; dropped below
        doc.messages.push({
          stage: 'dates',
          rule: 'ambiguous-numeric-date',
          severity: 'warning',
          reason: `"${n.text}" may be day-first or month-first: it is not read as a date`,
          ...toRaw(doc, { start: offset + n.start, end: offset + n.end }),
        });
      }
    }
  for (const d of chrono ? parseWindows(text, reference) : []) {
    if (d.relative === 'weekday' || d.relative === 'casual') {
      if (!toDay) continue;
      const value = d.relative === 'weekday' ? weekdayBefore(toDay, d.weekday ?? 0) : d.value;
      add(d.start, d.end, value, 'day');
    } else if (!d.yearStated) {
      if (reference === null) continue; // no year anywhere: the date is unknown
      const value = d.precision === 'day' ? monthDayBefore(reference, d.value.slice(5, 10)) : d.value;
      add(d.start, d.end, value, d.precision);
    } else add(d.start, d.end, d.value, d.precision);
  }
  if (reference && RELATIVE_HINT.test(text))
    for (const r of relativePhrases(text, reference)) add(r.start, r.end, r.value, r.precision);
  for (const m of text.matchAll(YEAR_RE)) add(m.index, m.index + m[0].length, m[0], 'year');
  return out.filter((o) => o.value !== '');
}

/** Every date mention, sentence by sentence, in text order. */
function mentions(doc: Doc, reference: string | null): DateMention[] {
  const out: DateMention[] = [];
  for (const s of doc.sentences ?? []) {
    const text = doc.text.slice(s.start, s.end);
    const chrono = MAY_HOLD_DATE.test(text);
    if (chrono || HAS_YEAR.test(text) || (reference && RELATIVE_HINT.test(text)))
      out.push(...mentionsIn(doc, text, s.start, reference, chrono).sort((a, b) => a.start - b.start));
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

const HELD_RE = /\b(?:held|took place|convened|met|meets|opened|chaired|attended|addressed)\b/;

/**
 * Dates that the first paragraphs of the body give an event: a meeting "held on" a date is the
 * strongest text evidence of the document's date; a date near event words is weak evidence.
 * A paragraph that opens with a quotation is someone's words, not the report's.
 */
function eventDates(doc: Doc): Evidence[] {
  const paragraphs = (doc.paragraphs ?? []).filter((p) => !p.isHeading).slice(0, 4);
  const found: Evidence[] = [];
  for (const [i, p] of paragraphs.entries()) {
    const para = doc.text.slice(p.start, Math.min(p.end, p.start + 1500)); // the date is told early
    const quoted = /^\s*["“«]/.test(para);
    for (const d of parseDates(para, null)) {
      // A meeting over several days ("July 3rd and 4th", "June 8-9") is dated by its last day.
      const days = d.value.split('/');
      // "Leaders met on Wednesday": in the lead, a weekday is the reported event's day, counted back
      // from the publication date once that is known (not a coming one: "will meet on Friday").
      if (d.relative === 'weekday' && i < 2 && !quoted && d.weekday !== null) {
        if (
          !/\b(?:will|shall|to|next|coming|upcoming)\b[^.]{0,30}$/i.test(
            para.slice(Math.max(0, d.start - 40), d.start),
          )
        )
          found.push({
            value: '0000-00-00',
            precision: 'day',
            yearStated: false,
            weekday: d.weekday,
            from: 'meeting',
            rank: RANK.meeting,
            start: p.start + d.start,
            end: p.start + d.end,
            text: d.text,
          });
        continue;
      }
      if (
        !days.every((x) => /^\d{4}-\d{2}-\d{2}$/.test(x)) ||
        d.relative === 'weekday' ||
        d.relative === 'casual'
      )
        continue;
      const last = /^\s*(?:-|–)\s*(\d{1,2})\b/.exec(para.slice(d.end));
      const lastDay = days[days.length - 1] as string;
      const value = last ? `${lastDay.slice(0, 8)}${(last[1] ?? '').padStart(2, '0')}` : lastDay;
      const before = para.slice(Math.max(0, d.start - 40), d.start);
      const after = para.slice(d.end, d.end + 100);
      const held =
        (HELD_RE.test(before) && !/\b(?:will|to) be\s+\w+\s+(?:on\s+)?$/.test(before)) ||
        (/^,/.test(after) && HELD_RE.test(after));
      const meeting = held && !quoted && i < 2;
      if (!meeting && !EVENT_RE.test(para.slice(Math.max(0, d.start - 120), d.end + 120))) continue;
      const end = d.end + (last?.[0].length ?? 0);
      found.push({
        value,
        precision: 'day',
        yearStated: d.yearStated,
        from: meeting ? 'meeting' : 'text',
        rank: meeting ? RANK.meeting : RANK.text,
        start: p.start + d.start,
        end: p.start + end,
        text: para.slice(d.start, end),
      });
    }
  }
  return found;
}

/** The page's publication date and address, as ingest read them from its markup (HTML only). */
function htmlMeta(doc: Doc): { evidence: Evidence | null; url: string | null } {
  const page = doc.page;
  if (!page) return { evidence: null, url: null };
  const value = /^\d{4}-\d{2}-\d{2}/.exec(page.published ?? '')?.[0] ?? null;
  // Raw offsets of the value as written in the markup, for the evidence.
  const at = value && page.published ? doc.raw.indexOf(page.published) : -1;
  return {
    evidence: value
      ? {
          value,
          precision: 'day',
          yearStated: true,
          from: 'html-meta',
          rank: RANK['html-meta'],
          start: at >= 0 ? at : null,
          end: at >= 0 ? at + value.length : null,
          text: value,
          raw: true,
        }
      : null,
    url: page.url,
  };
}

const HISTORIC_RE =
  /\b(?:founded|established|formed|created|set up|launched|signed|since|began|started|born|until|by|through|till|to)\b[^.;!?]{0,25}$/i;
/** The latest year the text mentions that is not a founding, a start or a deadline: a last resort. */
function latestYear(text: string): string | null {
  let best: string | null = null;
  for (const m of text.matchAll(/(?<![\w/-])((?:19[89]|20[0-4])\d)(?![\w/-]|\s?[-–]\s?\d)/g)) {
    if (HISTORIC_RE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    if (
      /^\s+(?:Agenda|Olympics?|Strategy|Programme|Program|Plan|Vision|Development)\b/.test(
        text.slice(m.index + 4, m.index + 20),
      )
    )
      continue;
    if (!best || (m[1] ?? '') > best) best = m[1] ?? null;
  }
  return best;
}

/** A manifest date as ISO (YYYY, YYYY-MM, YYYY-MM-DD), numeric ones by the same conventions. */
function manifestDate(value: string): string | null {
  const v = value.trim();
  if (/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(v)) return v;
  const iso = /^(\d{4}-\d{2}-\d{2})[T ]/.exec(v);
  if (iso?.[1]) return iso[1];
  const read = readDates(v, null).dates.find((d) => d.yearStated);
  return read ? read.value : null;
}

interface Chosen {
  evidence: Evidence;
  value: string;
}

/**
 * The document date, by rank of its source (`RANK`): a manifest value; a meeting "held on" a date in the
 * lead, when it is not far from the publication date; a news dateline; HTML metadata; a date line in
 * the header ("Posted on ...", "18.10.2023 09:15"); a capture marker; a date in the address; a date
 * near event words. A date without a year takes the year of the strongest source that states one (or
 * the year the text gives its meeting, or the latest year it mentions), a year earlier when it would
 * otherwise fall after that source's date.
 */
function documentDate(doc: Doc, header: Header, html: Evidence | null): Chosen | null {
  const candidates: Evidence[] = [...header.evidence];
  if (html) candidates.push(html);
  const given = doc.given;
  const fromManifest = given?.date ? manifestDate(given.date) : null;
  if (given?.date && !fromManifest)
    doc.messages.push({
      stage: 'dates',
      rule: 'manifest-date-unread',
      severity: 'warning',
      reason: `the manifest's date "${given.date}" is no date this tool reads (use YYYY-MM-DD)`,
    });
  if (fromManifest)
    candidates.push({
      value: fromManifest,
      precision: fromManifest.length === 10 ? 'day' : 'month',
      yearStated: true,
      from: 'manifest',
      rank: RANK.manifest,
      start: null,
      end: null,
      text: 'manifest',
    });
  if (given?.url) {
    const e = addressEvidence(given.url);
    if (e) candidates.push(e);
  }
  candidates.push(...eventDates(doc));
  const stated = candidates.filter((c) => c.yearStated).sort((a, b) => b.rank - a.rank);
  const anchor = stated.find((c) => c.from !== 'text' && c.from !== 'meeting') ?? stated[0];
  const year = anchor?.value.slice(0, 4) ?? eventYear(doc.text) ?? latestYear(doc.text);
  const resolved: Chosen[] = [];
  const dayAnchor = stated.find((c) => c.from !== 'text' && c.from !== 'meeting' && c.precision === 'day');
  for (const c of candidates) {
    if (c.weekday !== undefined) {
      if (dayAnchor) resolved.push({ evidence: c, value: weekdayBefore(dayAnchor.value, c.weekday) });
    } else if (c.yearStated) resolved.push({ evidence: c, value: c.value });
    else if (anchor && anchor.from !== 'text' && anchor.from !== 'meeting')
      resolved.push({ evidence: c, value: monthDayBefore(anchor.value, c.value.slice(5), 7) });
    else if (year) resolved.push({ evidence: c, value: `${year}${c.value.slice(4)}` });
  }
  // A meeting date far from the publication date is some other meeting's.
  const published = resolved
    .filter(
      (r) => r.evidence.from !== 'meeting' && r.evidence.from !== 'text' && r.evidence.precision === 'day',
    )
    .sort((a, b) => b.evidence.rank - a.evidence.rank)[0];
  for (const r of resolved)
    if (r.evidence.from === 'meeting' && published) {
      const gap = (Date.parse(published.value) - Date.parse(r.value)) / 86_400_000;
      if (gap < -1 || gap > 31) r.evidence = { ...r.evidence, from: 'text', rank: RANK.text };
    }
  resolved.sort(
    (a, b) => b.evidence.rank - a.evidence.rank || (a.evidence.start ?? -1) - (b.evidence.start ?? -1),
  );
  let best = resolved[0];
  if (!best) return null;
  // A month (from an address) is made precise by a day of that month that the text gives an event.
  if (best.value.length === 7) {
    const month = best.value;
    best =
      resolved.find(
        (r) =>
          r.value.length === 10 &&
          r.value.startsWith(month) &&
          (r.evidence.from === 'meeting' || r.evidence.from === 'text'),
      ) ?? best;
  }
  if (!best.evidence.yearStated) {
    const from = anchor && anchor.from !== 'text' && anchor.from !== 'meeting' ? anchor.from : 'the text';
    doc.messages.push({
      stage: 'dates',
      rule: 'year-from-elsewhere',
      severity: 'info',
      reason: `"${best.evidence.text}" gives no year: ${best.value.slice(0, 4)} is taken from ${from}`,
      ...rawSpan(doc, best.evidence),
    });
  }
  // Two sources of the document's own date (not an event's) that disagree by more than a few days.
  const own = resolved.filter((r) => r.evidence.from !== 'text' && r.evidence.from !== 'meeting');
  const first = own[0];
  for (const r of own.slice(1)) {
    if (!first || r.evidence.from === first.evidence.from) continue;
    const precision = Math.min(r.value.length, first.value.length);
    const apart = daysApart(r.value.slice(0, precision), first.value.slice(0, precision));
    if (precision === 10 ? apart > 3 : apart > 0) {
      doc.messages.push({
        stage: 'dates',
        rule: 'date-disagreement',
        severity: 'warning',
        reason: `the dates ${first.value} (${first.evidence.from}) and ${r.value} (${r.evidence.from}: "${r.evidence.text}") disagree; the document date is ${best.value} (${best.evidence.from})`,
        ...rawSpan(doc, r.evidence),
      });
      break;
    }
  }
  return best;
}

function rawSpan(doc: Doc, e: Evidence): { start?: number; end?: number } {
  if (e.start === null || e.end === null) return {};
  return e.raw ? { start: e.start, end: e.end } : toRaw(doc, { start: e.start, end: e.end });
}

/** Page furniture and captions that open web captures but are no title. */
const NOT_TITLE =
  /^(?:breaking news|file photo|photo|advertisement|share|print|menu|home|news)\b|\bfile photo\b|^[\d\s:.,]+$|^(?:published|posted|updated)\b|https?:\/\//i;

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
      // The header is read in the raw file, where its line breaks stand as written (cleaning may join
      // short lines); HTML has no such lines until its markup is gone.
      const inRaw = !/\.html?$/i.test(doc.path);
      const header = readHeader(inRaw ? doc.raw : doc.text);
      if (inRaw) for (const e of header.evidence) e.raw = true;
      const html = htmlMeta(doc);
      for (const n of header.ambiguous)
        doc.messages.push({
          stage: 'dates',
          rule: 'ambiguous-numeric-date',
          severity: 'warning',
          reason: `"${n.text}" may be day-first or month-first: it is not read as a date`,
          ...(inRaw ? { start: n.start, end: n.end } : toRaw(doc, n)),
        });
      const chosen = documentDate(doc, header, html.evidence);
      const given = doc.given;
      // An address written in the header, unless it is a markup namespace or a DTD (w3.org, schema.org).
      const inText =
        header.url && !/^(?:https?:\/\/)?(?:www\.)?(?:w3\.org|schema\.org)\b/i.test(header.url.url)
          ? header.url
          : null;
      const url = given?.url?.trim() || html.url || inText?.url || null;
      const e = chosen?.evidence;
      const meta: DocMeta = {
        title: given?.title?.trim() || title(doc),
        date: chosen?.value ?? null,
        dateEvidence: e ? (e.from === 'manifest' ? 'manifest' : e.text) : null,
        datePrecision: chosen ? precisionOf(chosen.value) : null,
        dateFrom: e?.from ?? null,
        dateEvidenceSpan: e ? (e.start === null ? null : (rawSpan(doc, e) as Span)) : null,
        url,
        source: given?.source?.trim() || (url ? outlet(url) : null) || header.agency,
      };
      doc.meta = meta;
      doc.dates = mentions(doc, meta.date);
    },
  };
}
