import { z } from 'zod';

export const ALPHA3 = z.string().regex(/^[A-Z]{3}$/, 'ISO 3166-1 alpha-3 code');
export const ISO_DATE = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD');

/** The evidence sentence of a record, as every record that cites one gives it. */
export const SENTENCE_EVIDENCE = {
  sentence: z.string().min(1).describe('the evidence sentence, whitespace collapsed'),
  sentence_index: z.number().int().nonnegative(),
  sentence_start: z
    .number()
    .int()
    .nonnegative()
    .describe('raw offset: raw.slice(start, end) is the sentence'),
  sentence_end: z.number().int().nonnegative(),
};

export const SCO_RESPONSES = ['noted', 'welcomed', 'supported', 'praised', 'endorsed', 'approved'] as const;

export const InitiativeSchema = z
  .object({
    id: z
      .string()
      .regex(/^[0-9a-f]{16}$/)
      .describe('stable id: hash of document id, sentence span and initiative span'),
    document: z.string().min(1).describe('file name of the source document'),
    document_id: z.string().describe('hash of the raw bytes of the source document'),
    proposers: z.array(ALPHA3).min(1).describe('ISO 3166-1 alpha-3 codes of the proposing countries, sorted'),
    proposer_names: z.array(z.string()).describe('canonical English short names of the proposers'),
    proposer_status: z
      .array(z.enum(['member', 'observer', 'dialogue_partner', 'guest', 'none']))
      .describe('SCO status of each proposer on the proposal date (the document date when undated)'),
    person: z.string().nullable().describe('the named person who put it forward, as the text names them'),
    initiative: z.string().min(1).describe('concise span of what was proposed, starting at the action'),
    initiative_start: z.number().int().nonnegative().describe('raw offset where the initiative span starts'),
    initiative_end: z.number().int().nonnegative(),
    cue: z.string().describe('the cue words that signal the proposal'),
    cue_start: z.number().int().nonnegative(),
    cue_end: z.number().int().nonnegative(),
    sco_response: z.enum(SCO_RESPONSES).nullable().describe('how the SCO or its member states answered'),
    date: ISO_DATE.nullable().describe('when it was proposed, with the precision known'),
    date_source: z.enum(['sentence', 'paragraph', 'document']).nullable(),
    theme: z.string().nullable().describe('the section heading the sentence stands under'),
    ...SENTENCE_EVIDENCE,
    rule: z.string().describe('id of the rule that produced the record'),
    confidence: z.number().min(0).max(1),
    canonical_id: z
      .string()
      .regex(/^[0-9a-f]{12}$/)
      .nullable()
      .describe(
        'the linked initiative this record belongs to (see initiatives_canonical); set when the batch is written',
      ),
  })
  .refine((r) => r.sentence_start < r.sentence_end, { message: 'sentence span is empty' });
export type InitiativeRecord = z.infer<typeof InitiativeSchema>;
