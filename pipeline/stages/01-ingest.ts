import { applyEdits, type Edit, editsFor } from '../edit.js';
import type { Stage } from '../stage.js';

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
};

const BLOCK_TAGS =
  /^(p|div|br|li|ul|ol|h[1-6]|tr|table|section|article|blockquote|header|footer|title|dd|dt)$/i;

function decodeEntity(body: string): string | null {
  if (body.startsWith('#x') || body.startsWith('#X')) {
    const n = Number.parseInt(body.slice(2), 16);
    return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : null;
  }
  if (body.startsWith('#')) {
    const n = Number.parseInt(body.slice(1), 10);
    return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : null;
  }
  return ENTITIES[body.toLowerCase()] ?? null;
}

/** Markup is stripped by edits, so offsets into the HTML file survive. */
function htmlEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  // Elements whose content is never prose.
  edits.push(
    ...editsFor(text, /<(script|style|noscript|nav|svg|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, () => ''),
  );
  edits.push(...editsFor(text, /<!--[\s\S]*?-->/g, () => ''));
  edits.push(
    ...editsFor(text, /<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^<>]{0,2000}>/g, (m) =>
      BLOCK_TAGS.test(m[1] ?? '') ? '\n\n' : '',
    ),
  );
  edits.push(
    ...editsFor(text, /&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});/g, (m) => decodeEntity(m[1] ?? '')),
  );
  return edits;
}

export function ingest(): Stage {
  return {
    name: 'ingest',
    requires: ['raw'],
    assigns: ['text'],
    run(doc) {
      if (/\.html?$/i.test(doc.path)) {
        const edits = htmlEdits(doc.text).sort((a, b) => a.start - b.start);
        applyEdits(doc, edits);
      }
    },
  };
}
