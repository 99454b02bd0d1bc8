import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FormatError, parseFormats } from '../pipeline/formats.js';

const CLI = join(import.meta.dirname, '..', 'dist', 'pipeline', 'cli.js');
const cli = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
const VERSION = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')).version;
const PROPOSAL =
  'The member states noted the initiative of the Kyrgyz Republic to establish a mechanism for discussing ways to fight economic crime.\n';
/** The output files of a folder, hidden ones (the cache) left out. */
const files = (dir: string) =>
  readdirSync(dir)
    .filter((f) => !f.startsWith('.'))
    .sort();

describe('--format as people type it', () => {
  it('reads comma lists, spaces, any case and repeated flags, in a fixed order', () => {
    expect(parseFormats(['jsonl,csv'])).toEqual(['jsonl', 'csv']);
    expect(parseFormats(['CSV, jsonl'])).toEqual(['jsonl', 'csv']);
    expect(parseFormats(['sqlite', 'jsonl'])).toEqual(['jsonl', 'sqlite']);
    expect(parseFormats(['csv,,csv,'])).toEqual(['csv']);
    expect(() => parseFormats(['jsonl,xml'])).toThrow(FormatError);
    expect(() => parseFormats(['jsonl,xml'])).toThrow(/"xml"/);
    expect(() => parseFormats([' , '])).toThrow(/needs one or more of jsonl, csv, sqlite/);
  });

  describe('on the command line', () => {
    let input: string;
    let tmp: string;
    beforeAll(() => {
      tmp = mkdtempSync(join(tmpdir(), 'sco-format-'));
      input = join(tmp, 'in');
      mkdirSync(input);
      writeFileSync(join(input, 'good.txt'), PROPOSAL);
    });

    it('writes JSONL and CSV by default, and the same for --format jsonl,csv', () => {
      const byDefault = join(tmp, 'default');
      const listed = join(tmp, 'listed');
      expect(cli(['run', input, '--out', byDefault, '--quiet']).status).toBe(0);
      expect(cli(['run', input, '--out', listed, '--format', 'jsonl,csv', '--quiet']).status).toBe(0);
      expect(files(byDefault)).toEqual([
        'datapackage.json',
        'documents.csv',
        'documents.jsonl',
        'entities.csv',
        'entities.jsonl',
        'initiatives.csv',
        'initiatives.jsonl',
        'initiatives_canonical.csv',
        'initiatives_canonical.jsonl',
        'messages.jsonl',
        'sentences.jsonl',
        'stances.csv',
        'stances.jsonl',
        'summary.json',
        'summary_by_country_year.csv',
      ]);
      expect(files(listed)).toEqual(files(byDefault));
      for (const f of files(byDefault))
        if (f !== 'summary.json')
          expect(readFileSync(join(listed, f), 'utf8'), f).toBe(readFileSync(join(byDefault, f), 'utf8'));
    });

    it('writes only what is asked for, and removes the other formats an earlier run left', () => {
      const out = join(tmp, 'switch');
      expect(cli(['run', input, '--out', out, '--quiet']).status).toBe(0);
      const r = cli(['run', input, '--out', out, '--format', 'jsonl', '--quiet']);
      expect(r.status).toBe(0);
      expect(files(out).every((f) => f.endsWith('.jsonl') || f === 'summary.json')).toBe(true);
      expect(files(out)).toContain('initiatives.jsonl');
      const csv = cli(['run', input, '--out', out, '--format', 'CSV', '--quiet']);
      expect(csv.status).toBe(0);
      expect(files(out).filter((f) => f.endsWith('.jsonl'))).toEqual([]);
      expect(readFileSync(join(out, 'initiatives.csv'), 'utf8')).toContain('KGZ');
    });

    it('--format sqlite writes the database alone; it holds the records', async () => {
      const out = join(tmp, 'sqlite');
      const r = cli(['run', input, '--out', out, '--format', 'sqlite']);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain(`wrote ${join(out, 'sco-initiatives.sqlite')}`);
      expect(files(out)).toEqual(['sco-initiatives.sqlite', 'summary.json']);
      const { default: Database } = await import('better-sqlite3');
      const db = new Database(join(out, 'sco-initiatives.sqlite'), { readonly: true });
      expect(db.prepare('SELECT country FROM initiative_proposers').all()).toEqual([{ country: 'KGZ' }]);
      db.close();
    });

    it('repeated flags and spaced lists are one list', () => {
      const out = join(tmp, 'repeated');
      expect(
        cli(['run', input, '--out', out, '--format', 'jsonl', '--format', 'sqlite', '--quiet']).status,
      ).toBe(0);
      const spaced = join(tmp, 'spaced');
      expect(cli(['run', input, '--out', spaced, '--format=jsonl, sqlite', '--quiet']).status).toBe(0);
      expect(files(out)).toEqual(files(spaced));
      expect(files(out)).toContain('sco-initiatives.sqlite');
      expect(files(out)).toContain('initiatives.jsonl');
      expect(files(out).filter((f) => f.endsWith('.csv'))).toEqual([]);
    });

    it('an unknown format is a usage error naming it, and nothing is written', () => {
      const out = join(tmp, 'unknown');
      const r = cli(['run', input, '--out', out, '--format', 'jsonl,xlsx']);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('unknown format "xlsx"');
      expect(r.stderr).toContain('jsonl, csv, sqlite');
      expect(existsSync(out)).toBe(false);
      const empty = cli(['run', input, '--out', out, '--format', '']);
      expect(empty.status).toBe(2);
      expect(empty.stderr).toContain('--format needs');
    });
  });
});

