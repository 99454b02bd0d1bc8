// The library: `import { extract, run, InitiativeSchema, type InitiativeRecord } from 'sco-initiatives'`.
export type { Message as MessageRecord } from '../schemas/index.js';
export * from '../schemas/index.js';
export {
  type ExtractOptions,
  ExtractOptionsSchema,
  type ExtractResult,
  ExtractResultSchema,
  extract,
  type RunOptions,
  RunOptionsSchema,
  run,
} from './api.js';
export { DEFAULT_FORMATS, FORMATS, type Format, FormatSchema } from './formats.js';
