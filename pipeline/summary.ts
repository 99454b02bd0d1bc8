import type { CanonicalRecord } from '../schemas/canonical.js';
import type { InitiativeRecord } from '../schemas/initiative.js';
import { countryName } from './reference/index.js';

/** Counts researchers ask for: by country, year, theme and rule; "distinct" counts linked initiatives once. */
export interface Summary {
  generated_by: string;
  documents: number;
  documents_failed: number;
  records: number;
  distinct_initiatives: number;
  by_country: { country: string; name: string; records: number; distinct: number }[];
  by_year: { year: number | null; records: number; distinct: number }[];
  by_theme: { theme: string | null; records: number; distinct: number }[];
  by_rule: { rule: string; records: number }[];
}

export interface CountryYearRow {
  country: string;
  name: string;
  year: number | null;
  theme: string | null;
  distinct: number;
  total: number;
}

const yearOf = (r: InitiativeRecord) => (r.date ? Number(r.date.slice(0, 4)) : null);

function tally<K>(records: readonly InitiativeRecord[], keys: (r: InitiativeRecord) => K[]) {
  const out = new Map<string, { key: K; records: number; ids: Set<string> }>();
  for (const r of records) {
    for (const k of keys(r)) {
      const s = JSON.stringify(k);
      const row = out.get(s) ?? { key: k, records: 0, ids: new Set<string>() };
      row.records++;
      row.ids.add(r.canonical_id ?? r.id);
      out.set(s, row);
    }
  }
  return [...out.values()];
}

export function summarise(
  records: readonly InitiativeRecord[],
  canonical: readonly CanonicalRecord[],
  documents: { total: number; failed: number },
  version: string,
): Summary {
  const byRecords = <T extends { records: number }>(a: T, b: T) => b.records - a.records;
  return {
    generated_by: `sco-initiatives ${version}`,
    documents: documents.total,
    documents_failed: documents.failed,
    records: records.length,
    distinct_initiatives: canonical.length,
    by_country: tally(records, (r) => r.proposers)
      .map((t) => ({ country: t.key, name: countryName(t.key), records: t.records, distinct: t.ids.size }))
      .sort((a, b) => byRecords(a, b) || a.country.localeCompare(b.country)),
    by_year: tally(records, (r) => [yearOf(r)])
      .map((t) => ({ year: t.key, records: t.records, distinct: t.ids.size }))
      .sort((a, b) => (a.year ?? 9999) - (b.year ?? 9999)),
    by_theme: tally(records, (r) => [r.theme])
      .map((t) => ({ theme: t.key, records: t.records, distinct: t.ids.size }))
      .sort((a, b) => byRecords(a, b) || String(a.theme).localeCompare(String(b.theme))),
    by_rule: tally(records, (r) => [r.rule])
      .map((t) => ({ rule: t.key, records: t.records }))
      .sort((a, b) => byRecords(a, b) || a.rule.localeCompare(b.rule)),
  };
}

/** Country x year x theme: distinct linked initiatives and total records. */
export function countryYearTable(records: readonly InitiativeRecord[]): CountryYearRow[] {
  return tally(records, (r) => r.proposers.map((c) => [c, yearOf(r), r.theme] as const))
    .map((t) => ({
      country: t.key[0],
      name: countryName(t.key[0]),
      year: t.key[1],
      theme: t.key[2],
      distinct: t.ids.size,
      total: t.records,
    }))
    .sort(
      (a, b) =>
        a.country.localeCompare(b.country) ||
        (a.year ?? 9999) - (b.year ?? 9999) ||
        String(a.theme ?? '').localeCompare(String(b.theme ?? '')),
    );
}

/** The country x year table as text for the terminal (`sco-initiatives stats`). */
export function formatStats(summary: Summary, rows: readonly CountryYearRow[]): string {
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => (a ?? 9999) - (b ?? 9999));
  const countries = [...new Set(rows.map((r) => r.country))].sort();
  const cell = (c: string, y: number | null) => {
    const rs = rows.filter((r) => r.country === c && r.year === y);
    const total = rs.reduce((n, r) => n + r.total, 0);
    return total === 0 ? '.' : String(total);
  };
  const head = ['country', ...years.map((y) => (y === null ? 'n/d' : String(y)))];
  const table = [head, ...countries.map((c) => [c, ...years.map((y) => cell(c, y))])];
  const widths = head.map((_, i) => Math.max(...table.map((r) => (r[i] ?? '').length)));
  const lines = table.map((r) =>
    r.map((v, i) => (i === 0 ? v.padEnd(widths[i] ?? 0) : v.padStart(widths[i] ?? 0))).join('  '),
  );
  return [
    `${summary.records} records, ${summary.distinct_initiatives} distinct initiatives, ${summary.documents} documents (${summary.documents_failed} failed)`,
    '',
    'records by proposer and year (n/d: no date)',
    ...lines,
    '',
    'by country: ' +
      summary.by_country.map((c) => `${c.country} ${c.records}/${c.distinct}`).join(', ') +
      '  (records/distinct)',
  ].join('\n');
}
