import { createHash } from 'node:crypto';
import type { CanonicalRecord } from '../../schemas/canonical.js';
import type { InitiativeRecord } from '../../schemas/initiative.js';

/**
 * Links records that propose the same thing, across documents. Explainable by construction: two
 * records link when they share a proposer and either a named phrase ("Development Bank") or most of
 * their key terms (Jaccard >= 0.6 over at least two terms). Groups are the connected components.
 */

/** Words that say nothing about what was proposed: function words, the SCO itself, generic actions. */
const STOP = new Set(
  (
    'a an the of to and or in on for with by at from as into its their his her our this that these those such all other ' +
    'sco shanghai cooperation organization organisation member state country nation within framework between among ' +
    'establish establishing establishment create creating creation set setting up hold holding launch launching build ' +
    'building form forming formation organize organise organizing organising host hosting introduce introducing draft ' +
    'drafting prepare preparing adopt adopting consider considering develop developing further new joint regular ' +
    'regularly also more greater stronger strengthen strengthening enhance enhancing deepen deepening promote promoting ' +
    'support supporting use using work working make making take taking continue continued effort efforts initiative proposal'
  ).split(' '),
);

const stem = (w: string) =>
  w.length > 4 && w.endsWith('ies')
    ? `${w.slice(0, -3)}y`
    : w.length > 3 && w.endsWith('s') && !w.endsWith('ss')
      ? w.slice(0, -1)
      : w;

/** Lowercase content words of an initiative, stemmed, without stop words. */
export function keyTerms(text: string): string[] {
  const words = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1 && !STOP.has(w))
    .map(stem)
    .filter((w) => !STOP.has(w));
  return [...new Set(words)];
}

/** Capitalised multi-word names in the text ("SCO Development Bank" -> "development bank"). */
export function namedPhrases(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?:[A-Z][\w-]*(?:\s+(?:of|for|and|on|the)\s+|\s+)){1,6}[A-Z][\w-]*/g)) {
    const terms = keyTerms(m[0]);
    if (terms.length >= 2) out.push(terms.join(' '));
  }
  return out;
}

export interface Linkable {
  id: string;
  proposers: string[];
  initiative: string;
}

interface Features {
  proposers: string[];
  terms: string[];
  named: Set<string>;
}

const features = (r: Linkable): Features => ({
  proposers: r.proposers,
  terms: keyTerms(r.initiative),
  named: new Set(namedPhrases(r.initiative)),
});

function sameFeatures(a: Features, b: Features): boolean {
  if (!a.proposers.some((p) => b.proposers.includes(p))) return false;
  for (const n of a.named) if (b.named.has(n)) return true;
  const sb = new Set(b.terms);
  const shared = a.terms.filter((t) => sb.has(t)).length;
  const union = new Set([...a.terms, ...b.terms]).size;
  return shared >= 2 && union > 0 && shared / union >= 0.6;
}

/** Do two records propose the same thing? The rule behind every link. */
export const sameInitiative = (a: Linkable, b: Linkable): boolean => sameFeatures(features(a), features(b));

/** Terms seen in more distinct initiatives than this are too common to find link candidates by. */
const MAX_BLOCK = 200;

/** canonical id of every record, by connected components of sameInitiative over candidate pairs. */
export function link(records: readonly Linkable[]): Map<string, string> {
  // Records with the same text and proposers are one initiative before any comparison.
  const unique = new Map<string, number>();
  const of = records.map((r) => {
    const k = `${[...r.proposers].sort().join(',')}|${r.initiative.toLowerCase()}`;
    if (!unique.has(k)) unique.set(k, unique.size);
    return unique.get(k) as number;
  });
  const reps: Linkable[] = [];
  records.forEach((r, i) => {
    reps[of[i] as number] ??= r;
  });
  const feats = reps.map(features);
  const parent = reps.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] as number] as number;
      i = parent[i] as number;
    }
    return i;
  };
  const byTerm = new Map<string, number[]>();
  feats.forEach((f, i) => {
    for (const t of new Set([...f.terms, ...f.named])) {
      const list = byTerm.get(t) ?? [];
      list.push(i);
      byTerm.set(t, list);
    }
  });
  feats.forEach((f, i) => {
    const candidates = new Set<number>();
    for (const t of new Set([...f.terms, ...f.named])) {
      const list = byTerm.get(t) ?? [];
      if (list.length <= MAX_BLOCK) for (const j of list) if (j > i) candidates.add(j);
    }
    for (const j of candidates) {
      if (find(i) !== find(j) && sameFeatures(f, feats[j] as Features)) parent[find(j)] = find(i);
    }
  });
  const groupId = new Map<number, string>();
  const out = new Map<string, string>();
  records.forEach((r, i) => {
    const root = find(of[i] as number);
    if (!groupId.has(root))
      groupId.set(
        root,
        createHash('sha256')
          .update(reps[root]?.id ?? r.id)
          .digest('hex')
          .slice(0, 12),
      );
    out.set(r.id, groupId.get(root) as string);
  });
  return out;
}

/** One row per linked initiative. */
export function canonicalRecords(records: readonly InitiativeRecord[]): CanonicalRecord[] {
  const groups = new Map<string, InitiativeRecord[]>();
  for (const r of records) {
    const id = r.canonical_id ?? r.id;
    const list = groups.get(id) ?? [];
    list.push(r);
    groups.set(id, list);
  }
  const sortedUnique = (xs: (string | null)[]) => [...new Set(xs.filter((x): x is string => !!x))].sort();
  return [...groups.entries()].map(([canonical_id, rs]) => {
    const dates = sortedUnique(rs.map((r) => r.date));
    const label = [...rs].sort((a, b) => a.initiative.length - b.initiative.length)[0]?.initiative ?? '';
    return {
      canonical_id,
      label,
      proposers: sortedUnique(rs.flatMap((r) => r.proposers)),
      themes: sortedUnique(rs.map((r) => r.theme)),
      first_date: dates[0] ?? null,
      last_date: dates[dates.length - 1] ?? null,
      first_year: dates[0] ? Number(dates[0].slice(0, 4)) : null,
      documents: sortedUnique(rs.map((r) => r.document)),
      record_ids: rs.map((r) => r.id),
      mentions: rs.length,
      key_terms: keyTerms(label),
    };
  });
}
