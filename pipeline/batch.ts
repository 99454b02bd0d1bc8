import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pLimit from 'p-limit';
import { Piscina } from 'piscina';
import { CanonicalSchema } from '../schemas/canonical.js';
import type { InitiativeRecord } from '../schemas/initiative.js';
import type { Message } from '../schemas/message.js';
import type { StanceRecord } from '../schemas/stance.js';
import { CountryYearSchema, type RunSummary } from '../schemas/summary.js';
import { DEFAULT_FORMATS, type Format, formatOf, SQLITE_FILE } from './formats.js';
import { canonicalRecords, link } from './link/link.js';
import { lookup, type Manifest } from './manifest.js';
import type { InputFile } from './read.js';
import { countryYearTable, summarise } from './summary.js';
import { VERSION } from './version.js';
import { dataPackage } from './writers/datapackage.js';
import { toJsonl } from './writers/jsonl.js';
import {
  CANONICAL_COLUMNS,
  COUNTRY_YEAR_COLUMNS,
  csvHeader,
  csvRows,
  DOCUMENT_COLUMNS,
  ENTITY_COLUMNS,
  INITIATIVE_COLUMNS,
  OUTPUTS,
  type Received,
  STANCE_COLUMNS,
  serialise,
  unpack,
} from './writers/serialise.js';
import { OutputSink } from './writers/sink.js';

export const SUPPORTED = new Set(['.txt', '.md', '.markdown', '.html', '.htm', '.pdf']);

export interface BatchOptions {
  inputs: string[];
  out: string;
  /** worker threads; 1 processes in the main thread */
  jobs?: number;
  /** reuse the results of documents whose bytes have not changed since the last run into `out` */
  incremental?: boolean;
  /** what to write (default jsonl and csv); summary.json is always written */
  formats?: readonly Format[];
  onProgress?: (done: number, total: number) => void;
  /** what a manifest says of the files (`run --manifest`), by path or name */
  manifest?: Manifest;
}

export type BatchSummary = RunSummary;

/** Every supported file under the inputs, sorted by path; unsupported ones become messages. */
export async function listInputs(inputs: string[], messages: Message[]): Promise<InputFile[]> {
  const files: InputFile[] = [];
  const walk = async (path: string, root: string): Promise<void> => {
    const info = await stat(path);
    if (info.isDirectory()) {
      for (const e of (await readdir(path)).sort()) if (!e.startsWith('.')) await walk(join(path, e), root);
      return;
    }
    const display = relative(root, path) || basename(path);
    if (!SUPPORTED.has(extname(path).toLowerCase())) {
      messages.push({
        document: display,
        stage: 'ingest',
        rule: 'unsupported-type',
        severity: 'info',
        reason: `skipped ${display}: unsupported file type "${extname(path) || '(none)'}"`,
      });
      return;
    }
    files.push({ path, display });
  };
  for (const input of inputs) {
    const abs = resolve(input);
    const info = await stat(abs);
    await walk(abs, info.isDirectory() ? abs : resolve(abs, '..'));
  }
  return files.sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
}

/** Each file gets its manifest entry, if it has one. */
function withManifest(files: InputFile[], manifest: Manifest | undefined): InputFile[] {
  if (!manifest) return files;
  return files.map((f) => {
    const given = lookup(manifest, f.display);
    return given ? { ...f, given } : f;
  });
}

const WORKER = fileURLToPath(new URL('./worker.js', import.meta.url));

/** A processor for one file: a pool of worker threads, or the main thread. */
/** Processes one file, in a worker or in this thread. */
interface Processor {
  run: (f: InputFile) => Promise<Received>;
  close: () => Promise<void>;
}

/**
 * Each worker's heap is capped, which bounds what a runaway document can take of the machine. The cap
 * is not lower because V8 sizes its heap growth by it: under 2 GB it collects the old generation
 * far more often, on the helper threads the other worker needs (measured on 1,000 documents: 512 MB
 * and 1 GB took 9 s of helper CPU, 2 GB 6 s, as one thread does; peak RSS 0.6 -> 0.7 GB). The young
 * generation is set, not derived from the cap: V8 would make it small, and a document's short-lived
 * strings and tokens would then be copied and promoted many times over.
 */
