import type { CanonicalRecord } from '../schemas/canonical.js';
import type { InitiativeRecord } from '../schemas/initiative.js';
import type { StanceRecord } from '../schemas/stance.js';
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
  stances: number;
  support: SupportGraph;
}

/** Who backed whose initiative: per linked initiative and year, and as a country x country matrix. */
export interface SupportGraph {
  initiatives: {
    /** the canonical id; an initiative named in no record is keyed by its document and words */
    key: string;
    canonical_id: string | null;
    initiative: string;
    owners: string[];
    years: {
      year: number | null;
      backers: string[];
      noted: string[];
      opposed: string[];
      not_joined: string[];
    }[];
  }[];
  /** countries in the order of the matrix's rows and columns */
  countries: string[];
  /** matrix[i][j]: distinct initiatives of countries[j] that countries[i] backed (support, welcome, endorse, approve, praise) */
  matrix: number[][];
}

const BACKING = new Set(['support', 'welcome', 'endorse', 'approve', 'praise']);
const OPPOSING = new Set(['oppose', 'reservation']);
const stanceKey = (s: StanceRecord) =>
  s.canonical_id ?? s.initiative_id ?? `${s.document}:${s.initiative.toLowerCase()}`;

/** The support graph of a batch's stance rows. */
export function supportGraph(stances: readonly StanceRecord[]): SupportGraph {
  const byKey = new Map<string, SupportGraph['initiatives'][number]>();
  for (const s of stances) {
    const key = stanceKey(s);
    const entry = byKey.get(key) ?? {
      key,
      canonical_id: s.canonical_id,
      initiative: s.initiative,
      owners: [],
      years: [],
    };
    entry.owners = [...new Set([...entry.owners, ...s.owners])].sort();
    const year = s.date ? Number(s.date.slice(0, 4)) : null;
    let y = entry.years.find((x) => x.year === year);
    if (!y) {
      y = { year, backers: [], noted: [], opposed: [], not_joined: [] };
      entry.years.push(y);
    }
    const list = BACKING.has(s.stance)
      ? y.backers
      : OPPOSING.has(s.stance)
        ? y.opposed
        : s.stance === 'note'
          ? y.noted
          : y.not_joined;
    if (!list.includes(s.actor)) list.push(s.actor);
    byKey.set(key, entry);
  }
  const initiatives = [...byKey.values()].sort((a, b) => a.key.localeCompare(b.key));
  for (const i of initiatives) {
    i.years.sort((a, b) => (a.year ?? 9999) - (b.year ?? 9999));
    for (const y of i.years) for (const l of [y.backers, y.noted, y.opposed, y.not_joined]) l.sort();
  }
  const pairs = new Map<string, Set<string>>();
  const countries = new Set<string>();
  for (const s of stances) {
    if (s.actor_type !== 'country' || !BACKING.has(s.stance)) continue;
    for (const owner of s.owners) {
      if (owner === s.actor) continue;
      countries.add(s.actor).add(owner);
      const k = `${s.actor}>${owner}`;
      pairs.set(k, (pairs.get(k) ?? new Set()).add(stanceKey(s)));
    }
  }
  const order = [...countries].sort();
  return {
    initiatives,
    countries: order,
    matrix: order.map((r) => order.map((c) => pairs.get(`${r}>${c}`)?.size ?? 0)),
  };
}

/** The matrix as text: rows back the initiatives of the columns. */
export function formatMatrix(graph: SupportGraph): string {
  if (graph.countries.length === 0) return "support matrix: no country backed another country's initiative";
  const head = ['backer\\owner', ...graph.countries];
  const table = [
    head,
    ...graph.countries.map((c, i) => [c, ...(graph.matrix[i] ?? []).map((n) => (n === 0 ? '.' : String(n)))]),
  ];
  const widths = head.map((_, i) => Math.max(...table.map((r) => (r[i] ?? '').length)));
  return [
    'support matrix: distinct initiatives of the column country that the row country backed',
    ...table.map((r) =>
      r.map((v, i) => (i === 0 ? v.padEnd(widths[i] ?? 0) : v.padStart(widths[i] ?? 0))).join('  '),
    ),
  ].join('\n');
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
  stances: readonly StanceRecord[] = [],
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
    stances: stances.length,
    support: supportGraph(stances),
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
