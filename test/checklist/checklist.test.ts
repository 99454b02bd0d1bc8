import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proposals } from '../helpers.js';
import { buildCases, CAPABILITIES, type Capability, type Case, TRIGGERS } from './generate.js';
import { byTag, judge, type Rate, rates, type Verdict } from './judge.js';

/**
 * The CheckList suite: a measurement, not a gate on every case. Each capability must keep its pass rate
 * at or above the floor below (set a little under the rate measured when the floor was last raised), so
 * a regression fails while the cases the extraction does not yet handle stay visible in the table.
 * CHECKLIST_FAILURES=/tmp/checklist-failures.json writes every failing case with what was found.
 */
const FLOORS: Record<Capability, number> = {
  // measured on the pipeline of commit 20f4a84 (835 cases): 72.0, 62.1, 61.9, 60.0, 91.3, 50.0, 55.9, 82.0 %;
  // after the frames rework: 91.2, 82.8, 81.4, 81.7, 91.3, 63.8, 97.1, 94.6 % (717/835). Floors sit ~3 points under.
  'verb triggers': 0.88,
  'inflection and voice': 0.8,
  pledges: 0.78,
  'nominal forms': 0.78,
  agents: 0.88,
  complements: 0.6,
  'lists and discourse': 0.94,
  negatives: 0.91,
};

const cases = buildCases();
let results: { c: Case; v: Verdict; found: ReturnType<typeof proposals> }[] = [];
let table: Rate[] = [];

describe('CheckList behavioural suite', () => {
  beforeAll(() => {
    results = cases.map((c) => {
      const found = proposals(c.text);
      return { c, v: judge(c, found), found };
    });
    table = rates(results, CAPABILITIES);
    const out = process.env.CHECKLIST_FAILURES;
    if (out) {
      const failures = results
        .filter((r) => !r.v.pass)
        .map(({ c, v, found }) => ({
          id: c.id,
          capability: c.capability,
          tags: c.tags,
          reason: v.reason,
          text: c.text,
          expected: c.proposers === null ? 'none' : { proposers: c.proposers, key: c.key },
          forbidden: c.forbidden,
          found: found.map((f) => ({ proposers: f.proposers, initiative: f.initiative, rule: f.rule })),
        }));
      writeFileSync(out, `${JSON.stringify({ rates: table, byTag: byTag(results), failures }, null, 2)}\n`);
    }
  });

  afterAll(() => {
    const total = results.filter((r) => r.v.pass).length;
    console.log(`CheckList: ${total}/${results.length} cases pass`);
    console.table(
      table.map((r) => ({
        capability: r.capability,
        cases: r.cases,
        passed: r.passed,
        rate: `${(100 * r.rate).toFixed(1)}%`,
        floor: `${(100 * FLOORS[r.capability]).toFixed(0)}%`,
      })),
    );
  });

  it('has at least 400 cases, every capability represented', () => {
    expect(cases.length).toBeGreaterThanOrEqual(400);
    for (const cap of CAPABILITIES) expect(cases.some((c) => c.capability === cap)).toBe(true);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
  });

  it('crosses every trigger with at least three agent forms and three complement types', () => {
    for (const tr of TRIGGERS) {
      const mine = cases.filter((c) => c.capability === 'verb triggers' && c.tags.trigger === tr.lemma);
      expect(new Set(mine.map((c) => c.tags.agent)).size, tr.lemma).toBeGreaterThanOrEqual(3);
      expect(new Set(mine.map((c) => c.tags.complement)).size, tr.lemma).toBeGreaterThanOrEqual(3);
    }
    const pledges = new Set(
      cases.filter((c) => c.capability === 'pledges' && c.tags.trigger).map((c) => c.tags.trigger),
    );
    for (const p of pledges) {
      const mine = cases.filter((c) => c.capability === 'pledges' && c.tags.trigger === p);
      expect(new Set(mine.map((c) => c.tags.agent)).size, p).toBeGreaterThanOrEqual(3);
      expect(new Set(mine.map((c) => c.tags.complement)).size, p).toBeGreaterThanOrEqual(3);
    }
  });

  it.each(CAPABILITIES)('%s: pass rate at or above its floor', (cap) => {
    const r = table.find((x) => x.capability === cap);
    console.log(`${cap}: ${r?.passed}/${r?.cases} (${(100 * (r?.rate ?? 0)).toFixed(1)}%)`);
    expect(r?.rate ?? 0).toBeGreaterThanOrEqual(FLOORS[cap]);
  });
});
