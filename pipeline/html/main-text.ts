/**
 * Main text of a web page: which text runs are the article (headline, paragraphs, lists, tables) and
 * which are the page around it (menus, teasers, share and cookie text, footers).
 *
 * Readability (Firefox's reader view) chooses the article; where it keeps too little of the page's
 * prose, a paragraph extractor (text blocks outside the page's furniture) takes over, as trafilatura
 * falls back on its baseline.
 */
import { z } from 'zod';
import type { HtmlPage, TextRun } from '../adapters/html.js';
import { readability } from '../adapters/readability.js';
import furnitureJson from '../reference/page-furniture.json' with { type: 'json' };

export interface MainText {
  /** indices of the kept runs, or null when no main text was found */
  kept: Set<number> | null;
  /** which extractor decided: `readability`, `paragraphs`, or `none` */
  via: 'readability' | 'paragraphs' | 'none';
}

export interface MainTextOptions {
  /** drop runs inside elements whose tag or names mark page furniture */
  furniture?: boolean;
  /** put the headline (h1) back when Readability left it out as the title */
  headline?: boolean;
  /** fall back on paragraphs when Readability keeps fewer characters than this share of them */
  fallbackShare?: number;
}

/** Page furniture by tag, role and id/class words (data: ../reference/page-furniture.json). */
const Furniture = z.object({
  tags: z.array(z.string()),
  regions: z.array(z.string()),
  roles: z.array(z.string()),
  names: z.array(z.string().regex(/^[a-z][a-z-]*$/)),
  prose: z.array(z.string()),
});
const furnitureData = Furniture.parse(furnitureJson);
const FURNITURE_TAGS = new Set(furnitureData.tags);
const FURNITURE_ROLES = new Set(furnitureData.roles);
/** A listed word as a whole part of an id or class: `share-bar`, `related_posts`, `cookie banner`. */
const FURNITURE_NAMES = new RegExp(`(?:^|[\\s_-])(?:${furnitureData.names.join('|')})(?:$|[\\s_-])`);
/** Readability walks the DOM recursively: pages nested deeper than this go to the paragraph extractor. */
const MAX_DEPTH = 400;

/** Page regions that are furniture as a whole: an article never stands inside them. */
const REGION_TAGS = new Set(furnitureData.regions);
/** Elements whose text is prose when it stands in them: paragraphs, items, quotes, cells, headings. */
const PROSE_TAGS = new Set(furnitureData.prose);

/** Whether an element itself is furniture, by its tag, names or role. */
function isFurniture(page: HtmlPage, e: number): boolean {
  const el = page.elements[e];
  if (!el) return false;
  return (
    FURNITURE_TAGS.has(el.tag) ||
    FURNITURE_NAMES.test(el.names) ||
    (el.role !== null && FURNITURE_ROLES.has(el.role))
  );
}

/** For each element, whether it or an ancestor is furniture (computed once, parents first). */
function furnitureOf(page: HtmlPage): Uint8Array {
  const out = new Uint8Array(page.elements.length);
  page.elements.forEach((e, i) => {
    out[i] = (e.parent >= 0 ? (out[e.parent] ?? 0) : 0) || (isFurniture(page, i) ? 1 : 0);
  });
  return out;
}

/** The chain of ancestors of an element, itself first. */
function ancestors(page: HtmlPage, e: number): number[] {
  const out: number[] = [];
  for (let at = e; at >= 0; at = page.elements[at]?.parent ?? -1) out.push(at);
  return out;
}

/** The deepest element that holds every kept run of text (white space aside). */
function commonAncestor(page: HtmlPage, kept: Set<number>): number {
  let chain: number[] | null = null;
  for (const i of kept) {
    if (!page.runs[i]?.text.trim()) continue;
    const owner = page.runs[i]?.owner ?? 0;
    if (chain === null) {
      chain = ancestors(page, owner);
      continue;
    }
    const mine = new Set(ancestors(page, owner));
    const cut = chain.findIndex((e) => mine.has(e));
    chain = cut >= 0 ? chain.slice(cut) : [0];
  }
  return chain?.[0] ?? 0;
}

