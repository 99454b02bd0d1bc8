import type { Paragraph, Sentence } from '../doc.js';
import { lineSentences } from '../segment/sentences.js';
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

/** A runaway "sentence" (a long line without punctuation) is cut into bounded pieces. */
const MAX_SENTENCE = 2000;

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
        // A line break that survived cleaning ends a sentence; inside a line, rules decide.
        for (const s of lineSentences(doc.text, line.start, line.end)) {
          for (let start = s.start; start < s.end; start += MAX_SENTENCE) {
            sentences.push({
              start,
              end: Math.min(s.end, start + MAX_SENTENCE),
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
