import { writeToString } from 'fast-csv';

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

/** RFC 4180 CSV (CRLF rows, quoted where needed) with a fixed column order. */
export async function toCsv(
  rows: readonly Record<string, unknown>[],
  columns: readonly string[],
): Promise<string> {
  const body = rows.map((r) => columns.map((c) => neutralise(r[c])));
  return writeToString([columns as string[], ...body], {
    rowDelimiter: '\r\n',
    includeEndRowDelimiter: true,
  });
}
