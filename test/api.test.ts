import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { extract, InitiativeSchema, run } from '../pipeline/index.js';

const PROPOSAL =
  'The member states noted the initiative of the Kyrgyz Republic to establish a mechanism for discussing ways to fight economic crime.';
const jsonl = (path: string) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as unknown);

describe('extract', () => {
  it('gives the records a run over the same file writes', async () => {
    const file = 'corpus/001_03b34fe1c9b4c7e7.txt';
    const text = readFileSync(file, 'utf8');
    const out = mkdtempSync(join(tmpdir(), 'sco-api-'));
    const summary = await run({ inputs: [file], out, jobs: 1 });
    const result = await extract(text, { name: '001_03b34fe1c9b4c7e7.txt' });
    expect(result.initiatives.length).toBeGreaterThan(5);
    expect(result.initiatives.length).toBe(summary.proposals);
    expect(result.initiatives).toEqual(jsonl(join(out, 'initiatives.jsonl')));
    expect(result.document).toEqual(jsonl(join(out, 'documents.jsonl'))[0]);
    expect(result.entities).toEqual(jsonl(join(out, 'entities.jsonl')));
    expect(result.sentences).toEqual(jsonl(join(out, 'sentences.jsonl')));
    for (const r of result.initiatives) {
      expect(InitiativeSchema.parse(r)).toEqual(r);
      expect(text.slice(r.initiative_start, r.initiative_end).replace(/\s+/g, ' ')).toBe(r.initiative);
    }
  });

  it('takes a given date as the document date, over the one the text gives', async () => {
    const text = `14 June 2019\n\n${PROPOSAL}`;
    const read = await extract(text, { name: 'a.txt' });
    expect(read.document.date).toBe('2019-06-14');
    const given = await extract(text, { name: 'a.txt', date: '2019-06-13', url: 'https://example.org/a' });
    expect(given.document.date).toBe('2019-06-13');
    expect(given.initiatives.map((r) => [r.proposers, r.date, r.date_source])).toEqual([
      [['KGZ'], '2019-06-13', 'document'],
    ]);
  });

  it('reads text named .html as HTML, with offsets into the markup', async () => {
    const html = `<html><body><p>${PROPOSAL.replace('Kyrgyz Republic', '<b>Kyrgyz Republic</b>')}</p></body></html>`;
    const { initiatives } = await extract(html, { name: 'page.html' });
    expect(initiatives.map((r) => r.proposers)).toEqual([['KGZ']]);
    const [r] = initiatives;
    expect(html.slice(r?.initiative_start, r?.initiative_end)).toBe(
      'establish a mechanism for discussing ways to fight economic crime',
    );
  });

  it('reports an empty text as a failed document, as a run does an empty file, not as an exception', async () => {
    const result = await extract(' \n ', { name: 'empty.txt' });
    expect(result.initiatives).toEqual([]);
    expect(result.document).toMatchObject({ status: 'error', error: 'empty file (no text)' });
    expect(result.messages.map((m) => [m.rule, m.severity])).toEqual([['document-failed', 'error']]);
  });

  it('refuses options outside the schema', async () => {
    await expect(extract(PROPOSAL, { name: '' })).rejects.toThrow(ZodError);
    await expect(extract(PROPOSAL, { name: 'a.txt', date: '14 June 2019' })).rejects.toThrow(ZodError);
    await expect(extract(PROPOSAL, { name: 'a.txt', url: 'not a url' })).rejects.toThrow(ZodError);
  });
});

describe('run', () => {
  it('refuses bad options and a missing manifest before reading anything', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'sco-api-')), 'out');
    await expect(run({ inputs: [], out })).rejects.toThrow(ZodError);
    // @ts-expect-error not a format
    await expect(run({ inputs: ['corpus'], out, formats: ['xlsx'] })).rejects.toThrow(ZodError);
    await expect(run({ inputs: ['corpus'], out, manifest: 'no-such-manifest.csv' })).rejects.toThrow(
      /no-such-manifest/,
    );
  });

  it('takes the date and address of a manifest over the text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sco-api-'));
    writeFileSync(join(dir, 'note.txt'), `${PROPOSAL}\n`);
    writeFileSync(
      join(dir, 'manifest.csv'),
      'file,url,date\nnote.txt,https://example.org/news/1,2021-03-04\n',
    );
    const out = join(dir, 'out');
    await run({ inputs: [join(dir, 'note.txt')], out, manifest: join(dir, 'manifest.csv'), jobs: 1 });
    const doc = JSON.parse(readFileSync(join(out, 'documents.jsonl'), 'utf8').split('\n')[0] ?? '{}');
    expect([doc.date, doc.date_from, doc.url]).toEqual([
      '2021-03-04',
      'manifest',
      'https://example.org/news/1',
    ]);
  });
});
