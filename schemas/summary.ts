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
