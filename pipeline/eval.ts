import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

/**
 * Scores predicted records against a gold file with the matching rules of the project's referee
 * (../shared/eval/score.mjs): same document, sentence token overlap >= 0.6, every gold key word in
 * the initiative, initiative not much longer than gold; greedy one-to-one; optional gold is neutral.
 */
export interface GoldRecord {
  doc: string;
  covered?: boolean;
  proposers: string[];
  initiative: string;
  key?: string[];
  sentence: string;
  date?: string | null;
  optional?: boolean;
}
export interface PredRecord {
  document: string;
  proposers: string[];
  initiative: string;
  sentence: string;
  date?: string | null;
  /** the construction that produced the record (initiatives.jsonl `rule`) */
  rule?: string;
}
/** How one rule's records fared: right (matched a required gold record with its proposers), wrong, or neutral (optional gold). */
export interface RuleTally {
  records: number;
  right: number;
  wrong: number;
  neutral: number;
}
export interface Score {
  gold: number;
  predicted: number;
  detection: { P: number; R: number; F: number };
  attribution_accuracy: number;
  strict: { P: number; R: number; F: number };
  date_accuracy: number | null;
  span_f1: number;
  misses: GoldRecord[];
  wrongProposers: { gold: GoldRecord; pred: PredRecord }[];
  falsePositives: PredRecord[];
  wrongDates: { gold: GoldRecord; pred: PredRecord }[];
  byRule: Record<string, RuleTally>;
}

const stem = (w: string) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);
export const tokens = (s: unknown): string[] =>
  String(s ?? '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .map(stem);

/** Shared tokens over the smaller token set: how far two sentences are the same sentence. */
export function sentenceOverlap(a: string, b: string): number {
  const ta = new Set(tokens(a));
  const tb = new Set(tokens(b));
  if (ta.size === 0 || tb.size === 0) return 0;
  let inter = 0;
  for (const t of ta) if (tb.has(t)) inter++;
  return inter / Math.min(ta.size, tb.size);
}

function spanF1(pred: string, gold: string): number {
  const p = tokens(pred);
  const g = tokens(gold);
  const counts = new Map<string, number>();
  for (const t of g) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of p) {
    const c = counts.get(t) ?? 0;
    if (c > 0) {
      common++;
      counts.set(t, c - 1);
    }
  }
  if (common === 0) return 0;
  const prec = common / p.length;
  const rec = common / g.length;
  return (2 * prec * rec) / (prec + rec);
}

const sameSet = (a: string[] = [], b: string[] = []) => {
  const x = [...new Set(a)].map(String).sort();
  const y = [...new Set(b)].map(String).sort();
  return x.length === y.length && x.every((v, i) => v === y[i]);
};

export const prf = (t: number, fp: number, fn: number) => {
  const P = t + fp === 0 ? 0 : t / (t + fp);
  const R = t + fn === 0 ? 0 : t / (t + fn);
  return { P, R, F: P + R === 0 ? 0 : (2 * P * R) / (P + R) };
};

export function readRecords<T>(path: string): T[] {
  const text = readFileSync(path, 'utf8').trim();
  if (text === '') return [];
  if (text.startsWith('[')) return JSON.parse(text) as T[];
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l, i) => {
      try {
        return JSON.parse(l) as T;
      } catch (e) {
        throw new Error(`${path} line ${i + 1} is not valid JSON: ${e instanceof Error ? e.message : e}`);
      }
    });
}

/** One-to-one matching of candidate (gold, prediction) pairs, best score first, as the referee does. */
export function greedyMatch(pairs: { gi: number; pi: number; score: number }[]): {
  goldTaken: Map<number, number>;
  predTaken: Map<number, number>;
} {
  const goldTaken = new Map<number, number>();
  const predTaken = new Map<number, number>();
  for (const { gi, pi } of [...pairs].sort((a, b) => b.score - a.score)) {
    if (goldTaken.has(gi) || predTaken.has(pi)) continue;
    goldTaken.set(gi, pi);
    predTaken.set(pi, gi);
  }
  return { goldTaken, predTaken };
}

