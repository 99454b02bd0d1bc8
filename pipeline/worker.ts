import { processFile } from './read.js';
import { buildStages } from './run.js';

/** One worker thread: builds the stages once, then processes the files it is sent. */
const stages = buildStages();

export default function work(file: { path: string; display: string }) {
  return processFile(file, stages);
}
