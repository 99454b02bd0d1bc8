import {
  closeSync,
  existsSync,
  fsyncSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SQLITE_FILE } from '../formats.js';

export { SQLITE_FILE };

type SqlType = 'INTEGER' | 'REAL' | 'TEXT';

export interface SqliteTable {
  /** table name */
  table: string;
  /** JSONL file in the output folder the rows come from */
  file: string;
  /** a missing file gives an empty table instead of an error */
  optional?: boolean;
  /**
   * The known fields, in the order the columns are created. Every one becomes a column even when no
   * record has it (the value is then NULL), so the schema a dashboard queries does not depend on the data.
   * Arrays and objects are stored as JSON text; booleans as 0/1.
   */
  columns: readonly (readonly [name: string, type: SqlType])[];
  /**
   * Primary key columns, or 'rowid' for records without a natural key: the table then starts with a
   * `rowid INTEGER PRIMARY KEY` column holding the record's 1-based position in the JSONL file.
   */
  key: readonly string[] | 'rowid';
}

const T = 'TEXT';
const I = 'INTEGER';
const R = 'REAL';

/**
 * The tables and their known columns, mirroring the JSONL records field for field (see schemas/).
 * Fields that records carry beyond these are appended after them as they are met (see load).
 */
export const SQLITE_TABLES: readonly SqliteTable[] = [
  {
    table: 'initiatives',
    file: 'initiatives.jsonl',
    key: ['id'],
    columns: [
      ['id', T],
      ['document', T],
      ['document_id', T],
      ['proposers', T], // JSON array of alpha-3 codes; one row each in initiative_proposers
      ['proposer_names', T], // JSON array
      ['proposer_status', T], // JSON array, parallel to proposers
      ['person', T],
      ['initiative', T],
      ['initiative_start', I],
      ['initiative_end', I],
      ['cue', T],
      ['cue_start', I],
      ['cue_end', I],
      ['sco_response', T],
      ['date', T],
      ['date_source', T],
      ['theme', T],
      ['sentence', T],
      ['sentence_index', I],
      ['sentence_start', I],
      ['sentence_end', I],
      ['rule', T],
      ['confidence', R],
      ['canonical_id', T], // NULL when the record has none
    ],
  },
  {
    table: 'initiatives_canonical',
    file: 'initiatives_canonical.jsonl',
    optional: true,
    key: ['canonical_id'],
    columns: [
      ['canonical_id', T],
      ['label', T],
      ['proposers', T], // JSON array
      ['themes', T], // JSON array
      ['first_date', T],
      ['last_date', T],
      ['first_year', I],
      ['documents', T], // JSON array
      ['record_ids', T], // JSON array
      ['mentions', I],
      ['key_terms', T], // JSON array
    ],
  },
  {
    table: 'stances',
    file: 'stances.jsonl',
    optional: true,
    key: ['id'],
    columns: [
      ['id', T],
      ['document', T],
      ['initiative_id', T], // the initiatives row it is about, NULL when none
      ['canonical_id', T],
      ['initiative', T],
      ['owners', T], // JSON array of alpha-3 codes
      ['actor', T],
      ['actor_type', T],
      ['stance', T],
      ['inferred', I], // 0/1
      ['cue', T],
      ['cue_start', I],
      ['cue_end', I],
      ['sentence', T],
      ['sentence_index', I],
      ['sentence_start', I],
      ['sentence_end', I],
      ['date', T],
      ['rule', T],
      ['confidence', R],
    ],
  },
  {
    table: 'documents',
    file: 'documents.jsonl',
    key: ['file'],
    columns: [
      ['file', T],
      ['document', T],
      ['id', T],
      ['title', T],
      ['date', T],
      ['date_precision', T],
      ['date_from', T],
      ['date_evidence', T],
      ['date_evidence_start', I],
      ['date_evidence_end', I],
      ['url', T],
      ['source', T],
      ['genre', T],
      ['meeting', T],
      ['location', T],
      ['participants', T], // JSON array
      ['participant_countries', T], // JSON array
      ['words', I],
      ['sentences', I],
      ['proposals', I],
      ['status', T],
      ['error', T],
    ],
  },
  {
    table: 'entities',
    file: 'entities.jsonl',
    key: 'rowid',
    columns: [
      ['document', T],
      ['sentence_index', I],
      ['type', T],
      ['text', T],
      ['value', T],
      ['name', T],
      ['country', T],
      ['role', T],
      ['via', T],
      ['start', I],
      ['end', I],
    ],
  },
  {
    table: 'sentences',
    file: 'sentences.jsonl',
    key: ['document', 'index'],
    columns: [
      ['document', T],
      ['index', I],
      ['start', I],
      ['end', I],
      ['heading', T],
      ['text', T],
    ],
  },
  {
    table: 'messages',
    file: 'messages.jsonl',
    key: 'rowid',
    columns: [
      ['document', T],
      ['stage', T],
      ['rule', T],
      ['severity', T],
      ['reason', T],
      ['start', I],
      ['end', I],
    ],
  },
];

