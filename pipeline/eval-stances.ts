import { basename } from 'node:path';
import { STANCES } from '../schemas/stance.js';
import { greedyMatch, prf, sentenceOverlap } from './eval.js';

/**
 * Scores stance rows against a gold file (test/fixtures/STANCES.md): a predicted row matches a gold
 * row of the same document, sentence (token overlap >= 0.6), actor and stance; among several, the one
 * whose initiative shares most words (one-to-one, greedy). Precision and recall per stance type; owners
 * are scored on the matched rows.
 */
export interface StanceGold {
  doc: string;
  sentence: string;
  actor: string;
  stance: string;
  owners: string[];
  initiative: string;
  inferred?: boolean;
  optional?: boolean;
}
export interface StancePred {
  document: string;
  sentence: string;
  actor: string;
  stance: string;
  owners: string[];
  initiative: string;
}
export interface StanceScore {
  gold: number;
  predicted: number;
  overall: { P: number; R: number; F: number; tp: number; fp: number; fn: number };
  by_stance: { stance: string; gold: number; predicted: number; P: number; R: number; F: number }[];
  owner_accuracy: number;
  misses: StanceGold[];
  falsePositives: StancePred[];
  wrongOwners: { gold: StanceGold; pred: StancePred }[];
}

const sameSet = (a: string[], b: string[]) => [...a].sort().join() === [...b].sort().join();

export function scoreStances(goldAll: StanceGold[], predAll: StancePred[]): StanceScore {
  const docs = new Set(goldAll.map((g) => g.doc));
  const gold = goldAll;
  const pred = predAll
    .map((p) => ({ ...p, document: basename(p.document) }))
    .filter((p) => docs.has(p.document));
  const pairs: { gi: number; pi: number; score: number }[] = [];
  gold.forEach((g, gi) => {
    pred.forEach((p, pi) => {
      if (p.document !== g.doc || p.actor !== g.actor || p.stance !== g.stance) return;
      const ov = sentenceOverlap(p.sentence, g.sentence);
      if (ov < 0.6) return;
      pairs.push({
        gi,
        pi,
        score: ov + sentenceOverlap(p.initiative, g.initiative) + (sameSet(p.owners, g.owners) ? 1 : 0),
      });
    });
  });
  const { goldTaken, predTaken } = greedyMatch(pairs);
  const misses = gold.filter((g, gi) => !goldTaken.has(gi) && !g.optional);
  const falsePositives = pred.filter((_, pi) => !predTaken.has(pi));
  const wrongOwners: StanceScore['wrongOwners'] = [];
  let matched = 0;
  for (const [gi, pi] of goldTaken) {
    const g = gold[gi] as StanceGold;
    const p = pred[pi] as StancePred;
    if (g.optional) continue;
    matched++;
    if (!sameSet(g.owners, p.owners)) wrongOwners.push({ gold: g, pred: p });
  }
  const optionalHits = [...goldTaken].filter(([gi]) => gold[gi]?.optional).length;
  const counted = gold.filter((g) => !g.optional);
  const by_stance = STANCES.map((stance) => {
    const tp = [...goldTaken].filter(([gi]) => gold[gi]?.stance === stance && !gold[gi]?.optional).length;
    const fp = falsePositives.filter((p) => p.stance === stance).length;
    const fn = misses.filter((g) => g.stance === stance).length;
    return {
      stance,
      gold: counted.filter((g) => g.stance === stance).length,
      predicted: pred.filter((p) => p.stance === stance).length,
      ...prf(tp, fp, fn),
    };
  }).filter((r) => r.gold > 0 || r.predicted > 0);
  return {
    gold: counted.length,
    predicted: pred.length - optionalHits,
    overall: {
      ...prf(matched, falsePositives.length, misses.length),
      tp: matched,
      fp: falsePositives.length,
      fn: misses.length,
    },
    by_stance,
    owner_accuracy: matched ? (matched - wrongOwners.length) / matched : 0,
    misses,
    falsePositives,
    wrongOwners,
  };
}

export function formatStanceScore(s: StanceScore, verbose: boolean): string {
  const f = (x: number) => x.toFixed(3);
  const lines = [
    `stances       P ${f(s.overall.P)}  R ${f(s.overall.R)}  F1 ${f(s.overall.F)}  (gold ${s.gold}, predicted ${s.predicted})`,
    `owners        ${f(s.owner_accuracy)} of matched stances have the right owners`,
    ...s.by_stance.map(
      (r) =>
        `  ${r.stance.padEnd(12)} P ${f(r.P)}  R ${f(r.R)}  F1 ${f(r.F)}  (gold ${r.gold}, predicted ${r.predicted})`,
    ),
  ];
  if (verbose) {
    lines.push('', '# missed (gold not found)');
    for (const g of s.misses)
      lines.push(
        `- [${g.doc}] ${g.actor} ${g.stance} ${g.owners.join(',')}: ${g.initiative}\n    ${g.sentence}`,
      );
    lines.push('', '# wrong owners');
    for (const { gold, pred } of s.wrongOwners)
      lines.push(
        `- [${gold.doc}] ${gold.actor} ${gold.stance}: want ${gold.owners.join(',')} got ${pred.owners.join(',')}`,
      );
    lines.push('', '# false positives (no gold stance)');
    for (const p of s.falsePositives)
      lines.push(
        `- [${p.document}] ${p.actor} ${p.stance} ${p.owners.join(',')}: ${p.initiative}\n    ${p.sentence}`,
      );
  }
  return lines.join('\n');
}
