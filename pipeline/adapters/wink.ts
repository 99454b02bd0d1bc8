import model from 'wink-eng-lite-web-model';
import winkNLP, { type ItemSentence } from 'wink-nlp';
import type { Span } from '../doc.js';

/**
 * The only module that touches wink-nlp: it returns plain character spans. The pipeline asks for
 * sentence boundaries only (no tagging); `full` is wink's default pipeline, the benchmark's floor.
 */
const nlp = winkNLP(model, ['sbd']);
/** Built on first use: only the benchmark's floor needs it, and each instance holds its own model. */
let full: ReturnType<typeof winkNLP> | null = null;

/** Splits `text` (one block of prose) into sentences; offsets are relative to `text`. */
export function splitSentences(text: string): Span[] {
  const doc = nlp.readDoc(text);
  const its = nlp.its;
  // wink keeps every token with the whitespace before it, so a token starts where the last one
  // ended plus that whitespace: far cheaper than rebuilding each sentence's text to search for it.
  // wink drops a few characters (U+3000, U+FEFF): the token is then found just after them.
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const starts = new Array<number>(values.length);
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    let start = at + (spaces[i] ?? '').length;
    if (!text.startsWith(value, start)) start = text.indexOf(value, at);
    if (start < 0) return searchSentences(text, doc);
    starts[i] = start;
    at = start + value.length;
  }
  const out: Span[] = [];
  for (const [first, last] of doc.sentences().out(its.span) as [number, number][]) {
    const start = starts[first] ?? -1;
    const end = (starts[last] ?? -1) + (values[last] ?? '').length;
    const slice = text.slice(start, end);
    const from = start + slice.length - slice.trimStart().length;
    const to = end - (slice.length - slice.trimEnd().length);
    if (to > from) out.push({ start: from, end: to });
  }
  return out;
}

/** Sentences found by their text, from where the last one ended (a sentence wink cannot place is left out). */
function searchSentences(text: string, doc: ReturnType<typeof nlp.readDoc>): Span[] {
  const out: Span[] = [];
  let cursor = 0;
  doc.sentences().each((s: ItemSentence) => {
    const value = (s.out() as string).trim();
    const at = value.length > 0 ? text.indexOf(value, cursor) : -1;
    if (at >= 0) {
      out.push({ start: at, end: at + value.length });
      cursor = at + value.length;
    }
  });
  return out;
}

/** Counts words (runs of letters or digits), for the documents table and the benchmark. */
export function countWords(text: string): number {
  return (
    text.match(/[A-Za-z0-9\u00C0-\u1FFF\u2C00-\uD7FF]+(?:['’-][A-Za-z0-9\u00C0-\u1FFF\u2C00-\uD7FF]+)*/g)
      ?.length ?? 0
  );
}

/** The bare wink-nlp read, the floor the benchmark compares the pipeline with. */
export function readOnly(text: string): number {
  full ??= winkNLP(model);
  return full.readDoc(text).tokens().length();
}
