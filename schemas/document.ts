import { z } from 'zod';
import { ISO_DATE } from './initiative.js';

export const DocumentSchema = z.object({
  file: z.string().describe('path of the input file relative to the input root'),
  document: z.string().describe('file name, as used in the initiative records'),
  id: z.string().describe('hash of the raw bytes; empty when the file could not be read'),
  title: z.string().nullable(),
  date: ISO_DATE.nullable().describe('the document or meeting date'),
  date_precision: z
    .enum(['year', 'month', 'day'])
    .nullable()
    .describe('how precisely the date is known: YYYY, YYYY-MM or YYYY-MM-DD'),
  date_from: z
    .enum(['manifest', 'meeting', 'dateline', 'html-meta', 'date-line', 'marker', 'url', 'text'])
    .nullable()
    .describe(
      'the source of the date, strongest first: a manifest value, a meeting "held on" the date, a news dateline, HTML metadata, a date line of the header, a capture marker, the address, a date near event words',
    ),
  date_evidence: z
    .string()
    .nullable()
    .describe('the words or field the date was read from, as in the file; "manifest" for a manifest value'),
  date_evidence_start: z
    .number()
    .int()
    .nonnegative()
    .nullable()
    .describe('raw offset of the evidence (null for a manifest value or address)'),
  date_evidence_end: z.number().int().nonnegative().nullable(),
  url: z
    .string()
    .nullable()
    .describe('the web address: from the manifest, the HTML canonical link or a source line'),
  source: z
    .string()
    .nullable()
    .describe("the outlet: the manifest's source, the address's host, or the dateline's agency"),
  genre: z.enum(['declaration', 'press release', 'news report', 'encyclopedia article', 'other']).nullable(),
  meeting: z
    .string()
    .nullable()
    .describe('the council and its meeting number when stated: "Council of Heads of State (24th meeting)"'),
  location: z.string().nullable().describe('where the meeting was held, or "videoconference"'),
  participants: z.array(z.string()).describe('persons present, "Name (ISO)"'),
  participant_countries: z.array(z.string()).describe('alpha-3 codes of the persons present'),
  words: z.number().int().nonnegative(),
  sentences: z.number().int().nonnegative(),
  proposals: z.number().int().nonnegative(),
  status: z.enum(['ok', 'error']),
  error: z.string().nullable().describe('one-line reason when status is error'),
});
export type DocumentRecord = z.infer<typeof DocumentSchema>;
