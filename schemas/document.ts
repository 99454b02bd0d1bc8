import { z } from 'zod';
import { ISO_DATE } from './initiative.js';

export const DocumentSchema = z.object({
  file: z.string().describe('path of the input file relative to the input root'),
  document: z.string().describe('file name, as used in the initiative records'),
  id: z.string().describe('hash of the raw bytes; empty when the file could not be read'),
  title: z.string().nullable(),
  date: ISO_DATE.nullable().describe('the document or meeting date'),
  date_evidence: z.string().nullable().describe('the text the date was read from'),
  words: z.number().int().nonnegative(),
  sentences: z.number().int().nonnegative(),
  proposals: z.number().int().nonnegative(),
  status: z.enum(['ok', 'error']),
  error: z.string().nullable().describe('one-line reason when status is error'),
});
export type DocumentRecord = z.infer<typeof DocumentSchema>;