const WORKER_HEAP_MB = 2048;
const WORKER_YOUNG_MB = 96;
function processor(jobs: number): Processor {
  if (jobs > 1 && existsSync(WORKER)) {
    const pool = new Piscina({
      filename: WORKER,
      maxThreads: jobs,
      minThreads: jobs,
      // A worker holds its next document while it works, so it never waits on the main thread.
      concurrentTasksPerWorker: 2,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
    });
    const attempt = async (f: InputFile) => unpack((await pool.run(f)) as Uint8Array);
    return {
      async run(f) {
        try {
          return await attempt(f);
        } catch {
          // A worker that dies (out of memory, say) takes the other document it held with it: each
          // gets one more try in a fresh worker, and a second failure fails only that document.
          try {
            return await attempt(f);
          } catch (e) {
            const { failed } = await import('./run.js');
            const reason = `worker failed: ${e instanceof Error ? e.message : String(e)}`;
            return serialise(failed(f.display, basename(f.path), reason));
          }
        }
      },
      close: () => pool.destroy(),
    };
  }
  // The stages (and wink's model) are loaded only when documents are processed in this thread.
  const loaded = Promise.all([import('./run.js'), import('./read.js')]).then(([run, read]) => ({
    stages: run.buildStages(),
    processFile: read.processFile,
  }));
  return {
    run: async (f) => {
      const { stages, processFile } = await loaded;
      const result = serialise(await processFile(f, stages));
      // The records are kept to the end of the run: as copies, like a worker's, not as slices that
      // would keep every document's whole text alive. The output texts are fresh strings already.
      return {
        ...result,
        initiatives: JSON.parse(JSON.stringify(result.initiatives)),
        stances: JSON.parse(JSON.stringify(result.stances)),
      };
    },
    close: async () => {},
  };
}

/**
 * --incremental: each document's serialised results are kept in OUT/.cache under a hash of its
 * bytes, its path and the tool's version. An unchanged document is not processed again; a deleted
 * one is simply not written; the outputs are the same as a full run's.
 */
function cached(proc: Processor, out: string, onHit: () => void): Processor {
  const dir = join(out, '.cache');
  const used = new Set<string>();
  return {
    async run(f) {
      let key: string;
      try {
        key = createHash('sha256')
          .update(VERSION)
          .update(f.display)
          .update(JSON.stringify(f.given ?? null))
          .update(await readFile(f.path))
          .digest('hex')
          .slice(0, 32);
      } catch {
        return proc.run(f); // unreadable: the processor reports it
      }
      used.add(`${key}.json`);
      const path = join(dir, `${key}.json`);
      try {
        const hit = JSON.parse(await readFile(path, 'utf8')) as Received;
        onHit();
        return hit;
      } catch {
        const result = await proc.run(f);
        await mkdir(dir, { recursive: true });
        const chunks = Object.fromEntries(
          Object.entries(result.chunks).map(([k, v]) => [
            k,
            typeof v === 'string' ? v : Buffer.from(v).toString('utf8'),
          ]),
        );
        await writeFile(`${path}.tmp`, JSON.stringify({ ...result, chunks }));
        await rename(`${path}.tmp`, path);
        return result;
      }
    },
    async close() {
      await proc.close();
      // Results of documents that are gone or changed are dropped from the cache.
      for (const f of existsSync(dir) ? await readdir(dir) : [])
        if (!used.has(f)) await rm(join(dir, f), { force: true });
    },
  };
}

/** The outputs written at the end, from the whole batch. */
const LINKED_OUTPUTS = [
  'initiatives.jsonl',
  'initiatives.csv',
  'initiatives_canonical.jsonl',
  'initiatives_canonical.csv',
  'stances.jsonl',
  'stances.csv',
  'summary.json',
  'summary_by_country_year.csv',
  'datapackage.json',
] as const;

/**
 * The outputs that need the whole batch: initiative records with their canonical_id, the linked
 * initiatives, the summaries and the data package.
 */
async function writeLinked(
  sink: OutputSink,
  wanted: (file: string) => boolean,
  records: InitiativeRecord[],
  stances: StanceRecord[],
  documents: { total: number; failed: number },
) {
  const ids = link(records);
  for (const r of records) r.canonical_id = ids.get(r.id) ?? null;
  for (const s of stances) s.canonical_id = s.initiative_id ? (ids.get(s.initiative_id) ?? null) : null;
  const canonical = canonicalRecords(records).map((c) => CanonicalSchema.parse(c));
  const rows = countryYearTable(records).map((r) => CountryYearSchema.parse(r));
  const files: [(typeof LINKED_OUTPUTS)[number], string][] = [
    ['initiatives.jsonl', toJsonl(records)],
    ['initiatives.csv', csvHeader(INITIATIVE_COLUMNS) + csvRows(records, INITIATIVE_COLUMNS)],
    ['initiatives_canonical.jsonl', toJsonl(canonical)],
    ['initiatives_canonical.csv', csvHeader(CANONICAL_COLUMNS) + csvRows(canonical, CANONICAL_COLUMNS)],
    ['stances.jsonl', toJsonl(stances)],
    ['stances.csv', csvHeader(STANCE_COLUMNS) + csvRows(stances, STANCE_COLUMNS)],
    [
      'summary.json',
      `${JSON.stringify(summarise(records, canonical, documents, VERSION, stances), null, 2)}\n`,
    ],
    ['summary_by_country_year.csv', csvHeader(COUNTRY_YEAR_COLUMNS) + csvRows(rows, COUNTRY_YEAR_COLUMNS)],
    [
      'datapackage.json',
      `${JSON.stringify(
        dataPackage(
          {
            initiatives: INITIATIVE_COLUMNS,
            initiatives_canonical: CANONICAL_COLUMNS,
            stances: STANCE_COLUMNS,
            documents: DOCUMENT_COLUMNS,
            entities: ENTITY_COLUMNS,
            summary_by_country_year: COUNTRY_YEAR_COLUMNS,
          },
          VERSION,
        ),
        null,
        2,
      )}\n`,
    ],
  ];
  for (const [name, text] of files) {
    if (!wanted(name)) continue;
    sink.open(name);
    await sink.append(name, text);
  }
}

