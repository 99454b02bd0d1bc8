import { z } from 'zod';

/** The output formats a run can write; `jsonl` and `csv` unless told otherwise. */
export const FORMATS = ['jsonl', 'csv', 'sqlite'] as const;
export const FormatSchema = z.enum(FORMATS);
export type Format = z.infer<typeof FormatSchema>;
export const DEFAULT_FORMATS: readonly Format[] = ['jsonl', 'csv'];

/** File name of the database, beside the JSONL outputs it is built from. */
export const SQLITE_FILE = 'sco-initiatives.sqlite';

/** A format name nobody supports (or none at all), raised by parseFormats; the CLI makes it a usage error. */
export class FormatError extends Error {
  constructor(readonly format: string | null) {
    super(
      format === null
        ? `--format needs one or more of ${FORMATS.join(', ')}`
        : `unknown format "${format}" for --format (choose from ${FORMATS.join(', ')})`,
    );
  }
}

/**
 * `--format` as people type it: one value or several (`--format jsonl --format csv`), each a list
 * separated by commas or spaces (`jsonl,csv`, `"jsonl, csv"`), in any case, duplicates ignored. The
 * result is in the order of FORMATS.
 */
export function parseFormats(values: readonly string[]): Format[] {
  const named = values.flatMap((v) => v.split(/[\s,]+/)).filter((v) => v !== '');
  if (named.length === 0) throw new FormatError(null);
  const chosen = new Set<Format>();
  for (const name of named) {
    const parsed = FormatSchema.safeParse(name.toLowerCase());
    if (!parsed.success) throw new FormatError(name);
    chosen.add(parsed.data);
  }
  return FORMATS.filter((f) => chosen.has(f));
}

/**
 * The format an output file belongs to: `.jsonl` files to jsonl, `.csv` files and the data package
 * that describes them to csv, the database to sqlite. `summary.json` belongs to none: every run
 * writes it.
 */
export function formatOf(file: string): Format | null {
  if (file.endsWith('.jsonl')) return 'jsonl';
  if (file.endsWith('.csv') || file === 'datapackage.json') return 'csv';
  if (file.endsWith('.sqlite')) return 'sqlite';
  return null;
}
