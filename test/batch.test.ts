import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../pipeline/batch.js';
import { collapseSpace } from '../pipeline/doc.js';
import { csvLines, neutralise } from '../pipeline/writers/csv.js';
import { makePdf } from './fixtures-pdf.js';
import { extract } from './helpers.js';

const tmp = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));
const jsonl = (path: string) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
const PROPOSAL =
  'The member states noted the initiative of the Kyrgyz Republic to establish a mechanism for discussing ways to fight economic crime.';

/** What must not depend on how a document was encoded or formatted. */
const essence = (r: Record<string, unknown>) => [
  r.proposers,
  r.initiative,
  r.cue,
  r.date,
  r.sentence,
  r.rule,
];

describe('the same document in every encoding and format gives the same records', () => {
  const text = readFileSync('corpus/000_7419272fa326d151.txt', 'utf8');
  const dir = tmp('sco-enc-');
  const files: Record<string, Buffer> = {
    'utf8.txt': Buffer.from(text, 'utf8'),
    'utf8-bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]),
    'utf16le.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16-le')]),
    'utf16be.txt': Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf16-be')]),
    'win1252.txt': iconv.encode(text, 'windows-1252'),
    'crlf.txt': Buffer.from(text.replace(/\n/g, '\r\n'), 'utf8'),
    'cr.txt': Buffer.from(text.replace(/\n/g, '\r'), 'utf8'),
    'page.html': Buffer.from(
      `<!doctype html><html><head><title>x</title><script>var proposed = "by China";</script><style>p{}</style></head><body><nav>Home | News</nav>${text
        .split(/\n\s*\n/)
        .map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/'/g, '&#39;')}</p>`)
        .join('\n')}</body></html>`,
      'utf8',
    ),
  };
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);

  it.each(Object.keys(files).filter((f) => f !== 'utf8.txt'))('%s', async (name) => {
    const out = tmp('sco-enc-out-');
    await runBatch({ inputs: [join(dir, 'utf8.txt'), join(dir, name)], out, jobs: 1 });
    const records = jsonl(join(out, 'initiatives.jsonl'));
    const base = records.filter((r) => r.document === 'utf8.txt').map(essence);
    expect(base.length).toBeGreaterThan(1);
    expect(records.filter((r) => r.document === name).map(essence)).toEqual(base);
  });
});

describe('bad input is normal input', () => {
  it('marks each bad file failed with a reason, processes the rest, and never throws', async () => {
    const dir = tmp('sco-bad-');
    const nested = `${'<div>'.repeat(20000)}<p>${PROPOSAL}</p>${'</div>'.repeat(20000)}`;
    const bad: Record<string, string | Buffer> = {
      'empty.txt': '',
      'blank.txt': ' \n\t\n  ',
      'binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]),
      'invalid-utf8.txt': Buffer.concat([Buffer.from(PROPOSAL), Buffer.from([0xff, 0xfe, 0xfd, 0x80])]),
      'huge.txt': Buffer.alloc(50 * 1024 * 1024, 'a'),
      'one-long-line.txt': 'word '.repeat(1_000_000),
      'repetition.txt': `The member states noted ${'the initiative of '.repeat(50_000)}the Kyrgyz Republic.`,
      'nested.html': nested,
      'with space and "quotes".txt': PROPOSAL,
      '-leading-dash.txt': PROPOSAL,
      'scan.pdf': Buffer.from('%PDF-1.4 not really a pdf'),
      'notes.docx': 'skipped',
    };
    for (const [name, content] of Object.entries(bad)) writeFileSync(join(dir, name), content);
    const out = tmp('sco-bad-out-');
    const summary = await runBatch({ inputs: [dir], out, jobs: 1 });
    const docs = Object.fromEntries(jsonl(join(out, 'documents.jsonl')).map((d) => [d.document, d]));
    expect(docs['empty.txt']?.error).toMatch(/empty/);
    expect(docs['blank.txt']?.error).toMatch(/empty/);
    expect(docs['binary.txt']?.error).toMatch(/binary/);
    expect(docs['huge.txt']?.error).toMatch(/too large/);
    expect(docs['scan.pdf']?.error).toMatch(/PDF/);
    for (const ok of [
      'invalid-utf8.txt',
      'one-long-line.txt',
      'repetition.txt',
      'nested.html',
      'with space and "quotes".txt',
      '-leading-dash.txt',
    ]) {
      expect(docs[ok]?.status, ok).toBe('ok');
    }
    expect(docs['notes.docx']).toBeUndefined();
    expect(summary.failed).toBe(5);
    expect(summary.skipped).toBe(1);
    const byDoc = jsonl(join(out, 'initiatives.jsonl')).map(
      (r) => `${r.document}:${(r.proposers as string[]).join()}`,
    );
    for (const f of ['invalid-utf8.txt', 'nested.html', 'with space and "quotes".txt', '-leading-dash.txt'])
      expect(byDoc).toContain(`${f}:KGZ`);
    const errors = jsonl(join(out, 'messages.jsonl')).filter((m) => m.severity === 'error');
    expect(errors.map((m) => m.document).sort()).toEqual([
      'binary.txt',
      'blank.txt',
      'empty.txt',
      'huge.txt',
      'scan.pdf',
    ]);
  }, 120_000);

  it('reads the text of a PDF', async () => {
    const dir = tmp('sco-pdf-');
    writeFileSync(
      join(dir, 'release.pdf'),
      makePdf([
        'The member states noted the initiative of the Kyrgyz Republic',
        'to establish a mechanism for discussing ways to fight economic crime.',
      ]),
    );
    const out = tmp('sco-pdf-out-');
    await runBatch({ inputs: [dir], out, jobs: 1 });
    expect(jsonl(join(out, 'initiatives.jsonl')).map((r) => [r.proposers, r.initiative])).toEqual([
      [['KGZ'], 'establish a mechanism for discussing ways to fight economic crime'],
    ]);
  });
});

describe('no pattern takes super-linear time', () => {
  // Work per character must stay flat as adversarial input grows fourfold (quadratic would be 4x).
  const perChar = (text: string) => {
    extract(text);
    const t0 = performance.now();
    extract(text);
    return (performance.now() - t0) / text.length;
  };
  it.each([
    ['repeated cue phrases', (n: number) => 'the initiative of '.repeat(n)],
    ['one sentence without punctuation', (n: number) => 'word '.repeat(n * 4)],
    ['capitalised words', (n: number) => 'Republic Of The '.repeat(n)],
    ['quotes and brackets', (n: number) => '“(“('.repeat(n * 4)],
  ])('%s', (_, make) => {
    const small = perChar(make(5_000));
    const large = perChar(make(20_000));
    expect(large / small).toBeLessThan(3);
  });
});

describe('properties of any input', () => {
  it('random text never throws and every evidence span maps back to the raw text', () => {
    const word = fc.constantFrom(
      'Russia',
      'proposed',
      'the',
      'initiative',
      'of',
      'China',
      'to',
      'create',
      'He',
      'urged',
      '.',
      ',',
      '\n',
      '\n\n',
      '“',
      '”',
      'Sept.',
      '2019-2021',
      'Kazakhstan’s',
      'said',
      'should',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(word, fc.string()), { maxLength: 60 }), (parts) => {
        const raw = parts.join(' ');
        const r = extract(raw);
        for (const rec of r.initiatives) {
          expect(collapseSpace(raw.slice(rec.sentence_start, rec.sentence_end))).toBe(rec.sentence);
          expect(rec.initiative_start).toBeGreaterThanOrEqual(rec.sentence_start);
          expect(rec.initiative_end).toBeLessThanOrEqual(rec.sentence_end);
        }
        for (const e of r.entities) expect(e.end).toBeLessThanOrEqual(raw.length);
      }),
      { numRuns: 300 },
    );
  });

  it('random bytes never throw', async () => {
    const dir = tmp('sco-bytes-');
    const samples = fc.sample(fc.uint8Array({ minLength: 1, maxLength: 400 }), 40);
    samples.forEach((b, i) => {
      writeFileSync(join(dir, `r${i}.txt`), b);
    });
    const out = tmp('sco-bytes-out-');
    const summary = await runBatch({ inputs: [dir], out, jobs: 1 });
    expect(summary.documents).toBe(40);
    // Every file is accounted for: processed, or failed with a reason.
    const docs = jsonl(join(out, 'documents.jsonl'));
    expect(docs).toHaveLength(40);
    for (const d of docs) expect(d.status === 'ok' || typeof d.error === 'string').toBe(true);
  });
});

describe('outputs', () => {
  it.each([
    ['=HYPERLINK("http://x")', `'=HYPERLINK("http://x")`],
    ['+1', `'+1`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tx', `'\tx`],
    ['establish a fund', 'establish a fund'],
    [['CHN', 'RUS'], 'CHN;RUS'],
    [-5, '-5'],
  ])('CSV cell %j is written as %j', (value, cell) => {
    expect(neutralise(value)).toBe(cell);
  });

  it('CSV lines are RFC 4180: quoted when they hold a comma, quote or line break, quotes doubled, CRLF', () => {
    expect(
      csvLines([
        ['a', 'b,c', 'say "yes"', 'two\nlines', ''],
        ['1', 'plain', 'x', 'y', 'z'],
      ]),
    ).toBe('a,"b,c","say ""yes""","two\nlines",\r\n1,plain,x,y,z\r\n');
    expect(csvLines([])).toBe('');
  });

  it('a run killed while writing leaves the previous outputs whole', async () => {
    const input = tmp('sco-kill-in-');
    for (let i = 0; i < 60; i++) cpSync('corpus/001_03b34fe1c9b4c7e7.txt', join(input, `d${i}.txt`));
    const out = tmp('sco-kill-out-');
    mkdirSync(out, { recursive: true });
    await runBatch({ inputs: ['corpus'], out, jobs: 1 });
    const before = Object.fromEntries(
      readdirSync(out)
        .filter((f) => !f.startsWith('.'))
        .map((f) => [f, readFileSync(join(out, f), 'utf8')]),
    );
    const child = spawn(process.execPath, [
      'dist/pipeline/cli.js',
      'run',
      input,
      '--out',
      out,
      '--jobs',
      '1',
      '--quiet',
    ]);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    for (const [f, content] of Object.entries(before))
      expect(readFileSync(join(out, f), 'utf8'), f).toBe(content);
    // The next run clears what the killed one left behind.
    await runBatch({ inputs: ['corpus'], out, jobs: 1 });
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 60_000);

  it('an incremental run gives the same outputs as a full run, reusing unchanged documents', async () => {
    const input = tmp('sco-inc-in-');
    cpSync('corpus', input, { recursive: true });
    const inc = tmp('sco-inc-');
    await runBatch({ inputs: [input], out: inc, jobs: 1, incremental: true });
    writeFileSync(
      join(input, '003_e36df35ba171b958.txt'),
      `${readFileSync(join(input, '003_e36df35ba171b958.txt'), 'utf8')}\n\n${PROPOSAL}\n`,
    );
    rmSync(join(input, '000_7419272fa326d151.txt'));
    writeFileSync(join(input, 'new.txt'), PROPOSAL);
    const second = await runBatch({ inputs: [input], out: inc, jobs: 1, incremental: true });
    expect(second.unchanged).toBe(3);
    const full = tmp('sco-full-');
    await runBatch({ inputs: [input], out: full, jobs: 1 });
    for (const f of readdirSync(full))
      expect(readFileSync(join(inc, f), 'utf8'), f).toBe(readFileSync(join(full, f), 'utf8'));
  }, 60_000);
});

describe('run --manifest', () => {
  const BODY =
    'Kazakhstan proposed to create a regional water council, the ministry said in a statement after the meeting.';
  const documents = (out: string) =>
    readFileSync(join(out, 'documents.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);

  it('a manifest entry reaches its document, through the command line and worker threads', async () => {
    const dir = tmp('sco-manifest-in-');
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'a.txt'), `BISHKEK, May 11 (Example) -- ${BODY}`);
    writeFileSync(join(dir, 'b.txt'), BODY);
    const manifest = join(tmp('sco-manifest-'), 'manifest.csv');
    writeFileSync(
      manifest,
      'file,url,source\r\nsub/a.txt,"https://www.example.org/2023/05/12/water,council",Example Agency\r\nb.txt,https://example.net/news/20240705/x.html,\r\n',
    );
    const out = tmp('sco-manifest-out-');
    const child = spawn(process.execPath, [
      'dist/pipeline/cli.js',
      'run',
      dir,
      '--manifest',
      manifest,
      '--out',
      out,
      '--jobs',
      '2',
      '--quiet',
    ]);
    expect(await new Promise((resolve) => child.once('exit', resolve))).toBe(0);
    const [a, b] = documents(out).sort((x, y) => String(x.document).localeCompare(String(y.document)));
    // The dateline's month-day takes its year from the address; the manifest names the outlet.
    expect(a).toMatchObject({
      date: '2023-05-11',
      date_from: 'dateline',
      url: 'https://www.example.org/2023/05/12/water,council',
      source: 'Example Agency',
    });
    expect(b).toMatchObject({
      date: '2024-07-05',
      date_from: 'url',
      date_evidence_start: null,
      source: 'example.net',
    });
    const records = readFileSync(join(out, 'initiatives.jsonl'), 'utf8');
    expect(records).toContain('"date":"2024-07-05","date_source":"document"');
  }, 60_000);

  it('a manifest without a file column is a usage error, not a crash', async () => {
    const manifest = join(tmp('sco-manifest-'), 'm.csv');
    writeFileSync(manifest, 'name,url\nx.txt,https://example.org/\n');
    const child = spawn(process.execPath, [
      'dist/pipeline/cli.js',
      'run',
      'corpus',
      '--manifest',
      manifest,
      '--out',
      tmp('sco-m-'),
      '--quiet',
    ]);
    expect(await new Promise((resolve) => child.once('exit', resolve))).toBe(2);
  }, 30_000);
});
