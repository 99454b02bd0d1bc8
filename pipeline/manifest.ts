import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Given } from './doc.js';

/**
 * A manifest beside the corpus, the form scrapers and archives deliver: CSV with a header row, or JSON
 * Lines, with `file` and `url` and optionally `date`, `title` and `source` for each file. Its values
 * outrank what the text says (the dates stage names `manifest` as the evidence).
 */
export type Manifest = Map<string, Given>;

/** RFC 4180 rows: quoted fields may hold commas, doubled quotes and line breaks. */
export function csvRecords(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      if (row.some((f) => f !== '')) rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  row.push(field);
  if (row.some((f) => f !== '')) rows.push(row);
  return rows;
}

const FIELDS = ['url', 'date', 'title', 'source'] as const;

function given(entry: Record<string, unknown>): Given {
  const out: Given = {};
  for (const f of FIELDS) {
    const v = entry[f];
    if (typeof v === 'string' && v.trim() !== '') out[f] = v.trim();
  }
  return out;
}

/**
 * Parses a manifest; entries are keyed by the file's path as written and by its base name, so a row
 * "dev/a.txt" or "a.txt" finds the file either way. Throws (a configuration error) when it has no
 * `file` column or a line is not JSON.
 */
export function parseManifest(text: string, name = 'manifest'): Manifest {
  const entries: Record<string, unknown>[] = [];
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed.startsWith('{')) {
    for (const [i, line] of trimmed.split(/\r?\n/).entries()) {
      if (line.trim() === '') continue;
      try {
        entries.push(JSON.parse(line) as Record<string, unknown>);
      } catch {
        throw new Error(`${name} line ${i + 1} is not JSON`);
      }
    }
  } else {
    const [head, ...rows] = csvRecords(trimmed);
    const columns = (head ?? []).map((h) => h.trim().toLowerCase());
    if (!columns.includes('file'))
      throw new Error(`${name} has no "file" column (columns: ${columns.join(', ')})`);
    for (const r of rows) entries.push(Object.fromEntries(columns.map((c, i) => [c, r[i] ?? ''])));
  }
  const manifest: Manifest = new Map();
  for (const e of entries) {
    const file = typeof e.file === 'string' ? e.file.trim() : '';
    if (file === '')
      throw new Error(`${name} has an entry without a file: ${JSON.stringify(e).slice(0, 80)}`);
    const g = given(e);
    manifest.set(file.replaceAll('\\', '/'), g);
    if (!manifest.has(basename(file))) manifest.set(basename(file), g);
  }
  return manifest;
}

export const readManifest = (path: string): Manifest => parseManifest(readFileSync(path, 'utf8'), path);

/** The manifest entry of an input file: by its displayed path, else by its name. */
export function lookup(manifest: Manifest, display: string): Given | undefined {
  const path = display.replaceAll('\\', '/');
  return manifest.get(path) ?? manifest.get(basename(path));
}
