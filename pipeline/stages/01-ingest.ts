import { alignRun, parsePage, type TextRun } from '../adapters/html.js';
import type { Doc } from '../doc.js';
import { replaceText } from '../edit.js';
import { mainText } from '../html/main-text.js';
import type { Stage } from '../stage.js';

export const isHtml = (path: string): boolean => /\.html?$/i.test(path);

/**
 * The text of the kept runs in page order: runs of one block join as they stand (a space where a
 * dropped run stood between them), blocks are separated by a blank line. Every character keeps its
 * range in the page, separators the range of the markup they stand for.
 */
function textOf(doc: Doc, runs: readonly TextRun[], keep: (i: number) => boolean): void {
  const parts: { run: TextRun | null; text: string; start: number; end: number }[] = [];
  let prev: number | null = null;
  let length = 0;
  runs.forEach((r, i) => {
    if (!keep(i)) return;
    const last = prev === null ? undefined : runs[prev];
    if (last) {
      const sep = last.block !== r.block ? '\n\n' : prev === i - 1 ? '' : ' ';
      if (sep !== '') parts.push({ run: null, text: sep, start: last.end, end: r.start });
      length += sep.length;
    }
    parts.push({ run: r, text: r.text, start: r.start, end: r.end });
    length += r.text.length;
    prev = i;
  });
  const starts = new Int32Array(length);
  const ends = new Int32Array(length);
  let at = 0;
  for (const p of parts) {
    if (p.run) alignRun(doc.text, p.run, starts, ends, at);
    else {
      starts.fill(p.start, at, at + p.text.length);
      ends.fill(Math.max(p.start, p.end), at, at + p.text.length);
    }
    at += p.text.length;
  }
  replaceText(doc, parts.map((p) => p.text).join(''), starts, ends);
}

/**
 * HTML pages: the main text (the article, not the page around it) with offsets into the page, and
 * the page's own metadata on doc.page. Other files pass as they are.
 */
export function ingest(): Stage {
  return {
    name: 'ingest',
    requires: ['raw'],
    assigns: ['text', 'page'],
    run(doc) {
      if (!isHtml(doc.path)) return;
      const page = parsePage(doc.text);
      doc.page = page.meta;
      const main = mainText(page);
      const kept = main.kept;
      if (kept && kept.size > 0) {
        if (main.via === 'paragraphs')
          doc.messages.push({
            stage: 'ingest',
            rule: 'html-paragraph-fallback',
            severity: 'info',
            reason:
              'Readability found no article or kept too little of the page: its paragraphs are kept instead',
          });
        textOf(doc, page.runs, (i) => kept.has(i));
        return;
      }
      doc.messages.push({
        stage: 'ingest',
        rule: 'html-no-main-text',
        severity: 'warning',
        reason: 'no main text found in the page: all its visible text is kept',
      });
      textOf(doc, page.runs, (i) => !page.runs[i]?.hidden);
    },
  };
}
