/**
 * Benchmark: builds a synthetic corpus from the sample documents and measures the pipeline against
 * the floor of a bare wink-nlp read of the same text, with 1 and 2 worker threads.
 *
 *   npm run bench -- [--docs N] [--out DIR]
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { countWords, readOnly } from '../pipeline/adapters/wink.js';
import { runBatch } from '../pipeline/batch.js';

const { values } = parseArgs({
  options: { docs: { type: 'string', default: '400' }, out: { type: 'string', default: 'bench/out' } },
});
const docs = Number(values.docs);
const root = values.out;
const corpusDir = join(root, 'corpus');

/** Document i: one to three sample documents with shifted years, so no two inputs are the same. */
function buildCorpus(): string[] {
  const samples = readdirSync('corpus')
    .sort()
    .map((f) => readFileSync(join('corpus', f), 'utf8'));
  rmSync(corpusDir, { recursive: true, force: true });
  mkdirSync(corpusDir, { recursive: true });
  const texts: string[] = [];
  for (let i = 0; i < docs; i++) {
    const parts = 1 + (i % 3);
    const shift = i % 7;
    const text = Array.from({ length: parts }, (_, k) => samples[(i + k) % samples.length] ?? '')
      .join('\n\n')
      .replace(/\b(20[0-2]\d)\b/g, (y) => String(Number(y) - shift));
    writeFileSync(
      join(corpusDir, `doc-${String(i).padStart(5, '0')} ${i % 11 === 0 ? "o'brien" : 'x'}.txt`),
      text,
    );
    texts.push(text);
  }
  return texts;
}

const mb = (bytes: number) => bytes / 1e6;
const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

async function main() {
  const texts = buildCorpus();
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const words = texts.reduce((n, t) => n + countWords(t), 0);

  let t0 = performance.now();
  for (const t of texts) readOnly(t);
  const floorSecs = (performance.now() - t0) / 1000;

  const runs: Record<string, { secs: number; sentences: number; proposals: number }> = {};
  for (const jobs of [1, 2]) {
    const out = join(root, `out-${jobs}`);
    t0 = performance.now();
    const summary = await runBatch({ inputs: [corpusDir], out, jobs });
    const secs = (performance.now() - t0) / 1000;
    const sentences = readFileSync(join(out, 'sentences.jsonl'), 'utf8').split('\n').length - 1;
    runs[jobs] = { secs, sentences, proposals: summary.proposals };
  }
  const one = runs[1] as { secs: number; sentences: number; proposals: number };
  const two = runs[2] as { secs: number; sentences: number; proposals: number };
  const report = {
    documents: docs,
    megabytes: round(mb(bytes)),
    words,
    sentences: one.sentences,
    proposals: one.proposals,
    floor_wink_readDoc: {
      seconds: round(floorSecs),
      mb_per_s: round(mb(bytes) / floorSecs),
      words_per_s: Math.round(words / floorSecs),
    },
    pipeline_1_worker: {
      seconds: round(one.secs),
      docs_per_s: round(docs / one.secs),
      mb_per_s: round(mb(bytes) / one.secs),
      words_per_s: Math.round(words / one.secs),
      sentences_per_s: Math.round(one.sentences / one.secs),
      share_of_floor: round(floorSecs / one.secs),
    },
    pipeline_2_workers: {
      seconds: round(two.secs),
      docs_per_s: round(docs / two.secs),
      mb_per_s: round(mb(bytes) / two.secs),
    },
    speedup_2_over_1: round(one.secs / two.secs),
    peak_rss_mb: round(process.resourceUsage().maxRSS / 1024, 0),
  };
  console.log(JSON.stringify(report, null, 2));
}

main().catch((e) => {
  console.error(`bench: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
