import { inflections, tagWords } from '../adapters/compromise.js';
import { type Candidate, type Doc, type Sentence, type Span, within } from '../doc.js';
import { cues } from '../reference/index.js';
import { agentAfter, mainSubject, subjectBefore } from './agents.js';
import { alternation } from './lexicon.js';
import { objectSpan, phraseBefore, splitConjuncts } from './spans.js';

/** One sentence as the rules see it; all offsets are positions in doc.text. */
export interface Ctx {
  doc: Doc;
  sent: Sentence;
  /** a speaker for the sentence when it stands in quoted or reported speech */
  speaker: Span | null;
  /** who the paragraph is about: the subject of its first sentence, when that is a country or person */
  paragraphSpeaker: Span | null;
}

export type Rule = (ctx: Ctx) => Candidate[];

const NOUN =
  '(?:initiatives?|proposals?|suggestions?|ideas?|offer|call|plans?|recommendations?|readiness|willingness)';
/** Nouns that name a proposal only when a country owns them by name: "Mongolia's vision of", not "its vision of". */
const NAMED_ONLY_NOUN = '(?:vision|concept)';

/** Every match of a rule's pattern in the sentence. Patterns are global module constants, compiled once. */
function* matches(ctx: Ctx, re: RegExp): Generator<{ m: RegExpExecArray; at: number }> {
  if (!re.global) throw new Error(`rule pattern without the g flag: ${re.source.slice(0, 40)}`);
  const text = ctx.doc.text.slice(ctx.sent.start, ctx.sent.end);
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    yield { m, at: ctx.sent.start + m.index };
    if (m[0].length === 0) re.lastIndex++;
  }
}

const RESPONSE_RE = new RegExp(
  `\\b(${Object.keys(cues.responses)
    .sort((a, b) => b.length - a.length)
    .join('|')})\\b`,
  'g',
);

/** The SCO's answer stated before the cue in the sentence ("The member states welcome ..."). */
function responseBefore(ctx: Ctx, cueStart: number): string | null {
  const before = ctx.doc.text.slice(ctx.sent.start, cueStart);
  let last: string | null = null;
  for (const m of before.matchAll(RESPONSE_RE)) last = cues.responses[m[1] ?? ''] ?? null;
  return last;
}

function make(
  ctx: Ctx,
  rule: string,
  cue: Span,
  initiative: Span,
  agent: Candidate['agent'],
  confidence: number,
  response: string | null = null,
): Candidate {
  return { sentence: ctx.sent.index, initiative, cue, rule, agent, response, confidence };
}

/** What follows an agent: "to <action>", "on/for <topic>", or nothing. */
/** A plural cue ("the initiatives of X on A and B") announces several proposals: its gerunds are items. */
function complement(ctx: Ctx, from: number, plural = false): Span[] | null {
  const text = ctx.doc.text;
  const rest = text.slice(from, ctx.sent.end);
  const to = /^\s*,?\s*(?:to|of)\s+/.exec(rest);
  const about = /^\s*,?\s*(?:on|for|regarding|concerning|about)\s+/.exec(rest);
  const copula =
    /^(?:\s*,\s*(?:it|this|they)\s+|\s+)(?:is|was|are|were|include|includes|included)\s+(?=the\s|a\s|an\s|to\s)/.exec(
      rest,
    );
  const lead = to ?? about ?? copula;
  if (!lead) return null;
  let obj = objectSpan(text, from + lead[0].length, ctx.sent.end);
  // "Mongolia's vision of a corridor ... was presented": a noun phrase complement ends at its clause's verb.
  if (obj && /\bof\s+$/.test(lead[0])) obj = nounPhraseEnd(text, obj);
  return obj ? splitConjuncts(text, obj, { infinitive: /\bto\s+$/.test(lead[0]), gerunds: plural }) : null;
}

const REFERENTIAL = new Set([
  'the',
  'a',
  'an',
  'earlier',
  'previous',
  'past',
  'former',
  'latest',
  'recent',
  'new',
  'other',
  'such',
  'all',
  'many',
  'several',
  'some',
  'these',
  'those',
  'this',
  'that',
  'its',
  'their',
  'his',
  'her',
  'our',
  'two',
  'three',
  'both',
  'various',
]);

/** The noun phrase ending at the cue noun, unless it says nothing beyond "the (earlier) initiatives". */
function contentPhrase(ctx: Ctx, end: number): Span | null {
  const np = phraseBefore(ctx.doc.text, ctx.sent.start, end);
  if (!np) return null;
  const words = ctx.doc.text.slice(np.start, np.end).toLowerCase().split(/\s+/).slice(0, -1);
  return words.every((w) => REFERENTIAL.has(w)) ? null : np;
}

const NOMINAL_OF = new RegExp(
  `\\b(${NOUN})\\s+(?:(?:jointly\\s+)?(?:put forward|advanced|proposed|made|voiced|submitted|announced|presented|initiated)\\s+)?(?:of|by|from)\\s+`,
  'g',
);

/** "the initiative of/by X to ...", "the proposals put forward by X and Y". */
export const nominalOf: Rule = (ctx) => {
  const out: Candidate[] = [];
  const re = NOMINAL_OF;
  for (const { m, at } of matches(ctx, re)) {
    if (/\b(?:at|on|upon)\s+the\s+$/.test(ctx.doc.text.slice(at - 12, at))) continue; // "held at the initiative of"
    const agent = agentAfter(ctx.doc, at + m[0].length, ctx.sent.end);
    if (!agent) continue;
    const cue = { start: at, end: at + m[0].length - 1 };
    const plural = /s$/.test(m[1] ?? '');
    const parts = complement(ctx, agent.end, plural) ?? [contentPhrase(ctx, at + (m[1]?.length ?? 0))];
    for (const p of parts) {
      if (p)
        out.push(
          make(
            ctx,
            'nominal-of-agent',
            cue,
            p,
            { kind: 'of-agent', span: agent },
            0.9,
            responseBefore(ctx, at),
          ),
        );
    }
  }
  return out;
};

