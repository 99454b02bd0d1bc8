import { z } from 'zod';

export const CountryYearSchema = z.object({
  country: z.string().describe('alpha-3 code of a proposer'),
  name: z.string().describe('short English name of the country'),
  year: z.number().int().nullable().describe('year of the proposal; empty when undated'),
  theme: z.string().nullable().describe('section heading; empty when none'),
  distinct: z
    .number()
    .int()
    .nonnegative()
    .describe('distinct linked initiatives (a re-announcement counts once)'),
  total: z.number().int().nonnegative().describe('initiative records'),
});

/** What a run reports when it ends: the CLI's summary line, and its `--json` output. */
export const RunSummarySchema = z.object({
  documents: z.number().int().nonnegative().describe('supported input files read'),
  failed: z.number().int().nonnegative().describe('documents that failed (status error)'),
  skipped: z.number().int().nonnegative().describe('input files skipped: unsupported type'),
  unchanged: z
    .number()
    .int()
    .nonnegative()
    .describe('documents whose earlier results were reused by --incremental'),
  proposals: z.number().int().nonnegative().describe('initiative records written'),
  seconds: z.number().nonnegative().describe('wall time of the run'),
  out: z.string().describe('the output folder'),
});
export type RunSummary = z.infer<typeof RunSummarySchema>;
