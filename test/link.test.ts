import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { keyTerms, link, sameInitiative } from '../pipeline/link/link.js';

const rec = (id: string, proposers: string[], initiative: string) => ({ id, proposers, initiative });

describe('linking records that propose the same thing', () => {
  it.each([
    [
      ['KGZ'],
      'creation of the SCO Development Bank and the SCO Development Fund',
      ['KGZ'],
      'establish an SCO Development Bank',
    ],
    [['CHN'], 'Belt and Road Initiative (BRI)', ['CHN'], "China's Belt and Road Initiative"],
    [
      ['UZB'],
      'draft a convention on youth rights',
      ['UZB'],
      'prepare a draft convention on the rights of youth',
    ],
    [
      ['RUS'],
      'establish a Greater Eurasian Partnership',
      ['RUS', 'CHN'],
      'a Greater Eurasian Partnership with the SCO and the EAEU',
    ],
  ])('%j "%s" links with %j "%s"', (pa, a, pb, b) => {
    expect(sameInitiative(rec('a', pa, a), rec('b', pb, b))).toBe(true);
  });

  it.each([
    [['KGZ'], 'establish the SCO Development Bank', ['CHN'], 'establish the SCO Development Bank'],
    [
      ['UZB'],
      'draft a convention on youth rights',
      ['UZB'],
      'create a Regional Centre for Transport Connectivity',
    ],
    [
      ['IND'],
      'establish a special working group on innovations and startups',
      ['IND'],
      'hold a joint exhibition of the SCO Shared Buddhist Heritage',
    ],
    [
      ['KAZ'],
      'form a pool of modern technology parks',
      ['KAZ'],
      'establish a UN Regional Center for Sustainable Development Goals',
    ],
  ])('%j "%s" stays apart from %j "%s"', (pa, a, pb, b) => {
    expect(sameInitiative(rec('a', pa, a), rec('b', pb, b))).toBe(false);
  });

  it('groups transitively and gives every member the same id', () => {
    const ids = link([
      rec('1', ['KGZ'], 'the SCO Development Bank'),
      rec('2', ['KGZ'], 'creation of the SCO Development Bank and the SCO Development Fund'),
      rec('3', ['KGZ'], 'the SCO Development Fund'),
      rec('4', ['KGZ'], 'host the SCO Youth Digital Forum in Bishkek'),
    ]);
    expect(ids.get('1')).toBe(ids.get('2'));
    expect(ids.get('2')).toBe(ids.get('3'));
    expect(ids.get('4')).not.toBe(ids.get('1'));
    expect(ids.get('1')).toMatch(/^[0-9a-f]{12}$/);
  });

  it('keeps content words and drops generic actions', () => {
    expect(keyTerms('establish a Special Working Group on Poverty Alleviation')).toEqual([
      'special',
      'group',
      'poverty',
      'alleviation',
    ]);
  });
});

describe('summaries and the data package on the sample corpus', () => {
  let out: string;
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'sco-summary-'));
    execFileSync(process.execPath, ['dist/pipeline/cli.js', 'run', 'corpus', '--out', out, '--quiet']);
  });
  const lines = (f: string) =>
    readFileSync(join(out, f), 'utf8')
      .split(/\r?\n/)
      .filter((l) => l !== '');

  it('counts records and distinct initiatives consistently', () => {
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    const records = lines('initiatives.jsonl').map((l) => JSON.parse(l));
    expect(summary.records).toBe(records.length);
    expect(summary.distinct_initiatives).toBe(new Set(records.map((r) => r.canonical_id)).size);
    expect(summary.distinct_initiatives).toBe(lines('initiatives_canonical.jsonl').length);
    const uzb = summary.by_country.find((c: { country: string }) => c.country === 'UZB');
    expect(uzb.records).toBe(records.filter((r) => r.proposers.includes('UZB')).length);
    expect(uzb.distinct).toBeLessThanOrEqual(uzb.records);
    const table = lines('summary_by_country_year.csv');
    expect(table[0]).toBe('country,name,year,theme,distinct,total');
    const total = table.slice(1).reduce((n, l) => n + Number(l.split(',').pop()), 0);
    expect(total).toBe(records.reduce((n, r) => n + r.proposers.length, 0));
  });

  it('describes every CSV in datapackage.json with the columns the file has', () => {
    const pkg = JSON.parse(readFileSync(join(out, 'datapackage.json'), 'utf8'));
    expect(pkg.profile).toBe('tabular-data-package');
    for (const r of pkg.resources) {
      const header = lines(r.path)[0]?.split(',');
      expect(r.schema.fields.map((f: { name: string }) => f.name)).toEqual(header);
      for (const f of r.schema.fields) expect(['string', 'integer', 'number', 'boolean']).toContain(f.type);
    }
    const initiatives = pkg.resources.find((r: { name: string }) => r.name === 'initiatives');
    expect(initiatives.schema.primaryKey).toEqual(['id']);
    expect(initiatives.schema.fields.find((f: { name: string }) => f.name === 'sentence_start').type).toBe(
      'integer',
    );
    expect(initiatives.schema.fields.find((f: { name: string }) => f.name === 'confidence').type).toBe(
      'number',
    );
  });

  it('prints the country by year table', () => {
    const text = execFileSync(process.execPath, ['dist/pipeline/cli.js', 'stats', out], { encoding: 'utf8' });
    expect(text).toMatch(/^country\s+2003\s/m);
    expect(text).toMatch(/^UZB\s/m);
  });
});
