import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';
import { decode } from './decode.js';
import type { Given } from './doc.js';
import { type DocResult, failed, processText } from './run.js';
import type { Stage } from './stage.js';

/** Files above this size are refused with a message rather than read into memory. */
export const MAX_BYTES = 16 * 1024 * 1024;

/** The text of a PDF, pages joined by blank lines; offsets of its records refer to this text. */
async function pdfText(bytes: Buffer): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(pdf, { mergePages: false });
  return (Array.isArray(text) ? text : [text]).join('\n\n');
}

export interface InputFile {
  path: string;
  /** the path shown to users and written to documents.csv: relative to the input root */
  display: string;
  /** what a manifest says of the file (`run --manifest`) */
  given?: Given;
}

/** Reads, decodes and processes one file; every failure becomes a failed document, never an exception. */
export async function processFile(file: InputFile, stages: Stage[]): Promise<DocResult> {
  const name = basename(file.path);
  let bytes: Buffer;
  try {
    const info = await stat(file.path);
    if (info.size > MAX_BYTES)
      return failed(file.display, name, `file too large (${info.size} bytes; limit ${MAX_BYTES})`);
    bytes = await readFile(file.path);
  } catch (e) {
    return failed(file.display, name, `cannot read: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (/\.pdf$/i.test(file.path)) {
    try {
      const text = await pdfText(bytes);
      if (text.trim() === '')
        return failed(file.display, name, 'PDF holds no extractable text (scanned image?)');
      return processText(stages, file.path, text, file.display, file.given);
    } catch (e) {
      return failed(
        file.display,
        name,
        `cannot extract PDF text: ${e instanceof Error ? e.message : String(e)}`,
      );
    }
  }
  const decoded = decode(bytes);
  if ('error' in decoded) return failed(file.display, name, decoded.error);
  if (decoded.text.trim() === '') return failed(file.display, name, 'empty file (no text)');
  return processText(stages, file.path, decoded.text, file.display, file.given);
}
