/** One JSON object a line, in the order given. */
export const toJsonl = (rows: readonly object[]): string =>
  rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : '');
