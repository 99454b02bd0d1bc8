import { z } from 'zod';

/** One distinct initiative: every record that proposes the same thing, linked across documents. */
export const CanonicalSchema = z.object({
  canonical_id: z
    .string()
    .regex(/^[0-9a-f]{12}$/)
    .describe('id of the linked initiative; also on every initiative record'),
  label: z.string().describe('a short name: the shortest initiative text of the group'),
  proposers: z.array(z.string()).describe('alpha-3 codes of the owners, sorted'),
  themes: z.array(z.string()).describe('section headings the records stand under'),
  first_date: z.string().nullable().describe('earliest date a record gives (ISO, any precision)'),
  last_date: z.string().nullable().describe('latest date a record gives'),
  first_year: z.number().int().nullable(),
  documents: z.array(z.string()).describe('documents that mention it, sorted'),
  record_ids: z.array(z.string()).describe('ids of the initiative records it groups'),
  mentions: z.number().int().positive().describe('number of records'),
  key_terms: z.array(z.string()).describe('the normalised terms the records were linked by'),
});
export type CanonicalRecord = z.infer<typeof CanonicalSchema>;
