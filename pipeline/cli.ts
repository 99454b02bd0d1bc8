#!/usr/bin/env node
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { runBatch } from './batch.js';
import { formatScore, type GoldRecord, type PredRecord, readRecords, score } from './eval.js';

const HELP = `sco-initiatives: who proposed what in SCO documents

Usage:
  sco-initiatives run [INPUT ...] [--out DIR] [--quiet] [--json]
      Reads .txt, .md and .html files (folders are walked recursively; default: corpus/)
      and writes initiatives, documents, sentences and messages (JSONL and CSV) to DIR
      (default: output/).
  sco-initiatives eval --gold FILE [--pred FILE] [--verbose] [--json]
      Scores predictions (default: output/initiatives.jsonl) against a gold file.

Exit codes: 0 all well, 1 some documents failed (outputs complete for the rest), 2 usage error.`;

function usage(message: string): never {
  console.error(`sco-initiatives: ${message}`);
  console.error("Run 'sco-initiatives --help' for usage.");
  process.exit(2);
}

async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: 'string', default: 'output' },
      quiet: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const inputs = positionals.length > 0 ? positionals : ['corpus'];
  for (const input of inputs) if (!existsSync(input)) usage(`input not found: ${input}`);
  const tty = process.stderr.isTTY && !values.quiet && !values.json;
  const summary = await runBatch({
    inputs,
    out: values.out,
    onProgress: tty ? (done, total) => process.stderr.write(`\r${done}/${total} documents`) : undefined,
  });
  if (tty) process.stderr.write('\n');
  if (values.json) console.log(JSON.stringify(summary));
  else if (!values.quiet || summary.failed > 0) {
    console.log(
      `documents read: ${summary.documents}, failed: ${summary.failed}, skipped: ${summary.skipped}, proposals: ${summary.proposals}, seconds: ${summary.seconds} -> ${summary.out}`,
    );
  }
  return summary.failed > 0 ? 1 : 0;
}

function evaluate(args: string[]): number {
  const { values } = parseArgs({
    args,
    options: {
      gold: { type: 'string' },
      pred: { type: 'string', default: 'output/initiatives.jsonl' },
      verbose: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  if (!values.gold) usage('eval needs --gold FILE');
  for (const f of [values.gold, values.pred]) if (!existsSync(f)) usage(`file not found: ${f}`);
  const s = score(readRecords<GoldRecord>(values.gold), readRecords<PredRecord>(values.pred));
  if (values.json) {
    const { misses, wrongProposers, falsePositives, wrongDates, ...summary } = s;
    console.log(JSON.stringify(summary, null, 2));
  } else console.log(formatScore(s, values.verbose));
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    console.log(HELP);
    return command === undefined ? 2 : 0;
  }
  try {
    if (command === 'run') return await run(rest);
    if (command === 'eval') return evaluate(rest);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' || err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
      usage(err.message);
    console.error(`sco-initiatives: ${err.message}`);
    return 2;
  }
  usage(`unknown command: ${command}`);
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
