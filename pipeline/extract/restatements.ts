import type { Doc, Proposal } from '../doc.js';

/** Words that say nothing of a proposal's content. */
const FUNCTION_WORDS = new Set(
  'the a an of to for on in and or with by at from its their his her our this that these those such as be is are was were will would should its sco'.split(
    ' ',
  ),
);

const contentWords = (text: string): Set<string> =>
  new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 2 && !FUNCTION_WORDS.has(w))
      .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w)),
  );

const sameCountries = (a: string[], b: string[]) => a.length === b.length && a.every((c, i) => c === b[i]);

/**
 * The same proposal named twice in a document ("Kazakhstan proposed creating a regional water
 * council ..." and later "the Kazakh initiative on the water council") is one record: when the content
 * words of one record of a proposer are all among those of another record of the same proposer in an
 * earlier or later sentence, the fuller one is kept. Items of one list (same sentence) are never merged.
 */
export function dropRestatements(doc: Doc, proposals: Proposal[]): Proposal[] {
  const words = proposals.map((p) =>
    contentWords(doc.text.slice(p.candidate.initiative.start, p.candidate.initiative.end)),
  );
  const dropped = new Set<number>();
  proposals.forEach((p, i) => {
    proposals.forEach((q, j) => {
      if (i === j || dropped.has(j) || dropped.has(i)) return;
      if (p.candidate.sentence === q.candidate.sentence || !sameCountries(p.proposers, q.proposers)) return;
      const a = words[i] as Set<string>;
      const b = words[j] as Set<string>;
      // p restates q: its words are a strict part of q's, or the same words said later.
      const within = a.size > 0 && [...a].every((w) => b.has(w));
      if (within && (a.size < b.size || (a.size === b.size && i > j))) dropped.add(i);
    });
  });
  for (const i of dropped) {
    const p = proposals[i] as Proposal;
    doc.messages.push({
      stage: 'attribute',
      rule: 'restatement',
      severity: 'info',
      reason: `"${doc.text.slice(p.candidate.initiative.start, p.candidate.initiative.end).slice(0, 60)}" restates a fuller record of ${p.proposers.join(',')} in the same document`,
    });
  }
  return proposals.filter((_, i) => !dropped.has(i));
}
