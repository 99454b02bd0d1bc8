import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemaText, OUTPUT_SCHEMAS } from '../schemas/json-schema.js';

describe('published JSON Schemas', () => {
  it.each(Object.keys(OUTPUT_SCHEMAS) as (keyof typeof OUTPUT_SCHEMAS)[])(
    '%s.schema.json matches the zod schema (run `npm run schemas` after a change)',
    (name) => {
      const committed = readFileSync(join('schemas', `${name}.schema.json`), 'utf8');
      expect(committed).toBe(jsonSchemaText(name));
    },
  );
});
