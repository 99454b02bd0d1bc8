import { splitSentences } from '../adapters/wink.js';
import type { Paragraph, Sentence } from '../doc.js';
import { MARKER_ONLY } from '../extract/markers.js';
import type { Stage } from '../stage.js';

const MAX_HEADING_WORDS = 10;
/** A news headline is longer than a section heading; it stands in the first lines of a file. */
const MAX_TITLE_WORDS = 16;
const TITLE_LINES = 5;

/** A short line without final punctuation that heads the prose after it. */
function isHeadingLine(line: string, next: string | undefined, title: boolean): boolean {
  const t = line.trim();
  if (t.length === 0 || t.length > (title ? 140 : 90) || next === undefined) return false;
  // A headline may end in a quoted name ('... "energy club"'), never in a quoted sentence ('..."').
  if (/[.!?,;:]$|[.!?,;:]["”]$/.test(t) || !/^[A-Z“"]/.test(t)) return false;
  if (/^date \d{4}-\d{2}-\d{2}$/.test(t)) return false;
  const words = t.split(/\s+/).length;
  // A title may be followed by a dateline or byline shorter than itself; a heading heads longer prose.
  const heading = words <= MAX_HEADING_WORDS && next.trim().length > t.length && !/["”]$/.test(t);
  return heading || (title && words >= 3 && words <= MAX_TITLE_WORDS);
}

/** Lines of a block that are list items or a "Title - text" bullet stay sentences of their own. */
const MAX_SENTENCE = 2000;

/** A list marker split off on its own ("1.", "-") belongs to the sentence after it. */
function mergeMarkers(
  text: string,
  spans: { start: number; end: number }[],
): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    if (prev && MARKER_ONLY.test(text.slice(prev.start, prev.end))) prev.end = s.end;
    else out.push({ ...s });
  }
  return out;
}

export function segment(): Stage {
  return {
    name: 'segment',
    requires: ['text'],
    assigns: ['paragraphs', 'headings', 'sentences'],
    run(doc) {
      const paragraphs: Paragraph[] = [];
      const sentences: Sentence[] = [];
      const lines: { start: number; end: number }[] = [];
      const re = /[^\n]+/g;
      for (let m = re.exec(doc.text); m !== null; m = re.exec(doc.text)) {
        if (m[0].trim() !== '') lines.push({ start: m.index, end: m.index + m[0].length });
      }
      // wink reads the whole document once (far cheaper than once a line); its sentences are then
      // cut at line ends, since a line break that survived cleaning ends a sentence.
      const pieces: { start: number; end: number }[] = [];
      for (const s of splitSentences(doc.text)) {
        let from = s.start;
        for (
          let nl = doc.text.indexOf('\n', from);
          nl !== -1 && nl < s.end;
          nl = doc.text.indexOf('\n', from)
        ) {
          if (doc.text.slice(from, nl).trim() !== '') pieces.push({ start: from, end: nl });
          from = nl + 1;
        }
        if (doc.text.slice(from, s.end).trim() !== '') pieces.push({ start: from, end: s.end });
      }
      let p = 0;
      let heading: string | null = null;
      let seenTitle = false;
      lines.forEach((line, i) => {
        const text = doc.text.slice(line.start, line.end);
        const next = lines[i + 1];
        const isHeading = isHeadingLine(
          text,
          next ? doc.text.slice(next.start, next.end) : undefined,
          i < TITLE_LINES,
        );
        if (isHeading) {
          // The first heading-like line of a document is its title, not a theme.
          if (seenTitle || paragraphs.some((p) => !p.isHeading)) heading = text.trim();
          seenTitle = true;
        }
        const index = paragraphs.length;
        paragraphs.push({ ...line, heading: isHeading ? null : heading, isHeading });
        const own: { start: number; end: number }[] = [];
        while (p < pieces.length && (pieces[p]?.start ?? 0) < line.end) {
          const piece = pieces[p++] as { start: number; end: number };
          const value = doc.text.slice(piece.start, piece.end);
          const lead = value.length - value.trimStart().length;
          const tail = value.length - value.trimEnd().length;
          own.push({ start: piece.start + lead - line.start, end: piece.end - tail - line.start });
        }
        for (const s of mergeMarkers(text, own)) {
          // A runaway "sentence" (a long line without punctuation) is cut into bounded pieces.
          for (let start = s.start; start < s.end; start += MAX_SENTENCE) {
            const end = Math.min(s.end, start + MAX_SENTENCE);
            sentences.push({
              start: line.start + start,
              end: line.start + end,
              index: sentences.length,
              paragraph: index,
            });
          }
        }
      });
      doc.paragraphs = paragraphs;
      doc.sentences = sentences;
    },
  };
}
