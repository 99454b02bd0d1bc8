#!/usr/bin/env node
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { InitiativeRecord } from '../schemas/initiative.js';
import type { GoldRecord, PredRecord } from './eval.js';
import { type Format, FormatError, parseFormats, SQLITE_FILE } from './formats.js';
import type { Summary } from './summary.js';
import { VERSION } from './version.js';

// Each command loads what it needs when it runs, so `--help` and `--version` answer at once.
const RUN = `  sco-initiatives run [INPUT ...] [--out DIR] [--jobs N] [--incremental] [--format LIST] [--manifest FILE] [--quiet] [--json]
      Reads .txt, .md, .html and .pdf files (folders are walked recursively; "-" reads paths
      from stdin; default: corpus/; of a web page only its main text, not menus, teasers or
      footers) and writes initiatives, linked initiatives, documents,
      entities, sentences, messages, summaries and a data package to DIR (default: output/).
      --jobs: worker threads (default: the number of cores; one for small batches).
      --incremental: reuse the results of documents unchanged since the last run into DIR.
      --format: what to write, a comma list of jsonl, csv, sqlite (default: jsonl,csv);
        sqlite writes DIR/sco-initiatives.sqlite with the same tables.
      --manifest FILE: CSV or JSON Lines with file, url and optionally date, title, source for the
        inputs; its values outrank what the texts say (a date in its url counts as the address's).
      --quiet: no progress and no summary unless something failed; --json: the summary as JSON.
`;
const EVAL = `  sco-initiatives eval --gold FILE [--pred FILE] [--gold FILE --pred FILE ...] [--by-rule] [--verbose] [--json]
  sco-initiatives eval --stances-gold FILE [--stances-pred FILE] [--verbose] [--json]
      Scores predictions (default: output/initiatives.jsonl) against a gold file; with several
      pairs, each set on its own; --by-rule: records and precision of each rule over all sets.
      With --stances-gold, stance rows (default: output/stances.jsonl): precision and recall per stance.
`;
const STATS = `  sco-initiatives stats [OUTPUT_DIR]
      Prints initiatives by proposer country and year from an output folder (default: output/),
      and the support matrix of the stances (rows back the columns' initiatives).
`;
const REPORT = `  sco-initiatives report [OUTPUT_DIR]
      Writes OUTPUT_DIR/report.html: charts, a timeline and a searchable table, self-contained.
`;
const EXIT =
  'Exit codes: 0 all well, 1 some documents failed (outputs complete for the rest), 2 usage error.\n';

const HELP = `sco-initiatives: who proposed what in SCO documents

Usage:
${RUN}${EVAL}${STATS}${REPORT}  sco-initiatives --help | --version
      Every command takes --help.

${EXIT}`;

/** The help of one command: its usage, and the exit codes for run. */
const help = (section: string, exit = false) => `Usage:\n${section}${exit ? `\n${EXIT}` : ''}`;

function usage(message: string): never {
  console.error(`sco-initiatives: ${message}`);
  console.error("Run 'sco-initiatives --help' for usage.");
  process.exit(2);
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** A one-line progress bar on the terminal: done/total, rate and time left. */
function progress(t0: number) {
  return (done: number, total: number) => {
    const secs = (Date.now() - t0) / 1000;
    const rate = done / Math.max(secs, 0.001);
    const eta = rate > 0 ? Math.round((total - done) / rate) : 0;
    const width = 24;
    const filled = Math.round((done / Math.max(total, 1)) * width);
    process.stderr.write(
      `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} documents, ${rate.toFixed(1)}/s, ETA ${eta}s `,
    );
  };
}

async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: 'string', default: 'output' },
      jobs: { type: 'string' },
      incremental: { type: 'boolean', default: false },
      format: { type: 'string', multiple: true },
      manifest: { type: 'string' },
      quiet: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(help(RUN, true));
    return 0;
  }
  // "-" reads a list of paths, one a line, from standard input.
  const listed = positionals.includes('-')
    ? (await readStdin()).split(/\r?\n/).filter((l) => l.trim() !== '')
    : [];
  const named = [...positionals.filter((p) => p !== '-'), ...listed];
  const inputs = named.length > 0 || positionals.includes('-') ? named : ['corpus'];
  for (const input of inputs) if (!existsSync(input)) usage(`input not found: ${input}`);
  const tty = process.stderr.isTTY && !values.quiet && !values.json;
  let formats: Format[] | undefined;
  try {
    formats = values.format === undefined ? undefined : parseFormats(values.format);
  } catch (e) {
    if (e instanceof FormatError) usage(e.message);
    throw e;
  }
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
  if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1))
    usage(`--jobs takes a whole number >= 1, not "${values.jobs}"`);
  const { runBatch } = await import('./batch.js');
  if (values.manifest !== undefined && !existsSync(values.manifest))
    usage(`manifest not found: ${values.manifest}`);
  const { readManifest } = await import('./manifest.js');
  const manifest = values.manifest === undefined ? undefined : readManifest(values.manifest);
  const summary = await runBatch({
    manifest,
    inputs,
    out: values.out,
    jobs,
    incremental: values.incremental,
    formats,
    onProgress: tty ? progress(Date.now()) : undefined,
  });
  if (tty) process.stderr.write('\n');
  if (formats?.includes('sqlite') && !values.quiet && !values.json)
    console.log(`wrote ${join(values.out, SQLITE_FILE)}`);
  if (values.json) console.log(JSON.stringify(summary));
  else if (!values.quiet || summary.failed > 0) {
    console.log(
      `documents read: ${summary.documents}, failed: ${summary.failed}, skipped: ${summary.skipped}, unchanged: ${summary.unchanged}, proposals: ${summary.proposals}, seconds: ${summary.seconds} -> ${summary.out}`,
    );
  }
  return summary.failed > 0 ? 1 : 0;
}

