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

/** Phrases are bucketed by their first three characters (two for two-letter phrases such as "US"). */
const KEY = 3;

export class PhraseMatcher {
  private readonly byPrefix = new Map<string, string[]>();
  /** when every phrase starts with a capital, lowercase words are skipped without a lookup */
  private readonly capitalsOnly: boolean;

  constructor(phrases: Iterable<string>) {
    for (const p of new Set(phrases)) {
      if (p.trim().length < 2) continue;
      const key = p.slice(0, KEY);
      const list = this.byPrefix.get(key) ?? [];
      list.push(p);
      this.byPrefix.set(key, list);
    }
    for (const list of this.byPrefix.values()) list.sort((a, b) => b.length - a.length);
    this.capitalsOnly = [...this.byPrefix.keys()].every((k) => !/^[a-z0-9]/.test(k));
  }

  /** Leftmost-longest, non-overlapping matches bounded by non-word characters. */
  findAll(text: string): PhraseHit[] {
    return PhraseMatcher.findMany(text, [this])[0] ?? [];
  }

  /** The longest phrase starting at `at`, if any. */
  private matchAt(text: string, at: number, key3: string, key2: string): string | null {
    const list = this.byPrefix.get(key3) ?? this.byPrefix.get(key2);
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
      const key3 = text.slice(at, at + KEY);
      const key2 = text.slice(at, at + 2);
      matchers.forEach((matcher, i) => {
        if (at < (next[i] ?? 0) || (lower && matcher.capitalsOnly)) return;
        const p = matcher.matchAt(text, at, key3, key2);
        if (p) {
          out[i]?.push({ start: at, end: at + p.length, phrase: p });
          next[i] = at + p.length;
        }
      });
    }
    return out;
  }
}
