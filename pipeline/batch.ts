import { existsSync } from 'node:fs';
import { mkdir, readdir, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pLimit from 'p-limit';
import { Piscina } from 'piscina';
import type { Message } from '../schemas/message.js';
import { type InputFile, processFile } from './read.js';
import { buildStages, type DocResult } from './run.js';
import { OutputSink } from './writers/sink.js';

export const SUPPORTED = new Set(['.txt', '.md', '.markdown', '.html', '.htm']);

export interface BatchOptions {
  inputs: string[];
  out: string;
  /** worker threads; 1 processes in the main thread */
  jobs?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface BatchSummary {
  documents: number;
  failed: number;
  skipped: number;
  proposals: number;
  seconds: number;
  out: string;
}

export const INITIATIVE_COLUMNS = [
  'id',
  'document',
  'proposers',
  'proposer_names',
  'proposer_status',
  'person',
  'initiative',
  'cue',
  'sco_response',
  'date',
  'date_source',
  'theme',
  'sentence',
  'sentence_index',
  'sentence_start',
  'sentence_end',
  'initiative_start',
  'initiative_end',
  'cue_start',
  'cue_end',
  'rule',
  'confidence',
  'document_id',
] as const;
export const DOCUMENT_COLUMNS = [
  'file',
  'document',
  'id',
  'title',
  'date',
  'date_evidence',
  'genre',
  'meeting',
  'location',
  'participants',
  'participant_countries',
  'words',
  'sentences',
  'proposals',
  'status',
  'error',
] as const;
export const ENTITY_COLUMNS = [
  'document',
  'sentence_index',
  'type',
  'text',
  'value',
  'name',
  'country',
  'role',
  'via',
  'start',
  'end',
] as const;

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

const WORKER = fileURLToPath(new URL('./worker.js', import.meta.url));

/** A processor for one file: a pool of worker threads, or the main thread. */
function processor(jobs: number): { run: (f: InputFile) => Promise<DocResult>; close: () => Promise<void> } {
  if (jobs > 1 && existsSync(WORKER)) {
    const pool = new Piscina({ filename: WORKER, maxThreads: jobs, minThreads: jobs });
    return { run: (f) => pool.run(f) as Promise<DocResult>, close: () => pool.destroy() };
  }
  const stages = buildStages();
  return { run: (f) => processFile(f, stages), close: async () => {} };
}

/**
 * Reads, processes and writes a whole batch. Results are written in path order as soon as every
 * earlier file is done, so memory holds only the documents in flight, not the corpus.
 */
export async function runBatch(options: BatchOptions): Promise<BatchSummary> {
  const t0 = performance.now();
  const messages: Message[] = [];
  const files = await listInputs(options.inputs, messages);
  // Starting a worker costs about a second (each loads the models): small batches stay in one thread.
  const jobs = Math.max(1, options.jobs ?? Math.min(availableParallelism(), Math.floor(files.length / 10)));
  await mkdir(options.out, { recursive: true });
  const sink = new OutputSink(options.out);
  sink.jsonl('initiatives.jsonl');
  sink.csv('initiatives.csv', INITIATIVE_COLUMNS);
  sink.jsonl('documents.jsonl');
  sink.csv('documents.csv', DOCUMENT_COLUMNS);
  sink.jsonl('sentences.jsonl');
  sink.jsonl('entities.jsonl');
  sink.csv('entities.csv', ENTITY_COLUMNS);
  sink.jsonl('messages.jsonl');
  sink.write('messages.jsonl', messages);

  const summary = { documents: files.length, failed: 0, skipped: messages.length, proposals: 0 };
  const pending = new Map<number, DocResult>();
  let next = 0;
  let done = 0;
  const flush = () => {
    for (let r = pending.get(next); r !== undefined; r = pending.get(next)) {
      pending.delete(next++);
      sink.write('initiatives.jsonl', r.initiatives);
      sink.write('initiatives.csv', r.initiatives);
      sink.write('documents.jsonl', [r.document]);
      sink.write('documents.csv', [r.document]);
      sink.write('sentences.jsonl', r.sentences);
      sink.write('entities.jsonl', r.entities);
      sink.write('entities.csv', r.entities);
      sink.write('messages.jsonl', r.messages);
      summary.proposals += r.initiatives.length;
      if (r.document.status === 'error') summary.failed++;
    }
  };
  const proc = processor(jobs);
  const window = pLimit(jobs * 4); // documents in flight, bounding memory
  try {
    await Promise.all(
      files.map((f, i) =>
        window(async () => {
          pending.set(i, await proc.run(f));
          flush();
          options.onProgress?.(++done, files.length);
        }),
      ),
    );
    await sink.commit();
  } catch (e) {
    await sink.abort();
    throw e;
  } finally {
    await proc.close();
  }
  return { ...summary, seconds: Math.round((performance.now() - t0) / 10) / 100, out: options.out };
}
