import { applyEdits, type Edit, editsFor } from '../edit.js';
import { BULLET, ENUMERATOR } from '../extract/markers.js';
import type { Stage } from '../stage.js';

/** Words that cannot end a paragraph: a break after them is a page break inside a sentence. */
const DANGLING =
  /\b(the|a|an|of|and|or|to|in|on|at|by|for|with|from|as|that|which|its|their|his|her|this|these|between|into|under|within|among)$/i;
const TERMINAL = /[.!?:;"”’)\]]$/;
const LIST_START = new RegExp(`^\\s*(?:${BULLET}\\s|${ENUMERATOR}\\s|#)`, 'u');

const lineEndEdits = (text: string): Edit[] => editsFor(text, /\r\n?/g, () => '\n');

/** Markdown emphasis, heading marks and links: the words stay, the marks go. */
function markdownEdits(text: string): Edit[] {
  return [
    ...editsFor(text, /\*\*|__/g, () => ''),
    // A single mark that opens (no word before it, a word after) or closes a span. The mark comes
    // first in the pattern so the engine jumps from mark to mark instead of testing every position.
    ...editsFor(text, /\*(?:(?<![\w*]\*)(?=[^\s*])|(?<=[^\s*]\*)(?![\w*]))/g, () => ''),
    ...editsFor(text, /_(?:(?<![\w_]_)(?=[^\s_])|(?<=[^\s_]_)(?![\w_]))/g, () => ''),
    ...editsFor(text, /^#{1,6}[ \t]+/gm, () => ''),
  ];
}

/** A web capture marker (" date 2020-09-17 ") at the top becomes a line of its own. */
function captureMarkerEdits(text: string): Edit[] {
  const m = /^[ \t]*date (\d{4}-\d{2}-\d{2})([ \t]+)/.exec(text);
  if (!m) return [];
  const gapStart = m[0].length - (m[2]?.length ?? 0);
  return [{ start: gapStart, end: m[0].length, by: '\n\n' }];
}

const whitespaceEdits = (text: string): Edit[] => editsFor(text, /[\u00a0\u2007\u202f\t]/g, () => ' ');

/** Is the document hard-wrapped at a fixed width (most lines long and of similar length)? */
function wrapWidth(lines: string[]): number | null {
  const lengths = lines.map((l) => l.trimEnd().length).filter((n) => n > 0);
  if (lengths.length < 8) return null;
  const sorted = [...lengths].sort((a, b) => a - b);
  const p90 = sorted[Math.floor(sorted.length * 0.9)] ?? 0;
  if (p90 < 40 || p90 > 120) return null;
  const near = lengths.filter((n) => n >= p90 * 0.7 && n <= p90 * 1.15).length;
  return near / lengths.length > 0.5 ? p90 : null;
}

/**
 * Single line breaks inside a wrapped paragraph and paragraph breaks in the middle of a sentence
 * (page breaks) become spaces; real paragraph ends, headings and list items stay.
 */
function joinEdits(text: string): Edit[] {
  const width = wrapWidth(text.split('\n'));
  const edits: Edit[] = [];
  const re = /[ \t]*\n(?:[ \t]*\n)*[ \t]*/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 200), m.index);
    const lineStart = before.lastIndexOf('\n') + 1;
    const prevLine = before.slice(lineStart);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    if (prevLine.trim() === '' || after.trim() === '' || LIST_START.test(after)) continue;
    const blank = (m[0].match(/\n/g)?.length ?? 0) > 1;
    const prevEnd = prevLine.trimEnd();
    const nextLower = /^[a-z(]/.test(after);
    let join = false;
    if (blank) {
      // A page break: the sentence runs on across the blank line.
      join = !TERMINAL.test(prevEnd) && (DANGLING.test(prevEnd) || nextLower);
    } else if (width !== null) {
      // A wrapped paragraph: long line followed by more of the same paragraph.
      join = prevLine.length >= width * 0.6 && !/^(#|\d{1,2}[.)]\s)/.test(after);
    } else {
      join = !TERMINAL.test(prevEnd) && (nextLower || DANGLING.test(prevEnd));
    }
    if (join) edits.push({ start: m.index, end: m.index + m[0].length, by: ' ' });
  }
  return edits;
}

export function clean(): Stage {
  return {
    name: 'clean',
    requires: ['text'],
    assigns: ['text'],
    run(doc) {
      applyEdits(doc, lineEndEdits(doc.text));
      applyEdits(doc, captureMarkerEdits(doc.text));
      applyEdits(doc, [...markdownEdits(doc.text), ...whitespaceEdits(doc.text)]);
      applyEdits(doc, joinEdits(doc.text));
    },
  };
}
