import { randomBytes } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { type CsvFormatterStream, format } from 'fast-csv';
import { neutralise } from './csv.js';

type Row = Record<string, unknown>;

interface Output {
  final: string;
  tmp: string;
  stream: WriteStream;
  csv?: CsvFormatterStream<string[], string[]>;
  columns?: readonly string[];
}

/**
 * Streams rows to temporary files beside the outputs and renames them into place on commit, so a
 * run killed at any moment leaves the previous outputs whole and never a truncated file.
 */
export class OutputSink {
  private readonly outputs = new Map<string, Output>();
  private readonly tag = `${process.pid}.${randomBytes(4).toString('hex')}`;

  constructor(private readonly dir: string) {}

  jsonl(name: string): void {
    const final = join(this.dir, name);
    const tmp = `${final}.${this.tag}.tmp`;
    this.outputs.set(name, { final, tmp, stream: createWriteStream(tmp, 'utf8') });
  }

  csv(name: string, columns: readonly string[]): void {
    const final = join(this.dir, name);
    const tmp = `${final}.${this.tag}.tmp`;
    const stream = createWriteStream(tmp, 'utf8');
    const csv = format<string[], string[]>({ rowDelimiter: '\r\n', includeEndRowDelimiter: true });
    csv.pipe(stream);
    csv.write([...columns]);
    this.outputs.set(name, { final, tmp, stream, csv, columns });
  }

  write(name: string, rows: readonly Row[]): void {
    const out = this.outputs.get(name);
    if (!out) throw new Error(`no output named ${name}`);
    for (const row of rows) {
      if (out.csv && out.columns) out.csv.write(out.columns.map((c) => neutralise(row[c])));
      else out.stream.write(`${JSON.stringify(row)}\n`);
    }
  }

  private async close(out: Output): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      out.stream.on('error', reject);
      out.stream.on('finish', resolve);
      if (out.csv) out.csv.end();
      else out.stream.end();
    });
  }

  async commit(): Promise<void> {
    for (const out of this.outputs.values()) await this.close(out);
    for (const out of this.outputs.values()) await rename(out.tmp, out.final);
  }

  async abort(): Promise<void> {
    for (const out of this.outputs.values()) {
      out.stream.destroy();
      await rm(out.tmp, { force: true });
    }
  }
}
