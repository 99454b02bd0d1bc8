import { FormatterOptions } from '@fast-csv/format';
// fast-csv's row formatter (quoting and escaping, RFC 4180), called directly: the stream it is
// wrapped in for writeToString cost more than the formatting itself (a tenth of a whole run).
import { RowFormatter } from '@fast-csv/format/build/src/formatter/index.js';

const OPTIONS = new FormatterOptions<string[], string[]>({
  rowDelimiter: '\r\n',
  includeEndRowDelimiter: true,
});

/** RFC 4180 lines, each ended by CRLF; no rows give the empty string. */
export function csvLines(rows: readonly (readonly string[])[]): string {
  if (rows.length === 0) return '';
  const formatter = new RowFormatter<string[], string[]>(OPTIONS);
  const parts: string[] = [];
  const take = (error: Error | null, lines?: unknown[]) => {
    if (error) throw error;
    for (const line of lines ?? []) parts.push(String(line));
  };
  // The formatter reads a row and does not change it: no copy is needed.
  for (const row of rows) formatter.format(row as string[], take);
  formatter.finish(take);
  return parts.join('');
}

/**
 * A cell that a spreadsheet would read as a formula (=, +, -, @, tab, carriage return) gets a
 * leading apostrophe, as OWASP's CSV-injection guidance recommends. Numbers stay numbers.
 */
export function neutralise(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return neutralise(value.join(';'));
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const s = String(value);
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}
