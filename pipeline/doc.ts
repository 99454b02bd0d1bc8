import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { Message } from '../schemas/message.js';
import type { StanceType } from '../schemas/stance.js';
import type { Mention } from './extract/mentions.js';
import type { Profile } from './stages/08-profile.js';

/** A half-open character range [start, end) in `doc.text` unless said otherwise. */
export interface Span {
  start: number;
  end: number;
}

export type Layer =
  | 'raw'
  | 'text'
  | 'paragraphs'
  | 'headings'
  | 'sentences'
  | 'entities'
  | 'mentions'
  | 'profile'
  | 'dates'
  | 'meta'
  | 'page'
  | 'candidates'
  | 'proposals'
  | 'stances';

export interface Paragraph extends Span {
  heading: string | null; // the section heading that governs this paragraph
  isHeading: boolean;
}

export interface Sentence extends Span {
  index: number;
  paragraph: number;
}

export type EntityType = 'country' | 'person' | 'role' | 'organisation';

export interface Entity extends Span {
  type: EntityType;
  /** alpha-3 code of the country it names or stands for, when known */
  country: string | null;
  /** canonical name (persons, organisations, countries) */
  name: string;
  /** role words for persons and role references ("President", "Foreign Minister") */
  role: string | null;
  /** how it was recognised, e.g. `country-name`, `country-adjective`, `person-title` */
  via: string;
  /** for organisations and collectives that speak for no single country */
  collective?: boolean;
}

export interface DateMention extends Span {
  /** ISO value: YYYY, YYYY-MM, YYYY-MM-DD, or an interval `a/b` */
  value: string;
  precision: 'year' | 'month' | 'day' | 'interval' | 'decade';
}

/** What a manifest beside the corpus says of a file (`run --manifest`): it outranks the text. */
export interface Given {
  url?: string | null;
  date?: string | null;
  title?: string | null;
  source?: string | null;
}

/** Where a document date was read, strongest first (see the dates stage). */
export type DateFrom =
  | 'manifest'
  | 'meeting'
  | 'dateline'
  | 'html-meta'
  | 'date-line'
  | 'marker'
  | 'url'
  | 'text';

export interface DocMeta {
  title: string | null;
  date: string | null;
  /** the words or field the date was read from (exactly as in the file), or `manifest` */
  dateEvidence: string | null;
  datePrecision: 'year' | 'month' | 'day' | null;
  dateFrom: DateFrom | null;
  /** raw-file offsets of the evidence; null for a manifest value */
  dateEvidenceSpan: Span | null;
  /** the document's web address (manifest, a source line, or the HTML's canonical address) */
  url: string | null;
  /** the outlet: the manifest's source, the address's host, or the dateline's agency */
  source: string | null;
}

/** What a web page says about itself (HTML only): its own metadata, read by the ingest stage. */
export interface PageInfo {
  /** og:title, else <title>, else the first h1 */
  title: string | null;
  /** canonical address: link rel=canonical, else og:url */
  url: string | null;
  /** publication date as the page gives it (article:published_time, JSON-LD datePublished, <time datetime>) */
  published: string | null;
  /** og:site_name, else the JSON-LD publisher's name */
  site: string | null;
}

/** What the initiatives stage found, before attribution decides who proposed it. */
export interface Candidate {
  sentence: number;
  initiative: Span;
  cue: Span;
  rule: string;
  /** where to look for the proposer, by kind of link to the cue */
  agent: {
    kind: 'possessor' | 'of-agent' | 'by-agent' | 'subject' | 'list-owner' | 'speaker';
    span: Span | null;
  };
  /** the response verb of the SCO or its member states, when the sentence states one */
  response: string | null;
  confidence: number;
}

/** One actor's stance on one initiative (see the stances stage); spans in `doc.text`. */
export interface Stance {
  sentence: number;
  /** the proposal the stance is about, when the initiative is one */
  proposal: Proposal | null;
  initiative: Span;
  owners: string[];
  actor: string;
  actorType: 'country' | 'organisation';
  stance: StanceType;
  inferred: boolean;
  cue: Span;
  rule: string;
  confidence: number;
}

export interface Proposal {
  candidate: Candidate;
  proposers: string[];
  person: string | null;
  proposerNames: string[];
  date: string | null;
  dateSource: 'sentence' | 'paragraph' | 'document' | null;
  confidence: number;
}

/** One document flowing through every stage; each stage adds layers to it. */
export interface Doc {
  readonly id: string;
  readonly path: string;
  readonly file: string;
  readonly raw: string;
  text: string;
  /** raw offset of each text character (length text.length) */
  startMap: Int32Array;
  /** raw end offset of each text character (exclusive) */
  endMap: Int32Array;
  paragraphs?: Paragraph[];
  sentences?: Sentence[];
  entities?: Entity[];
  /** named documents and initiatives, sums of money, percentages */
  mentions?: Mention[];
  profile?: Profile;
  dates?: DateMention[];
  meta?: DocMeta;
  /** what a manifest gave for this file, if any */
  readonly given?: Given;
  /** HTML pages: the page's own metadata (set by ingest; undefined for other files) */
  page?: PageInfo;
  candidates?: Candidate[];
  proposals?: Proposal[];
  stances?: Stance[];
  messages: Message[];
  layers: Set<Layer>;
}

export function createDoc(path: string, raw: string, given?: Given): Doc {
  const startMap = new Int32Array(raw.length);
  const endMap = new Int32Array(raw.length);
  for (let i = 0; i < raw.length; i++) {
    startMap[i] = i;
    endMap[i] = i + 1;
  }
  return {
    id: createHash('sha256').update(raw).digest('hex').slice(0, 16),
    path,
    file: basename(path),
    raw,
    text: raw,
    startMap,
    endMap,
    messages: [],
    layers: new Set(['raw', 'text']),
    ...(given ? { given } : {}),
  };
}

/** Maps a span of the cleaned text back to raw-file offsets. */
export function toRaw(doc: Doc, span: Span): Span {
  if (span.end <= span.start) {
    const at =
      span.start < doc.startMap.length ? (doc.startMap[span.start] ?? doc.raw.length) : doc.raw.length;
    return { start: at, end: at };
  }
  return { start: doc.startMap[span.start] ?? 0, end: doc.endMap[span.end - 1] ?? doc.raw.length };
}

const NEEDS_COLLAPSE = /\s\s|[^\S ]/;
/**
 * Collapses runs of whitespace, the one normalisation applied to evidence sentences. Most slices have
 * nothing to collapse: they are only trimmed, not rebuilt.
 */
export const collapseSpace = (s: string): string =>
  NEEDS_COLLAPSE.test(s) ? s.replace(/\s+/g, ' ').trim() : s.trim();

/** Items of a list sorted by start that lie inside [start, end): a binary search, not a scan. */
export function within<T extends Span>(sorted: readonly T[] | undefined, start: number, end: number): T[] {
  if (!sorted || sorted.length === 0) return [];
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid]?.start ?? 0) < start) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < sorted.length; i++) {
    const item = sorted[i] as T;
    if (item.start >= end) break;
    if (item.end <= end) out.push(item);
  }
  return out;
}