describe('--help and --version', () => {
  it('every command has --help: its usage on stdout, ending with a newline, exit 0', () => {
    for (const [args, says] of [
      [['--help'], 'sco-initiatives run'],
      [['-h'], 'sco-initiatives eval'],
      [['run', '--help'], '--format: what to write'],
      [['eval', '--help'], 'sco-initiatives eval --gold FILE'],
      [['stats', '--help'], 'sco-initiatives stats [OUTPUT_DIR]'],
      [['report', '--help'], 'sco-initiatives report [OUTPUT_DIR]'],
      [['report', '-h'], 'report.html'],
    ] as const) {
      const r = cli([...args]);
      expect(r.status, args.join(' ')).toBe(0);
      expect(r.stdout, args.join(' ')).toContain(says);
      expect(r.stdout.endsWith('\n'), args.join(' ')).toBe(true);
      expect(r.stdout.endsWith('\n\n'), args.join(' ')).toBe(false);
      expect(r.stderr).toBe('');
    }
  });

  it('a command help says only that command', () => {
    const r = cli(['stats', '--help']);
    expect(r.stdout).not.toContain('sco-initiatives run');
    expect(cli(['run', '--help']).stdout).toContain('Exit codes:');
  });

  it('no command prints the help and exits 2, as before', () => {
    const r = cli([]);
    expect(r.status).toBe(2);
    expect(r.stdout).toContain('Usage:');
  });

  it('--version prints the name and the version of package.json', () => {
    const r = cli(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`sco-initiatives ${VERSION}\n`);
  });

  it('an unknown option of a command is still a usage error', () => {
    const r = cli(['stats', '--frobnicate']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--frobnicate');
  });
});

describe('eval over several sets, by rule', () => {
  it('scores each gold/pred pair and tallies every rule over all of them', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'sco-eval-'));
    const gold = (doc: string, initiative: string, optional = false) =>
      JSON.stringify({
        doc,
        proposers: ['KAZ'],
        initiative,
        key: initiative.split(' ').slice(-2),
        sentence: `Kazakhstan proposed ${initiative}.`,
        optional,
      });
    const pred = (document: string, initiative: string, rule: string, proposers = ['KAZ']) =>
      JSON.stringify({
        document,
        proposers,
        initiative,
        rule,
        sentence: `Kazakhstan proposed ${initiative}.`,
      });
    writeFileSync(
      join(tmp, 'g1.jsonl'),
      `${gold('a.txt', 'a water council')}\n${gold('a.txt', 'a seed bank', true)}\n`,
    );
    writeFileSync(
      join(tmp, 'p1.jsonl'),
      `${pred('a.txt', 'a water council', 'verb-subject')}\n${pred('a.txt', 'a seed bank', 'possessive')}\n`,
    );
    writeFileSync(join(tmp, 'g2.jsonl'), `${gold('b.txt', 'a grain reserve')}\n`);
    writeFileSync(
      join(tmp, 'p2.jsonl'),
      `${pred('b.txt', 'a grain reserve', 'verb-subject', ['RUS'])}\n${pred('b.txt', 'a film school', 'verb-subject')}\n`,
    );
    const r = cli([
      'eval',
      '--gold',
      join(tmp, 'g1.jsonl'),
      '--pred',
      join(tmp, 'p1.jsonl'),
      '--gold',
      join(tmp, 'g2.jsonl'),
      '--pred',
      join(tmp, 'p2.jsonl'),
      '--by-rule',
    ]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('strict F1: 1.000');
    expect(r.stdout).toContain('strict F1: 0.000');
    // verb-subject: one right (set 1), one with the wrong proposers and one false positive (set 2)
    expect(r.stdout).toMatch(/verb-subject\s+3\s+1\s+2\s+0\s+0\.333/);
    expect(r.stdout).toMatch(/possessive\s+1\s+0\s+0\s+1\s+n\/a/);
    expect(
      cli([
        'eval',
        '--gold',
        join(tmp, 'g1.jsonl'),
        '--gold',
        join(tmp, 'g2.jsonl'),
        '--pred',
        join(tmp, 'p1.jsonl'),
      ]).status,
    ).toBe(2);
  });
});
