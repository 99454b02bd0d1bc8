import type { Doc, Span } from '../doc.js';

const REPORT = '(?:said|says|added|noted|stressed|told|emphasi[sz]ed|underlined|continued|explained|stated)';
/** "..., he said", "...” the prime minister noted", "..., Belousov said". */
const TRAILING = new RegExp(
  `(?:[”"],?\\s*|,\\s*)((?:he|she|He|She)|the\\s+[^,.“”"]{2,60}?|[A-Z][\\w.’'-]+(?:\\s[A-Z][\\w.’'-]+){0,3})\\s+(?:also\\s+)?${REPORT}\\b`,
);
/** "..., said the Chinese leader." */
const INVERTED = new RegExp(
  `,[”"]?\\s*${REPORT}\\s+(the\\s+[^,.]{2,60}?|[A-Z][\\w-]+(?:\\s[A-Z][\\w-]+){0,3})\\s*[.”"]*$`,
);
/** "He said that ...", "Li Qiang said ...", "According to him, ...". */
const LEADING = new RegExp(
  `^(?:[“"]?\\s*)(?:(?:According\\s+to\\s+(him|her|[A-Z][\\w-]+(?:\\s[A-Z][\\w-]+){0,3}))|((?:He|She|[A-Z][\\w.-]+(?:\\s[A-Z][\\w.-]+){0,3}))\\s+(?:also\\s+|further\\s+)?${REPORT}\\b)`,
);

function spanOf(s: string, offset: number, found: string | undefined): Span | null {
  if (!found) return null;
  const at = s.indexOf(found);
  return at < 0 ? null : { start: offset + at, end: offset + at + found.length };
}

/** The span naming who speaks in a sentence of reported or quoted speech, if any. */
export function speakerOf(doc: Doc, span: Span): Span | null {
  const s = doc.text.slice(span.start, span.end);
  const t = TRAILING.exec(s);
  if (t) return spanOf(s, span.start, t[1]);
  const i = INVERTED.exec(s);
  if (i) return spanOf(s, span.start, i[1]);
  const l = LEADING.exec(s);
  if (l) return spanOf(s, span.start, l[1] ?? l[2]);
  return null;
}

const opens = (s: string) => (s.match(/“/g)?.length ?? 0) + ((s.match(/"/g)?.length ?? 0) % 2);
const closes = (s: string) => s.match(/”/g)?.length ?? 0;

/**
 * Speakers of every sentence: reported speech names its speaker in the sentence; sentences inside
 * a quotation that spans several sentences take the speaker named where the quotation closes.
 */
export function speakers(doc: Doc): (Span | null)[] {
  const sentences = doc.sentences ?? [];
  const out: (Span | null)[] = sentences.map((s) => speakerOf(doc, s));
  let group: number[] = [];
  let depth = 0;
  let paragraph = -1;
  for (const s of sentences) {
    if (s.paragraph !== paragraph) {
      group = [];
      depth = 0;
      paragraph = s.paragraph;
    }
    const text = doc.text.slice(s.start, s.end);
    const before = depth;
    const straight = text.match(/"/g)?.length ?? 0;
    depth += (text.match(/“/g)?.length ?? 0) - closes(text);
    if (straight % 2 === 1) depth = depth > 0 ? depth - 1 : depth + 1;
    if (before > 0 || opens(text) > 0) group.push(s.index);
    if (depth <= 0 && group.length > 0) {
      const speaker = group.map((i) => out[i]).find((x) => x) ?? null;
      if (speaker) for (const i of group) out[i] = out[i] ?? speaker;
      group = [];
      depth = 0;
    }
  }
  return out;
}
