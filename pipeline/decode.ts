import chardet from 'chardet';
import iconv from 'iconv-lite';

/** Turns file bytes into text: BOMs, UTF-16, and single-byte legacy encodings. */
const LEGACY = ['windows-1251', 'windows-1252', 'windows-1250', 'windows-1254', 'koi8-r', 'iso-8859-5'];
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

/** The share of bytes >= 0xC0 that stand next to another such byte. */
function highByteRuns(bytes: Uint8Array): number {
  let high = 0;
  let paired = 0;
  for (let i = 0; i < bytes.length; i++) {
    if ((bytes[i] ?? 0) < 0xc0) continue;
    high++;
    if ((bytes[i - 1] ?? 0) >= 0xc0 || (bytes[i + 1] ?? 0) >= 0xc0) paired++;
  }
  return high === 0 ? 0 : paired / high;
}

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
    // Not UTF-8: a legacy single-byte encoding, as chardet judges it (Windows-1252 when it cannot tell).
    const guesses = chardet.analyse(body).map((g) => g.name.toLowerCase());
    // Cyrillic comes in runs of high bytes (whole words); accented Latin letters stand alone in ASCII words.
    const cyrillic = highByteRuns(body) > 0.5 && guesses.includes('windows-1251');
    const first = guesses[0] ?? 'windows-1252';
    const encoding = cyrillic
      ? 'windows-1251'
      : LEGACY.includes(first) && first !== 'windows-1251'
        ? first
        : 'windows-1252';
    return { text: iconv.decode(Buffer.from(body), encoding), encoding };
  }
}
