import { processFile } from './read.js';
import { buildStages } from './run.js';
import { serialise } from './writers/serialise.js';

/** One worker thread: builds the stages once, then processes and serialises the files it is sent. */
const stages = buildStages();

export default async function work(file: { path: string; display: string }) {
  return serialise(await processFile(file, stages));
}
