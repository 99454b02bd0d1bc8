import { basename } from 'node:path';
import { z } from 'zod';
import { DocumentSchema } from '../schemas/document.js';
import { EntitySchema } from '../schemas/entity.js';
import { InitiativeSchema, ISO_DATE } from '../schemas/initiative.js';
import { MessageSchema } from '../schemas/message.js';
import { SentenceSchema } from '../schemas/sentence.js';
import { StanceSchema } from '../schemas/stance.js';
import { type RunSummary, RunSummarySchema } from '../schemas/summary.js';
import { FormatSchema } from './formats.js';
import type { Stage } from './stage.js';

export const ExtractOptionsSchema = z.object({
  name: z
    .string()
    .min(1)
    .describe('the document name (a file name) the records cite; text named *.html or *.htm is read as HTML'),
  date: ISO_DATE.optional().describe('the document date when the caller knows it; it outranks the text'),
  url: z
    .url()
    .optional()
    .describe('where the text came from: the url and source of the document row; a date in its path counts'),
});
export type ExtractOptions = z.infer<typeof ExtractOptionsSchema>;

/**
 * One document's records, in the schemas of the output files; offsets are into the text given. A new
 * kind of record joins here as well as in DocResult: parse drops keys this schema does not name.
 */
export const ExtractResultSchema = z.object({
  document: DocumentSchema,
  initiatives: z.array(InitiativeSchema),
  stances: z.array(StanceSchema),
  entities: z.array(EntitySchema),
  sentences: z.array(SentenceSchema),
  messages: z.array(MessageSchema),
});
export type ExtractResult = z.infer<typeof ExtractResultSchema>;

export const RunOptionsSchema = z.object({
  inputs: z.array(z.string().min(1)).min(1).describe('files and folders to read (folders recursively)'),
  out: z.string().min(1).describe('the output folder'),
  jobs: z.number().int().min(1).optional().describe('worker threads; by default from the cores and batch'),
  incremental: z.boolean().optional().describe('reuse the results of documents unchanged since the last run'),
  formats: z.array(FormatSchema).min(1).optional().describe('what to write; default jsonl and csv'),
  manifest: z
    .string()
    .optional()
    .describe('path of a manifest (CSV or JSONL: file, url, date, title, source) of the inputs'),
});
export type RunOptions = z.infer<typeof RunOptionsSchema>;

// The stages load wink-nlp's model and chrono: only when the first text is extracted, not on import.
let stages: Promise<Stage[]> | undefined;

/**
 * Extracts the records of one text, as a run over one file named `name` would write them (initiative
 * records linked within the text). A text the pipeline cannot process (an empty one, say) is no
 * exception: its document has `status: 'error'` and the reason, and an error message says so.
 * Options that break the schema throw a ZodError.
 */
export async function extract(text: string, options: ExtractOptions): Promise<ExtractResult> {
  const { name, date, url } = ExtractOptionsSchema.parse(options);
  if (typeof text !== 'string') throw new TypeError('extract: text must be a string');
  const [{ processText, buildStages, failed }, { link }] = await Promise.all([
    import('./run.js'),
    import('./link/link.js'),
  ]);
  stages ??= Promise.resolve(buildStages());
  const given = { ...(date ? { date } : {}), ...(url ? { url } : {}) };
  // As a run reads a file: an empty one is a failed document.
  const result =
    text.trim() === ''
      ? failed(name, basename(name), 'empty file (no text)')
      : processText(await stages, name, text, name, given);
  const ids = link(result.initiatives);
  for (const r of result.initiatives) r.canonical_id = ids.get(r.id) ?? null;
  for (const s of result.stances)
    s.canonical_id = s.initiative_id ? (ids.get(s.initiative_id) ?? null) : null;
  return ExtractResultSchema.parse(result);
}

/**
 * Reads, processes and writes a batch, as `sco-initiatives run` does, and returns the summary the CLI
 * prints with `--json`. Bad documents do not throw (they count as `failed`); missing inputs and
 * invalid options do.
 */
export async function run(options: RunOptions): Promise<RunSummary> {
  const { manifest, ...batch } = RunOptionsSchema.parse(options);
  // A manifest that cannot be read is a configuration error, raised before any document is read.
  const { readManifest } = await import('./manifest.js');
  const entries = manifest === undefined ? undefined : readManifest(manifest);
  const { runBatch } = await import('./batch.js');
  return RunSummarySchema.parse(await runBatch({ ...batch, manifest: entries }));
}
