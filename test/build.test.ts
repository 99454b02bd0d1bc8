import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// `npm start` compiles only when a source changed: the decision of scripts/build-if-stale.mjs, on a
// project laid out like this one (--check decides without compiling).
const SCRIPT = join(import.meta.dirname, '..', 'scripts', 'build-if-stale.mjs');
const check = (cwd: string) => spawnSync(process.execPath, [SCRIPT, '--check'], { cwd, encoding: 'utf8' });
const age = (path: string, seconds: number) => {
  const t = new Date(Date.now() - seconds * 1000);
  utimesSync(path, t, t);
};

describe('npm start builds only when a source changed', () => {
  it('builds when there is no build, and not again until a source, a folder or a tsconfig changes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sco-build-'));
    const files = ['pipeline/run.ts', 'pipeline/stages/01-ingest.ts', 'schemas/document.ts', 'tsconfig.json'];
    for (const f of ['pipeline/stages', 'schemas']) mkdirSync(join(dir, f), { recursive: true });
    for (const f of files) writeFileSync(join(dir, f), '');

    let r = check(dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('dist/pipeline/cli.js is missing');

    mkdirSync(join(dir, 'dist', 'pipeline'), { recursive: true });
    writeFileSync(join(dir, 'dist', 'pipeline', 'cli.js'), '');
    expect(check(dir).stdout).toContain('dist/.build-stamp is missing');

    // A build 60 s ago, every source older.
    writeFileSync(join(dir, 'dist', '.build-stamp'), '');
    age(join(dir, 'dist', '.build-stamp'), 60);
    for (const f of [...files, 'pipeline/stages', 'pipeline', 'schemas']) age(join(dir, f), 120);
    r = check(dir);
    expect(r.stdout).toBe('up to date\n');
    expect(r.status).toBe(0);

    age(join(dir, 'pipeline', 'stages', '01-ingest.ts'), 30);
    r = check(dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`${join('pipeline', 'stages', '01-ingest.ts')} changed`);

    age(join(dir, 'pipeline', 'stages', '01-ingest.ts'), 120);
    expect(check(dir).status).toBe(0);
    rmSync(join(dir, 'schemas', 'document.ts'));
    r = check(dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('schemas changed');

    age(join(dir, 'schemas'), 120);
    expect(check(dir).status).toBe(0);
    // The benchmark's generated corpus and outputs are no source.
    mkdirSync(join(dir, 'bench', 'out'), { recursive: true });
    writeFileSync(join(dir, 'bench', 'out', 'doc.txt'), '');
    age(join(dir, 'bench'), 120);
    expect(check(dir).status).toBe(0);
    age(join(dir, 'tsconfig.json'), 1);
    expect(check(dir).stdout).toContain('tsconfig.json changed');
  });
});
