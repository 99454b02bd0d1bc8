import { Piscina } from 'piscina';
import { processFile } from './read.js';
import { buildStages } from './run.js';
import { pack, serialise } from './writers/serialise.js';

/** One worker thread: builds the stages once, then processes and serialises the files it is sent. */
const stages = buildStages();

export default async function work(file: { path: string; display: string }): Promise<unknown> {
  // Transferred, not copied: the main thread only writes these bytes.
  return Piscina.move(pack(serialise(await processFile(file, stages))));
}
