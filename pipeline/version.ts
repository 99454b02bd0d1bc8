import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The tool's version, from package.json (found from dist/pipeline or from the sources). */
export const VERSION = (() => {
  for (const up of ['../../package.json', '../package.json']) {
    const path = fileURLToPath(new URL(up, import.meta.url));
    if (existsSync(path)) return String(JSON.parse(readFileSync(path, 'utf8')).version);
  }
  return 'unknown';
})();
