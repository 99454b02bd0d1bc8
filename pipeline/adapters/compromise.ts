import nlp from 'compromise';

/**
 * The only module that touches compromise. It is run on short spans of cue sentences (the object of
 * a proposal), never on whole documents: its tagger costs milliseconds a sentence.
 */

/** A word as compromise reads it, with its offsets relative to the text given. */
export interface TaggedWord {
  start: number;
  end: number;
  text: string;
  /** part of speech reduced to what the rules ask */
  pos: 'verb' | 'noun' | 'adjective' | 'adverb' | 'preposition' | 'determiner' | 'conjunction' | 'other';
  /** a bare verb: infinitive or imperative ("provide", "set up"), not a participle or finite past */
  base: boolean;
  gerund: boolean;
  auxiliary: boolean;
  /** the verb's infinitive ("has proposed" -> "propose"), for verbs */
  lemma: string | null;
}

interface CompromiseTerm {
  text: string;
  tags: string[];
  offset: { start: number; length: number };
}

function posOf(tags: Set<string>): TaggedWord['pos'] {
  if (tags.has('Verb')) return 'verb';
  if (tags.has('Preposition')) return 'preposition';
  if (tags.has('Determiner')) return 'determiner';
  if (tags.has('Conjunction')) return 'conjunction';
  if (tags.has('Adverb')) return 'adverb';
  if (tags.has('Adjective')) return 'adjective';
  if (tags.has('Noun')) return 'noun';
  return 'other';
}

const cache = new Map<string, TaggedWord[]>();

/** Tags the words of `text` (a phrase or one sentence). */
export function tagWords(text: string): TaggedWord[] {
  const hit = cache.get(text);
  if (hit) return hit;
  const doc = nlp(text);
  const lemmas = new Map<number, string>();
  for (const v of doc.verbs().json({ offset: true }) as {
    offset: { start: number };
    verb?: { infinitive?: string };
  }[]) {
    if (v.verb?.infinitive) lemmas.set(v.offset.start, v.verb.infinitive);
  }
  const words: TaggedWord[] = [];
  for (const sentence of doc.json({ offset: true, terms: { offset: true } }) as {
    terms: CompromiseTerm[];
  }[]) {
    for (const t of sentence.terms) {
      const tags = new Set(t.tags);
      const pos = posOf(tags);
      words.push({
        start: t.offset.start,
        end: t.offset.start + t.offset.length,
        text: t.text,
        pos,
        base:
          pos === 'verb' &&
          (tags.has('Infinitive') || tags.has('Imperative')) &&
          !tags.has('Gerund') &&
          !tags.has('PastTense') &&
          !tags.has('Auxiliary'),
        gerund: tags.has('Gerund'),
        auxiliary: tags.has('Auxiliary') || tags.has('Modal') || tags.has('Copula'),
        lemma: pos === 'verb' ? (lemmas.get(t.offset.start) ?? t.text.toLowerCase()) : null,
      });
    }
  }
  if (cache.size > 5000) cache.clear();
  cache.set(text, words);
  return words;
}

/**
 * Every inflection of a verb lemma or a phrase headed by one ("seek support" -> "seeks support",
 * "sought support", "seeking support"), from compromise's conjugator.
 */
export function inflections(lemma: string): string[] {
  const [head = '', ...rest] = lemma.split(' ');
  const doc = nlp(head);
  doc.tag('Infinitive');
  const forms = (doc.verbs().conjugate()[0] ?? {}) as Record<string, string>;
  const heads = new Set([head, forms.PastTense, forms.PresentTense, forms.Gerund]);
  // The conjugator leaves a few verbs without an -ed form ("moot"): add the regular one.
  if (forms.PastTense === head) heads.add(head.endsWith('e') ? `${head}d` : `${head}ed`);
  const tail = rest.length > 0 ? ` ${rest.join(' ')}` : '';
  return [...heads].filter((h): h is string => typeof h === 'string' && h.length > 0).map((h) => h + tail);
}
