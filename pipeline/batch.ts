import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join, relative, resolve } from 'node:path';
import pLimit from 'p-limit';
import type { Message } from '../schemas/message.js';
import { decode } from './decode.js';
import { buildStages, type DocResult, failed, processText } from './run.js';
import { writeAtomic } from './writers/atomic.js';
import { toCsv } from './writers/csv.js';
import { toJsonl } from './writers/jsonl.js';

export const SUPPORTED = new Set(['.txt', '.md', '.markdown', '.html', '.htm']);
const MAX_BYTES = 64 * 1024 * 1024;

export interface BatchOptions {
  inputs: string[];
  out: string;
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

interface InputFile {
  path: string;
  display: string;
}

/** Every supported file under the inputs, sorted by path; unsupported ones become messages. */
export async function listInputs(inputs: string[], messages: Message[]): Promise<InputFile[]> {
  const files: InputFile[] = [];
  const walk = async (path: string, root: string): Promise<void> => {
    const info = await stat(path);
    if (info.isDirectory()) {
      const entries = await readdir(path);
      for (const e of entries.sort()) {
        if (!e.startsWith('.')) await walk(join(path, e), root);
      }
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

async function processFile(file: InputFile, stages: ReturnType<typeof buildStages>): Promise<DocResult> {
  const name = basename(file.path);
  let bytes: Buffer;
  try {
    const info = await stat(file.path);
    if (info.size > MAX_BYTES)
      return failed(file.display, name, `file too large (${info.size} bytes; limit ${MAX_BYTES})`);
    bytes = await readFile(file.path);
  } catch (e) {
    return failed(file.display, name, `cannot read: ${e instanceof Error ? e.message : String(e)}`);
  }
  const decoded = decode(bytes);
  if ('error' in decoded) return failed(file.display, name, decoded.error);
  if (decoded.text.trim() === '') return failed(file.display, name, 'empty file (no text)');
  return processText(stages, file.path, decoded.text, file.display);
}

export const INITIATIVE_COLUMNS = [
  'id',
  'document',
  'proposers',
  'proposer_names',
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
  'words',
  'sentences',
  'proposals',
  'status',
  'error',
] as const;

/** Reads, processes and writes a whole batch; outputs are written atomically in path order. */
export async function runBatch(options: BatchOptions): Promise<BatchSummary> {
  const t0 = performance.now();
  const stages = buildStages();
  const messages: Message[] = [];
  const files = await listInputs(options.inputs, messages);
  const limit = pLimit(4);
  let done = 0;
  const results = await Promise.all(
    files.map((f) =>
      limit(async () => {
        const r = await processFile(f, stages);
        done++;
        options.onProgress?.(done, files.length);
        return r;
      }),
    ),
  );
  await mkdir(options.out, { recursive: true });
  const initiatives = results.flatMap((r) => r.initiatives);
  const documents = results.map((r) => r.document);
  const allMessages = [...messages, ...results.flatMap((r) => r.messages)];
  const out = options.out;
  await writeAtomic(join(out, 'initiatives.jsonl'), toJsonl(initiatives));
  await writeAtomic(join(out, 'initiatives.csv'), await toCsv(initiatives, INITIATIVE_COLUMNS));
  await writeAtomic(join(out, 'documents.jsonl'), toJsonl(documents));
  await writeAtomic(join(out, 'documents.csv'), await toCsv(documents, DOCUMENT_COLUMNS));
  await writeAtomic(join(out, 'sentences.jsonl'), toJsonl(results.flatMap((r) => r.sentences)));
  await writeAtomic(join(out, 'messages.jsonl'), toJsonl(allMessages));
  return {
    documents: files.length,
    failed: documents.filter((d) => d.status === 'error').length,
    skipped: messages.filter((m) => m.rule === 'unsupported-type').length,
    proposals: initiatives.length,
    seconds: Math.round((performance.now() - t0) / 10) / 100,
    out,
  };
}
