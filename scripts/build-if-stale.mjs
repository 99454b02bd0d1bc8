#!/usr/bin/env node
// Compiles the TypeScript only when a source is newer than the last build, so `npm start` does not
// pay for a compile (seconds) on every run. Plain JavaScript: it must run before anything is built.
// `npm run build` is this script with --force. A successful build leaves a stamp whose time is when
// it started; directories count too, so a deleted or renamed file also rebuilds.
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readdirSync, statSync, utimesSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const SOURCES = ['pipeline', 'schemas', 'bench', 'scripts', 'tsconfig.json', 'tsconfig.build.json'];
const STAMP = 'dist/.build-stamp';
const ENTRY = 'dist/pipeline/cli.js';

const mtime = (path) => statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? 0;

/** The newest modification time under a path. */
function newest(path) {
  const info = statSync(path, { throwIfNoEntry: false });
  if (!info) return 0;
  let t = info.mtimeMs;
  if (info.isDirectory()) for (const entry of readdirSync(path)) t = Math.max(t, newest(join(path, entry)));
  return t;
}

const built = mtime(ENTRY) === 0 ? 0 : mtime(STAMP);
if (process.argv.includes('--force') || Math.max(...SOURCES.map(newest)) > built) {
  // The stamp takes the time the compile started: a file saved during the compile rebuilds next time.
  const started = new Date();
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const r = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
  closeSync(openSync(STAMP, 'a'));
  utimesSync(STAMP, started, started);
}