/**
 * Removes the outputs of the formats this run did not write (the JSONL the database was built from, or
 * the files of an earlier run with other formats), so the folder never holds stale results beside
 * fresh ones. Only this tool's own file names are touched.
 */
async function removeOthers(out: string, formats: ReadonlySet<Format>): Promise<void> {
  for (const file of [...Object.keys(OUTPUTS), ...LINKED_OUTPUTS, SQLITE_FILE]) {
    const format = formatOf(file);
    if (format !== null && !formats.has(format)) await rm(join(out, file), { force: true });
  }
}

/**
 * Reads, processes and writes a whole batch. Results are written in path order as soon as every
 * earlier file is done, so memory holds only the documents in flight, not the corpus.
 */
export async function runBatch(options: BatchOptions): Promise<BatchSummary> {
  const t0 = performance.now();
  const messages: Message[] = [];
  const files = withManifest(await listInputs(options.inputs, messages), options.manifest);
  // Starting a worker costs about a second (each loads the models): small batches stay in one thread.
  const jobs = Math.max(1, options.jobs ?? Math.min(availableParallelism(), Math.floor(files.length / 10)));
  const formats = new Set(options.formats ?? DEFAULT_FORMATS);
  // The database is built from the JSONL files, which are removed afterwards unless jsonl was asked for.
  const written = (file: string) => {
    const format = formatOf(file);
    return format === null || formats.has(format) || (format === 'jsonl' && formats.has('sqlite'));
  };
  await mkdir(options.out, { recursive: true });
  await OutputSink.sweep(options.out);
  const sink = new OutputSink(options.out);
  for (const [name, columns] of Object.entries(OUTPUTS))
    if (written(name)) sink.open(name, columns ? csvHeader(columns) : '');
  if (written('messages.jsonl')) await sink.append('messages.jsonl', toJsonl(messages));

  const summary = {
    documents: files.length,
    failed: 0,
    skipped: messages.length,
    unchanged: 0,
    proposals: 0,
  };
  const pending = new Map<number, Received>();
  const initiatives: InitiativeRecord[] = [];
  const stances: StanceRecord[] = [];
  let next = 0;
  let done = 0;
  let writing = Promise.resolve();
  const flush = async () => {
    for (let r = pending.get(next); r !== undefined; r = pending.get(next)) {
      pending.delete(next++);
      for (const [name, text] of Object.entries(r.chunks)) if (written(name)) await sink.append(name, text);
      initiatives.push(...r.initiatives);
      stances.push(...(r.stances ?? []));
      if (r.failed) summary.failed++;
    }
  };
  const processing = processor(jobs);
  const proc = options.incremental ? cached(processing, options.out, () => summary.unchanged++) : processing;
  let closed: Promise<void> | undefined;
  const close = () => {
    closed ??= proc.close();
    return closed;
  };
  // Documents in flight, bounding memory; enough that a slow document does not idle the workers.
  const window = pLimit(jobs * 16);
  try {
    await Promise.all(
      files.map((f, i) =>
        window(async () => {
          pending.set(i, await proc.run(f));
          writing = writing.then(flush);
          await writing;
          options.onProgress?.(++done, files.length);
        }),
      ),
    );
    await writing;
    // The workers' heaps are given back before linking builds its outputs, so the two peaks of
    // memory do not add up.
    await close();
    summary.proposals = initiatives.length;
    await writeLinked(sink, written, initiatives, stances, { total: files.length, failed: summary.failed });
    await sink.commit();
    if (formats.has('sqlite')) {
      const { writeSqlite } = await import('./writers/sqlite.js');
      writeSqlite(options.out);
    }
    await removeOthers(options.out, formats);
  } catch (e) {
    await sink.abort();
    throw e;
  } finally {
    await close();
  }
  return { ...summary, seconds: Math.round((performance.now() - t0) / 10) / 100, out: options.out };
}