/** Runs inside the article that sit in furniture below the article's own container. */
function furnitureInside(page: HtmlPage, kept: Set<number>): number[] {
  const top = commonAncestor(page, kept);
  const memo = new Map<number, boolean>();
  const below = (e: number): boolean => {
    // Up to the article's container or a known element, then the answer back down the path.
    const path: number[] = [];
    let at = e;
    let found = false;
    while (at > 0 && at !== top) {
      const known = memo.get(at);
      if (known !== undefined) {
        found = known;
        break;
      }
      path.push(at);
      at = page.elements[at]?.parent ?? -1;
    }
    for (let k = path.length - 1; k >= 0; k--) {
      const el = path[k] as number;
      found = found || isFurniture(page, el);
      memo.set(el, found);
    }
    return found;
  };
  return [...kept].filter((i) => below(page.runs[i]?.owner ?? 0));
}

const visibleLength = (runs: readonly TextRun[], keep: (i: number) => boolean): number => {
  let n = 0;
  runs.forEach((r, i) => {
    if (keep(i)) n += r.text.trim().length;
  });
  return n;
};

/** The baseline extractor: runs inside prose elements that are not furniture. */
function paragraphs(page: HtmlPage, furniture: Uint8Array): Set<number> {
  const prose = new Uint8Array(page.elements.length);
  page.elements.forEach((e, i) => {
    prose[i] = (e.parent >= 0 ? (prose[e.parent] ?? 0) : 0) || (PROSE_TAGS.has(e.tag) ? 1 : 0);
  });
  const kept = new Set<number>();
  page.runs.forEach((r, i) => {
    if (!r.hidden && prose[r.owner] && !furniture[r.owner]) kept.add(i);
  });
  return kept;
}

/** Puts back the headline (the page's first h1) when it stands before the kept text. */
function addHeadline(page: HtmlPage, kept: Set<number>): void {
  let first = Number.POSITIVE_INFINITY;
  for (const i of kept) if (i < first && page.runs[i]?.text.trim()) first = i;
  const h1 = page.elements.findIndex((e) => e.tag === 'h1');
  if (h1 < 0) return;
  page.runs.forEach((r, i) => {
    if (i > first || r.hidden) return;
    for (let e = r.owner; e > 0; e = page.elements[e]?.parent ?? -1) if (e === h1) kept.add(i);
  });
}

export function mainText(page: HtmlPage, options: MainTextOptions = {}): MainText {
  const { furniture: dropFurniture = true, headline = true, fallbackShare = 0.3 } = options;
  let found: ReturnType<typeof readability> = null;
  try {
    if (page.depth <= MAX_DEPTH) found = readability(page.dom(), page.runs);
  } catch {
    found = null; // Readability failing on a page is no reason to lose it: the fallback reads it
  }
  const furniture = furnitureOf(page);
  const kept = found?.kept ?? new Set<number>();
  // Readability's choice is page furniture itself (a menu, a footer): no article there.
  if (
    kept.size > 0 &&
    ancestors(page, commonAncestor(page, kept)).some((e) => REGION_TAGS.has(page.elements[e]?.tag ?? ''))
  )
    kept.clear();
  const base = paragraphs(page, furniture);
  const baseLength = visibleLength(page.runs, (i) => base.has(i));
  if (kept.size === 0 || visibleLength(page.runs, (i) => kept.has(i)) < fallbackShare * baseLength)
    return baseLength > 0 ? { kept: base, via: 'paragraphs' } : { kept: null, via: 'none' };
  if (dropFurniture) for (const i of furnitureInside(page, kept)) kept.delete(i);
  if (headline) addHeadline(page, kept);
  return { kept, via: 'readability' };
}