const POSSESSIVE = new RegExp(
  `(?:(?:'s|’s)|\\b(?:our|Our|its|his|her|their))\\s+(?:[a-z-]+\\s+){0,2}?(${NOUN}|${NAMED_ONLY_NOUN})\\b`,
  'g',
);

/** "Kazakhstan's initiative to ...", "our proposal to ...", "the country's readiness to ...". */
export const possessive: Rule = (ctx) => {
  const out: Candidate[] = [];
  const re = POSSESSIVE;
  for (const { m, at } of matches(ctx, re)) {
    const ownerEnd = at + (m[0].startsWith("'s") || m[0].startsWith('’s') ? 2 : m[0].indexOf(' '));
    const entity = within(ctx.doc.entities, ctx.sent.start, ctx.sent.end).find(
      (e) => e.end === ownerEnd || e.end === at,
    );
    const word = /^\w+/.exec(m[0])?.[0] ?? '';
    const pronoun = ['our', 'Our', 'its', 'his', 'her', 'their'].includes(word);
    const theCountry = /\bthe country$/i.test(ctx.doc.text.slice(at - 12, at));
    if (!entity && !pronoun && !theCountry) continue;
    if (/^(?:vision|concept)$/.test(m[1] ?? '') && entity?.type !== 'country') continue;
    if (entity?.collective) continue;
    const cueEnd = at + m[0].length;
    const parts = complement(ctx, cueEnd);
    if (!parts) continue;
    const kind = word === 'our' || word === 'Our' ? 'speaker' : 'possessor';
    // "its/his/their proposal" points at the sentence's subject when there is one.
    const subject = pronoun && kind !== 'speaker' ? subjectBefore(ctx.doc, ctx.sent.start, at) : null;
    if (subject?.collective) continue;
    // "its/their" with no subject to point at says nothing about who proposed.
    if (!subject && (word === 'its' || word === 'their')) continue;
    const agentSpan: Span | null = entity
      ? { start: entity.start, end: entity.end }
      : kind === 'speaker'
        ? ctx.speaker
        : subject
          ? subject.span
          : pronoun
            ? { start: at, end: at + word.length }
            : { start: at - 11, end: at };
    for (const p of parts) {
      out.push(
        make(
          ctx,
          'possessive',
          { start: at, end: cueEnd },
          p,
          { kind, span: agentSpan },
          entity ? 0.85 : 0.65,
          responseBefore(ctx, at),
        ),
      );
    }
  }
  return out;
};

const ADJ_NOUN = new RegExp(`^\\s+(?:[a-z-]+\\s+)?(?:${NOUN}|${NAMED_ONLY_NOUN})\\b`);
const ENDS_IN_NOUN = new RegExp(`${NOUN}$`);

/** "the Russian initiative to ...": a country adjective owning the proposal. */
export const adjectiveInitiative: Rule = (ctx) => {
  const out: Candidate[] = [];
  const after = ADJ_NOUN;
  for (const e of within(ctx.doc.entities, ctx.sent.start, ctx.sent.end)) {
    if (e.via !== 'country-adjective') continue;
    const m = after.exec(ctx.doc.text.slice(e.end, ctx.sent.end));
    if (!m) continue;
    const cueEnd = e.end + m[0].length;
    for (const p of complement(ctx, cueEnd) ?? []) {
      out.push(
        make(
          ctx,
          'adjective-initiative',
          { start: e.start, end: cueEnd },
          p,
          { kind: 'possessor', span: e },
          0.85,
          responseBefore(ctx, e.start),
        ),
      );
    }
  }
  return out;
};

const COMPOUND_RE = /^-(?:initiated|proposed|suggested|sponsored|conceived)\s+/;

/** "the Uzbek-initiated forum on ...", "the Pakistan-proposed mechanism": a compound adjective names the owner. */
export const compoundInitiative: Rule = (ctx) => {
  const out: Candidate[] = [];
  const text = ctx.doc.text;
  for (const e of within(ctx.doc.entities, ctx.sent.start, ctx.sent.end)) {
    if (e.type !== 'country' || e.collective) continue;
    const m = COMPOUND_RE.exec(text.slice(e.end, ctx.sent.end));
    if (!m) continue;
    const from = e.end + m[0].length;
    const obj = objectSpan(text, from, ctx.sent.end);
    if (!obj) continue;
    const np = nounPhraseEnd(text, obj);
    out.push(
      make(
        ctx,
        'compound-initiative',
        { start: e.start, end: from - 1 },
        np,
        { kind: 'possessor', span: e },
        0.8,
        responseBefore(ctx, e.start),
      ),
    );
  }
  return out;
};

