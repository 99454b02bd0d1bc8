import { writeToString } from 'fast-csv';
import type { InitiativeRecord } from '../../schemas/initiative.js';
import type { DocResult } from '../run.js';
import { neutralise } from './csv.js';
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
  failed: boolean;
}

const CSV_OPTIONS = { rowDelimiter: '\r\n', includeEndRowDelimiter: true } as const;

/** RFC 4180 rows with spreadsheet-safe cells (see neutralise). */
export async function csvRows(
  rows: readonly Record<string, unknown>[],
  columns: readonly string[],
): Promise<string> {
  if (rows.length === 0) return '';
  return writeToString(
    rows.map((r) => columns.map((c) => neutralise(r[c]))),
    CSV_OPTIONS,
  );
}

export const csvHeader = (columns: readonly string[]): Promise<string> =>
  writeToString([[...columns]], CSV_OPTIONS);

/** Serialises one document's results where they were computed, so only strings cross threads. */
export async function serialise(r: DocResult): Promise<Serialised> {
  return {
    chunks: {
      'documents.jsonl': toJsonl([r.document]),
      'documents.csv': await csvRows([r.document], DOCUMENT_COLUMNS),
      'entities.jsonl': toJsonl(r.entities),
      'entities.csv': await csvRows(r.entities, ENTITY_COLUMNS),
      'sentences.jsonl': toJsonl(r.sentences),
      'messages.jsonl': toJsonl(r.messages),
    },
    initiatives: r.initiatives,
    failed: r.document.status === 'error',
  };
}
