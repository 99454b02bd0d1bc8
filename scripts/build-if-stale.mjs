#!/usr/bin/env node
// Compiles the TypeScript only when a source is newer than the last build, so `npm start` does not
// pay for a compile (seconds) on every run. Plain JavaScript: it must run before anything is built.
// `npm run build` is this script with --force. A successful build leaves a stamp whose time is when
// it started; directories count too, so a deleted or renamed file also rebuilds.
// --check: compile nothing; exit 0 when the build is up to date, 1 when it is due (and say why).
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readdirSync, statSync, utimesSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const SOURCES = ['pipeline', 'schemas', 'bench', 'scripts', 'tsconfig.json', 'tsconfig.build.json'];
/** Generated folders inside the sources: the benchmark's corpus and outputs are no source. */
const GENERATED = new Set([join('bench', 'out')]);
const STAMP = 'dist/.build-stamp';
const ENTRY = 'dist/pipeline/cli.js';

const mtime = (path) => statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? 0;

/** The newest file or folder under a path, with its modification time. */
function newest(path) {
  const info = statSync(path, { throwIfNoEntry: false });
  if (!info || GENERATED.has(path)) return { path, time: 0 };
  let found = { path, time: info.mtimeMs };
  if (info.isDirectory())
    for (const entry of readdirSync(path)) {
      const n = newest(join(path, entry));
      if (n.time > found.time) found = n;
    }
  return found;
}

/** Why a build is due, or null when it is not. */
function due() {
  if (process.argv.includes('--force')) return 'asked to';
  if (mtime(ENTRY) === 0) return `${ENTRY} is missing`;
  const built = mtime(STAMP);
  if (built === 0) return `${STAMP} is missing`;
  const changed = SOURCES.map(newest).reduce((a, b) => (b.time > a.time ? b : a));
  return changed.time > built ? `${changed.path} changed` : null;
}

const reason = due();
if (process.argv.includes('--check')) {
  console.log(reason === null ? 'up to date' : `build due: ${reason}`);
  process.exit(reason === null ? 0 : 1);
}
if (reason !== null) {
  if (!process.argv.includes('--force')) console.error(`compiling the TypeScript (${reason})`);
  // The stamp takes the time the compile started: a file saved during the compile rebuilds next time.
  const started = new Date();
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const r = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
  closeSync(openSync(STAMP, 'a'));
  utimesSync(STAMP, started, started);
}
