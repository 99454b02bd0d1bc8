import { existsSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { StanceRecord } from '../../schemas/stance.js';
import { supportGraph } from '../summary.js';
import { renderPage } from './template.js';

/**
 * report.html: one self-contained page (vega, vega-lite and vega-embed inlined, data as JSON) with
 * charts per country, year and theme, a timeline of linked initiatives and a searchable record table.
 */

interface InitiativeRow {
  id?: string;
  document: string;
  proposers: string[];
  proposer_names?: string[];
  person?: string | null;
  initiative: string;
  date?: string | null;
  theme?: string | null;
  sentence: string;
  sentence_start?: number;
  initiative_start?: number;
  initiative_end?: number;
  canonical_id?: string | null;
}

interface CanonicalRow {
  canonical_id: string;
  label: string;
  proposers: string[];
  first_date: string | null;
  last_date: string | null;
  mentions: number;
  documents: string[];
}

interface Count {
  records: number;
  distinct: number;
}

interface Summary {
  generated_by?: string;
  documents?: number;
  documents_failed?: number;
  records: number;
  distinct_initiatives: number;
  by_country: (Count & { country: string; name?: string })[];
  by_year: (Count & { year: number | null })[];
  by_theme: (Count & { theme: string | null })[];
}

async function readJsonl<T>(path: string): Promise<T[]> {
  const text = await readFile(path, 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

/** The key that tells initiatives apart: the linked id, else the initiative text. */
const initiativeKey = (r: InitiativeRow) => r.canonical_id ?? r.initiative.toLowerCase();

/** Records and distinct initiatives per group; a record may fall into several groups. */
function countBy<K>(records: InitiativeRow[], groups: (r: InitiativeRow) => K[]): Map<K, Count> {
  const seen = new Map<K, { records: number; keys: Set<string> }>();
  for (const r of records) {
    for (const g of groups(r)) {
      const entry = seen.get(g) ?? { records: 0, keys: new Set<string>() };
      entry.records += 1;
      entry.keys.add(initiativeKey(r));
      seen.set(g, entry);
    }
  }
  return new Map([...seen].map(([g, e]) => [g, { records: e.records, distinct: e.keys.size }]));
}

function deriveSummary(records: InitiativeRow[], names: Map<string, string>): Summary {
  const year = (r: InitiativeRow) => (r.date && /^\d{4}/.test(r.date) ? Number(r.date.slice(0, 4)) : null);
  return {
    documents: new Set(records.map((r) => r.document)).size,
    records: records.length,
    distinct_initiatives: new Set(records.map(initiativeKey)).size,
    by_country: [...countBy(records, (r) => r.proposers)].map(([country, c]) => ({
      country,
      name: names.get(country),
      ...c,
    })),
    by_year: [...countBy(records, (r) => [year(r)])].map(([year, c]) => ({ year, ...c })),
    by_theme: [...countBy(records, (r) => [r.theme ?? null])].map(([theme, c]) => ({ theme, ...c })),
  };
}

function deriveCanonical(records: InitiativeRow[]): CanonicalRow[] {
  const groups = new Map<string, InitiativeRow[]>();
  for (const r of records) groups.set(initiativeKey(r), [...(groups.get(initiativeKey(r)) ?? []), r]);
  return [...groups].map(([key, rs]) => {
    const dates = rs.flatMap((r) => (r.date ? [r.date] : [])).sort();
    return {
      canonical_id: key,
      label: rs.map((r) => r.initiative).sort((a, b) => a.length - b.length)[0] ?? key,
      proposers: [...new Set(rs.flatMap((r) => r.proposers))].sort(),
      first_date: dates[0] ?? null,
      last_date: dates.at(-1) ?? null,
      mentions: rs.length,
      documents: [...new Set(rs.map((r) => r.document))].sort(),
    };
  });
}

/** An ISO date of any precision as a full day: the first day of its period, or the last. */
export function fullDay(date: string, end = false): string {
  const [y, m, d] = date.split('-');
  if (d) return date.slice(0, 10);
  if (m) return end ? new Date(Date.UTC(Number(y), Number(m), 0)).toISOString().slice(0, 10) : `${y}-${m}-01`;
  return end ? `${y}-12-31` : `${y}-01-01`;
}

/** A browser build of a package, read from the directory its entry point lives in. */
async function bundle(pkg: string, file: string): Promise<string> {
  const entry = createRequire(import.meta.url).resolve(pkg);
  const code = await readFile(join(dirname(entry), file), 'utf8');
  return code.replace(/^\/\/# sourceMappingURL=.*$/m, '').replace(/<\/script/gi, '<\\/script');
}

export async function writeReport(outDir: string): Promise<string> {
  const records = await readJsonl<InitiativeRow>(join(outDir, 'initiatives.jsonl'));
  const names = new Map<string, string>();
  for (const r of records) {
    for (const [i, code] of r.proposers.entries()) names.set(code, r.proposer_names?.[i] ?? code);
  }

  const canonicalPath = join(outDir, 'initiatives_canonical.jsonl');
  const summaryPath = join(outDir, 'summary.json');
  const canonical = existsSync(canonicalPath)
    ? await readJsonl<CanonicalRow>(canonicalPath)
    : deriveCanonical(records);
  const summary = existsSync(summaryPath)
    ? (JSON.parse(await readFile(summaryPath, 'utf8')) as Summary)
    : deriveSummary(records, names);

  // Stances: the support matrix and, per initiative, who backed it with the evidence.
  const stancesPath = join(outDir, 'stances.jsonl');
  const stances = existsSync(stancesPath) ? await readJsonl<StanceRecord>(stancesPath) : [];
  const graph = supportGraph(stances);

  const data = {
    generatedBy: summary.generated_by ?? null,
    support: { countries: graph.countries, matrix: graph.matrix },
    stances: stances.map((s) => ({
      initiative: s.initiative,
      owners: s.owners.join(', '),
      actor: s.actor,
      stance: s.inferred ? 'not joined (inferred)' : s.stance,
      date: s.date ?? '',
      sentence: s.sentence,
      document: s.document,
    })),
    totals: {
      documents: summary.documents ?? new Set(records.map((r) => r.document)).size,
      documentsFailed: summary.documents_failed ?? 0,
      records: summary.records,
      distinct: summary.distinct_initiatives,
    },
    byCountry: summary.by_country.map((c) => ({ ...c, name: c.name ?? names.get(c.country) ?? c.country })),
    // Undated records last; categories as labels.
    byYear: [...summary.by_year]
      .sort((a, b) => (a.year ?? Number.POSITIVE_INFINITY) - (b.year ?? Number.POSITIVE_INFINITY))
      .map((y) => ({ ...y, year: y.year === null ? 'undated' : String(y.year) })),
    byTheme: summary.by_theme.map((t) => ({ ...t, theme: t.theme ?? '(no theme)' })),
    timeline: canonical
      .filter((c) => c.first_date)
      .map((c) => ({
        label: c.label,
        proposers: c.proposers.map((p) => names.get(p) ?? p).join(', '),
        start: fullDay(c.first_date ?? ''),
        end: fullDay(c.last_date ?? c.first_date ?? '', true),
        mentions: c.mentions,
        documents: c.documents.length,
      })),
    rows: records.map((r) => {
      const offset = r.sentence_start ?? 0;
      return {
        country: (r.proposer_names ?? r.proposers).join(', '),
        person: r.person ?? '',
        date: r.date ?? '',
        initiative: r.initiative,
        sentence: r.sentence,
        // The initiative's span inside its sentence, for highlighting.
        mark:
          r.initiative_start === undefined
            ? null
            : [r.initiative_start - offset, (r.initiative_end ?? 0) - offset],
        document: r.document,
      };
    }),
  };

  const html = renderPage(JSON.stringify(data).replace(/</g, '\\u003c'), [
    await bundle('vega', 'vega.min.js'),
    await bundle('vega-lite', 'vega-lite.min.js'),
    await bundle('vega-embed', 'vega-embed.min.js'),
  ]);
  const path = join(outDir, 'report.html');
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(tmp, html, 'utf8');
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
  return path;
}
