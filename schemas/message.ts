import { z } from 'zod';

export const MessageSchema = z.object({
  document: z.string().optional().describe('file name of the document the message is about'),
  stage: z.string().describe('pipeline stage that reported it'),
  rule: z.string().describe('stable id of the check or rule'),
  severity: z.enum(['error', 'warning', 'info']),
  reason: z.string().describe('one line, human readable'),
  start: z.number().int().nonnegative().optional().describe('raw offset the message points at'),
  end: z.number().int().nonnegative().optional(),
});
export type Message = z.infer<typeof MessageSchema>;
