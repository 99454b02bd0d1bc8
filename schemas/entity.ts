import { z } from 'zod';

export const ENTITY_TYPES = [
  'country',
  'person',
  'role',
  'organisation',
  'place',
  'document',
  'date',
  'money',
  'percent',
] as const;

export const EntitySchema = z.object({
  document: z.string().describe('file name of the source document'),
  sentence_index: z
    .number()
    .int()
    .nonnegative()
    .nullable()
    .describe('index of the sentence in sentences.jsonl'),
  type: z.enum(ENTITY_TYPES),
  text: z.string().describe('the mention as it stands in the text'),
  value: z
    .string()
    .describe(
      'normalised value: alpha-3 code (country, place), canonical name (person, organisation, document), ISO date or interval (date), amount with currency (money), number with % (percent)',
    ),
  name: z.string().nullable().describe('canonical name: country short name, person, organisation'),
  country: z.string().nullable().describe('alpha-3 code of the country the mention names or belongs to'),
  role: z.string().nullable().describe('role of a person or role reference ("Foreign Minister")'),
  via: z.string().describe('how it was recognised'),
  start: z.number().int().nonnegative().describe('raw offset'),
  end: z.number().int().nonnegative().describe('raw offset, exclusive'),
});
export type EntityRecord = z.infer<typeof EntitySchema>;
