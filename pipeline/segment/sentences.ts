import type { Span } from '../doc.js';
import { abbreviations } from '../reference/index.js';

/**
 * Sentence boundaries inside one line of cleaned text, by rule (in the manner of the Pragmatic
 * Segmenter and pySBD): every run of final punctuation is a candidate, and the words on either side
 * decide. The text is only read, never rewritten, so every span is an exact range of the input.
 *
 * A candidate is a boundary when whitespace follows it (after any closing quotes or brackets, or a
 * reference mark in brackets), unless:
 * - the word before is a title ("Mr.", "Gen."), or a number abbreviation before a number ("No. 5",
 *   "Sept. 16", "p. 55");
 * - the word before is another abbreviation ("Co.", "U.S.", "Jr."), an initial ("E.", "Ts.") or a time
 *   ("a.m."), and the next word is not one that starts sentences ("The", "They", "How", ...);
 * - the point belongs to the list marker that opens the sentence ("1.", "a.", "• 9.");
 * - it is an ellipsis of three dots spaced out (". . .") or an omission in brackets ("[...]");
 * - the next word starts with a lower-case letter and the point is not a plain one after a plain word.
 * Numbered or lettered items that follow each other in a line ("1) ... 2) ...", "a. ... b. ...") and
 * bullets in mid-line start sentences of their own, with or without punctuation before them.
 */

