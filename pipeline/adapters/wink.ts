import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

/**
 * The only module that touches wink-nlp, and only the benchmark imports it: sentences are found by
 * our own rules (`segment/sentences.ts`); wink's default pipeline remains the benchmark's floor.
 * Built on first use: only the benchmark needs it, and each instance holds its own model.
 */
let full: ReturnType<typeof winkNLP> | null = null;

/** The bare wink-nlp read, the floor the benchmark compares the pipeline with. */
export function readOnly(text: string): number {
  full ??= winkNLP(model);
  return full.readDoc(text).tokens().length();
}
