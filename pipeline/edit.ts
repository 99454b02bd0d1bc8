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
  const parts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let cursor = 0;
  const keep = (from: number, to: number) => {
    parts.push(doc.text.slice(from, to));
    for (let i = from; i < to; i++) {
      starts.push(doc.startMap[i] ?? 0);
      ends.push(doc.endMap[i] ?? 0);
    }
  };
  for (const e of edits) {
    if (e.start < cursor) continue; // overlapping edit: the earlier one wins
    keep(cursor, e.start);
    const rawStart = e.start < doc.startMap.length ? (doc.startMap[e.start] ?? 0) : doc.raw.length;
    const rawEnd = e.end > e.start ? (doc.endMap[e.end - 1] ?? rawStart) : rawStart;
    parts.push(e.by);
    for (let i = 0; i < e.by.length; i++) {
      starts.push(rawStart);
      ends.push(rawEnd);
    }
    cursor = e.end;
  }
  keep(cursor, doc.text.length);
  doc.text = parts.join('');
  doc.startMap = Int32Array.from(starts);
  doc.endMap = Int32Array.from(ends);
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
