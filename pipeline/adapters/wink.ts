import model from 'wink-eng-lite-web-model';
import winkNLP, { type ItemSentence, type ItemToken } from 'wink-nlp';
import type { Span } from '../doc.js';

/** The only module that touches wink-nlp: it returns plain character spans. */
/** Sentence boundaries only: the pipeline needs no tags from wink, and tagging costs most of its time. */
const nlp = winkNLP(model, ['sbd']);
const full = winkNLP(model);
const its = nlp.its;

export interface Token extends Span {
  pos: string;
}

export interface SentenceSpans {
  sentences: Span[];
  tokens: Token[];
}

/** Splits `text` (one block of prose) into sentences; offsets are relative to `text`. */
export function splitSentences(text: string): Span[] {
  const doc = nlp.readDoc(text);
  const tokenSpans: Span[] = [];
  let cursor = 0;
  doc.tokens().each((t: ItemToken) => {
    const value = t.out() as string;
    const at = text.indexOf(value, cursor);
    const start = at >= 0 ? at : cursor;
    const end = at >= 0 ? at + value.length : cursor;
    tokenSpans.push({ start, end });
    cursor = end;
  });
  const out: Span[] = [];
  doc.sentences().each((s: ItemSentence) => {
    const [first, last] = s.out(its.span) as unknown as [number, number];
    const a = tokenSpans[first];
    const b = tokenSpans[last];
    if (a && b && b.end > a.start) out.push({ start: a.start, end: b.end });
  });
  return out;
}

/** Counts words (runs of letters or digits), for the documents table and the benchmark. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** The bare wink-nlp read, the floor the benchmark compares the pipeline with. */
export function readOnly(text: string): number {
  return full.readDoc(text).tokens().length();
}
