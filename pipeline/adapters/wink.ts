import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

/**
 * The only module that touches wink-nlp. Sentences are found by our own rules
 * (`segment/sentences.ts`); wink's default pipeline remains the benchmark's floor.
 * Built on first use: only the benchmark needs it, and each instance holds its own model.
 */
let full: ReturnType<typeof winkNLP> | null = null;

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