const FINAL = new Set(['.', '!', '?', '…', '。', '！', '？']);
/** Full stops of scripts written without spaces: a boundary whatever follows. */
const CJK_FINAL = new Set(['。', '！', '？']);
const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']', '}', '」', '』']);
const OPENERS = /^["'“‘«([{]+/u;

const lower = (list: readonly string[]) => new Set(list.map((s) => s.toLowerCase()));
const PREPOSITIVE = lower(abbreviations.prepositive);
const NUMERIC = lower(abbreviations.numeric);
const OTHER = lower(abbreviations.other);
const TIME = lower(abbreviations.time);
const INITIALS = lower(abbreviations.initials);
const STARTERS = new Set(abbreviations.sentenceStarters);
const BULLETS = abbreviations.bullets.join('');

/** "U.S", "e.g", "Ph.D", "H.E": letters in groups of one or two joined by points. */
const DOTTED = /^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u;
/** "E." or a romanised Cyrillic letter written with two ("Ts. Elbegdorj", "Yu. Ushakov"). */
const isInitial = (word: string) =>
  /^\p{Lu}$/u.test(word) || (/^\p{Lu}\p{Ll}$/u.test(word) && INITIALS.has(word.toLowerCase()));
const MARKER_ONLY = new RegExp(`^(?:[${BULLETS}*–-]\\s*)?(?:\\d{1,3}|\\p{L}|[ivxIVX]{1,4})[.)]*$`, 'u');
const ROMAN = /^[IVXLC]+\b/;
/** Whitespace as `\s` has it, without a regular expression for the common characters. */
function isSpace(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  return code === 32 || (code >= 9 && code <= 13) || (code >= 0xa0 && /\s/.test(c));
}
/** No word that decides a boundary is longer: scans stop there, so no line costs more than linear time. */
const REACH = 64;
/** Items of a list lie closer together than this. */
const ITEM_REACH = 2000;
/** The end of what may come before the first marker of a list: a final mark or a colon, and space. */
const LIST_OPENS = /[.!?:;]["'”’)]*\s+$/;
const isLowerStart = (s: string) => /^\p{Ll}/u.test(s);

/** A list marker: optional bullet, a number or a letter, and its point or bracket ("1.)", "b.", "• 9."). */
const MARKER = new RegExp(
  `(?<=^|\\s)(?:[${BULLETS}]\\s?)?(\\d{1,3}|[a-z]|[A-Z])(\\.\\)|\\)|\\.)(?=\\s+["“'‘(]?[\\p{L}\\d])`,
  'gu',
);
const MIDLINE_BULLET = new RegExp(`(?<=\\S\\s+)[${BULLETS}](?=\\s?\\S)`, 'gu');

interface Marker {
  at: number;
  kind: 'number' | 'lower' | 'upper';
  value: number;
  style: string;
}

/**
 * Starts of list items in `text[from, to)`: each marker of a run whose values count up by one in the
 * same style ("1." then "2.", "a)" then "b)"), from a first marker at the start of the line or after
 * a final mark, a colon or a semicolon; and bullets in mid-line.
 */
function itemStarts(text: string, from: number, to: number): number[] {
  const line = text.slice(from, to);
  const starts: number[] = [];
  if (/[\d\p{L}][.)]/u.test(line)) {
    const markers: Marker[] = [];
    MARKER.lastIndex = 0;
    for (let m = MARKER.exec(line); m !== null; m = MARKER.exec(line)) {
      const v = m[1] ?? '';
      const kind = /\d/.test(v) ? 'number' : /[a-z]/.test(v) ? 'lower' : 'upper';
      const value = kind === 'number' ? Number(v) : v.charCodeAt(0);
      markers.push({ at: m.index, kind, value, style: m[2] ?? '' });
    }
    const used = new Set<Marker>();
    for (const [index, first] of markers.entries()) {
      const head = line.slice(Math.max(0, first.at - 16), first.at);
      if (used.has(first) || !(first.at === head.length ? /^\s*$/.test(head) : LIST_OPENS.test(head)))
        continue;
      const chain = [first];
      for (let x = index + 1; x < markers.length; x++) {
        const next = markers[x] as Marker;
        const last = chain[chain.length - 1] as Marker;
        if (next.at - last.at > ITEM_REACH) break;
        if (next.kind === last.kind && next.style === last.style && next.value === last.value + 1)
          chain.push(next);
      }
      if (chain.length < 2) continue;
      for (const m of chain) {
        used.add(m);
        starts.push(from + m.at);
      }
    }
  }
  if (BULLETS.split('').some((b) => line.includes(b))) {
    MIDLINE_BULLET.lastIndex = 0;
    for (let m = MIDLINE_BULLET.exec(line); m !== null; m = MIDLINE_BULLET.exec(line))
      starts.push(from + m.index);
  }
  return starts.sort((a, b) => a - b);
}

/** The word that starts at `at`, without opening quotes or brackets. */
function wordAt(text: string, at: number, to: number): string {
  let end = at;
  const stop = Math.min(to, at + REACH);
  while (end < stop && !isSpace(text[end])) end++;
  return text.slice(at, end).replace(OPENERS, '');
}

/** A word that a point may follow inside a sentence: a listed abbreviation, "U.S", an initial. */
function isAbbreviation(word: string): boolean {
  const key = word.toLowerCase();
  return (
    PREPOSITIVE.has(key) ||
    NUMERIC.has(key) ||
    OTHER.has(key) ||
    TIME.has(key) ||
    DOTTED.test(word) ||
    /^\p{L}$/u.test(word) ||
    isInitial(word)
  );
}

/** Is `text[from, at)` only the list marker that opens the sentence ("1", "a", "• 9")? */
function opensWithMarker(text: string, from: number, at: number): boolean {
  let start = from;
  while (start < at && isSpace(text[start])) start++;
  return at - start <= 8 && MARKER_ONLY.test(text.slice(start, at));
}

/**
 * Does a single final point after `word` end the sentence, given the word that follows? The sentence
 * so far is `text[start, at)`, up to the point.
 */
function pointEnds(word: string, next: string, text: string, start: number, at: number): boolean {
  if (opensWithMarker(text, start, at)) return false;
  const key = word.toLowerCase();
  const starter = STARTERS.has(next.replace(/[^\p{L}].*$/u, ''));
  if (PREPOSITIVE.has(key)) return false;
  if (NUMERIC.has(key) && (/^\d/.test(next) || ROMAN.test(next))) return false;
  // "He left at 6 p.m. Mr. Smith ...", but "At 5 a.m. Mr. Smith went ...".
  if (TIME.has(key)) return starter || text.slice(start, at).split(/\s+/).length >= 4;
  if (OTHER.has(key) || DOTTED.test(word) || isInitial(word)) return starter;
  return true;
}

/** Sentences of `text[from, to)` (one line), trimmed, in absolute offsets. */
export function lineSentences(text: string, from: number, to: number): Span[] {
  const cuts = itemStarts(text, from, to);
  let nextItem = 0;
  const out: Span[] = [];
  let start = from;
  const close = (end: number, next: number) => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text[s])) s++;
    while (e > s && isSpace(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e });
    start = next;
  };
  for (let i = from; i < to; i++) {
    while (nextItem < cuts.length && (cuts[nextItem] ?? 0) <= i) {
      const cut = cuts[nextItem++] as number;
      if (cut > start) close(cut, cut);
    }
    const c = text[i] as string;
    if (!FINAL.has(c)) continue;
    // The run of final marks, with the spaced points of an ellipsis (". . .").
    const first = i;
    let j = i;
    let spaced = false;
    for (;;) {
      while (j < to && FINAL.has(text[j] as string)) j++;
      if (j + 1 < to && text[j] === ' ' && text[j + 1] === '.') {
        spaced = true;
        j += 1;
        continue;
      }
      break;
    }
    const run = text.slice(first, j);
    let k = j;
    while (k < to && CLOSERS.has(text[k] as string)) k++;
    const closed = k > j;
    // A reference mark right after the point ("Gulf.[12] In", "[citation needed]") ends with it.
    if (text[k] === '[') {
      const end = text.slice(k, Math.min(to, k + REACH)).indexOf(']');
      if (end !== -1) k += end + 1;
    }
    i = j - 1;
    if (k >= to) continue;
    if (CJK_FINAL.has(text[j - 1] as string)) {
      close(k, k);
      continue;
    }
    const glued = !isSpace(text[k]);
    // "ended.The": a point glued to the next sentence in extracted text (checked below); any other
    // point without a space after it is inside a word ("100.00", "U.S.A.", "mean...see").
    if (glued && (k !== j || !/\p{Lu}/u.test(text[k] ?? ''))) continue;
    let wordStart = first;
    const reach = Math.max(from, first - REACH);
    while (wordStart > reach && !isSpace(text[wordStart - 1])) wordStart--;
    const before = text.slice(wordStart, first);
    if (glued) {
      // Never in an address or an abbreviation ("Jane.Doe@example.com", "U.S.A.").
      const next = wordAt(text, k, to);
      const ends =
        !/[@/:]/.test(before + next) &&
        ((run === '.' && /\p{Ll}{2}$/u.test(before) && STARTERS.has(next.replace(/[^\p{L}].*$/u, ''))) ||
          /^\.{4,}$/.test(run));
      if (ends) close(k, k);
      continue;
    }
    let n = k;
    while (n < to && isSpace(text[n])) n++;
    const next = wordAt(text, n, to);
    if (next === '') continue;
    const word = before.replace(OPENERS, '');
    if (isLowerStart(next)) {
      // Before a lower-case word only a plain point after a plain word ends a sentence: not one
      // inside quotes or brackets ("'Great.' she said"), an exclamation ("Yahoo! in"), an ellipsis,
      // an abbreviation ("Co. at", "U.S.A. last") or an opening list marker ("1. to create").
      if (run === '.' && !closed && !isAbbreviation(word) && !opensWithMarker(text, start, first))
        close(k, n);
      continue;
    }
    const dots = run.replace(/[^.]/g, '').length + 3 * run.replace(/[^…]/g, '').length;
    const attached = first > from && !isSpace(text[first - 1]);
    if (/[!?]/.test(run)) close(k, n);
    else if (run === '.') {
      if (pointEnds(word, next, text, start, first)) close(k, n);
    } else if (spaced) {
      // "compounds. . . . The": the point ends the sentence, the ellipsis opens the next one;
      // "a period . . . . Next": four points end it; three spaced points (". . .") are an omission.
      if (attached && dots === 4) close(first + 1, first + 1);
      else if (dots >= 4) close(k, n);
    } else if (!(text[first - 1] === '[' && text[j] === ']')) close(k, n);
  }
  close(to, to);
  return out;
}
