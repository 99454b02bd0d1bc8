/** Counts words (runs of letters or digits), for the documents table and the benchmark. */
export function countWords(text: string): number {
  return (
    text.match(/[A-Za-z0-9\u00C0-\u1FFF\u2C00-\uD7FF]+(?:['’-][A-Za-z0-9\u00C0-\u1FFF\u2C00-\uD7FF]+)*/g)
      ?.length ?? 0
  );
}