/** A noun phrase ends before the first finite verb after it ("the forum on trade drew interest"). */
function nounPhraseEnd(text: string, span: Span): Span {
  const words = tagWords(text.slice(span.start, span.end));
  // The verb of a relative clause ("a forum that unites ...") belongs to the phrase.
  const stop = words.find(
    (w, i) =>
      i > 0 &&
      w.pos === 'verb' &&
      !w.gerund &&
      (w.auxiliary || !w.base) &&
      !/^(?:that|which|who|whose|whom)$/i.test(words[i - 1]?.text ?? '') &&
      !(words[i - 1]?.auxiliary && /^(?:that|which|who)$/i.test(words[i - 2]?.text ?? '')),
  );
  if (!stop) return span;
  const end = span.start + stop.start;
  return { start: span.start, end: span.start + text.slice(span.start, end).trimEnd().length };
}

const NAMED_INITIATIVE_RE =
  /(?:'s|’s)\s+((?:[A-Z][\w-]*|and|of|for|the|on|in)(?:\s+(?:[A-Z][\w-]*|and|of|for|the|on|in)){0,8}?\s+(?:Initiative|Project|Programme|Program|Strategy|Corridor|Concept|Vision|Process|Plan))\b/g;

/** "China's Belt and Road Initiative": a named initiative with its owner. */
export const namedInitiative: Rule = (ctx) => {
  const out: Candidate[] = [];
  const re = NAMED_INITIATIVE_RE;
  for (const { m, at } of matches(ctx, re)) {
    const entity = within(ctx.doc.entities, ctx.sent.start, ctx.sent.end).find(
      (e) => e.end === at + 2 && e.type === 'country',
    );
    if (!entity) continue;
    const start = at + m[0].indexOf(m[1] ?? '');
    const span = { start, end: start + (m[1]?.length ?? 0) };
    out.push(
      make(
        ctx,
        'named-initiative',
        span,
        span,
        { kind: 'possessor', span: entity },
        0.8,
        responseBefore(ctx, at),
      ),
    );
  }
  return out;
};

/** The nouns of "at the initiative / suggestion / proposal / request of X". */
const AT_NOUN = '(?:initiative|suggestion|proposal|request|invitation)';
const HELD_AT_INITIATIVE_RE = new RegExp(
  `\\b(held|organi[sz]ed|convened|hosted|launched|created|established|set up|conducted)\\b[^.;,“”"()]{0,60}?\\b(?:at|on|upon)\\s+(?:the\\s+${AT_NOUN}\\s+of\\s+|((?:the\\s+)?[A-Z][\\w-]*(?:\\s+[A-Z][\\w-]*){0,3})(?:'s|’s)\\s+${AT_NOUN}\\b)`,
  'g',
);

/** "the event ... held at the initiative of Russia". */
export const heldAtInitiative: Rule = (ctx) => {
  const out: Candidate[] = [];
  const re = HELD_AT_INITIATIVE_RE;
  for (const { m, at } of matches(ctx, re)) {
    // "at the initiative of X" names X after the cue; "at X's initiative" before it.
    const owner = m[2] ? at + m[0].lastIndexOf(m[2]) : -1;
    const agent = m[2]
      ? agentAfter(ctx.doc, owner, owner + m[2].length + 1)
      : agentAfter(ctx.doc, at + m[0].length, ctx.sent.end);
    if (!agent) continue;
    const np = phraseBefore(ctx.doc.text, ctx.sent.start, at, 40);
    if (!np) continue;
    const cueAt = m[2] ? owner : at + m[0].search(/\b(?:at|on|upon)\s+the\s/);
    const cue = { start: cueAt, end: at + m[0].length };
    out.push(
      make(
        ctx,
        'held-at-initiative',
        cue,
        np,
        { kind: 'of-agent', span: agent },
        0.8,
        responseBefore(ctx, np.start),
      ),
    );
  }
  return out;
};

/** "On the initiative of Kazakhstan, the SCO Energy Forum was held in Astana." */
export const initiativeOpening: Rule = (ctx) => {
  const text = ctx.doc.text;
  const s = text.slice(ctx.sent.start, ctx.sent.end);
  const m = new RegExp(`^(?:On|At|Upon)\\s+the\\s+${AT_NOUN}\\s+of\\s+`).exec(s);
  if (!m) return [];
  const agent = agentAfter(ctx.doc, ctx.sent.start + m[0].length, ctx.sent.end);
  if (!agent) return [];
  const rest = text.slice(agent.end, ctx.sent.end);
  const event =
    /^\s*,\s*((?:the\s+|a\s+|an\s+)?[^,;]{3,150}?)\s+(?:(?:was|were|has been|have been|will be)\s+(?:held|organi[sz]ed|convened|launched|created|established|set up|hosted|adopted)|(?:will\s+take|took|takes|is\s+to\s+take)\s+place)\b/i.exec(
      rest,
    );
  if (!event) return [];
  const start = agent.end + event[0].indexOf(event[1] ?? '');
  const span = { start, end: start + (event[1]?.length ?? 0) };
  const cue = { start: ctx.sent.start, end: ctx.sent.start + m[0].length - 1 };
  return [make(ctx, 'held-at-initiative', cue, span, { kind: 'of-agent', span: agent }, 0.8)];
};

const PASSIVE_BY_RE =
  /\b(?:(?:was|were|has been|have been|had been|is|are|being)\s+)?(?:jointly\s+)?(put forward|put forth|proposed|suggested|advanced|initiated|launched|submitted|tabled|floated|introduced|made|voiced|raised|mooted)\s+by\s+/g;

const LIGHT_PASSIVE = /^(?:made|voiced|raised)$/;
const PROPOSAL_NOUN =
  /\b(?:proposals?|initiatives?|suggestions?|ideas?|offers?|plans?|recommendations?|calls?)\b/i;
/** "The idea of opening X", "A proposal to create X": the wrapper noun names no content. */
const WRAPPER =
  /^(?:the|a|an|this|that)\s+(?:proposal|initiative|suggestion|idea|plan|offer)\s+(?:to|of|for|on)\s+/i;

/**
 * The subject of a passive cue when it is the whole clause before it: "A plan for training judges
 * was proposed by X", "The idea of opening X, put forward by Y, ...". Null when a finite verb stands
 * in that stretch (then the subject is only the noun phrase next to the cue).
 */
function clauseSubject(text: string, sentStart: number, at: number): Span | null {
  const head = text.slice(sentStart, at).replace(/[\s,]+$/, '');
  if (head.length === 0) return null;
  const boundary = Math.max(head.lastIndexOf(', '), head.lastIndexOf('; '), head.lastIndexOf(': '));
  const start = boundary >= 0 ? boundary + 2 : 0;
  const segment = head.slice(start);
  const lead = /^\s*[“"]?\s*/.exec(segment)?.[0].length ?? 0;
  const words = tagWords(segment);
  if (words.length < 2 || words.length > 25) return null;
  if (words.some((w) => w.pos === 'verb' && !w.gerund && !w.base)) return null;
  return { start: sentStart + start + lead, end: sentStart + head.length };
}

/** "the work plan proposed by China", "The SCO+ forum format was initiated by ...". */
export const passiveBy: Rule = (ctx) => {
  const out: Candidate[] = [];
  const re = PASSIVE_BY_RE;
  for (const { m, at } of matches(ctx, re)) {
    const agent = agentAfter(ctx.doc, at + m[0].length, ctx.sent.end);
    if (!agent) continue;
    let np =
      clauseSubject(ctx.doc.text, ctx.sent.start, at) ?? phraseBefore(ctx.doc.text, ctx.sent.start, at);
    if (!np) continue;
    // "efforts made by X" is no proposal: a light verb needs a proposal noun in its subject.
    if (LIGHT_PASSIVE.test(m[1] ?? '') && !PROPOSAL_NOUN.test(ctx.doc.text.slice(np.start, np.end))) continue;
    // "the Trans-Afghan railway, an initiative put forward by X": a bare proposal noun in apposition names
    // nothing; the phrase before the comma is the proposal.
    const bare = /^(?:an?|the)\s+(?:[a-z-]+\s+)?(?:initiative|proposal|project|idea|plan)$/i.test(
      ctx.doc.text.slice(np.start, np.end).trim(),
    );
    const before = bare ? /,\s*$/.exec(ctx.doc.text.slice(ctx.sent.start, np.start)) : null;
    if (before) {
      const head = phraseBefore(ctx.doc.text, ctx.sent.start, ctx.sent.start + before.index);
      if (head) np = head;
    }
    const wrapper = WRAPPER.exec(ctx.doc.text.slice(np.start, np.end));
    if (wrapper && np.start + wrapper[0].length < np.end)
      np = { start: np.start + wrapper[0].length, end: np.end };
    const text = ctx.doc.text.slice(np.start, np.end).trim();
    if (ENDS_IN_NOUN.test(text) && complement(ctx, agent.end)) continue;
    if (!/[a-z]/.test(text)) continue;
    const cue = { start: at, end: at + m[0].length - 1 };
    out.push(
      make(
        ctx,
        'passive-by',
        cue,
        { start: np.start, end: np.start + text.length },
        { kind: 'by-agent', span: agent },
        0.85,
        responseBefore(ctx, np.start),
      ),
    );
  }
  return out;
};

/** The speaker's own intention before an infinitive cue: "I would like to propose", "we want to suggest". */
const INTENT_BEFORE =
  /\b(?:would\s+like|'d\s+like|’d\s+like|wants?|wish(?:es)?|intends?|plans?|hopes?|(?:am|is|are)\s+(?:pleased|happy|glad))\s+to\s+$/;
/** Where "I would like to propose" has its subject: before the intention phrase. */
function intentStart(text: string, sentStart: number, at: number): number {
  const m = INTENT_BEFORE.exec(text.slice(Math.max(sentStart, at - 40), at));
  return m ? at - m[0].length : at;
}
const CONDITION = /\b(?:if|unless|whether|in case|provided that)\b[^,;:]*$/i;

/** Verbs that offer by themselves after "will" ("will host", "will set up"); any other needs a proposal noun. */
const OFFER_VERBS = 'organi[sz]e|host|hold|set\\s+up|establish|create|launch|build|provide|train|share|open';

/** Verb frames from the reference data, in every inflection. */
const PLEDGE_FORMS = cues.verbFrames.pledge.flatMap(inflections);
const SHOWCASE_FORMS = new Set(cues.verbFrames.showcase.flatMap(inflections));
const REQUEST_FORMS = cues.verbFrames.request.flatMap(inflections);

const VERB_CUE = new RegExp(
  '\\b(' +
    [
      'propos(?:e|es|ed|ing)',
      'suggest(?:s|ed|ing)?',
      'recommend(?:s|ed|ing)?',
      'offer(?:s|ed|ing)?',
      'urg(?:e|es|ed|ing)',
      'call(?:s|ed|ing)?\\s+(?:for|on|upon)',
      'put(?:s|ting)?\\s+forward',
      'floated',
      'introduc(?:ed|es)',
      'unveil(?:ed|s)',
      'advocat(?:ed|es|ing)(?:\\s+for)?',
      'invit(?:e|es|ed|ing)',
      'plan(?:s|ned)?\\s+to',
      'intend(?:s|ed)?\\s+to',
      '(?:is|are|was|were)\\s+(?:also\\s+)?(?:ready|willing|prepared)\\s+to',
      '(?:stands?|stood)\\s+ready\\s+to',
      'express(?:es|ed|ing)?\\s+(?:its|their|his|her|our)?\\s*(?:readiness|willingness|desire)\\s+to',
      'initiat(?:ed|es)(?=\\s+(?:the|a|an)\\s)',
      `(?:will|would|shall)\\s+(?:${OFFER_VERBS})`,
      // "we will promote a plan of ...": a future commitment whose object is a proposal noun (checked below)
      '(?:will|shall)\\s+(?:also\\s+)?(?!be\\b|have\\b|continue\\b|propos|suggest|recommend|call|offer|urg|invit|advocat|put\\b|plan|intend|push|press|favou?r|seek|request)[a-z]+',
      // "announced that it will open ...": an announced intention of the subject
      'announc(?:ed|es)\\s+that\\s+(?:it|they|he|she|we)\\s+(?:will|would)',
      'favou?r(?:s|ed)?',
      '(?:is|are|was|were)\\s+in\\s+favou?r\\s+of',
      '(?:is|are|was|were)\\s+(?:developing|drawing\\s+up|preparing)\\s+(?:plans?|proposals?)\\s+(?:for|to|on)',
      'in\\s+favou?r\\s+of',
      'push(?:es|ed)?\\s+for',
      'press(?:es|ed)?\\s+for',
      'announc(?:ed|es)\\s+(?:plans|its\\s+plans|an?\\s+initiative)\\s+to',
      'would\\s+like\\s+to\\s+(?:host|organi[sz]e|hold|create|establish|launch)',
      `(?:${alternation(PLEDGE_FORMS)})\\s+to`,
      alternation(SHOWCASE_FORMS),
      alternation(REQUEST_FORMS),
    ].join('|') +
    ')\\b',
  'gi',
);
const LIST_OBJECT = new RegExp(
  `^\\s*(?:a|an|the|his|her|its|their|some|several|following|these)?\\s*(?:(?:set|series|number|package|range|list)\\s+of\\s+)?(?:(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten)(?:-point)?\\s+)?(?:key\\s+|main\\s+|specific\\s+|concrete\\s+|new\\s+|important\\s+)*(?:${cues.listNouns.join('|')})\\b`,
);
const UMBRELLA =
  /^\s*(?:a\s+(?:number|series|package|set|range)\s+of|several|some|many|various|a\s+few)\s+(?:new\s+|important\s+|concrete\s+)*(?:initiatives|proposals|ideas|suggestions|measures|steps|projects)(?:\s+(?:for|on|in|to)\s+[^,;:]{1,50}?)?,?\s+(?:including|such as|in particular|notably|among them)\s+/;

const SHOWCASE_OBJECT =
  /^\s*(?:\S+\s+){0,6}?[“"]?\S*\s*(?:initiative|proposal|concept|plan|programme|program|idea|project|strategy|scheme|mechanism|framework|platform|fund|forum|corridor|campaign|roadmap|road map|draft|resolution|package|agenda|standard|partnership|architecture)s?\b/i;
/** A short lowercase noun phrase that names no content of its own ("an additional task", "two ideas"). */
const GENERAL_OBJECT =
  /^(?:an?|the|his|her|its|their|one|two|three|four|five|several|some|another)\s+(?:[a-z-]+\s+){0,2}[a-z-]+$/;
const FUTURE = /^(?:will|shall)\s/;
const WILL_LIST = new RegExp(`^(?:will|shall)\\s+(?:${OFFER_VERBS})$`);
const VAGUE = new RegExp(`^(?:${cues.vagueComplements.verbs.join('|')})\\b`, 'i');
const BILATERAL =
  /^(?:bilateral\s+|separate\s+|further\s+)?(?:talks|negotiations|consultations|discussions|a\s+(?:meeting|phone\s+call|conversation|telephone\s+conversation))\s+with\b/i;
const ACTION_NOUN_OBJECT =
  /^\s+(?:the|a|an)\s+(?:[a-z-]+\s+)?[a-z]+(?:ing|tion|sion|ment|ance|ence|al)\s+of\b/;
const AIMED_AT =
  /^(?:urg|call(?:s|ed|ing)?\s+(?:on|upon)|invit|encourag|ask|seek|sought|request|appeal|lobb)/;

/**
 * Where the predicate of a that-clause starts ("that [the SCO member states] develop ...", "that [it]
 * should set up ..."): its first verb after a subject of nouns, skipping auxiliaries and modals.
 */
function clausePredicate(text: string, from: number, end: number): number | null {
  const clause = text.slice(from, end);
  const words = tagWords(clause);
  let i = 0;
  while (i < words.length && words[i]?.pos !== 'verb') i++;
  if (i === 0 || i >= words.length || i > 14) return null;
  while (words[i]?.auxiliary && words[i + 1]?.pos === 'verb') {
    // "that a council be created": a passive clause names its proposal in the subject.
    if (/^(?:be|been|is|are)$/i.test(words[i]?.text ?? '')) return null;
    i++;
  }
  const verb = words[i];
  if (!verb || verb.gerund || verb.auxiliary || /^(?:be|been|is|are)$/i.test(verb.text)) return null;
  return from + verb.start;
}

/**
 * "The President called for a council of the SCO and offered to host ...": a second predicate after
 * "and" shares the main clause's subject, when no subject of its own stands between them.
 */
function coordinatedSubject(ctx: Ctx, at: number, coordinated: boolean): ReturnType<typeof mainSubject> {
  if (
    !coordinated ||
    !/\band\s+(?:also\s+|further\s+|then\s+)?$/.test(ctx.doc.text.slice(ctx.sent.start, at))
  )
    return null;
  const main = mainSubject(ctx.doc, ctx.sent.start, at);
  return main && !main.collective ? main : null;
}

/** "X proposed / suggested / called for / urged Y to / is ready to / will organise ...". */
export const verbSubject: Rule = (ctx) => {
  const out: Candidate[] = [];
  const text = ctx.doc.text;
  for (const { m, at } of matches(ctx, VERB_CUE)) {
    const verb = (m[1] ?? '').toLowerCase();
    // A capitalised cue opens a sentence ("Proposing ..., X said"); inside one it is a Title Case headline.
    if (/^[A-Z]/.test(m[1] ?? '') && !/^\s*[“"]?\s*$/.test(text.slice(ctx.sent.start, at))) continue;
    const pre = text.slice(Math.max(ctx.sent.start, at - 12), at);
    // "refused to propose", "was proposed", "never proposed" are no proposals; "I would like to propose" is.
    if (
      /\b(?:to|not|n't|never|was|were|been|be)\s+$/.test(pre) &&
      !/^(?:is|are|was|were|will|in)\b/.test(verb) &&
      !INTENT_BEFORE.test(text.slice(Math.max(ctx.sent.start, at - 40), at))
    )
      continue;
    if (REPORTS_QUOTE.test(text.slice(ctx.sent.start, at))) continue; // quotedProposal reads it
    // "If Russia proposed ..., China would ...": a condition states no proposal.
    if (CONDITION.test(text.slice(ctx.sent.start, at))) continue;
    let from = at + m[0].length;
    const after = text.slice(from, ctx.sent.end);
    // A list announcement: its items are the proposals. "a proposal for X" is one proposal, not a list.
    const listed = LIST_OBJECT.exec(after);
    const oneProposal =
      listed !== null &&
      /\b(?:an?|the)\s+(?:new\s+|concrete\s+|specific\s+)?(?:proposal|proposition)$/.test(listed[0]) &&
      /^\s+(?:to|for|on|of|regarding|concerning|about|that)\b/.test(after.slice(listed[0].length));
    if (listed && !oneProposal && !UMBRELLA.test(after)) continue;
    const showcase = SHOWCASE_FORMS.has(verb) || (FUTURE.test(verb) && !WILL_LIST.test(verb));
    if (showcase && (!SHOWCASE_OBJECT.test(after) || /^\s+that\b/.test(after))) continue;
    if (
      /^suggest/.test(verb) &&
      /^\s+that\s+(?:it|this|these|they|there|such)\s+(?:could|would|may|might|is|was|will|can)\b/.test(after)
    )
      continue;
    if (/^suggest|^propos|^recommend/.test(verb) && /^\s+that\b/.test(after)) {
      from += after.indexOf('that') + 4;
      // "proposed that the member states set up X": the proposal starts at the clause's verb.
      from = clausePredicate(text, from, ctx.sent.end) ?? from;
    }
    // "urged the drafting of X": an action noun is the object itself, not an addressee to be urged.
    if (AIMED_AT.test(verb) && !ACTION_NOUN_OBJECT.test(after)) {
      const to = /^(?:\s+[^,.;]{1,80}?)?\s+(?:to|for)\s+(?=[a-z])/.exec(after);
      if (to) from += to[0].length;
      else if (!/^call/.test(verb) && !/^urg/.test(verb)) continue;
    }
    const toInf = /^\s+(?:(?:at|during|in|on)\s+[^,.;]{1,60}?\s+)?to\s+(?=[a-z])/.exec(
      text.slice(from, ctx.sent.end),
    );
    if (toInf && /^(?:propos|suggest|offer)/.test(verb)) from += toInf[0].length;
    // "put forward an initiative to create X": the proposal is "create X".
    const wrapper =
      /^\s*(?:an?|the|its|his|her|their)\s+(?:initiative|proposal|idea|suggestion)\s+(?:to|on|of|for)\s+/.exec(
        text.slice(from, ctx.sent.end),
      );
    if (wrapper) from += wrapper[0].length;
    const infinitive = /\bto\s*$/.test(text.slice(ctx.sent.start, from)) || /\bto$/.test(verb);
    // "put forward a number of initiatives, including X": the proposals are what the list includes.
    const umbrella = UMBRELLA.exec(text.slice(from, ctx.sent.end));
    if (umbrella) from += umbrella[0].length;
    let obj = objectSpan(text, from, ctx.sent.end);
    if (!obj) continue;
    // propose/suggest/recommend take a noun phrase, an infinitive, a gerund or a clause, never "for ..." alone.
    if (
      /^(?:propos|suggest|recommend)/.test(verb) &&
      /^(?:for|on|in|at|with)\s/i.test(text.slice(obj.start, obj.end))
    )
      continue;
    // "an initiative jointly put forward by X": a passive participle, read by passiveBy.
    if (/^by\s/.test(text.slice(obj.start, obj.end))) continue;
    // "ready to work with all partners", "proposed nothing new": goodwill or nothing, not a proposal.
    if (infinitive && VAGUE.test(text.slice(obj.start, obj.end))) continue;
    if (/^(?:nothing|none|no)\b/i.test(text.slice(obj.start, obj.end))) continue;
    // "will hold talks with X" reports diplomacy, not a proposal.
    if (/\b(?:hold|host|have)$/.test(verb) && BILATERAL.test(text.slice(obj.start, obj.end))) continue;
    // "offered the participants:": the object announces a list; its items are the proposals.
    if (/^\s*:\s*$/.test(text.slice(obj.end, ctx.sent.end))) continue;
    // "proposed an additional task: for the SCO to ...": a general noun announces what the colon gives.
    const colon = /^\s*:\s+/.exec(text.slice(obj.end, ctx.sent.end));
    if (colon && GENERAL_OBJECT.test(text.slice(obj.start, obj.end)))
      obj = objectSpan(text, obj.end + colon[0].length, ctx.sent.end) ?? obj;
    // A participle (", proposing ...") takes the subject of the main clause.
    const participle = /^\w+ing\b/.test(verb) && /,\s*$/.test(text.slice(ctx.sent.start, at));
    // A participle (", proposing ...") or a second predicate ("..., and called for ...") takes the main subject.
    const coordinated = /(?:,|\band)\s+(?:also\s+|further\s+|then\s+)?$/.test(text.slice(ctx.sent.start, at));
    // "Proposing a joint fund, Kazakhstan said ...": an opening participle takes the subject after it.
    const opening = /^\w+ing\b/.test(verb) && /^\s*[“"]?\s*$/.test(text.slice(ctx.sent.start, at));
    // Its clause ends at the first comma: the main clause and its subject follow.
    const comma = opening ? text.indexOf(', ', obj.start) : -1;
    if (opening && comma > 0 && comma < obj.end) obj = { start: obj.start, end: comma };
    const subject = participle
      ? mainSubject(ctx.doc, ctx.sent.start, at)
      : opening
        ? comma > 0 && comma < ctx.sent.end
          ? mainSubject(ctx.doc, comma + 2, ctx.sent.end)
          : null
        : (coordinatedSubject(ctx, at, coordinated) ??
          subjectBefore(ctx.doc, ctx.sent.start, intentStart(text, ctx.sent.start, at)));
    if (!subject || subject.collective) continue;
    const word = text.slice(subject.span.start, subject.span.end);
    const kind = SPEAKER_WORD.test(word) ? 'speaker' : 'subject';
    const cue = { start: at, end: at + m[0].length };
    for (const p of splitConjuncts(text, obj, { infinitive, gerunds: umbrella !== null })) {
      out.push(
        make(
          ctx,
          'verb-subject',
          cue,
          p,
          { kind, span: kind === 'speaker' ? ctx.speaker : subject.span },
          0.8,
        ),
      );
    }
  }
  return out;
};

const QUOTE_FRAME =
  /^\s*[“"]([^”"]{8,600}?)[,.!]?\s*[”"],?\s+([^,.;“”"]{2,80}?)\s+(?:also\s+)?(urged|proposed|suggested|recommended|called\s+for|appealed\s+for)\b/g;
/** Ends a verb cue's subject search: the cue reports a quotation that ends just before its subject. */
export const REPORTS_QUOTE = /[,.!?]\s*[”"],?\s+[^,.;“”"]{2,80}$/;

/** “Build a joint fund and ...,” the minister urged: the quotation is the proposal, the reporter's subject its owner. */
export const quotedProposal: Rule = (ctx) => {
  const out: Candidate[] = [];
  const text = ctx.doc.text;
  for (const { m, at } of matches(ctx, QUOTE_FRAME)) {
    const quoteStart = at + m[0].indexOf(m[1] ?? '');
    const quoteEnd = quoteStart + (m[1]?.length ?? 0);
    const verbAt = at + m[0].lastIndexOf(m[3] ?? '');
    const subject = subjectBefore(ctx.doc, quoteEnd, verbAt);
    if (!subject || subject.collective) continue;
    const obj = objectSpan(text, quoteStart, quoteEnd);
    if (!obj) continue;
    const cue = { start: verbAt, end: verbAt + (m[3]?.length ?? 0) };
    for (const p of splitConjuncts(text, obj)) {
      out.push(make(ctx, 'quoted-proposal', cue, p, { kind: 'subject', span: subject.span }, 0.7));
    }
  }
  return out;
};

const PRIORITIES_RE =
  /\b(?:stressed|outlined|named|highlighted|listed|identified|set out|emphasi[sz]ed|underlined|noted|presented|described)\s+(?:the\s+|its\s+|his\s+|her\s+)?(?:[a-z]+\s+){0,2}priorit(?:y|ies)\b[^.;]{0,120}?,?\s(?:in particular|including|such as|namely|notably)[,:]?\s+/g;

/** "stressed the priorities ..., in particular, the creation of A and the establishment of B". */
export const priorities: Rule = (ctx) => {
  const out: Candidate[] = [];
  const re = PRIORITIES_RE;
  for (const { m, at } of matches(ctx, re)) {
    const subject = subjectBefore(ctx.doc, ctx.sent.start, at);
    if (!subject || subject.collective) continue;
    const obj = objectSpan(ctx.doc.text, at + m[0].length, ctx.sent.end);
    if (!obj) continue;
    for (const p of splitConjuncts(ctx.doc.text, obj)) {
      out.push(
        make(
          ctx,
          'priority-list',
          { start: at, end: at + m[0].length },
          p,
          { kind: 'subject', span: subject.span },
          0.7,
        ),
      );
    }
  }
  return out;
};

const REPORTED_PLAN_RE =
  /\b(said|says|announced|asserted|asserts|stated|states|added)\s+(?:that\s+)?(?:(there\s+will\s+be\s+)|(?=(?:[^,.;]{3,150}?)\s+will\s+be\s+(?:established|created|set up|launched|organi[sz]ed|opened|built|formed|introduced|developed)\b))/g;

/** "X said (that) a permanent platform will be established", "asserts that there will be ...". */
export const reportedPlan: Rule = (ctx) => {
  const out: Candidate[] = [];
  const text = ctx.doc.text;
  const re = REPORTED_PLAN_RE;
  for (const { m, at } of matches(ctx, re)) {
    const subject = subjectBefore(ctx.doc, ctx.sent.start, at);
    if (!subject || subject.collective) continue;
    const from = at + m[0].length;
    let obj = objectSpan(text, from, ctx.sent.end);
    if (!obj) continue;
    if (!m[2]) {
      const passive = /\bwill\s+be\s+\w+/.exec(text.slice(obj.start, obj.end));
      if (passive) obj = { start: obj.start, end: obj.start + passive.index + passive[0].length };
    }
    out.push(
      make(ctx, 'reported-plan', { start: at, end: from }, obj, { kind: 'subject', span: subject.span }, 0.6),
    );
  }
  return out;
};

/** "Meanwhile, a joint research project ... has been proposed." (no agent: the article's speaker). */
export const passiveNoAgent: Rule = (ctx) => {
  const text = ctx.doc.text.slice(ctx.sent.start, ctx.sent.end);
  const m =
    /^(?:[A-Z][a-z]+,\s+)?(.{8,240}?)\s+(?:has|have|had)\s+been\s+(proposed|suggested|put forward|initiated)\s*[.!]?$/.exec(
      text,
    );
  if (!m) return [];
  const start = ctx.sent.start + text.indexOf(m[1] ?? '');
  const span = { start, end: start + (m[1]?.length ?? 0) };
  const cueAt = ctx.sent.start + text.lastIndexOf(m[2] ?? '');
  return [
    make(
      ctx,
      'passive-no-agent',
      { start: cueAt, end: cueAt + (m[2]?.length ?? 0) },
      span,
      { kind: 'speaker', span: ctx.speaker },
      0.45,
    ),
  ];
};

const SPEAKER_WORD = /^(?:we|I|our country|my country|our side|our state)$/i;
const DEONTIC =
  /(?:(?<![\w’'])(?:[Ll]et\s+us|[Ll]et[’']s)\s+(?=[a-z])|\b(?:(?:is|are)\s+(?:welcome|invited)\s+to|[Ii]t\s+is\s+(?:also\s+)?(?:necessary|important|essential|crucial|vital|high\s+time)\s+to|(?:also\s+)?seems?\s+(?:logical|reasonable|advisable|expedient)\s+to|should\s+(?:be\s+(?:[a-z]+(?:ed|en|wn)|given|made|set|put|held|built)|(?!be\b)[a-z]+)|(?<!\bthe\s)needs?\s+to)\b)/;

/** In a speaker's words, "X should be expanded", "it is necessary to ...", "it seems logical to ...". */
export const deontic: Rule = (ctx) => {
  const speaker = ctx.speaker ?? ctx.paragraphSpeaker;
  if (!speaker) return [];
  const text = ctx.doc.text;
  const s = text.slice(ctx.sent.start, ctx.sent.end);
  const m = DEONTIC.exec(s);
  if (!m) return [];
  if (/\b(?:must|believe|believes|agreed|decided)\b/.test(s.slice(0, m.index))) return [];
  const cueAt = ctx.sent.start + m.index;
  // "it is necessary to X", "let us X": the proposal is the verb phrase that follows.
  const infinitive = /\bto$/.test(m[0]) || /^[Ll]et/.test(m[0]);
  let from: number;
  if (infinitive) from = cueAt + m[0].length;
  else {
    // The clause with its subject: "the SCO should expand ...", "Priority should be given to ...".
    const lead =
      /^(?:[“"]?\s*(?:(?:First|Second|Third|Fourth|Fifth|Finally|Also|Moreover|Further)(?:ly)?,\s*))/.exec(s);
    from = ctx.sent.start + (lead ? lead[0].length : 0);
    const reported = [
      ...s
        .slice(0, m.index)
        .matchAll(/\b(?:said|says|stated|noted|stressed|added|argued|believes?)\s+(?:that\s+)?/g),
    ].pop();
    if (reported) from = ctx.sent.start + reported.index + reported[0].length;
    const clauseStart = s.slice(0, m.index).lastIndexOf(', ');
    if (
      clauseStart > (lead?.[0].length ?? 0) &&
      /^, (?:and |but )?(?:it|the|all|member|[A-Z])/.test(s.slice(clauseStart))
    )
      from = ctx.sent.start + clauseStart + 2;
  }
  const obj = objectSpan(text, from, ctx.sent.end);
  if (!obj) return [];
  return splitConjuncts(text, obj, { infinitive }).map((p) =>
    make(
      ctx,
      'deontic-speech',
      { start: cueAt, end: cueAt + m[0].length },
      p,
      { kind: 'speaker', span: speaker },
      0.55,
    ),
  );
};

export const SENTENCE_RULES: readonly Rule[] = [
  heldAtInitiative,
  initiativeOpening,
  nominalOf,
  possessive,
  adjectiveInitiative,
  compoundInitiative,
  namedInitiative,
  passiveBy,
  verbSubject,
  quotedProposal,
  priorities,
  reportedPlan,
  passiveNoAgent,
  deontic,
];
