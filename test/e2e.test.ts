import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { collapseSpace } from '../pipeline/doc.js';
import { type GoldRecord, type PredRecord, readRecords, score } from '../pipeline/eval.js';
import { DocumentSchema } from '../schemas/document.js';
import { InitiativeSchema } from '../schemas/initiative.js';
import { SentenceSchema } from '../schemas/sentence.js';

const CLI = join(import.meta.dirname, '..', 'dist', 'pipeline', 'cli.js');
const cli = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
const jsonl = (path: string) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('the CLI on the sample corpus', () => {
  let out: string;
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'sco-e2e-'));
    execFileSync(process.execPath, [CLI, 'run', 'corpus', '--out', out, '--quiet']);
  });

  it('writes records that the published schemas accept', () => {
    const initiatives = jsonl(join(out, 'initiatives.jsonl'));
    expect(initiatives.length).toBeGreaterThan(40);
    for (const r of initiatives) expect(InitiativeSchema.safeParse(r).success).toBe(true);
    const documents = jsonl(join(out, 'documents.jsonl'));
    expect(documents.map((d) => d.document)).toEqual(readdirCorpus());
    for (const d of documents) expect(DocumentSchema.parse(d).status).toBe('ok');
    for (const s of jsonl(join(out, 'sentences.jsonl'))) SentenceSchema.parse(s);
  });

  it('gives evidence sentences that are the raw file at their offsets, whitespace collapsed', () => {
    for (const r of jsonl(join(out, 'initiatives.jsonl'))) {
      const raw = readFileSync(join('corpus', String(r.document)), 'utf8');
      const start = Number(r.sentence_start);
      const end = Number(r.sentence_end);
      expect(collapseSpace(raw.slice(start, end))).toBe(r.sentence);
      // The initiative span lies inside its sentence.
      expect(Number(r.initiative_start)).toBeGreaterThanOrEqual(start);
      expect(Number(r.initiative_end)).toBeLessThanOrEqual(end);
    }
  });

  it('reaches strict F1 >= 0.85 on the sample gold with the project eval', () => {
    const s = score(
      readRecords<GoldRecord>('test/fixtures/gold.jsonl'),
      readRecords<PredRecord>(join(out, 'initiatives.jsonl')),
    );
    expect(s.strict.F).toBeGreaterThanOrEqual(0.85);
    expect(s.attribution_accuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('writes a CSV with one row per record and neutralised formula cells', () => {
    const csv = readFileSync(join(out, 'initiatives.csv'), 'utf8');
    const lines = csv.split('\r\n').filter((l) => l !== '');
    expect(lines[0]?.startsWith('id,document,proposers,')).toBe(true);
    expect(csv).not.toMatch(/(^|,)[=+@]/m);
  });

  it('writes the same bytes with two worker threads as with one', () => {
    const two = mkdtempSync(join(tmpdir(), 'sco-e2e-'));
    execFileSync(process.execPath, [CLI, 'run', 'corpus', '--out', two, '--jobs', '2', '--quiet']);
    for (const f of [
      'initiatives.jsonl',
      'initiatives.csv',
      'documents.csv',
      'sentences.jsonl',
      'entities.csv',
      'summary.json',
    ]) {
      expect(readFileSync(join(two, f), 'utf8')).toBe(readFileSync(join(out, f), 'utf8'));
    }
  });

  it('is deterministic: a second run writes byte-identical files', () => {
    const again = mkdtempSync(join(tmpdir(), 'sco-e2e-'));
    execFileSync(process.execPath, [CLI, 'run', 'corpus', '--out', again, '--quiet']);
    for (const f of ['initiatives.jsonl', 'initiatives.csv', 'documents.csv', 'sentences.jsonl']) {
      expect(readFileSync(join(again, f), 'utf8')).toBe(readFileSync(join(out, f), 'utf8'));
    }
  });
});

function readdirCorpus(): string[] {
  return [
    '000_7419272fa326d151.txt',
    '001_03b34fe1c9b4c7e7.txt',
    '002_caf0c4c22fe7828d.txt',
    '003_e36df35ba171b958.txt',
    '004_08b48eb676812ce3.txt',
  ];
}

describe('the CLI with --format jsonl,sqlite', () => {
  it('writes a database whose tables hold what the JSONL files hold', async () => {
    const out = mkdtempSync(join(tmpdir(), 'sco-sqlite-'));
    execFileSync(process.execPath, [
      CLI,
      'run',
      'corpus',
      '--out',
      out,
      '--format',
      'jsonl,sqlite',
      '--quiet',
    ]);
    const { default: Database } = await import('better-sqlite3');
    const db = new Database(join(out, 'sco-initiatives.sqlite'), { readonly: true });
    const count = (t: string) => (db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n;
    expect(count('initiatives')).toBe(jsonl(join(out, 'initiatives.jsonl')).length);
    expect(count('documents')).toBe(5);
    expect(count('initiatives_canonical')).toBe(jsonl(join(out, 'initiatives_canonical.jsonl')).length);
    db.close();
  });
});

describe('the CLI on bad input', () => {
  it('exits 2 with a message naming a missing input', () => {
    const r = cli(['run', 'no/such/folder', '--out', mkdtempSync(join(tmpdir(), 'sco-'))]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('no/such/folder');
  });

  it('marks failed documents, goes on with the rest and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sco-bad-'));
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'empty.txt'), '   \n');
    writeFileSync(join(dir, 'in', 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 255, 0]));
    writeFileSync(join(dir, 'in', 'photo.jpg'), 'not read');
    writeFileSync(
      join(dir, 'in', 'good.txt'),
      'The member states noted the initiative of the Kyrgyz Republic to establish a mechanism for discussing ways to fight economic crime.\n',
    );
    const r = cli(['run', join(dir, 'in'), '--out', join(dir, 'out')]);
    expect(r.status).toBe(1);
    const docs = jsonl(join(dir, 'out', 'documents.jsonl'));
    const byName = Object.fromEntries(docs.map((d) => [d.document, d]));
    expect(byName['empty.txt']?.status).toBe('error');
    expect(String(byName['binary.txt']?.error)).toMatch(/binary/);
    expect(byName['good.txt']?.status).toBe('ok');
    expect(byName['photo.jpg']).toBeUndefined();
    const records = jsonl(join(dir, 'out', 'initiatives.jsonl'));
    expect(records.map((x) => x.proposers)).toEqual([['KGZ']]);
    const messages = jsonl(join(dir, 'out', 'messages.jsonl'));
    expect(
      messages.some((m) => m.rule === 'unsupported-type' && String(m.reason).includes('photo.jpg')),
    ).toBe(true);
  });

  it('prints usage and exits 2 for an unknown command', () => {
    const r = cli(['frobnicate']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('unknown command');
  });
});
