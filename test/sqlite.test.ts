import { appendFileSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { SQLITE_FILE, writeSqlite } from '../pipeline/writers/sqlite.js';

const initiative = (over: Record<string, unknown>) => ({
  id: '0000000000000001',
  document: 'a.txt',
  document_id: 'hash-a',
  proposers: ['KGZ'],
  proposer_names: ['Kyrgyzstan'],
  proposer_status: ['member'],
  person: null,
  initiative: 'to establish a mechanism',
  initiative_start: 40,
  initiative_end: 64,
  cue: 'initiative of',
  cue_start: 20,
  cue_end: 33,
  sco_response: 'noted',
  date: '2019-06-14',
  date_source: 'document',
  theme: null,
  sentence: 'The member states noted the initiative of Kyrgyzstan to establish a mechanism.',
  sentence_index: 0,
  sentence_start: 0,
  sentence_end: 80,
  rule: 'initiative-of',
  confidence: 0.9,
  canonical_id: 'aaaaaaaaaaaa',
  ...over,
});

const FIXTURE = {
  'initiatives.jsonl': [
    initiative({}),
    initiative({
      id: '0000000000000002',
      proposers: ['CHN', 'RUS'],
      proposer_names: ['China', 'Russia'],
      proposer_status: ['member', 'member'],
      confidence: 0.75,
      canonical_id: 'bbbbbbbbbbbb',
    }),
    // no canonical_id at all: the column holds NULL
    Object.fromEntries(
      Object.entries(
        initiative({
          id: '0000000000000003',
          document: 'b.txt',
          proposers: ['CHN'],
          proposer_names: ['China'],
          date: null,
        }),
      ).filter(([k]) => k !== 'canonical_id'),
    ),
  ],
  'initiatives_canonical.jsonl': [
    {
      canonical_id: 'aaaaaaaaaaaa',
      label: 'mechanism',
      proposers: ['KGZ'],
      themes: [],
      first_date: '2019-06-14',
      last_date: '2019-06-14',
      first_year: 2019,
      documents: ['a.txt'],
      record_ids: ['0000000000000001'],
      mentions: 1,
      key_terms: ['mechanism'],
    },
    {
      canonical_id: 'bbbbbbbbbbbb',
      label: 'mechanism',
      proposers: ['CHN', 'RUS'],
      themes: ['Security'],
      first_date: null,
      last_date: null,
      first_year: null,
      documents: ['a.txt'],
      record_ids: ['0000000000000002'],
      mentions: 1,
      key_terms: [],
    },
  ],
  'documents.jsonl': [
    {
      file: 'a.txt',
      document: 'a.txt',
      id: 'hash-a',
      title: 'Bishkek Declaration',
      date: '2019-06-14',
      date_evidence: '14 June 2019',
      genre: 'declaration',
      meeting: null,
      location: 'Bishkek',
      participants: ['Xi Jinping (CHN)', 'Vladimir Putin (RUS)'],
      participant_countries: ['CHN', 'RUS'],
      words: 120,
      sentences: 2,
      proposals: 2,
      status: 'ok',
      error: null,
      reviewed: true, // a field beyond the known ones becomes an extra column
    },
    {
      file: 'sub/b.txt',
      document: 'b.txt',
      id: '',
      title: null,
      date: null,
      date_evidence: null,
      genre: null,
      meeting: null,
      location: null,
      participants: [],
      participant_countries: [],
      words: 0,
      sentences: 1,
      proposals: 1,
      status: 'error',
      error: 'unreadable',
      note: null, // an extra field that is always null still gets a (TEXT) column
    },
  ],
  'entities.jsonl': [
    {
      document: 'a.txt',
      sentence_index: 0,
      type: 'country',
      text: 'Kyrgyzstan',
      value: 'KGZ',
      name: 'Kyrgyzstan',
      country: 'KGZ',
      role: null,
      via: 'gazetteer',
      start: 42,
      end: 52,
    },
    {
      document: 'a.txt',
      sentence_index: null,
      type: 'date',
      text: '14 June 2019',
      value: '2019-06-14',
      name: null,
      country: null,
      role: null,
      via: 'chrono',
      start: 0,
      end: 12,
    },
    {
      document: 'b.txt',
      sentence_index: 0,
      type: 'country',
      text: 'China',
      value: 'CHN',
      name: 'China',
      country: 'CHN',
      role: null,
      via: 'gazetteer',
      start: 3,
      end: 8,
    },
  ],
  'sentences.jsonl': [
    { document: 'a.txt', index: 0, start: 0, end: 80, heading: null, text: 'The member states noted...' },
    { document: 'a.txt', index: 1, start: 81, end: 120, heading: 'Security', text: 'China and Russia...' },
    { document: 'b.txt', index: 0, start: 0, end: 50, heading: null, text: 'China proposed...' },
  ],
  'messages.jsonl': [],
  'stances.jsonl': [
    {
      id: 'aaaaaaaaaaaaaaaa',
      document: 'a.txt',
      initiative_id: null,
      canonical_id: null,
      initiative: "China's Belt and Road Initiative",
      owners: ['CHN'],
      actor: 'IND',
      actor_type: 'country',
      stance: 'not_joined',
      inferred: true,
      cue: 'Reaffirming their support for',
      cue_start: 0,
      cue_end: 29,
      sentence: 'Reaffirming their support for ...',
      sentence_index: 0,
      sentence_start: 0,
      sentence_end: 80,
      date: '2020-11-10',
      rule: 'not-in-list',
      confidence: 0.8,
    },
  ],
} satisfies Record<string, object[]>;

const TABLES: Record<string, keyof typeof FIXTURE> = {
  initiatives: 'initiatives.jsonl',
  initiatives_canonical: 'initiatives_canonical.jsonl',
  stances: 'stances.jsonl',
  documents: 'documents.jsonl',
  entities: 'entities.jsonl',
  sentences: 'sentences.jsonl',
  messages: 'messages.jsonl',
};

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function fixtureDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sco-sqlite-'));
  dirs.push(dir);
  for (const [file, rows] of Object.entries(FIXTURE))
    writeFileSync(join(dir, file), rows.map((r) => `${JSON.stringify(r)}\n`).join(''));
  return dir;
}

