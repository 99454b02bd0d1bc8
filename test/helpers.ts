import { createDoc, type Doc } from '../pipeline/doc.js';
import { buildStages, type DocResult, processText } from '../pipeline/run.js';

const stages = buildStages();

/** Runs the pipeline on `text` up to and including the stage named `last` (all stages by default). */
export function runTo(text: string, last?: string, file = 'test.txt'): Doc {
  const doc = createDoc(file, text);
  for (const stage of stages) {
    stage.run(doc);
    if (stage.name === last) break;
  }
  return doc;
}

/** The whole pipeline on one text, as records. */
export const extract = (text: string, file = 'test.txt'): DocResult => processText(stages, file, text);

/** The initiative records of one text, reduced to what a table of expectations compares. */
export function proposals(
  text: string,
): { proposers: string[]; initiative: string; rule: string; person: string | null }[] {
  return extract(text).initiatives.map((r) => ({
    proposers: r.proposers,
    initiative: r.initiative,
    rule: r.rule,
    person: r.person,
  }));
}
