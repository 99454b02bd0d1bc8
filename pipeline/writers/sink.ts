import { randomBytes } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';

interface Output {
  final: string;
  tmp: string;
  stream: WriteStream;
}

/**
 * Streams text to temporary files beside the outputs and renames them into place on commit, so a
 * run killed at any moment leaves the previous outputs whole and never a truncated file.
 */
export class OutputSink {
  private readonly outputs = new Map<string, Output>();
  private readonly tag = `${process.pid}.${randomBytes(4).toString('hex')}`;

  constructor(private readonly dir: string) {}

  /** Temporary files left by a run that was killed are removed before a new run writes. */
  static async sweep(dir: string): Promise<void> {
    for (const f of await readdir(dir))
      if (/\.\d+\.[0-9a-f]{8}\.tmp$/.test(f)) await rm(join(dir, f), { force: true });
  }

  open(name: string, header = ''): void {
    const final = join(this.dir, name);
    const tmp = `${final}.${this.tag}.tmp`;
    const stream = createWriteStream(tmp, 'utf8');
    if (header) stream.write(header);
    this.outputs.set(name, { final, tmp, stream });
  }

  /** Appends text; resolves when the stream can take more, so a slow disk slows the run instead of filling memory. */
  async append(name: string, text: string | Uint8Array): Promise<void> {
    const out = this.outputs.get(name);
    if (!out) throw new Error(`no output named ${name}`);
    if (text.length === 0) return;
    if (!out.stream.write(text)) await new Promise<void>((resolve) => out.stream.once('drain', resolve));
  }

  async commit(): Promise<void> {
    for (const out of this.outputs.values()) {
      await new Promise<void>((resolve, reject) => {
        out.stream.once('error', reject);
        out.stream.end(resolve);
      });
    }
    for (const out of this.outputs.values()) await rename(out.tmp, out.final);
  }

  async abort(): Promise<void> {
    for (const out of this.outputs.values()) {
      out.stream.destroy();
      await rm(out.tmp, { force: true });
    }
  }
}
