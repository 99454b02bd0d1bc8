import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemaText, OUTPUT_SCHEMAS } from '../schemas/json-schema.js';

/** Regenerates schemas/*.schema.json from the zod schemas: `npm run schemas`. */
for (const name of Object.keys(OUTPUT_SCHEMAS) as (keyof typeof OUTPUT_SCHEMAS)[]) {
  const path = join('schemas', `${name}.schema.json`);
  writeFileSync(path, jsonSchemaText(name));
  console.log(`wrote ${path}`);
}
