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
  const out: Span[] = [];
  let cursor = 0;
  doc.sentences().each((s: ItemSentence) => {
    // wink gives the sentence back as it stands in the text; find it from where the last one ended.
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