/** One row per proposer of each initiative, with the matching proposer_status element. */
const PROPOSERS_TABLE = 'initiative_proposers';

/** [table, columns] of every index, created after the rows are in. */
export const SQLITE_INDEXES: readonly (readonly [table: string, columns: readonly string[]])[] = [
  ['initiatives', ['document']],
  ['initiatives', ['canonical_id']],
  ['initiatives', ['date']],
  ['stances', ['initiative_id']],
  ['stances', ['actor', 'stance']],
  [PROPOSERS_TABLE, ['country']],
  [PROPOSERS_TABLE, ['initiative_id']],
  ['entities', ['document', 'type']],
  ['entities', ['value']],
  ['sentences', ['document']],
];

const q = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/** The lines of a file with their 1-based numbers, read in chunks so a file of any size fits in memory. */
function* lines(path: string): Generator<[number, string]> {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.allocUnsafe(1 << 20);
    let rest = Buffer.alloc(0);
    let n = 0;
    for (;;) {
      const read = readSync(fd, buf, 0, buf.length, null);
      if (read === 0) break;
      const chunk = rest.length ? Buffer.concat([rest, buf.subarray(0, read)]) : buf.subarray(0, read);
      let start = 0;
      for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, start)) {
        yield [++n, chunk.toString('utf8', start, nl)];
        start = nl + 1;
      }
      rest = Buffer.from(chunk.subarray(start)); // a copy: buf is overwritten by the next read
    }
    if (rest.length) yield [++n, rest.toString('utf8')];
  } finally {
    closeSync(fd);
  }
}

/** The records of a JSONL file with their line numbers; blank lines are skipped. */
function* records(path: string): Generator<[number, Record<string, unknown>]> {
  for (const [n, line] of lines(path)) {
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      throw new Error(`${path}:${n}: not JSON: ${(e as Error).message}`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      throw new Error(`${path}:${n}: not a JSON object`);
    yield [n, value as Record<string, unknown>];
  }
}

/** A JSON value as SQLite stores it: arrays and objects as JSON text, booleans as 0/1. */
function toSql(v: unknown): string | number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return JSON.stringify(v);
}

/** The column type for a field not in the known list, from its first non-null value. */
const typeOf = (v: unknown): SqlType =>
  typeof v === 'boolean' || (typeof v === 'number' && Number.isInteger(v))
    ? 'INTEGER'
    : typeof v === 'number'
      ? 'REAL'
      : 'TEXT';

function createTable(spec: SqliteTable): string {
  const defs = spec.columns.map(
    ([c, t]) => `${q(c)} ${t}${spec.key !== 'rowid' && spec.key.includes(c) ? ' NOT NULL' : ''}`,
  );
  if (spec.key === 'rowid') defs.unshift('rowid INTEGER PRIMARY KEY');
  else defs.push(`PRIMARY KEY (${spec.key.map(q).join(', ')})`);
  return `CREATE TABLE ${q(spec.table)} (\n  ${defs.join(',\n  ')}\n)`;
}

/**
 * Inserts the records of one JSONL file. A field beyond the known columns gets a column (ALTER TABLE) when
 * its first non-null value is met, typed by that value; a field that is null wherever it occurs gets a
 * TEXT column at the end. SQLite column names are case-insensitive: a field differing only in case from a
 * column is dropped.
 */
