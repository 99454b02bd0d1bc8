import { type Capability, type Case, frameOf } from './generate.js';

export interface Found {
  proposers: string[];
  initiative: string;
}

export interface Verdict {
  pass: boolean;
  /** Why the case failed, for the failure file. */
  reason: string;
}

const norm = (s: string): string => s.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
const wordCount = (s: string): number => s.trim().split(/\s+/).filter(Boolean).length;

/** The longest initiative a case accepts, in words. */
export const maxWords = (c: Case): number => c.maxWords ?? 2 * wordCount(c.key) + 8;

/**
 * A case passes when a record has exactly the expected proposers and an initiative that holds the key
 * phrase without being absurdly longer, and no record names a forbidden proposer.
 */
export function judge(c: Case, found: readonly Found[]): Verdict {
  const forbidden =
    c.forbidden === 'any'
      ? found
      : found.filter((r) => r.proposers.some((p) => (c.forbidden as string[]).includes(p)));
  if (forbidden.length > 0) {
    return {
      pass: false,
      reason: c.forbidden === 'any' ? 'a record where none is expected' : 'a forbidden proposer',
    };
  }
  if (c.proposers === null) return { pass: true, reason: '' };
  const want = c.proposers.join(',');
  const key = norm(c.key);
  const byProposers = found.filter((r) => [...r.proposers].sort().join(',') === want);
  const withKey = byProposers.filter((r) => norm(r.initiative).includes(key));
  if (withKey.some((r) => wordCount(r.initiative) <= maxWords(c))) return { pass: true, reason: '' };
  if (withKey.length > 0) return { pass: false, reason: 'span too long' };
  if (byProposers.length > 0) return { pass: false, reason: 'span misses the key' };
  if (found.some((r) => norm(r.initiative).includes(key))) return { pass: false, reason: 'wrong proposers' };
  return { pass: false, reason: 'no record' };
}

export interface Rate {
  capability: Capability;
  cases: number;
  passed: number;
  rate: number;
}

export function rates(
  results: readonly { c: Case; v: Verdict }[],
  capabilities: readonly Capability[],
): Rate[] {
  return capabilities.map((capability) => {
    const mine = results.filter((r) => r.c.capability === capability);
    const passed = mine.filter((r) => r.v.pass).length;
    return { capability, cases: mine.length, passed, rate: mine.length ? passed / mine.length : 0 };
  });
}

/** Pass counts split by every tag of the cases (trigger, agent, complement, form, template, ...) and by frame. */
export function byTag(
  results: readonly { c: Case; v: Verdict }[],
): Record<string, Record<string, { cases: number; passed: number }>> {
  const out: Record<string, Record<string, { cases: number; passed: number }>> = {};
  for (const { c, v } of results) {
    for (const [tag, value] of [...Object.entries(c.tags), ['frame', frameOf(c.text)]] as [
      string,
      string,
    ][]) {
      const group = out[tag] ?? {};
      out[tag] = group;
      const cell = group[value] ?? { cases: 0, passed: 0 };
      group[value] = cell;
      cell.cases++;
      if (v.pass) cell.passed++;
    }
  }
  return out;
}
