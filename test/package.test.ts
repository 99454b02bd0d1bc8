import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

// The package as a user meets it: packed, installed by name into a new project, imported from
// JavaScript, its types used from TypeScript, its command run. Uses dist/ as `npm test` builds it.
const ROOT = join(import.meta.dirname, '..');
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const SENTENCE =
  'The member states noted the initiative of the Kyrgyz Republic to establish a mechanism for discussing ways to fight economic crime.';
const npm = (args: string[], cwd: string) =>
  execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('the package installed from its tarball', () => {
  let app: string;
  let packed: string[];
  beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), 'sco-package-'));
    // The scripts are skipped: `prepare` would compile again what `npm test` has just built.
    const [pack] = JSON.parse(
      npm(['pack', '--json', '--ignore-scripts', '--pack-destination', dir, '--loglevel=error'], ROOT),
    ) as { filename: string; files: { path: string }[] }[];
    if (!pack) throw new Error('npm pack gave no tarball');
    packed = pack.files.map((f) => f.path);
    app = join(dir, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), '{ "name": "app", "private": true, "type": "module" }\n');
    // Dependencies come from npm's cache; install scripts are skipped (better-sqlite3 would fetch or
    // compile its native module, which nothing here uses).
    npm(
      [
        'install',
        join(dir, pack.filename),
        '--prefer-offline',
        '--ignore-scripts',
        '--no-audit',
        '--no-fund',
        '--loglevel=error',
      ],
      app,
    );
  }, 240_000);

  it('holds the compiled library, its types and the JSON Schemas, not the sources or tests', () => {
    for (const f of [
      'dist/pipeline/index.js',
      'dist/pipeline/index.d.ts',
      'dist/pipeline/cli.js',
      'dist/pipeline/worker.js',
      'dist/pipeline/reference/countries.json',
      'dist/schemas/initiative.d.ts',
      'schemas/initiatives.schema.json',
    ])
      expect(packed).toContain(f);
    expect(
      packed.filter((f) =>
        /^(test|bench|pipeline|corpus|scripts)\/|\.map$|^dist\/(bench\/|scripts\/|\.)/.test(f),
      ),
    ).toEqual([]);
  });

  it('is imported by name: extract gives validated records with offsets into the text, run writes outputs', () => {
    writeFileSync(join(app, 'declaration.txt'), `${SENTENCE}\n`);
    writeFileSync(
      join(app, 'main.mjs'),
      `import { extract, run, InitiativeSchema, DocumentSchema } from 'sco-initiatives';
const text = ${JSON.stringify(`Declaration\n\n${SENTENCE}`)};
const result = await extract(text, { name: 'declaration.txt', date: '2020-11-10' });
const summary = await run({ inputs: ['declaration.txt'], out: 'out', jobs: 1, formats: ['jsonl'] });
console.log(JSON.stringify({
  text,
  result,
  valid: InitiativeSchema.array().safeParse(result.initiatives).success && DocumentSchema.safeParse(result.document).success,
  summary,
}));
`,
    );
    const { text, result, valid, summary } = JSON.parse(
      execFileSync(process.execPath, ['main.mjs'], { cwd: app, encoding: 'utf8' }),
    );
    expect(valid).toBe(true);
    expect(result.document).toMatchObject({ document: 'declaration.txt', date: '2020-11-10', status: 'ok' });
    expect(result.initiatives).toHaveLength(1);
    const [r] = result.initiatives;
    expect(r).toMatchObject({
      document: 'declaration.txt',
      proposers: ['KGZ'],
      initiative: 'establish a mechanism for discussing ways to fight economic crime',
      sco_response: 'noted',
      date: '2020-11-10',
      date_source: 'document',
    });
    expect(text.slice(r.initiative_start, r.initiative_end)).toBe(r.initiative);
    expect(text.slice(r.sentence_start, r.sentence_end)).toBe(SENTENCE);
    expect(r.canonical_id).toMatch(/^[0-9a-f]{12}$/);
    // The stances join the result: the member states' answer to Kyrgyzstan's initiative.
    expect(
      result.stances.map((x: Record<string, unknown>) => [
        x.actor,
        x.stance,
        x.owners,
        x.initiative_id,
        x.canonical_id,
      ]),
    ).toEqual([['SCO', 'note', ['KGZ'], r.id, r.canonical_id]]);
    expect(summary).toMatchObject({ documents: 1, failed: 0, proposals: 1, out: 'out' });
    expect(readdirSync(join(app, 'out')).sort()).toEqual([
      'documents.jsonl',
      'entities.jsonl',
      'initiatives.jsonl',
      'initiatives_canonical.jsonl',
      'messages.jsonl',
      'sentences.jsonl',
      'stances.jsonl',
      'summary.json',
    ]);
    const written = JSON.parse(readFileSync(join(app, 'out', 'initiatives.jsonl'), 'utf8'));
    expect(written.proposers).toEqual(['KGZ']);
  }, 60_000);

  it('gives TypeScript its types: record types, options and summary are checked, not any', () => {
    writeFileSync(
      join(app, 'use.ts'),
      `import { type DocumentRecord, extract, type ExtractResult, type Format, type InitiativeRecord, InitiativeSchema, type RunSummary, run } from 'sco-initiatives';

export async function use(text: string): Promise<string[]> {
  const result: ExtractResult = await extract(text, { name: 'a.txt', date: '2020-11-10', url: 'https://example.org/a' });
  const records: InitiativeRecord[] = result.initiatives.map((r) => InitiativeSchema.parse(r));
  const document: DocumentRecord = result.document;
  const formats: Format[] = ['jsonl', 'sqlite'];
  const summary: RunSummary = await run({ inputs: ['in'], out: 'out', formats });
  // @ts-expect-error proposers is a list of codes
  const wrong: number = records[0]?.proposers;
  // @ts-expect-error a name is required
  await extract(text, { date: '2020' });
  // @ts-expect-error xml is no format
  await run({ inputs: ['in'], out: 'out', formats: ['xml'] });
  return [document.document, String(summary.proposals), String(wrong)];
}
`,
    );
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          types: [],
        },
        files: ['use.ts'],
      }),
    );
    // An unused @ts-expect-error is an error too: this fails if the types were missing or any.
    const r = (() => {
      try {
        return {
          status: 0,
          out: execFileSync(process.execPath, [TSC, '-p', '.'], { cwd: app, encoding: 'utf8' }),
        };
      } catch (e) {
        const err = e as { status: number; stdout: string };
        return { status: err.status, out: err.stdout };
      }
    })();
    expect(r.out).toBe('');
    expect(r.status).toBe(0);
  }, 60_000);

  it('installs the command: sco-initiatives --version', () => {
    const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
    const out = execFileSync(join(app, 'node_modules', '.bin', 'sco-initiatives'), ['--version'], {
      encoding: 'utf8',
    });
    expect(out).toBe(`sco-initiatives ${version}\n`);
  });
});
