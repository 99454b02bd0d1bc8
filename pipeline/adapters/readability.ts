/**
 * Mozilla's Readability (Firefox's reader view) over the page's linkedom DOM. It moves and re-creates
 * nodes freely; what comes back here is only the set of our text runs it kept.
 */
import { Readability } from '@mozilla/readability';
import type { Dom, TextRun } from './html.js';

const TEXT_NODE = 3;

/** The runs an article element holds: by identity where the node is ours, else by its text in order. */
function keptRuns(article: Node, dom: Dom, runs: readonly TextRun[]): Set<number> {
  const kept = new Set<number>();
  const orphans: string[] = [];
  // Depth first without recursion: pages nest deeper than the call stack allows.
  for (let n: Node | null = article; n; ) {
    if (n.nodeType === TEXT_NODE) {
      const i = dom.runOf.get(n);
      if (i !== undefined) kept.add(i);
      else if ((n.nodeValue ?? '').trim() !== '') orphans.push(n.nodeValue ?? '');
    }
    if (n.firstChild) {
      n = n.firstChild;
      continue;
    }
    while (n && n !== article && !n.nextSibling) n = n.parentNode;
    n = n && n !== article ? n.nextSibling : null;
  }
  if (orphans.length > 0) {
    // Readability re-parsed the page (a retry): find each text among the runs, in order.
    const at = new Map<string, number[]>();
    runs.forEach((r, i) => {
      if (r.hidden) return;
      const list = at.get(r.text);
      if (list) list.push(i);
      else at.set(r.text, [i]);
    });
    let cursor = 0;
    for (const text of orphans) {
      const list = at.get(text);
      if (!list) continue;
      const next = list.find((i) => i >= cursor && !kept.has(i)) ?? list.find((i) => !kept.has(i));
      if (next === undefined) continue;
      kept.add(next);
      cursor = next + 1;
    }
  }
  return kept;
}

export interface ReadabilityResult {
  kept: Set<number>;
  title: string | null;
}

/** Readability's article as run indices, or null when it finds none. */
export function readability(
  dom: Dom,
  runs: readonly TextRun[],
  charThreshold = 500,
): ReadabilityResult | null {
  const reader = new Readability<Node>(dom.document, {
    charThreshold,
    disableJSONLD: true,
    serializer: (node) => node,
  });
  const article = reader.parse();
  if (!article?.content) return null;
  return { kept: keptRuns(article.content, dom, runs), title: article.title ?? null };
}
