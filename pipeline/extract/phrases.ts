/**
 * Finds many fixed phrases in one pass: at each word start, only the phrases sharing its first two
 * characters are tried, longest first. A regular expression with a thousand alternatives tries them
 * all at every position; this does not.
 */
export interface PhraseHit {
  start: number;
  end: number;
  phrase: string;
}

/** Letters and digits, tested on char codes: ASCII by range, the rest by Unicode class. */
function isWordCode(code: number): boolean {
  if (code < 128)
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return /[\p{L}\p{N}]/u.test(String.fromCharCode(code));
}

/**
 * Phrases are bucketed by their first three characters (two for two-letter phrases such as "US").
 * For characters below U+0400 the key is a small integer packed from the char codes, so looking a
 * word up allocates nothing; other keys (and keys cut short by the end of the text) are strings.
 */
function key3(s: string, at: number): number | string {
  const a = s.charCodeAt(at);
  const b = s.charCodeAt(at + 1);
  const c = s.charCodeAt(at + 2);
  return a < 1024 && b < 1024 && c < 1024 ? (a << 20) | (b << 10) | c : s.slice(at, at + 3);
}
function key2(s: string, at: number): number | string {
  const a = s.charCodeAt(at);
  const b = s.charCodeAt(at + 1);
  return a < 1024 && b < 1024 ? (a << 10) | b : s.slice(at, at + 2);
}

export class PhraseMatcher {
  private readonly by3 = new Map<number | string, string[]>();
  private readonly by2 = new Map<number | string, string[]>();
  /** when every phrase starts with a capital, lowercase words are skipped without a lookup */
  private readonly capitalsOnly: boolean;

  constructor(phrases: Iterable<string>) {
    const unique = [...new Set(phrases)].filter((p) => p.trim().length >= 2);
    for (const p of unique) {
      const [map, key] = p.length >= 3 ? [this.by3, key3(p, 0)] : [this.by2, key2(p, 0)];
      const list = map.get(key) ?? [];
      list.push(p);
      map.set(key, list);
    }
    for (const map of [this.by3, this.by2])
      for (const list of map.values()) list.sort((a, b) => b.length - a.length);
    this.capitalsOnly = unique.every((p) => !/^[a-z0-9]/.test(p));
  }

  /** Leftmost-longest, non-overlapping matches bounded by non-word characters. */
  findAll(text: string): PhraseHit[] {
    return PhraseMatcher.findMany(text, [this])[0] ?? [];
  }

  /** The longest phrase starting at `at`, if any; `k3` and `k2` are the keys of the text there. */
  private matchAt(text: string, at: number, k3: number | string, k2: number | string): string | null {
    // Near the end of the text a key is cut short, and no phrase has a short key.
    const list = this.by3.get(k3) ?? this.by2.get(k2);
    if (!list) return null;
    for (const p of list) {
      const end = at + p.length;
      const boundary =
        end >= text.length || !isWordCode(text.charCodeAt(end)) || !isWordCode(p.charCodeAt(p.length - 1));
      if (boundary && text.startsWith(p, at)) return p;
    }
    return null;
  }

  /** Runs several matchers in one scan of the text's words (each keeps its own non-overlapping hits). */
  static findMany(text: string, matchers: readonly PhraseMatcher[]): PhraseHit[][] {
    const out: PhraseHit[][] = matchers.map(() => []);
    const next = matchers.map(() => 0);
    const anyLower = matchers.some((m) => !m.capitalsOnly);
    // Runs of letters: each run starts a word. A regular expression finds them far faster than a loop.
    const words = anyLower ? /[A-Za-z0-9\u00C0-\u024F]+/g : /[A-Z0-9][A-Za-z0-9\u00C0-\u024F]*/g;
    for (let m = words.exec(text); m !== null; m = words.exec(text)) {
      const at = m.index;
      if (at > 0 && isWordCode(text.charCodeAt(at - 1))) continue;
      const code = text.charCodeAt(at);
      const lower = code >= 97 && code <= 122;
      const k3 = key3(text, at);
      const k2 = key2(text, at);
      for (let i = 0; i < matchers.length; i++) {
        const matcher = matchers[i] as PhraseMatcher;
        if (at < (next[i] ?? 0) || (lower && matcher.capitalsOnly)) continue;
        const p = matcher.matchAt(text, at, k3, k2);
        if (p) {
          out[i]?.push({ start: at, end: at + p.length, phrase: p });
          next[i] = at + p.length;
        }
      }
    }
    return out;
  }
}