function load(
  db: Database.Database,
  spec: SqliteTable,
  path: string,
  each?: (r: Record<string, unknown>) => void,
) {
  const columns = spec.columns.map(([c]) => c);
  const taken = new Set(columns.map((c) => c.toLowerCase()));
  if (spec.key === 'rowid') taken.add('rowid');
  const nullOnly = new Set<string>();
  const rowid = spec.key === 'rowid';
  const prepare = () => {
    const names = [...(rowid ? ['rowid'] : []), ...columns.map(q)];
    return db.prepare<unknown[]>(
      `INSERT INTO ${q(spec.table)} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`,
    );
  };
  const addColumn = (name: string, type: SqlType) => {
    db.exec(`ALTER TABLE ${q(spec.table)} ADD COLUMN ${q(name)} ${type}`);
    taken.add(name.toLowerCase());
    nullOnly.delete(name);
    columns.push(name);
  };
  let insert = prepare();
  let ordinal = 0;
  for (const [n, record] of records(path)) {
    try {
      let added = false;
      for (const k in record)
        if (!taken.has(k.toLowerCase())) {
          const v = record[k];
          if (v === null || v === undefined) nullOnly.add(k);
          else {
            addColumn(k, typeOf(v));
            added = true;
          }
        }
      if (added) insert = prepare();
      const values = columns.map((c) => toSql(record[c]));
      if (rowid) values.unshift(++ordinal);
      insert.run(...values);
      each?.(record);
    } catch (e) {
      throw new Error(`${path}:${n}: ${(e as Error).message}`);
    }
  }
  for (const k of nullOnly) if (!taken.has(k.toLowerCase())) addColumn(k, 'TEXT');
}

/** Removes temporary databases left by runs whose process is gone. */
function sweep(outDir: string): void {
  for (const f of readdirSync(outDir)) {
    const m = /^sco-initiatives\.sqlite\.(\d+)\.tmp(-journal)?$/.exec(f);
    if (!m || Number(m[1]) === process.pid) continue;
    try {
      process.kill(Number(m[1]), 0);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ESRCH') rmSync(join(outDir, f), { force: true });
    }
  }
}

/**
 * Builds `outDir/sco-initiatives.sqlite` from the JSONL outputs in `outDir` and returns its path.
 *
 * One table per JSONL file (initiatives_canonical.jsonl may be absent: the table is then empty; the
 * other files must exist), one column per field (see SQLITE_TABLES), plus `initiative_proposers
 * (initiative_id, country, status)` with one row per proposer, so countries can be counted with plain SQL.
 * The database is built in `sco-initiatives.sqlite.<pid>.tmp` in one transaction and renamed over the old
 * file, so readers see the old database or the new one, never a half-written one.
 */
export function writeSqlite(outDir: string): string {
  const final = join(outDir, SQLITE_FILE);
  const tmp = `${final}.${process.pid}.tmp`;
  const inputs = SQLITE_TABLES.map((spec) => {
    const path = join(outDir, spec.file);
    if (existsSync(path)) return { spec, path };
    if (spec.optional) return { spec, path: null };
    throw new Error(`${path} not found: run the pipeline into ${outDir} first`);
  });
  sweep(outDir);
  rmSync(tmp, { force: true });
  rmSync(`${tmp}-journal`, { force: true });
  const db = new Database(tmp);
  try {
    // A crash mid-build leaves only the temporary file, which is never renamed: no journal needed.
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    db.pragma('cache_size = -131072'); // 128 MiB: building the indexes sorts in memory
    db.pragma('temp_store = MEMORY');
    db.transaction(() => {
      for (const { spec } of inputs) db.exec(createTable(spec));
      db.exec(
        `CREATE TABLE ${PROPOSERS_TABLE} (initiative_id TEXT NOT NULL, country TEXT NOT NULL, status TEXT)`,
      );
      const addProposer = db.prepare<[string, string, string | null]>(
        `INSERT INTO ${PROPOSERS_TABLE} (initiative_id, country, status) VALUES (?, ?, ?)`,
      );
      const proposers = (r: Record<string, unknown>) => {
        if (!Array.isArray(r.proposers)) return;
        const status = Array.isArray(r.proposer_status) ? r.proposer_status : [];
        r.proposers.forEach((country, i) => {
          addProposer.run(String(r.id), String(country), status[i] == null ? null : String(status[i]));
        });
      };
      for (const { spec, path } of inputs)
        if (path !== null) load(db, spec, path, spec.table === 'initiatives' ? proposers : undefined);
      for (const [table, cols] of SQLITE_INDEXES)
        db.exec(`CREATE INDEX ${q(`${table}_${cols.join('_')}`)} ON ${q(table)} (${cols.map(q).join(', ')})`);
    })();
    db.close();
    const fd = openSync(tmp, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, final);
  } catch (e) {
    if (db.open) db.close();
    rmSync(tmp, { force: true });
    throw e;
  }
  return final;
}