async function evaluate(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      gold: { type: 'string', multiple: true },
      pred: { type: 'string', multiple: true },
      'stances-gold': { type: 'string' },
      'stances-pred': { type: 'string', default: 'output/stances.jsonl' },
      verbose: { type: 'boolean', default: false },
      'by-rule': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(help(EVAL));
    return 0;
  }
  const stancesGold = values['stances-gold'];
  if (stancesGold) {
    const pred = values['stances-pred'];
    const [{ readRecords }, { formatStanceScore, scoreStances }] = await Promise.all([
      import('./eval.js'),
      import('./eval-stances.js'),
    ]);
    for (const f of [stancesGold, pred]) if (!existsSync(f)) usage(`file not found: ${f}`);
    const s = scoreStances(readRecords(stancesGold), readRecords(pred));
    if (values.json) {
      const { misses, falsePositives, wrongOwners, ...summary } = s;
      console.log(JSON.stringify(summary, null, 2));
    } else console.log(formatStanceScore(s, values.verbose));
    if (!values.gold) return 0;
  }
  const golds = values.gold ?? [];
  const preds = values.pred ?? ['output/initiatives.jsonl'];
  if (golds.length === 0) usage('eval needs --gold FILE (or --stances-gold FILE)');
  if (golds.length !== preds.length)
    usage(`eval takes one --pred for each --gold (${golds.length} gold, ${preds.length} pred)`);
  const { formatByRule, formatScore, mergeByRule, readRecords, score } = await import('./eval.js');
  for (const f of [...golds, ...preds]) if (!existsSync(f)) usage(`file not found: ${f}`);
  const scores = golds.map((g, i) =>
    score(readRecords<GoldRecord>(g), readRecords<PredRecord>(preds[i] as string)),
  );
  if (values.json) {
    const sets = scores.map(({ misses, wrongProposers, falsePositives, wrongDates, ...summary }, i) => ({
      gold_file: golds[i],
      pred_file: preds[i],
      ...summary,
    }));
    const out = sets.length === 1 ? sets[0] : { sets, byRule: mergeByRule(scores) };
    console.log(JSON.stringify(out, null, 2));
    return 0;
  }
  scores.forEach((s, i) => {
    if (scores.length > 1) console.log(`== ${golds[i]}`);
    console.log(formatScore(s, values.verbose));
  });
  if (values['by-rule']) console.log(`\n${formatByRule(mergeByRule(scores))}`);
  return 0;
}

/** The country x year table of an output folder, in the terminal. */
async function stats(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    process.stdout.write(help(STATS));
    return 0;
  }
  const dir = positionals[0] ?? 'output';
  const summaryPath = join(dir, 'summary.json');
  if (!existsSync(summaryPath))
    usage(`no summary.json in ${dir}: run 'sco-initiatives run --out ${dir}' first`);
  const [{ readRecords }, { countryYearTable, formatMatrix, formatStats }] = await Promise.all([
    import('./eval.js'),
    import('./summary.js'),
  ]);
  const summary = JSON.parse(readFileSync(summaryPath, 'utf8')) as Summary;
  const records = readRecords<InitiativeRecord>(join(dir, 'initiatives.jsonl'));
  console.log(formatStats(summary, countryYearTable(records)));
  // The support matrix of the stances (absent from the summary of a run before stances existed).
  if (summary.support) console.log(`\n${formatMatrix(summary.support)}`);
  return 0;
}

async function report(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    process.stdout.write(help(REPORT));
    return 0;
  }
  const dir = positionals[0] ?? 'output';
  if (!existsSync(join(dir, 'initiatives.jsonl')))
    usage(`no initiatives.jsonl in ${dir}: run 'sco-initiatives run --out ${dir}' first`);
  const { writeReport } = await import('./report/report.js');
  console.log(`wrote ${await writeReport(dir)}`);
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(HELP);
    return command === undefined ? 2 : 0;
  }
  if (command === '--version') {
    console.log(`sco-initiatives ${VERSION}`);
    return 0;
  }
  try {
    if (command === 'run') return await run(rest);
    if (command === 'eval') return await evaluate(rest);
    if (command === 'stats') return await stats(rest);
    if (command === 'report') return await report(rest);
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
