/**
 * Benchmark: builds a synthetic corpus from the sample documents and measures the pipeline against
 * the floor of a bare wink-nlp read of the same text, with 1 and 2 worker threads. When the web set
 * (../shared/web/pages, real saved pages) is there, an HTML phase runs the pipeline on it with one
 * thread and reports megabytes of HTML a second; without it the phase is skipped.
 *
 *   npm run bench -- [--docs N] [--rounds R] [--out DIR] [--web DIR]
 *
 * On a shared machine the speed of the cores drifts by tens of percent within minutes, so each round
 * runs its phases in mirrored order (floor, one thread, two workers, two workers, one thread, floor)
 * and takes the mean of each phase's two runs: a drift that is steady over the round then weighs on
 * every phase alike. Ratios are taken within a round; over several rounds the summary gives medians.
 */

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { countWords } from '../pipeline/words.js';

const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '400' },
    rounds: { type: 'string', default: '1' },
    out: { type: 'string', default: 'bench/out' },
    web: { type: 'string', default: '../shared/web/pages' },
  },
});
const docs = Number(values.docs);
const rounds = Math.max(1, Number(values.rounds));
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

/** The web set's pages, when the set is there. */
function webPages(): { dir: string; pages: number; bytes: number } | null {
  const dir = values.web;
  if (!dir || !existsSync(dir)) return null;
  const files = readdirSync(dir).filter((f) => /\.html?$/i.test(f));
  if (files.length === 0) return null;
  return { dir, pages: files.length, bytes: files.reduce((n, f) => n + statSync(join(dir, f)).size, 0) };
}

const mb = (bytes: number) => bytes / 1e6;
const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

interface Phase {
  seconds: number;
  proposals: number;
  peak_rss_mb: number;
}

/** Runs one phase in a child process, so each phase's peak RSS is measured on its own. */
function phase(args: string[]): Phase {
  const r = spawnSync(process.execPath, [join(import.meta.dirname, 'phase.js'), ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (r.status !== 0) throw new Error(`phase ${args[0]} failed: ${r.stderr.trim()}`);
  return JSON.parse(r.stdout) as Phase;
}

/** Two runs of a phase as one: their mean time, the higher peak. */
const both = (a: Phase, b: Phase): Phase => ({
  seconds: (a.seconds + b.seconds) / 2,
  proposals: a.proposals,
  peak_rss_mb: Math.max(a.peak_rss_mb, b.peak_rss_mb),
});

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

async function main() {
  const texts = buildCorpus();
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const words = texts.reduce((n, t) => n + countWords(t), 0);
  const runs = [];
  const floorPhase = () => phase(['floor', corpusDir]);
  const onePhase = () => phase(['pipeline', corpusDir, join(root, 'out-1'), '1']);
  const twoPhase = () => phase(['pipeline', corpusDir, join(root, 'out-2'), '2']);
  const web = webPages();
  if (!web) process.stderr.write(`bench: no web set at ${values.web}: HTML phase skipped\n`);
  const htmlPhase = () => (web ? phase(['pipeline', web.dir, join(root, 'out-html'), '1']) : null);
  const htmlRuns: Phase[] = [];
  for (let r = 0; r < rounds; r++) {
    const [f1, o1, t1, h1] = [floorPhase(), onePhase(), twoPhase(), htmlPhase()];
    const [h2, t2, o2, f2] = [htmlPhase(), twoPhase(), onePhase(), floorPhase()];
    runs.push({ floor: both(f1, f2), one: both(o1, o2), two: both(t1, t2) });
    if (h1 && h2) htmlRuns.push(both(h1, h2));
    process.stderr.write(`round ${r + 1}/${rounds} done\n`);
  }
  const sentences = readFileSync(join(root, 'out-1', 'sentences.jsonl'), 'utf8').split('\n').length - 1;
  const perRound = runs.map(({ floor, one, two }) => ({
    floor_wink_readDoc: {
      seconds: round(floor.seconds),
      mb_per_s: round(mb(bytes) / floor.seconds),
      words_per_s: Math.round(words / floor.seconds),
    },
    pipeline_1_worker: {
      seconds: round(one.seconds),
      docs_per_s: round(docs / one.seconds),
      mb_per_s: round(mb(bytes) / one.seconds),
      words_per_s: Math.round(words / one.seconds),
      sentences_per_s: Math.round(sentences / one.seconds),
      share_of_floor: round(floor.seconds / one.seconds),
      peak_rss_mb: one.peak_rss_mb,
    },
    pipeline_2_workers: {
      seconds: round(two.seconds),
      docs_per_s: round(docs / two.seconds),
      mb_per_s: round(mb(bytes) / two.seconds),
      peak_rss_mb: two.peak_rss_mb,
    },
    speedup_2_over_1: round(one.seconds / two.seconds),
    floor_peak_rss_mb: floor.peak_rss_mb,
  }));
  const report = {
    documents: docs,
    megabytes: round(mb(bytes)),
    words,
    sentences,
    proposals: runs[0]?.one.proposals ?? 0,
    rounds: perRound,
    over_rounds: {
      median_share_of_floor: round(median(perRound.map((r) => r.pipeline_1_worker.share_of_floor))),
      median_speedup_2_over_1: round(median(perRound.map((r) => r.speedup_2_over_1))),
      max_peak_rss_mb_1_worker: Math.max(...perRound.map((r) => r.pipeline_1_worker.peak_rss_mb)),
      max_peak_rss_mb_2_workers: Math.max(...perRound.map((r) => r.pipeline_2_workers.peak_rss_mb)),
    },
    html_1_worker: web
      ? {
          pages: web.pages,
          megabytes: round(mb(web.bytes)),
          rounds: htmlRuns.map((h) => ({
            seconds: round(h.seconds),
            mb_per_s: round(mb(web.bytes) / h.seconds),
            pages_per_s: round(web.pages / h.seconds),
            peak_rss_mb: h.peak_rss_mb,
          })),
          median_mb_per_s: round(median(htmlRuns.map((h) => mb(web.bytes) / h.seconds))),
        }
      : null,
  };
  console.log(JSON.stringify(report, null, 2));
}

main().catch((e) => {
  console.error(`bench: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
