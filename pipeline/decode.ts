/** Turns file bytes into text: BOMs, UTF-16, and single-byte legacy encodings. */
export type Decoded = { text: string; encoding: string } | { error: string };

const looksBinary = (bytes: Uint8Array): boolean => {
  const n = Math.min(bytes.length, 8192);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) controls++;
  }
  return n > 0 && controls / n > 0.1;
};

/** Cyrillic text in windows-1252 shows up as runs of accented Latin letters; prefer 1251 then. */
const cyrillicScore = (bytes: Uint8Array): number => {
  let high = 0;
  let letters = 0;
  for (const b of bytes) {
    if (b >= 0xc0) high++;
    if ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a)) letters++;
  }
  return high / Math.max(1, high + letters);
};

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  if (looksBinary(body)) return { error: 'binary file (NUL or control bytes), not text' };
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true }).decode(body),
      encoding: hasBom ? 'utf-8-bom' : 'utf-8',
    };
  } catch {
    const encoding = cyrillicScore(body) > 0.3 ? 'windows-1251' : 'windows-1252';
    return { text: new TextDecoder(encoding).decode(body), encoding };
  }
}
