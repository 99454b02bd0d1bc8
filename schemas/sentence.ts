import { z } from 'zod';

export const SentenceSchema = z.object({
  document: z.string(),
  index: z.number().int().nonnegative(),
  start: z.number().int().nonnegative().describe('raw offset'),
  end: z.number().int().nonnegative().describe('raw offset, exclusive'),
  heading: z.string().nullable(),
  text: z.string(),
});
export type SentenceRecord = z.infer<typeof SentenceSchema>;
