import { z } from 'zod';
import { DocumentSchema } from './document.js';
import { EntitySchema } from './entity.js';
import { InitiativeSchema } from './initiative.js';
import { MessageSchema } from './message.js';
import { SentenceSchema } from './sentence.js';
import { StanceSchema } from './stance.js';

/** The published JSON Schema of every JSONL output, generated from the zod schemas (the one contract). */
export const OUTPUT_SCHEMAS = {
  initiatives: InitiativeSchema,
  stances: StanceSchema,
  documents: DocumentSchema,
  entities: EntitySchema,
  sentences: SentenceSchema,
  messages: MessageSchema,
} as const;

export function jsonSchemaText(name: keyof typeof OUTPUT_SCHEMAS): string {
  const schema = z.toJSONSchema(OUTPUT_SCHEMAS[name], { io: 'output', unrepresentable: 'any' });
  return `${JSON.stringify({ title: `sco-initiatives ${name}.jsonl record`, ...schema }, null, 2)}\n`;
}
