import { z } from 'zod';
import { CanonicalSchema } from '../../schemas/canonical.js';
import { DocumentSchema } from '../../schemas/document.js';
import { EntitySchema } from '../../schemas/entity.js';
import { InitiativeSchema } from '../../schemas/initiative.js';
import { StanceSchema } from '../../schemas/stance.js';
import { CountryYearSchema } from '../../schemas/summary.js';

/**
 * datapackage.json (Frictionless Tabular Data Package) describing every CSV output, with field
 * types, descriptions and primary keys derived from the same zod schemas the records are validated
 * against, so tools that read data packages load the output without guessing.
 */
interface JsonProp {
  type?: string | string[];
  anyOf?: JsonProp[];
  enum?: unknown[];
  description?: string;
  items?: JsonProp;
}

const CSV_RESOURCES = [
  { name: 'initiatives', path: 'initiatives.csv', schema: InitiativeSchema, key: ['id'] },
  {
    name: 'initiatives_canonical',
    path: 'initiatives_canonical.csv',
    schema: CanonicalSchema,
    key: ['canonical_id'],
  },
  { name: 'stances', path: 'stances.csv', schema: StanceSchema, key: ['id'] },
  { name: 'documents', path: 'documents.csv', schema: DocumentSchema, key: ['file'] },
  { name: 'entities', path: 'entities.csv', schema: EntitySchema, key: null },
  {
    name: 'summary_by_country_year',
    path: 'summary_by_country_year.csv',
    schema: CountryYearSchema,
    key: ['country', 'year', 'theme'],
  },
] as const;

function field(name: string, prop: JsonProp, required: boolean) {
  const variants = prop.anyOf ?? [prop];
  const main = variants.find((v) => v.type !== 'null') ?? prop;
  const type = Array.isArray(main.type) ? main.type.find((t) => t !== 'null') : main.type;
  const isArray = type === 'array';
  const out: Record<string, unknown> = {
    name,
    type: isArray
      ? 'string'
      : type === 'integer'
        ? 'integer'
        : type === 'number'
          ? 'number'
          : type === 'boolean'
            ? 'boolean'
            : 'string',
    description:
      `${prop.description ?? main.description ?? ''}${isArray ? ' (a list, joined with ";")' : ''}`.trim(),
  };
  if (main.enum) out.constraints = { enum: main.enum, ...(required ? { required: true } : {}) };
  else if (required) out.constraints = { required: true };
  return out;
}

export function dataPackage(columns: Record<string, readonly string[]>, version: string): object {
  return {
    profile: 'tabular-data-package',
    name: 'sco-initiatives-output',
    title: 'Who proposed what in SCO documents',
    version,
    resources: CSV_RESOURCES.map((r) => {
      const json = z.toJSONSchema(r.schema, { io: 'output', unrepresentable: 'any' }) as {
        properties: Record<string, JsonProp>;
        required?: string[];
      };
      const names = columns[r.name] ?? Object.keys(json.properties);
      const nullable = (n: string) => (json.properties[n]?.anyOf ?? []).some((v) => v.type === 'null');
      return {
        name: r.name,
        path: r.path,
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
        schema: {
          fields: names.map((n) =>
            field(n, json.properties[n] ?? {}, (json.required ?? []).includes(n) && !nullable(n)),
          ),
          missingValues: [''],
          ...(r.key ? { primaryKey: r.key } : {}),
        },
      };
    }),
  };
}
