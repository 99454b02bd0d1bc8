/**
 * The HTML adapter: parse5 reads the page (with source locations), and this file translates its tree
 * into our terms: text runs with their character ranges in the source, the page's metadata, and a
 * light DOM (linkedom) for the main-text extractors. No parse5 or linkedom object leaves pipeline/adapters.
 */
import { createRequire } from 'node:module';
import { decodeHTML } from 'entities';
import { type DefaultTreeAdapterTypes as P5, parse } from 'parse5';
import { datesLexicon } from '../dates/lexicon.js';
import type { PageInfo } from '../doc.js';

/** One text node of the page: its decoded text and its range [start, end) in the source. */
export interface TextRun {
  text: string;
  start: number;
  end: number;
  /** runs with different block numbers are separated by a block boundary (paragraph, cell, line break) */
  block: number;
  /** inside an element whose content is never prose (script, style, template, svg, ...) */
  hidden: boolean;
  /** index of the element that holds it, in HtmlPage.elements */
  owner: number;
}

/** An element of the page, as the main-text heuristics see it. */
export interface ElementInfo {
  tag: string;
  /** id and class, lower-cased, space-separated */
  names: string;
  role: string | null;
  parent: number;
}

/** The DOM the extractors read: a linkedom document whose text nodes know their run. */
export interface Dom {
  document: Document;
  runOf: WeakMap<object, number>;
}

export interface HtmlPage {
  runs: TextRun[];
  elements: ElementInfo[];
  /** how deep elements nest at most */
  depth: number;
  meta: PageInfo;
  /** builds the DOM on demand (extractors that read only runs never pay for it) */
  dom(): Dom;
}

/** Elements whose content is never prose. */
const HIDDEN = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'canvas',
  'select',
  'textarea',
  'head',
]);

/** Elements that end a line or a paragraph when rendered. */
export const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'option',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'title',
  'tr',
  'ul',
]);

const isElement = (n: P5.Node): n is P5.Element => 'tagName' in n;
const isText = (n: P5.Node): n is P5.TextNode => n.nodeName === '#text';
const attr = (el: P5.Element, name: string): string | null =>
  el.attrs.find((a) => a.name === name)?.value ?? null;
const squash = (s: string | null | undefined): string | null => {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return t === '' ? null : t;
};

/**
 * Walks parse5 nodes depth first without recursion (pages nest deeper than the call stack allows).
 * `enter` returns true to go into a node's children; `exit` is called when it is done with them.
 */
function visit(
  roots: readonly P5.Node[],
  enter: (n: P5.Node) => boolean,
  exit: (n: P5.Node) => void = () => {},
): void {
  const stack: { node: P5.Node; next: number }[] = [];
  for (const root of roots) {
    if (!enter(root)) continue;
    stack.push({ node: root, next: 0 });
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as { node: P5.Node; next: number };
      const kids = isElement(top.node) ? top.node.childNodes : [];
      const child = kids[top.next++];
      if (child) {
        if (enter(child)) stack.push({ node: child, next: 0 });
      } else {
        stack.pop();
        exit(top.node);
      }
    }
  }
}

