/**
 * One measured phase of the benchmark, in a process of its own so that its peak memory is its own:
 *   node dist/bench/phase.js floor CORPUS_DIR
 *   node dist/bench/phase.js pipeline CORPUS_DIR OUT_DIR JOBS
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readOnly } from '../pipeline/adapters/wink.js';
import { runBatch } from '../pipeline/batch.js';

const [phase, corpus = '', out = '', jobs = '1'] = process.argv.slice(2);

async function main() {
  const t0 = performance.now();
  let proposals = 0;
  if (phase === 'floor') {
    for (const f of readdirSync(corpus).sort()) readOnly(readFileSync(join(corpus, f), 'utf8'));
  } else if (phase === 'pipeline') {
    proposals = (await runBatch({ inputs: [corpus], out, jobs: Number(jobs) })).proposals;
  } else throw new Error(`unknown phase ${phase}`);
  const seconds = (performance.now() - t0) / 1000;
  console.log(
    JSON.stringify({ seconds, proposals, peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024) }),
  );
}

main().catch((e) => {
  console.error(`bench phase: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
