import { tagWords } from '../adapters/compromise.js';
import type { Span } from '../doc.js';
import { cues } from '../reference/index.js';

/**
 * Where the object of a proposal ends: a new clause, a reporting tail ("..., he said"),
 * a relative clause, or a second verb of the subject ("... and expressed hope").
 */
const BOUNDARY = new RegExp(
  [
    '[;:]\\s',
    '\\s[–—]\\s',
    '\\s-\\s(?=[a-z])',
    ',\\s(?:which|who|whose|where|while|said|says|he|she|they|according|as(?!\\s+well\\s+as)|noting|stressing|emphasi[sz]ing|underlining|describing|identifying|saying|adding|calling|urging|expressing|citing|because|since|but|although|though|so that|particularly|especially|given|if|when|explaining|pointing)\\b',
    '\\s(?:and|but)\\s(?:also\\s|further\\s|then\\s)?(?:expressed|said|stressed|noted|added|called|urged|invited|offered|proposed|suggested|announced|highlighted|emphasi[sz]ed|underlined|thanked|praised|welcomed|supported|backed|endorsed|approved|reiterated|pointed|described|voiced|told|hailed|agreed|decided|discussed|reaffirmed|confirmed|expressing|welcoming|believe|believed|consider|considered|hope|hoped)\\b',
    '[”"’]?,?\\s(?:he|she)\\s(?:said|added|noted|stressed|told)\\b',
    '[”"],?\\s(?:[A-Z][\\w.’\'-]*\\s){1,5}(?:said|added|noted|stressed|told)\\b',
    ",\\s(?:[A-Z][\\w.’'-]*\\s){1,4}(?:said|added|noted|stressed|told)\\b",
    ',?[”"]?,?\\s(?:said|added|noted|stressed)\\s+(?:the\\s|[A-Z])',
    '\\s\\((?=[^)]*\\b(?:Xinhua|TASS|Reuters|AFP|AP)\\b)',
    '\\s\\([A-Z][^()]{1,40}\\)[.\\s]*$',
    // "... a water council and is ready to host ...": a second predicate of the subject.
    '\\s(?:and|but)\\s(?:also\\s)?(?:is|are|was|were|has|have|had|will|would|can|could|must)\\s',
    '\\s(?:was|were|is|are|has been|have been|had been)\\s+(?:unanimously\\s+|widely\\s+|also\\s+)?(?:supported|welcomed|noted|endorsed|approved|backed|praised|adopted|accepted|rejected|discussed|considered)\\b',
  ].join('|'),
);

/** A closing quotation mark: typographic, or a straight one after a word and before a space or punctuation. */
const CLOSING_QUOTE = /[”]|(?<=[\w.,!?])"(?=[\s,.;:]|$)/;
const GERUND_AFTER_AS = /\b(?:as|including|like|namely)\s+[a-z]+ing\b/;
const PARTICIPLE =
  /,\s(?!including|especially|particularly|according|regarding|concerning|during|following)[a-z]+ing\b/;