/** The first value of `key` anywhere in a JSON-LD object graph. */
function jsonLdValue(node: unknown, key: string, depth = 0): unknown {
  if (depth > 6 || node === null || typeof node !== 'object') return undefined;
  if (Array.isArray(node)) {
    for (const item of node) {
      const v = jsonLdValue(item, key, depth + 1);
      if (v !== undefined) return v;
    }
    return undefined;
  }
  const obj = node as Record<string, unknown>;
  if (obj[key] !== undefined) return obj[key];
  for (const v of Object.values(obj)) {
    const found = jsonLdValue(v, key, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

const textOf = (el: P5.Element): string => {
  let out = '';
  visit([el], (n) => {
    if (isText(n)) out += n.value;
    return isElement(n) && !HIDDEN.has(n.tagName);
  });
  return out;
};

/** Metadata as the page declares it, read from the same parse. */
function readMeta(root: P5.Document): PageInfo {
  const metas = new Map<string, string>();
  let title: string | null = null;
  let h1: string | null = null;
  let canonical: string | null = null;
  let time: string | null = null;
  const jsonLd: unknown[] = [];
  visit(root.childNodes, (n) => {
    if (!isElement(n)) return false;
    const tag = n.tagName;
    if (tag === 'meta') {
      const key = (attr(n, 'property') ?? attr(n, 'name') ?? attr(n, 'itemprop') ?? '').toLowerCase();
      const content = attr(n, 'content');
      if (key && content && !metas.has(key)) metas.set(key, content);
    } else if (tag === 'title' && title === null) title = squash(textOf(n));
    else if (tag === 'h1' && h1 === null) h1 = squash(textOf(n));
    else if (tag === 'link' && canonical === null && /\bcanonical\b/i.test(attr(n, 'rel') ?? ''))
      canonical = squash(attr(n, 'href'));
    else if (tag === 'time' && time === null) time = squash(attr(n, 'datetime'));
    else if (tag === 'script' && /ld\+json/i.test(attr(n, 'type') ?? '')) {
      const body = n.childNodes.map((c) => (isText(c) ? c.value : '')).join('');
      try {
        jsonLd.push(JSON.parse(body));
      } catch {
        // a page's broken JSON-LD is its own business; the other sources still count
      }
    }
    return true;
  });
  const ld = (key: string): string | null => {
    const found = jsonLdValue(jsonLd, key);
    const v = Array.isArray(found) ? found[0] : found;
    if (typeof v === 'string') return squash(v);
    if (v && typeof v === 'object' && 'name' in v && typeof v.name === 'string') return squash(v.name);
    return null;
  };
  const m = (key: string) => squash(metas.get(key));
  return {
    title: m('og:title') ?? title ?? h1,
    url: canonical ?? m('og:url'),
    // the metadata names of a publication date, in the order of the dates reference data
    published:
      datesLexicon.htmlDateNames.map((n) => m(n.toLowerCase())).find((v) => v !== null) ??
      ld('datePublished') ??
      time,
    site: m('og:site_name') ?? ld('publisher'),
  };
}

/** Text runs in document order, each with its source range and block number. */
function readRuns(root: P5.Document): { runs: TextRun[]; elements: ElementInfo[]; depth: number } {
  const runs: TextRun[] = [];
  const elements: ElementInfo[] = [{ tag: '#document', names: '', role: null, parent: -1 }];
  let block = 0;
  let depth = 0;
  const hiddenAt: boolean[] = [false];
  const ownerAt: number[] = [0];
  visit(
    root.childNodes,
    (n) => {
      const hidden = hiddenAt[hiddenAt.length - 1] ?? false;
      const owner = ownerAt[ownerAt.length - 1] ?? 0;
      if (isText(n)) {
        const loc = n.sourceCodeLocation;
        if (loc && n.value !== '')
          runs.push({ text: n.value, start: loc.startOffset, end: loc.endOffset, block, hidden, owner });
        return false;
      }
      if (!isElement(n)) return false;
      if (BLOCK.has(n.tagName)) block++;
      const names = `${attr(n, 'id') ?? ''} ${attr(n, 'class') ?? ''}`.trim().toLowerCase();
      ownerAt.push(elements.length);
      if (ownerAt.length > depth) depth = ownerAt.length;
      hiddenAt.push(hidden || HIDDEN.has(n.tagName));
      elements.push({ tag: n.tagName, names, role: attr(n, 'role'), parent: owner });
      return true;
    },
    (n) => {
      ownerAt.pop();
      hiddenAt.pop();
      if (isElement(n) && BLOCK.has(n.tagName)) block++;
    },
  );
  return { runs, elements, depth: depth - 1 };
}

/** Elements left out of the DOM: their content is never prose. */
const SKIPPED = new Set(['script', 'style', 'template', 'svg', 'math']);

// linkedom is loaded on the first HTML page (its CommonJS build, synchronously): a run over plain
// text never pays its start-up (about 120 ms).
const requireCjs = createRequire(import.meta.url);
let linkedom: typeof import('linkedom') | undefined;

/** The parse5 tree as a linkedom document; each text node remembers its run index. */
function buildDom(root: P5.Document, runs: TextRun[]): Dom {
  linkedom ??= requireCjs('linkedom') as typeof import('linkedom');
  const { document } = linkedom.parseHTML('<!DOCTYPE html><html><head></head><body></body></html>');
  const runOf = new WeakMap<object, number>();
  const byStart = new Map<number, number>();
  runs.forEach((r, i) => {
    byStart.set(r.start, i);
  });
  const copy = (from: P5.Element, to: Element) => {
    const into: Element[] = [to];
    visit(
      from.childNodes,
      (c) => {
        const parent = into[into.length - 1] as Element;
        if (isText(c)) {
          const t = document.createTextNode(c.value);
          const i = c.sourceCodeLocation ? byStart.get(c.sourceCodeLocation.startOffset) : undefined;
          if (i !== undefined) runOf.set(t, i);
          parent.appendChild(t);
          return false;
        }
        if (!isElement(c) || SKIPPED.has(c.tagName)) return false;
        let el: Element;
        try {
          el = document.createElement(c.tagName);
        } catch {
          el = document.createElement('span');
        }
        for (const a of c.attrs) {
          try {
            el.setAttribute(a.name, a.value);
          } catch {
            // an attribute name the DOM refuses: extractors do without it
          }
        }
        parent.appendChild(el);
        into.push(el);
        return true;
      },
      () => {
        into.pop();
      },
    );
  };
  const html = root.childNodes.find((n): n is P5.Element => isElement(n) && n.tagName === 'html');
  for (const part of html?.childNodes ?? []) {
    if (!isElement(part)) continue;
    if (part.tagName === 'head') {
      const t = part.childNodes.find((n): n is P5.Element => isElement(n) && n.tagName === 'title');
      if (t) {
        const title = document.createElement('title');
        title.textContent = textOf(t);
        document.head.appendChild(title);
      }
    } else if (part.tagName === 'body' || part.tagName === 'frameset') copy(part, document.body);
  }
  return { document: document as unknown as Document, runOf };
}

/** Parses a page once: runs, metadata, and (on demand) the DOM. */
export function parsePage(source: string): HtmlPage {
  const root = parse(source, { sourceCodeLocationInfo: true });
  const { runs, elements, depth } = readRuns(root);
  let dom: Dom | null = null;
  return {
    runs,
    elements,
    depth,
    meta: readMeta(root),
    dom: () => {
      dom ??= buildDom(root, runs);
      return dom;
    },
  };
}

const ENTITY = /^&(?:#[xX][0-9a-fA-F]+;?|#[0-9]+;?|[A-Za-z][A-Za-z0-9]*;?)/;

/**
 * The source range of each character of a run's decoded text: characters stand for themselves,
 * an entity's characters for the whole reference, a CR LF pair (read as one LF) for both.
 */
export function alignRun(
  source: string,
  run: TextRun,
  starts: Int32Array,
  ends: Int32Array,
  at: number,
): void {
  const { text } = run;
  let j = run.start;
  let k = 0;
  while (k < text.length) {
    const c = text[k];
    const r = source[j];
    if (j >= run.end) {
      // The parser gave more text than its range holds: the rest stands for the end.
      starts[at + k] = run.end;
      ends[at + k] = run.end;
      k++;
      continue;
    }
    if (r === c && r !== '&') {
      starts[at + k] = j;
      ends[at + k] = j + 1;
      j++;
      k++;
      continue;
    }
    if (r === '\r' && c === '\n') {
      const n = source[j + 1] === '\n' ? 2 : 1;
      starts[at + k] = j;
      ends[at + k] = j + n;
      j += n;
      k++;
      continue;
    }
    if (r === '&') {
      const m = ENTITY.exec(source.slice(j, Math.min(run.end, j + 40)));
      const decoded = m ? decodeHTML(m[0]) : '&';
      if (m && decoded !== m[0] && text.startsWith(decoded, k)) {
        for (let d = 0; d < decoded.length; d++) {
          starts[at + k + d] = j;
          ends[at + k + d] = j + m[0].length;
        }
        j += m[0].length;
        k += decoded.length;
        continue;
      }
    }
    // Anything else (a NUL made U+FFFD, an odd reference): one character for one.
    starts[at + k] = j;
    ends[at + k] = j + 1;
    j++;
    k++;
  }
}