/** Runs `f` on the database read-only and closes it. */
function query<T>(path: string, f: (db: Database.Database) => T): T {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return f(db);
  } finally {
    db.close();
  }
}

const count = (db: Database.Database, table: string) =>
  (db.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number }).n;

describe('writeSqlite', () => {
  it('writes one row per JSONL record into each table', () => {
    const dir = fixtureDir();
    const path = writeSqlite(dir);
    expect(path).toBe(join(dir, SQLITE_FILE));
    query(path, (db) => {
      for (const [table, file] of Object.entries(TABLES))
        expect(count(db, table), table).toBe(FIXTURE[file].length);
    });
  });

  it('holds the stances, owners as JSON and inferred as 0/1', () => {
    const path = writeSqlite(fixtureDir());
    query(path, (db) => {
      expect(db.prepare('SELECT actor, stance, owners, inferred FROM stances').all()).toEqual([
        { actor: 'IND', stance: 'not_joined', owners: '["CHN"]', inferred: 1 },
      ]);
    });
  });

  it('has one initiative_proposers row per proposer, with its status', () => {
    const path = writeSqlite(fixtureDir());
    query(path, (db) => {
      const byCountry = db
        .prepare('SELECT country, COUNT(*) AS n FROM initiative_proposers GROUP BY country ORDER BY country')
        .all();
      expect(byCountry).toEqual([
        { country: 'CHN', n: 2 },
        { country: 'KGZ', n: 1 },
        { country: 'RUS', n: 1 },
      ]);
      expect(
        db
          .prepare(
            "SELECT initiative_id, country, status FROM initiative_proposers WHERE initiative_id = '0000000000000002' ORDER BY country",
          )
          .all(),
      ).toEqual([
        { initiative_id: '0000000000000002', country: 'CHN', status: 'member' },
        { initiative_id: '0000000000000002', country: 'RUS', status: 'member' },
      ]);
    });
  });

  it('keeps values and types: arrays as JSON text, integers, reals and NULLs', () => {
    const path = writeSqlite(fixtureDir());
    query(path, (db) => {
      const rows = db.prepare('SELECT * FROM initiatives ORDER BY id').all() as Record<string, unknown>[];
      expect(rows.map((r) => JSON.parse(r.proposers as string))).toEqual([['KGZ'], ['CHN', 'RUS'], ['CHN']]);
      expect(JSON.parse(rows[1]?.proposer_names as string)).toEqual(['China', 'Russia']);
      expect(rows[1]?.confidence).toBe(0.75);
      expect(rows[0]?.sentence_end).toBe(80);
      expect(rows[0]?.person).toBeNull();
      expect(rows[2]?.canonical_id).toBeNull();
      expect(rows[2]?.date).toBeNull();
      expect(
        db
          .prepare(
            "SELECT typeof(confidence) AS c, typeof(sentence_index) AS i, typeof(proposers) AS p FROM initiatives WHERE id = '0000000000000001'",
          )
          .get(),
      ).toEqual({ c: 'real', i: 'integer', p: 'text' });

      const canon = db
        .prepare("SELECT * FROM initiatives_canonical WHERE canonical_id = 'bbbbbbbbbbbb'")
        .get() as Record<string, unknown>;
      expect(JSON.parse(canon.themes as string)).toEqual(['Security']);
      expect(JSON.parse(canon.key_terms as string)).toEqual([]);
      expect(canon.first_year).toBeNull();

      const doc = db.prepare("SELECT * FROM documents WHERE file = 'a.txt'").get() as Record<string, unknown>;
      expect(JSON.parse(doc.participants as string)).toEqual(['Xi Jinping (CHN)', 'Vladimir Putin (RUS)']);
      expect(JSON.parse(doc.participant_countries as string)).toEqual(['CHN', 'RUS']);
      expect(doc.reviewed).toBe(1);

      // SQLite's JSON functions read the arrays directly.
      expect(
        db
          .prepare(
            "SELECT j.value AS c FROM initiatives, json_each(initiatives.proposers) j WHERE initiatives.id = '0000000000000002'",
          )
          .all(),
      ).toEqual([{ c: 'CHN' }, { c: 'RUS' }]);

      expect(
        db.prepare('SELECT "index", heading FROM sentences WHERE document = ? ORDER BY "index"').all('a.txt'),
      ).toEqual([
        { index: 0, heading: null },
        { index: 1, heading: 'Security' },
      ]);
      expect(db.prepare('SELECT rowid, value FROM entities ORDER BY rowid').all()).toEqual([
        { rowid: 1, value: 'KGZ' },
        { rowid: 2, value: '2019-06-14' },
        { rowid: 3, value: 'CHN' },
      ]);
    });
  });

  it('creates the known columns in their fixed order, extra fields after them', () => {
    const path = writeSqlite(fixtureDir());
    query(path, (db) => {
      const columns = (table: string) =>
        (
          db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string; type: string; pk: number }[]
        ).map((c) => `${c.name} ${c.type}${c.pk ? ` pk${c.pk}` : ''}`);
      expect(columns('initiatives').slice(0, 4)).toEqual([
        'id TEXT pk1',
        'document TEXT',
        'document_id TEXT',
        'proposers TEXT',
      ]);
      expect(columns('initiatives').at(-2)).toBe('confidence REAL');
      expect(columns('initiatives').at(-1)).toBe('canonical_id TEXT');
      expect(columns('documents').slice(-3)).toEqual(['error TEXT', 'reviewed INTEGER', 'note TEXT']);
      expect(columns('sentences')).toEqual([
        'document TEXT pk1',
        'index INTEGER pk2',
        'start INTEGER',
        'end INTEGER',
        'heading TEXT',
        'text TEXT',
      ]);
      // messages.jsonl is empty, yet its table has every known column
      expect(columns('messages')).toEqual([
        'rowid INTEGER pk1',
        'document TEXT',
        'stage TEXT',
        'rule TEXT',
        'severity TEXT',
        'reason TEXT',
        'start INTEGER',
        'end INTEGER',
      ]);
      expect(columns('entities')[0]).toBe('rowid INTEGER pk1');
      expect(columns('initiative_proposers')).toEqual(['initiative_id TEXT', 'country TEXT', 'status TEXT']);
    });
  });

  it('creates the indexes', () => {
    const path = writeSqlite(fixtureDir());
    query(path, (db) => {
      const indexes = db
        .prepare("SELECT tbl_name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
        .all() as { tbl_name: string; sql: string }[];
      const on = indexes.map(
        (i) => `${i.tbl_name}(${/\(([^)]*)\)\s*$/.exec(i.sql)?.[1]?.replaceAll('"', '')})`,
      );
      expect(on).toEqual(
        expect.arrayContaining([
          'initiatives(document)',
          'initiatives(canonical_id)',
          'initiatives(date)',
          'initiative_proposers(country)',
          'entities(document, type)',
          'entities(value)',
          'sentences(document)',
        ]),
      );
      // the planner uses them
      const plan = db
        .prepare("EXPLAIN QUERY PLAN SELECT COUNT(*) FROM initiative_proposers WHERE country = 'CHN'")
        .all() as { detail: string }[];
      expect(plan.map((p) => p.detail).join(' ')).toMatch(/USING (COVERING )?INDEX/);
    });
  });

  it('replaces the database on a second call, without duplicate rows or temporary files', () => {
    const dir = fixtureDir();
    const path = writeSqlite(dir);
    expect(writeSqlite(dir)).toBe(path);
    query(path, (db) => {
      expect(count(db, 'initiatives')).toBe(3);
      expect(count(db, 'initiative_proposers')).toBe(4);
      expect(count(db, 'entities')).toBe(3);
    });
    // the new file reflects the new outputs
    appendFileSync(
      join(dir, 'initiatives.jsonl'),
      `${JSON.stringify(initiative({ id: '0000000000000004', proposers: ['IND'], proposer_status: ['member'] }))}\n`,
    );
    writeSqlite(dir);
    query(path, (db) => {
      expect(count(db, 'initiatives')).toBe(4);
      expect(
        db.prepare("SELECT COUNT(*) AS n FROM initiative_proposers WHERE country = 'IND'").get(),
      ).toEqual({
        n: 1,
      });
    });
    expect(readdirSync(dir).filter((f) => f.includes('.tmp') || f.endsWith('-journal'))).toEqual([]);
  });

  it('gives an empty canonical table when initiatives_canonical.jsonl is absent', () => {
    const dir = fixtureDir();
    rmSync(join(dir, 'initiatives_canonical.jsonl'));
    query(writeSqlite(dir), (db) => {
      expect(count(db, 'initiatives_canonical')).toBe(0);
      expect(count(db, 'initiatives')).toBe(3);
    });
  });

  it('fails on a bad line naming file and line, leaving the previous database and no temporary file', () => {
    const dir = fixtureDir();
    const path = writeSqlite(dir);
    const before = statSync(path).mtimeMs;
    appendFileSync(join(dir, 'entities.jsonl'), '{"document": "a.txt", \n');
    expect(() => writeSqlite(dir)).toThrow(/entities\.jsonl:4: not JSON/);
    // a duplicate primary key is reported with its line too
    writeFileSync(
      join(dir, 'entities.jsonl'),
      FIXTURE['entities.jsonl'].map((r) => `${JSON.stringify(r)}\n`).join(''),
    );
    appendFileSync(join(dir, 'initiatives.jsonl'), `${JSON.stringify(initiative({}))}\n`);
    expect(() => writeSqlite(dir)).toThrow(/initiatives\.jsonl:4: UNIQUE constraint failed/);
    expect(statSync(path).mtimeMs).toBe(before);
    query(path, (db) => expect(count(db, 'initiatives')).toBe(3));
    expect(readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  it('requires the outputs of a run', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sco-sqlite-'));
    dirs.push(dir);
    expect(() => writeSqlite(dir)).toThrow(/initiatives\.jsonl not found/);
    expect(readdirSync(dir)).toEqual([]);
  });
});