const TRIM_END = /[\s,.;:!?"“”'‘’)(]+$/;
const TRIM_START = /^[\s,;:"“”'‘’]+/;

/** The object of a cue: from `from` to the first clause boundary or the end of the sentence. */
export function objectSpan(text: string, from: number, end: number): Span | null {
  const rest = text.slice(from, end);
  const b = BOUNDARY.exec(rest);
  let stop = b ? from + b.index : end;
  // ", advocating ..." starts a new clause unless the object is itself a list of gerunds.
  if (!isGerund(/^\s*(?:[a-z]+ly\s+)?(\S*)/.exec(rest)?.[1] ?? '')) {
    const p = PARTICIPLE.exec(rest);
    // "... such tasks as creating A, removing B, and launching C": an enumeration of gerunds, not a clause.
    const enumeration =
      p !== null &&
      GERUND_AFTER_AS.test(rest.slice(0, p.index)) &&
      /,?\s+and\s+[a-z]+ing\b/.test(rest.slice(p.index + 2));
    if (p && !enumeration && from + p.index < stop) stop = from + p.index;
  }
  // A quotation that opened before the object closes inside it: the speaker's words end there.
  const close = CLOSING_QUOTE.exec(rest);
  if (close && from + close.index < stop && !/[“"]/.test(rest.slice(0, close.index)))
    stop = from + close.index;
  const clause = newClauseAfterComma(text.slice(from, stop));
  if (clause !== null) stop = from + clause;
  let start = from;
  const lead = TRIM_START.exec(text.slice(start, stop));
  if (lead) start += lead[0].length;
  const tail = TRIM_END.exec(text.slice(start, stop));
  if (tail) stop -= tail[0].length;
  // Keep a closing quote or bracket that pairs with one inside the span.
  const body = text.slice(start, stop);
  const next = text[stop];
  if ((next === '”' && body.includes('“')) || (next === '"' && (body.match(/"/g)?.length ?? 0) % 2 === 1))
    stop++;
  if (next === ')' && body.includes('(')) stop++;
  return stop - start >= 3 ? { start, end: stop } : null;
}

/** Words that may stand in the subject of a new clause: determiners, nouns, adjectives, names. */
const SUBJECT_POS = new Set(['determiner', 'noun', 'adjective', 'other']);

/**
 * Where ", the diplomat made the remarks ..." or ", Russia said" starts a new clause inside an
 * object: a comma followed by a short subject (no preposition, verb or conjunction in it) and a
 * finite verb, read by compromise's tagger. Null when no comma does.
 */
function newClauseAfterComma(body: string): number | null {
  if (!/,\s/.test(body)) return null;
  const words = tagWords(body);
  for (const m of body.matchAll(/,\s+/g)) {
    const after = m.index + m[0].length;
    const i = words.findIndex((w) => w.start >= after);
    if (i < 0 || words[i]?.start !== after) continue;
    for (let j = i; j < Math.min(words.length, i + 6); j++) {
      const w = words[j] as (typeof words)[number];
      // another comma first: a list of items ("terrorism, extremism, organized crime"), not a clause
      if (j > i && body.slice(words[j - 1]?.end ?? 0, w.start).includes(',')) break;
      const finite = w.pos === 'verb' && !w.gerund && !w.base && j > i;
      if (finite) return m.index;
      if (!SUBJECT_POS.has(w.pos) || /^(?:and|or|but|as|including|such)$/i.test(w.text)) break;
    }
  }
  return null;
}

const DETERMINER = /^(?:the|The|a|an|An|A|this|This|these|These|its|their|his|her|our|Our|such)$/;
const NP_BREAK =
  /^(?:of|to|in|on|for|with|by|and|or|at|from|that|which|is|are|was|were|has|have|had|welcomed|noted|supported|support|welcome|note|recognizing|recognising)$/;

/** The noun phrase that ends at `end` ("the relevant proposals", "the work plan"), scanning back. */
export function phraseBefore(text: string, floor: number, end: number, maxWords = 12): Span | null {
  // Units are words, but a quotation “...” or a bracket (...) counts as one unit: a title inside
  // quotes ("the event “Cooperation to promote peace”") belongs to the phrase whole.
  const units: Span[] = [];
  const re = /“[^”]*”|"[^"]*"|\([^()]*\)|[^\s“"(]+/g;
  const part = text.slice(floor, end);
  for (let m = re.exec(part); m !== null; m = re.exec(part)) {
    units.push({ start: floor + m.index, end: floor + m.index + m[0].length });
  }
  // A trailing bracket, comma or auxiliary before the cue ("(New York, 2019), held", "was held") is not the phrase.
  while (units.length > 0) {
    const last = text.slice(units[units.length - 1]?.start, units[units.length - 1]?.end);
    if (
      /^[,;:]$/.test(last) ||
      /^\(.*\),?$/.test(last) ||
      /^(?:was|were|is|are|been|has|have|had|being|jointly|later|also)$/.test(last)
    )
      units.pop();
    else break;
  }
  const lastUnit = units[units.length - 1];
  const stop = lastUnit
    ? lastUnit.end - (/[,;:]$/.test(text.slice(lastUnit.start, lastUnit.end)) ? 1 : 0)
    : end;
  let i = units.length - 1;
  let taken = 0;
  while (i >= 0 && taken < maxWords) {
    const raw = text.slice(units[i]?.start, units[i]?.end);
    const w = raw.replace(/[,;:]+$/, '');
    if (DETERMINER.test(w)) return { start: units[i]?.start ?? end, end: stop };
    if (NP_BREAK.test(w) || (i < units.length - 1 && /[,;:]$/.test(raw))) break;
    i--;
    taken++;
  }
  const first = units[i + 1];
  return first && first.start < stop ? { start: first.start, end: stop } : null;
}

const ING_STOP = new Set([
  'during',
  'including',
  'regarding',
  'concerning',
  'according',
  'following',
  'meeting',
  'thing',
  'nothing',
  'something',
  'anything',
  'everything',
  'spring',
  'king',
  'evening',
  'morning',
  'beijing',
  'kunming',
  'ring',
  'string',
]);
function isGerund(w: string): boolean {
  return w.length > 5 && w.endsWith('ing') && !ING_STOP.has(w.toLowerCase());
}
const NOMINAL = new RegExp(`^(?:[Tt]he|[Aa]n?) (?:${cues.nominalisations.join('|')})\\b`);
const NOMINAL_ANYWHERE = new RegExp(`(?:^|\\s)(?:[Tt]he|[Aa]n?) (?:${cues.nominalisations.join('|')}) of\\b`);

/**
 * Splits a coordinated object into its conjuncts when they are parallel: gerunds
 * ("strengthening ..., expanding ... and expanding ..."), repeated to-infinitives
 * ("to prepare ... as well as to establish ..."), or nominalisations ("the creation of ..., and the establishment of ...").
 */
export interface SplitOptions {
  /** the object is a to-infinitive, so "..., and to <verb>" starts a new proposal */
  infinitive?: boolean;
  /** the object is a list of items, so parallel gerunds are separate proposals */
  gerunds?: boolean;
}

export function splitConjuncts(text: string, span: Span, options: SplitOptions = {}): Span[] {
  const body = text.slice(span.start, span.end);
  const firstWord = (/^\s*(?:[a-z]+ly\s+)?([A-Za-z-]+)/.exec(body)?.[1] ?? '').toLowerCase();
  // "work on formulating ...": a gerund among the first words also heads a gerund list.
  const leadGerund = body.trimStart().split(/\s+/).slice(1, 3).some(isGerund);
  const cuts: { at: number; skip: number }[] = [];
  const sep = /(,\s+and\s+|,\s+as well as\s+|\s+as well as\s+|\s+and\s+|,\s+)/g;
  for (let m = sep.exec(body); m !== null; m = sep.exec(body)) {
    const after = body.slice(m.index + m[0].length);
    // A quotation closing before "and": the speaker's words end, the reporter's paraphrase goes on.
    if (
      /^\s+and\s+$/.test(m[0]) &&
      /[”"]$/.test(body.slice(0, m.index)) &&
      /[“"]/.test(body.slice(0, m.index - 1))
    ) {
      cuts.push({ at: m.index, skip: m[0].length });
      continue;
    }
    const openQuotes =
      (body.slice(0, m.index).match(/[“"]/g)?.length ?? 0) -
      (body.slice(0, m.index).match(/[”]/g)?.length ?? 0);
    if (openQuotes % 2 !== 0 && !body.slice(0, m.index).includes('”')) continue;
    const depth =
      (body.slice(0, m.index).match(/\(/g)?.length ?? 0) - (body.slice(0, m.index).match(/\)/g)?.length ?? 0);
    if (depth > 0) continue;
    const toVerb = /^to\s+[a-z]+/.exec(after);
    const next = (/^(?:[a-z]+ly\s+)?([A-Za-z-]+)/.exec(after)?.[1] ?? '').toLowerCase();
    const parallelGerund = options.gerunds === true && (isGerund(firstWord) || leadGerund) && isGerund(next);
    const parallelTo = options.infinitive === true && toVerb !== null && !/^,\s+$/.test(m[0]);
    const alsoNoun = /^,\s+as well as\s+$/.test(m[0]) && /^(?:a|an)\s/.test(after);
    // "the creation of A and the formation of B": a nominalisation earlier in the object pairs with this one.
    const parallelNominal =
      NOMINAL.test(after) &&
      (NOMINAL.test(body.trimStart()) || NOMINAL_ANYWHERE.test(body.slice(0, m.index)));
    if (parallelGerund || parallelNominal || parallelTo || alsoNoun) {
      cuts.push({
        at: m.index,
        skip: m[0].length + (parallelTo && !parallelGerund && !parallelNominal ? 3 : 0),
      });
    }
  }
  if (cuts.length === 0) return [span];
  const parts: Span[] = [];
  let from = 0;
  for (const c of cuts) {
    parts.push({ start: span.start + from, end: span.start + c.at });
    from = c.at + c.skip;
  }
  parts.push({ start: span.start + from, end: span.end });
  return parts
    .map((p) => {
      const t = text.slice(p.start, p.end);
      const lead = TRIM_START.exec(t)?.[0].length ?? 0;
      const tail = TRIM_END.exec(t)?.[0].length ?? 0;
      return { start: p.start + lead, end: p.end - tail };
    })
    .filter((p) => p.end - p.start >= 3);
}
