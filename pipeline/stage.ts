import type { Doc, Layer } from './doc.js';

/** A pipeline step: declares the layers it needs and the ones it adds, and mutates only its doc. */
export interface Stage {
  name: string;
  requires: readonly Layer[];
  assigns: readonly Layer[];
  run(doc: Doc): void;
}

/** Fails fast, before any document is read, when a stage needs a layer nothing earlier provides. */
export function checkChain(stages: readonly Stage[]): void {
  const have = new Set<Layer>(['raw', 'text']);
  for (const stage of stages) {
    const missing = stage.requires.filter((l) => !have.has(l));
    if (missing.length > 0) {
      throw new Error(`stage "${stage.name}" requires ${missing.join(', ')}, which no earlier stage assigns`);
    }
    for (const l of stage.assigns) have.add(l);
  }
}