export function score(goldAll: GoldRecord[], predAll: PredRecord[]): Score {
  const covered = new Set(goldAll.map((g) => g.doc));
  const gold = goldAll.filter((g) => !g.covered);
  const pred = predAll
    .map((p) => ({ ...p, document: basename(String(p.document)) }))
    .filter((p) => covered.has(p.document));
  const pairs: { gi: number; pi: number; score: number }[] = [];
  gold.forEach((g, gi) => {
    const keys = (g.key ?? []).flatMap((k) => tokens(k));
    const limit = 2 * tokens(g.initiative).length + 8;
    pred.forEach((p, pi) => {
      if (p.document !== g.doc) return;
      const pt = new Set(tokens(p.initiative));
      if (!keys.every((k) => pt.has(k))) return;
      if (tokens(p.initiative).length > limit) return;
      const ov = sentenceOverlap(p.sentence, g.sentence);
      if (ov < 0.6) return;
      pairs.push({
        gi,
        pi,
        score: ov + spanF1(p.initiative, g.initiative) + (sameSet(p.proposers, g.proposers) ? 1 : 0),
      });
    });
  });
  const { goldTaken, predTaken } = greedyMatch(pairs);
  let tp = 0;
  let strictTp = 0;
  let fn = 0;
  let strictFn = 0;
  let fp = 0;
  let datesAsked = 0;
  let datesOk = 0;
  let spanSum = 0;
  const misses: GoldRecord[] = [];
  const wrongProposers: { gold: GoldRecord; pred: PredRecord }[] = [];
  const wrongDates: { gold: GoldRecord; pred: PredRecord }[] = [];
  gold.forEach((g, gi) => {
    const pi = goldTaken.get(gi);
    if (pi === undefined) {
      if (!g.optional) {
        fn++;
        strictFn++;
        misses.push(g);
      }
      return;
    }
    if (g.optional) return;
    const p = pred[pi] as PredRecord;
    tp++;
    spanSum += spanF1(p.initiative, g.initiative);
    if (sameSet(p.proposers, g.proposers)) strictTp++;
    else {
      strictFn++;
      wrongProposers.push({ gold: g, pred: p });
    }
    if (g.date) {
      datesAsked++;
      if (typeof p.date === 'string' && p.date.startsWith(g.date)) datesOk++;
      else wrongDates.push({ gold: g, pred: p });
    }
  });
  const falsePositives: PredRecord[] = [];
  pred.forEach((p, pi) => {
    const gi = predTaken.get(pi);
    if (gi !== undefined && gold[gi]?.optional) return;
    if (gi === undefined) {
      fp++;
      falsePositives.push(p);
    }
  });
  const byRule: Record<string, RuleTally> = {};
  pred.forEach((p, pi) => {
    const rule = p.rule ?? 'unknown';
    byRule[rule] ??= { records: 0, right: 0, wrong: 0, neutral: 0 };
    const t = byRule[rule];
    t.records++;
    const g = gold[predTaken.get(pi) ?? -1];
    if (!g) t.wrong++;
    else if (g.optional) t.neutral++;
    else if (sameSet(p.proposers, g.proposers)) t.right++;
    else t.wrong++;
  });
  return {
    byRule,
    gold: gold.filter((g) => !g.optional).length,
    predicted: pred.length,
    detection: prf(tp, fp, fn),
    attribution_accuracy: tp ? strictTp / tp : 0,
    strict: prf(strictTp, fp + (tp - strictTp), strictFn),
    date_accuracy: datesAsked ? datesOk / datesAsked : null,
    span_f1: tp ? spanSum / tp : 0,
    misses,
    wrongProposers,
    falsePositives,
    wrongDates,
  };
}

export function formatScore(s: Score, verbose: boolean): string {
  const f = (x: number | null) => (x === null ? '  n/a' : x.toFixed(3));
  const lines = [
    `detection     P ${f(s.detection.P)}  R ${f(s.detection.R)}  F1 ${f(s.detection.F)}`,
    `attribution   ${f(s.attribution_accuracy)} of matched proposals have the right proposers`,
    `dates         ${f(s.date_accuracy)} of matched proposals with a gold date`,
    `span F1       ${f(s.span_f1)} token overlap of matched initiative spans`,
    `strict        P ${f(s.strict.P)}  R ${f(s.strict.R)}  F1 ${f(s.strict.F)}`,
  ];
  if (verbose) {
    lines.push('', '# missed (gold not found)');
    for (const g of s.misses)
      lines.push(`- [${g.doc}] ${g.proposers.join(',')}: ${g.initiative}\n    ${g.sentence}`);
    lines.push('', '# wrong proposers');
    for (const { gold, pred } of s.wrongProposers)
      lines.push(
        `- [${gold.doc}] want ${gold.proposers.join(',')} got ${pred.proposers.join(',')}: ${gold.initiative}`,
      );
    lines.push('', '# wrong dates');
    for (const { gold, pred } of s.wrongDates)
      lines.push(`- [${gold.doc}] want ${gold.date} got ${pred.date ?? 'null'}: ${gold.initiative}`);
    lines.push('', '# false positives (no gold proposal)');
    for (const p of s.falsePositives)
      lines.push(`- [${p.document}] ${p.proposers.join(',')}: ${p.initiative}\n    ${p.sentence}`);
  }
  lines.push(`strict F1: ${s.strict.F.toFixed(3)}`);
  return lines.join('\n');
}

/** Adds the rule tallies of several scored sets. */
export function mergeByRule(scores: readonly Score[]): Record<string, RuleTally> {
  const out: Record<string, RuleTally> = {};
  for (const s of scores)
    for (const [rule, t] of Object.entries(s.byRule)) {
      out[rule] ??= { records: 0, right: 0, wrong: 0, neutral: 0 };
      const o = out[rule];
      o.records += t.records;
      o.right += t.right;
      o.wrong += t.wrong;
      o.neutral += t.neutral;
    }
  return out;
}

/** One line a rule, most records first: records, right, wrong, neutral, precision over right and wrong. */
export function formatByRule(byRule: Record<string, RuleTally>): string {
  const rows = Object.entries(byRule).sort((a, b) => b[1].records - a[1].records || a[0].localeCompare(b[0]));
  const lines = [`${'rule'.padEnd(22)} records  right  wrong  neutral  precision`];
  for (const [rule, t] of rows) {
    const p = t.right + t.wrong > 0 ? (t.right / (t.right + t.wrong)).toFixed(3) : '  n/a';
    lines.push(
      `${rule.padEnd(22)} ${String(t.records).padStart(7)}  ${String(t.right).padStart(5)}  ${String(t.wrong).padStart(5)}  ${String(t.neutral).padStart(7)}  ${p.padStart(9)}`,
    );
  }
  return lines.join('\n');
}
