import type { Doc } from './doc.js';

/** A replacement of text[start, end) by `by`; edits must not overlap. */
export interface Edit {
  start: number;
  end: number;
  by: string;
}

/**
 * Applies edits to doc.text and composes the offset maps so every character of the new text
 * still knows its raw-file range. Inserted characters map to the whole replaced range.
 */
export function applyEdits(doc: Doc, edits: Edit[]): void {
  if (edits.length === 0) return;
  edits.sort((a, b) => a.start - b.start);
  const kept: Edit[] = [];
  let cursor = 0;
  for (const e of edits) {
    if (e.start < cursor) continue; // overlapping edit: the earlier one wins
    kept.push(e);
    cursor = e.end;
  }
  const length = doc.text.length + kept.reduce((n, e) => n + e.by.length - (e.end - e.start), 0);
  const starts = new Int32Array(length);
  const ends = new Int32Array(length);
  const parts: string[] = [];
  let from = 0;
  let at = 0;
  const keep = (to: number) => {
    parts.push(doc.text.slice(from, to));
    starts.set(doc.startMap.subarray(from, to), at);
    ends.set(doc.endMap.subarray(from, to), at);
    at += to - from;
  };
  for (const e of kept) {
    keep(e.start);
    const rawStart = e.start < doc.startMap.length ? (doc.startMap[e.start] ?? 0) : doc.raw.length;
    const rawEnd = e.end > e.start ? (doc.endMap[e.end - 1] ?? rawStart) : rawStart;
    parts.push(e.by);
    starts.fill(rawStart, at, at + e.by.length);
    ends.fill(rawEnd, at, at + e.by.length);
    at += e.by.length;
    from = e.end;
  }
  keep(doc.text.length);
  doc.text = parts.join('');
  doc.startMap = starts;
  doc.endMap = ends;
}

/** Collects one edit per regex match; `replace` returns the replacement or null to keep it. */
export function editsFor(text: string, re: RegExp, replace: (m: RegExpExecArray) => string | null): Edit[] {
  const edits: Edit[] = [];
  const global = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  for (let m = global.exec(text); m !== null; m = global.exec(text)) {
    if (m[0].length === 0) {
      global.lastIndex++;
      continue;
    }
    const by = replace(m);
    if (by !== null && by !== m[0]) edits.push({ start: m.index, end: m.index + m[0].length, by });
  }
  return edits;
}

/**
 * Replaces doc.text by a new text whose characters carry ranges [starts[k], ends[k]) in the current
 * text; the ranges are composed with the current maps, so they end in raw-file offsets.
 */
export function replaceText(doc: Doc, text: string, starts: Int32Array, ends: Int32Array): void {
  const n = doc.text.length;
  const rawStart = (at: number) => (at < n ? (doc.startMap[at] ?? doc.raw.length) : doc.raw.length);
  const newStarts = new Int32Array(text.length);
  const newEnds = new Int32Array(text.length);
  for (let k = 0; k < text.length; k++) {
    const s = starts[k] ?? 0;
    const e = ends[k] ?? s;
    const from = rawStart(s);
    newStarts[k] = from;
    newEnds[k] = e > s ? (doc.endMap[e - 1] ?? from) : from;
  }
  doc.text = text;
  doc.startMap = newStarts;
  doc.endMap = newEnds;
}
