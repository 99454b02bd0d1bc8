import { z } from 'zod';
import datesJson from '../reference/dates.json' with { type: 'json' };

/** The date words and source ranking, kept as data (pipeline/reference/dates.json, see SOURCES.md). */
const DatesLexicon = z.object({
  rank: z.array(
    z.enum(['manifest', 'meeting', 'dateline', 'html-meta', 'date-line', 'marker', 'url', 'text']),
  ),
  labels: z.array(z.string().min(1)),
  updatedLabels: z.array(z.string().min(1)),
  htmlDateNames: z.array(z.string().min(1)),
});
export const datesLexicon = DatesLexicon.parse(datesJson);

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** An alternation of phrases, longest first, spaces matching any whitespace. */
export const alternation = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegExp(w).replace(/ /g, '\\s+'))
    .join('|');
