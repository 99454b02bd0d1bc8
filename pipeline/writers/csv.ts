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
