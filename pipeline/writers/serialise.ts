import type { InitiativeRecord } from '../../schemas/initiative.js';
import type { StanceRecord } from '../../schemas/stance.js';
import type { DocResult } from '../run.js';
import { csvLines, neutralise } from './csv.js';
import { toJsonl } from './jsonl.js';

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
  'date_precision',
  'date_from',
  'date_evidence',
  'date_evidence_start',
  'date_evidence_end',
  'url',
  'source',
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

export const CANONICAL_COLUMNS = [
  'canonical_id',
  'label',
  'proposers',
  'themes',
  'first_date',
  'last_date',
  'first_year',
  'documents',
  'record_ids',
  'mentions',
  'key_terms',
] as const;
export const STANCE_COLUMNS = [
  'id',
  'document',
  'initiative_id',
  'canonical_id',
  'initiative',
  'owners',
  'actor',
  'actor_type',
  'stance',
  'inferred',
  'cue',
  'cue_start',
  'cue_end',
  'sentence',
  'sentence_index',
  'sentence_start',
  'sentence_end',
  'date',
  'rule',
  'confidence',
] as const;
export const COUNTRY_YEAR_COLUMNS = ['country', 'name', 'year', 'theme', 'distinct', 'total'] as const;

/** The outputs streamed document by document, with the columns of the CSV ones. */
export const OUTPUTS = {
  'documents.jsonl': null,
  'documents.csv': DOCUMENT_COLUMNS,
  'entities.jsonl': null,
  'entities.csv': ENTITY_COLUMNS,
  'sentences.jsonl': null,
  'messages.jsonl': null,
} as const;
export type OutputName = keyof typeof OUTPUTS;

/**
 * What a worker sends back for one document: the text of every streamed output, and the initiative
 * records themselves, which are linked across documents before they are written.
 */
export interface Serialised {
  chunks: Record<OutputName, string>;
  initiatives: InitiativeRecord[];
  stances: StanceRecord[];
  failed: boolean;
}

/** RFC 4180 rows with spreadsheet-safe cells (see neutralise). */
export function csvRows(rows: readonly Record<string, unknown>[], columns: readonly string[]): string {
  return csvLines(rows.map((r) => columns.map((c) => neutralise(r[c]))));
}

export const csvHeader = (columns: readonly string[]): string => csvLines([columns]);

/** Serialises one document's results where they were computed, so only strings cross threads. */
export function serialise(r: DocResult): Serialised {
  return {
    chunks: {
      'documents.jsonl': toJsonl([r.document]),
      'documents.csv': csvRows([r.document], DOCUMENT_COLUMNS),
      'entities.jsonl': toJsonl(r.entities),
      'entities.csv': csvRows(r.entities, ENTITY_COLUMNS),
      'sentences.jsonl': toJsonl(r.sentences),
      'messages.jsonl': toJsonl(r.messages),
    },
    initiatives: r.initiatives,
    stances: r.stances,
    failed: r.document.status === 'error',
  };
}

/**
 * A worker's result as one byte buffer, so it crosses to the main thread by transfer, not by copy,
 * and is written as it is: a JSON header line (initiative records, failure, byte ranges), then the
 * UTF-8 text of every output.
 */
export function pack(s: Serialised): Uint8Array {
  const encoder = new TextEncoder();
  const places = ranges(Object.entries(s.chunks));
  const header = encoder.encode(
    `${JSON.stringify({ initiatives: s.initiatives, stances: s.stances, failed: s.failed, ranges: places })}\n`,
  );
  // One allocation, sized from the ranges, each text encoded straight into it.
  const out = new Uint8Array(header.length + (places[places.length - 1]?.[2] ?? 0));
  out.set(header, 0);
  let offset = header.length;
  for (const text of Object.values(s.chunks))
    offset += encoder.encodeInto(text, out.subarray(offset)).written;
  return out;
}

/** Where each output's bytes lie in the body. */
function ranges(chunks: [string, string][]): [string, number, number][] {
  let at = 0;
  return chunks.map(([name, text]) => {
    const bytes = Buffer.byteLength(text);
    at += bytes;
    return [name, at - bytes, at];
  });
}

/** What the main thread writes: the text of every output (as bytes or a string) and the records. */
export interface Received {
  chunks: Record<string, string | Uint8Array>;
  initiatives: InitiativeRecord[];
  stances: StanceRecord[];
  failed: boolean;
}

export function unpack(buffer: Uint8Array): Received {
  const newline = buffer.indexOf(10);
  const header = JSON.parse(new TextDecoder().decode(buffer.subarray(0, newline))) as {
    initiatives: InitiativeRecord[];
    stances: StanceRecord[];
    failed: boolean;
    ranges: [string, number, number][];
  };
  const body = buffer.subarray(newline + 1);
  const chunks: Record<string, Uint8Array> = {};
  for (const [name, from, to] of header.ranges) chunks[name] = body.subarray(from, to);
  return { chunks, initiatives: header.initiatives, stances: header.stances ?? [], failed: header.failed };
}
