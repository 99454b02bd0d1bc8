import { z } from 'zod';
import { ALPHA3, ISO_DATE, SENTENCE_EVIDENCE } from './initiative.js';

export const STANCES = [
  'support',
  'welcome',
  'note',
  'endorse',
  'approve',
  'praise',
  'oppose',
  'reservation',
  'not_joined',
] as const;
export type StanceType = (typeof STANCES)[number];

/** One actor's stance on one initiative, as one sentence states it (or, for `not_joined`, implies it). */
export const StanceSchema = z
  .object({
    id: z
      .string()
      .regex(/^[0-9a-f]{16}$/)
      .describe('stable id: hash of document id, sentence span, initiative span, actor and stance'),
    document: z.string().min(1).describe('file name of the source document'),
    initiative_id: z
      .string()
      .regex(/^[0-9a-f]{16}$/)
      .nullable()
      .describe('id of the initiatives record the stance is about, when the initiative is one'),
    canonical_id: z
      .string()
      .regex(/^[0-9a-f]{12}$/)
      .nullable()
      .describe("the linked initiative (the record's canonical_id); set when the batch is written"),
    initiative: z.string().min(1).describe('the initiative as the stance sentence names it'),
    owners: z
      .array(ALPHA3)
      .describe("alpha-3 codes of the initiative's proposers, sorted (empty when unknown)"),
    actor: z
      .string()
      .regex(/^[A-Z][A-Za-z0-9-]{1,15}$/)
      .describe(
        'alpha-3 code of a country, or an organisation id (SCO for the member states together, UN, ...)',
      ),
    actor_type: z.enum(['country', 'organisation']).describe('what the actor code names'),
    stance: z.enum(STANCES),
    inferred: z
      .boolean()
      .describe(
        'true only for not_joined: an SCO member on the date left out of an explicit list of backers',
      ),
    cue: z.string().describe('the stance words (for not_joined, those of the list it is missing from)'),
    cue_start: z.number().int().nonnegative().describe('raw offset of the cue'),
    cue_end: z.number().int().nonnegative(),
    ...SENTENCE_EVIDENCE,
    date: ISO_DATE.nullable().describe('the document date (when the stance was stated)'),
    rule: z.string().describe('id of the construction that produced the row'),
    confidence: z.number().min(0).max(1),
  })
  .refine((r) => r.sentence_start < r.sentence_end, { message: 'sentence span is empty' })
  .refine((r) => r.inferred === (r.stance === 'not_joined'), {
    message: 'only not_joined rows are inferred',
  });
export type StanceRecord = z.infer<typeof StanceSchema>;
