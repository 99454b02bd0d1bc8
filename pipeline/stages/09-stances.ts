import type { StanceType } from '../../schemas/stance.js';
import {
  type Doc,
  type Entity,
  type Proposal,
  type Sentence,
  type Span,
  type Stance,
  within,
} from '../doc.js';
import { agentAfter, mainSubject, PREP_BEFORE, subjectBefore } from '../extract/agents.js';
import { isOrganisationId, membersOn, organisationId, scoStatus, stanceCues } from '../reference/index.js';
import type { Stage } from '../stage.js';

/**
 * Stances: who supported, welcomed, noted, opposed or withheld support from whose initiative.
 * Constructions over the stance words of `reference/stances.json`:
 * - `verb`: SUBJECT [negation] VERB OBJECT ("Kazakhstan supports China's proposal ...");
 * - `noun`: SUBJECT LIGHT-VERB [their] NOUN PREP OBJECT ("they express appreciation for the initiative of ...");
 * - `nominal`: a stance noun with its own agent ("Russia's support for ...", "the support of X for ...");
 * - `passive`: OBJECT was VERB-ed by AGENT;
 * - `participle`: "VERB-ing OBJECT, SUBJECT ..." (the subject of the main clause is the actor: "Reaffirming
 *   their support for China's BRI, Kazakhstan, ... and Uzbekistan note ...");
 * - `sco-response`: an initiatives record whose `sco_response` no construction above reached (the same
 *   fact, so the two outputs agree);
 * - `not-in-list`: inferred, one `not_joined` row for each SCO member on the date that an explicit list of
 *   member-state backers leaves out (never the owner).
 * OBJECT is an initiatives record of the sentence, or a noun phrase headed by an initiative noun whose
 * owner is its possessor or its of/by-agent; "the idea" with no owner is the latest record of the last
 * sentences. A stance on one's own initiative is no stance by another and is dropped.
 */

const WORD = (w: string) => w.replace(/\s+/g, '\\s+');
const alt = (ws: readonly string[]) =>
  [...ws]
    .sort((a, b) => b.length - a.length)
    .map(WORD)
    .join('|');

/** Regular forms of a verb: base, -s, -ed, -ing (a final e dropped, a final consonant after a short vowel kept). */
function inflect(lemma: string): string[] {
  if (lemma.endsWith('e')) return [lemma, `${lemma}s`, `${lemma}d`, `${lemma.slice(0, -1)}ing`];
  if (/[^aeiou][aeiou]t$/.test(lemma) && lemma.length <= 6)
    return [lemma, `${lemma}s`, `${lemma}ted`, `${lemma}ting`];
  return [lemma, `${lemma}s`, `${lemma}ed`, `${lemma}ing`];
}

interface Cue {
  re: RegExp;
  stance: StanceType;
  kind: 'verb' | 'noun';
}

// Phrasal verbs first: "taken note of" is one cue, not "note".
const VERB_CUES: Cue[] = [...stanceCues.verbs]
  .sort((a, b) => Number(!a.particle) - Number(!b.particle))
  .map((v) => ({
    re: new RegExp(
      `\\b(${alt(v.forms ?? inflect(v.lemma))})\\b${v.particle ? `\\s+${v.particle}\\b` : ''}`,
      'gi',
    ),
    stance: v.stance,
    kind: 'verb',
  }));
const LIGHT = alt(stanceCues.lightVerbs.flatMap(inflect));
const NOUN_CUES: Cue[] = stanceCues.nouns.map((n) => ({
  re: new RegExp(
    `\\b(?:${LIGHT})\\s+(?:(?:their|its|his|her|our|the|full|firm|strong|unanimous|continued|serious|some|certain)\\s+){0,3}(${WORD(n.lemma)})\\s+(?:${alt(stanceCues.nounPrepositions)})\\b`,
    'gi',
  ),
  stance: n.stance,
  kind: 'noun',
}));
const NEGATED = new RegExp(
  `(?:\\b(?:did|does|do|has|have|had|would|will|could|can|is|are|was|were)\\s*(?:${alt(stanceCues.negators)})|\\b(?:never|no\\s+longer))\\s+(?:\\w+ly\\s+)?(?:yet\\s+)?(?:been\\s+)?$`,
  'i',
);
const WITHHELD = new RegExp(
  `\\b(?:${alt(stanceCues.withholdVerbs.flatMap(inflect))})\\s+(?:to|from)\\s+$`,
  'i',
);
const REFUSED = new RegExp(`\\b(?:${alt(stanceCues.refusalVerbs.flatMap(inflect))})\\s+to\\s+$`, 'i');
const OBJECT_NOUN = new RegExp(`^(?:${alt(stanceCues.objectNouns)})s?$`, 'i');
const HEAD_OF = new RegExp(
  `^\\s*(?:the|their|its)\\s+(?:${alt(stanceCues.objectHeads)})\\s+of\\s+(?:(?:the|this|that)\\s+)?`,
  'i',
);
/** What says which initiative an ownerless phrase is: its aim or topic ("to ...", "on ...", "focusing on ..."), not "of". */
const PURPOSE_MODIFIER = /^\s*(?:to|on|for|regarding|concerning|aimed|focusing|focused|[a-z]+ing)\b/i;
const EFFORTS = new RegExp(
  `^(\\s*(?:the\\s+)?[^,;.]{2,60}?(?:’s|'s))\\s+(?:${alt(stanceCues.effortNouns)})\\s+(?:with\\s+regard\\s+to|regarding|on|towards?|in|for)\\s+(?:the\\s+)?`,
  'i',
);
/** A name ending in an initiative noun: "2018-2028 International Decade for Action on Water ... initiative". */
const NAMED_OBJECT = new RegExp(
  `^(?:(?:[A-Z0-9][\\w’'-]*|for|on|of|and|the|in|to|[-–])\\s*){1,16}?(?:${alt(stanceCues.objectNouns)})s?\\b`,
  'i',
);
const COMPLEMENT = new RegExp(
  `^\\s*(?:that|whether|how|what)\\s+(?!(?:${alt(stanceCues.objectNouns)})s?\\b)`,
  'i',
);
const DETERMINER = /^(?:the|this|that|these|those|its|his|her|their|our|a|an|such)$/i;
const ANAPHOR_GAP = 3;
/** Words after an initiative noun that say which one it is: "the initiatives focusing on ...", "the plan to ...". */
const POST_MODIFIER =
  /^\s*(?:to|on|for|of|in|by|from|at|with|about|regarding|concerning|aimed|that|which|who|[a-z]+ing|[a-z]+ed\s+(?:by|at|in|on))\b/i;
const RECORD_GAP_WORDS = 7;
const AGENTIVE = new Set(['country', 'person', 'role', 'organisation']);

interface Found {
  start: number;
  end: number;
  stance: StanceType;
  kind: 'verb' | 'noun' | 'nominal';
  /** for a nominal: its agent ("the member states' support for", "the support of X for") */
  agent?: Span;
}

/** A stance noun with its own agent and no light verb: "X's support for", "the support of X for". */
const NOMINAL_CUES = stanceCues.nouns.map((n) => ({
  re: new RegExp(`\\b(${WORD(n.lemma)})\\b`, 'g'),
  stance: n.stance,
}));
const NOUN_PREP = new RegExp(`^\\s+(?:${alt(stanceCues.nounPrepositions)})\\s+`, 'i');

function nominalAgent(
  doc: Doc,
  sent: Sentence,
  start: number,
  end: number,
): { agent: Span; end: number } | null {
  const after = doc.text.slice(end, sent.end);
  const of = /^\s+of\s+/.exec(after);
  if (of) {
    const agent = agentAfter(doc, end + of[0].length, sent.end);
    if (!agent) return null;
    const prep = NOUN_PREP.exec(doc.text.slice(agent.end, sent.end));
    return prep ? { agent, end: agent.end + prep[0].length } : null;
  }
  const prep = NOUN_PREP.exec(after);
  if (!prep) return null;
  // The possessor right before the noun: "the SCO member states’ support", "Russia's backing".
  const owner = within(doc.entities, Math.max(sent.start, start - 80), start)
    .filter((e) => AGENTIVE.has(e.type))
    .pop();
  if (!owner) return null;
  const gap = doc.text.slice(owner.end, start);
  if (!/^(?:[’']s?)?\s+(?:(?:full|firm|strong|continued|unanimous)\s+)?$/.test(gap)) return null;
  if (!/[’']s?\s/.test(doc.text.slice(owner.end - 2, start)) && !owner.via.endsWith('-possessive'))
    return null;
  return { agent: { start: owner.start, end: owner.end }, end: end + prep[0].length };
}

/** The stance cues of a sentence, in order; a cue inside an initiative span is part of what was proposed. */
function findCues(doc: Doc, sent: Sentence, inside: Span[]): Found[] {
  const s = doc.text.slice(sent.start, sent.end);
  const out: Found[] = [];
  for (const c of [...NOUN_CUES, ...VERB_CUES]) {
    c.re.lastIndex = 0;
    for (const m of s.matchAll(c.re)) {
      const start = sent.start + (m.index ?? 0);
      const end = start + m[0].length;
      if (inside.some((x) => start >= x.start && start < x.end)) continue;
      if (out.some((o) => start < o.end && o.start < end)) continue; // a noun cue holds its light verb
      out.push({ start, end, stance: c.stance, kind: c.kind });
    }
    if (c === NOUN_CUES[NOUN_CUES.length - 1])
      for (const n of NOMINAL_CUES) {
        n.re.lastIndex = 0;
        for (const m of s.matchAll(n.re)) {
          const start = sent.start + (m.index ?? 0);
          const end = start + m[0].length;
          if (inside.some((x) => start >= x.start && start < x.end)) continue;
          if (out.some((o) => start < o.end && o.start < end)) continue;
          const nominal = nominalAgent(doc, sent, start, end);
          if (nominal)
            out.push({ start, end: nominal.end, stance: n.stance, kind: 'nominal', agent: nominal.agent });
        }
      }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** What a negation or refusal before the cue makes of it: withheld support, opposition, or nothing. */
function polarity(doc: Doc, sent: Sentence, cue: Found): StanceType | null {
  const before = doc.text.slice(Math.max(sent.start, cue.start - 40), cue.start);
  const negative = cue.stance === 'oppose' || cue.stance === 'reservation';
  if (REFUSED.test(before)) return negative ? null : stanceCues.refused;
  if (NEGATED.test(before) || WITHHELD.test(before)) return negative ? null : stanceCues.withheld;
  return cue.stance;
}

interface Target {
  span: Span;
  proposal: Proposal | null;
  owners: string[];
  anaphor: boolean;
}

const anchor = (p: Proposal) => Math.min(p.candidate.cue.start, p.candidate.initiative.start);

/** Countries an initiative phrase names as its owner: a possessive or adjective, or an of/by/from agent. */
function ownersIn(doc: Doc, np: Span, limit: number): string[] {
  const owners = new Set<string>();
  for (const e of within(doc.entities, np.start, np.end))
    if (e.type !== 'organisation' && e.country && !e.collective && e.via !== 'country-location')
      owners.add(e.country);
  const of = /^\s+(?:put\s+forward\s+|advanced\s+|proposed\s+)?(?:of|by|from)\s+/.exec(
    doc.text.slice(np.end, Math.min(limit, np.end + 40)),
  );
  if (owners.size === 0 && of) {
    const agent = agentAfter(doc, np.end + of[0].length, limit);
    if (agent)
      for (const e of within(doc.entities, agent.start, agent.end))
        for (const c of countriesOf(e)) owners.add(c);
  }
  return [...owners].sort();
}

const countriesOf = (e: Entity): string[] => (e.country && !e.collective ? [e.country] : []);

/** The object of a cue: a record of the sentence right after it, else an initiative noun phrase. */
function objectAfter(doc: Doc, sent: Sentence, from: number, limit: number, props: Proposal[]): Target[] {
  let at = from;
  // "noted that the proposal ... needed study": a complement clause is no object.
  if (COMPLEMENT.test(doc.text.slice(at, limit))) return [];
  const head = HEAD_OF.exec(doc.text.slice(at, limit));
  if (head) at += head[0].length;
  const records = props
    .filter((p) => p.candidate.sentence === sent.index && anchor(p) >= from && anchor(p) < limit)
    .sort((a, b) => anchor(a) - anchor(b));
  const first = records[0];
  if (first) {
    const gap = doc.text.slice(at, anchor(first));
    const words = gap.split(/\s+/).filter(Boolean).length;
    if (words <= RECORD_GAP_WORDS && !/[;:.!?()]/.test(gap))
      return records
        .filter((p) => p.candidate.cue.start === first.candidate.cue.start)
        .map((p) => ({ span: p.candidate.initiative, proposal: p, owners: p.proposers, anaphor: false }));
  }
  // "support of the Republic of Tajikistan's efforts with regard to the ... Decade ... initiative".
  const effort = EFFORTS.exec(doc.text.slice(at, limit));
  if (effort) {
    const possessor = { start: at, end: at + (effort[1]?.length ?? 0) };
    const owners = ownersIn(doc, possessor, possessor.end);
    const nameAt = at + effort[0].length;
    const name = NAMED_OBJECT.exec(doc.text.slice(nameAt, limit));
    if (owners.length > 0 && name)
      return [
        { span: { start: nameAt, end: nameAt + name[0].length }, proposal: null, owners, anaphor: false },
      ];
  }
  // An initiative noun phrase: up to five words, the last an initiative noun.
  const words = [...doc.text.slice(at, Math.min(limit, at + 120)).matchAll(/[\p{L}’'-]+|[^\s\p{L}]/gu)];
  const firstWord = words[0];
  if (!firstWord) return [];
  const start = at + (firstWord.index ?? 0);
  for (const [i, w] of words.slice(0, 6).entries()) {
    if (/^[^\p{L}]$/u.test(w[0])) return [];
    if (!OBJECT_NOUN.test(w[0])) continue;
    const end = at + (w.index ?? 0) + w[0].length;
    const np = { start, end };
    const owners = ownersIn(doc, np, limit);
    const bare = words.slice(0, i).every((x) => DETERMINER.test(x[0]) || /^[a-z-]+$/.test(x[0]));
    if (owners.length > 0) return [{ span: np, proposal: null, owners, anaphor: false }];
    // "the idea", "this initiative" (no words after it that say which): the latest record a few
    // sentences back, else an initiative of unknown owner.
    const after = doc.text.slice(end, Math.min(limit, end + 30));
    if (bare && /^(?:the|this|that|these|such)$/i.test(firstWord[0]) && !POST_MODIFIER.test(after)) {
      const back = props
        .filter((p) => anchor(p) < start && sent.index - p.candidate.sentence <= ANAPHOR_GAP)
        .pop();
      return [{ span: np, proposal: back ?? null, owners: back?.proposers ?? [], anaphor: true }];
    }
    // "the initiatives focusing on ...", "the plan to ...": a particular initiative whose owner is not said.
    if (bare && /^(?:the|this|that|these)$/i.test(firstWord[0]) && PURPOSE_MODIFIER.test(after)) {
      const rest = objectPhraseEnd(doc, end, limit);
      return [{ span: { start, end: rest }, proposal: null, owners: [], anaphor: true }];
    }
    return [];
  }
  return [];
}

/** Where a post-modified initiative phrase ends: at the clause's next comma, semicolon or the limit. */
function objectPhraseEnd(doc: Doc, from: number, limit: number): number {
  const m = /[,;(]/.exec(doc.text.slice(from, limit));
  const end = m ? from + m.index : limit;
  return from + doc.text.slice(from, end).replace(/[\s.!?”"]+$/, '').length;
}

interface Actor {
  code: string;
  type: 'country' | 'organisation';
}

/** The actors an entity stands for: its country; for a body of no country, its id (`SCO` for a collective). */
function actorsOf(doc: Doc, e: Entity): Actor[] {
  if (e.country && !e.collective) return [{ code: e.country, type: 'country' }];
  if (e.type !== 'organisation') return [];
  const id = organisationId(e.name);
  if (id) return [{ code: id, type: 'organisation' }];
  // "the UN Secretary-General": an official title after an organisation's id is that organisation's.
  const before = /\b([A-Z]{2,6})\s+$/.exec(doc.text.slice(Math.max(0, e.start - 8), e.start))?.[1];
  if (before && isOrganisationId(before)) return [{ code: before, type: 'organisation' }];
  return e.collective ? [{ code: stanceCues.collectiveActor, type: 'organisation' }] : [];
}

function actorsIn(doc: Doc, span: Span): Actor[] {
  const ents = within(doc.entities, span.start, span.end).filter((e) => AGENTIVE.has(e.type));
  const out = new Map<string, Actor>();
  const named = ents.filter((e) => !e.collective);
  // "the United Nations Secretary-General": the named body, not the collective title.
  for (const e of named.length > 0 ? named : ents) for (const a of actorsOf(doc, e)) out.set(a.code, a);
  return [...out.values()];
}

/** "They noted ...": the subject of the last sentences that name one. */
function theyResolved(doc: Doc, sent: Sentence): Actor[] {
  for (let i = sent.index - 1; i >= Math.max(0, sent.index - 4); i--) {
    const s = doc.sentences?.[i];
    if (!s) continue;
    const subj = mainSubject(doc, s.start, Math.min(s.end, s.start + 80));
    if (subj) return actorsIn(doc, subj.span);
  }
  return [];
}

const THEY =
  /(?:^|[\s,;])([Tt]hey|[Tt]hemselves)\s+(?:(?:\w+ly|also|further|have|has|had|did|do|not|n't|all|again|once\s+again|would|will)\s+){0,3}$/;

/** Who takes the stance: the subject of the cue's clause, or of the main clause after a participle. */
function actorsFor(
  doc: Doc,
  sent: Sentence,
  cue: Found,
  objectEnd: number,
): { actors: Actor[]; list: boolean; pronoun: boolean } {
  const lead = doc.text.slice(sent.start, cue.start);
  const cueWord = doc.text.slice(cue.start, cue.end).split(/\s+/)[0] ?? '';
  const none = { actors: [], list: false, pronoun: false };
  if (/ing$/i.test(cueWord)) {
    // "Reaffirming their support for X, A, B and C note ...": the subject after the participle clause.
    if (/^[\s“"]*(?:\w+ly\s+|also\s+|further\s+)?$/i.test(lead)) {
      const comma = doc.text.indexOf(',', objectEnd);
      if (comma < 0 || comma >= sent.end) return none;
      const lead = /^\s*/.exec(doc.text.slice(comma + 1, sent.end))?.[0].length ?? 0;
      const skip =
        /^\s*(?:the\s+)?(?:[A-Z]{2,6}\s+)?/.exec(doc.text.slice(comma + 1, sent.end))?.[0].length ?? 0;
      const subj = agentAfter(doc, comma + 1 + lead, sent.end) ?? agentAfter(doc, comma + 1 + skip, sent.end);
      if (subj) {
        const actors = actorsIn(doc, subj);
        return { actors, list: actors.length > 1, pronoun: false };
      }
      const they = THEY.exec(
        doc.text
          .slice(comma + 1, comma + 12)
          .replace(/^\s*/, ' ')
          .replace(/\s+\S*$/, ' '),
      );
      return they ? { actors: theyResolved(doc, sent), list: false, pronoun: true } : none;
    }
    // "..., welcoming China's proposal": the subject of the main clause.
    const subj = mainSubject(doc, sent.start, cue.start);
    return subj ? { actors: actorsIn(doc, subj.span), list: false, pronoun: false } : none;
  }
  const clause = Math.max(sent.start, doc.text.lastIndexOf(';', cue.start) + 1);
  const they = THEY.exec(doc.text.slice(clause, cue.start));
  // "Kazakhstan welcomed A and supported B": a coordinated predicate shares the sentence's subject.
  const coordinated = /(?:\band|,)\s+(?:also\s+|further\s+)?$/.test(doc.text.slice(clause, cue.start));
  const subj = coordinated
    ? (mainSubject(doc, clause, cue.start) ?? subjectBefore(doc, clause, cue.start))
    : subjectBefore(doc, clause, cue.start);
  if (they && (!subj || subj.span.end <= clause + (they.index ?? 0)))
    return { actors: theyResolved(doc, sent), list: false, pronoun: true };
  if (!subj) return none;
  const word = doc.text.slice(subj.span.start, subj.span.end);
  if (/^(?:he|she|we|i)$/i.test(word)) return none; // the document's own voice: not resolved here
  // A possessive owner is never the subject ("China's proposal ..."); a prepositional object neither.
  if (PREP_BEFORE.test(doc.text.slice(Math.max(clause, subj.span.start - 14), subj.span.start))) return none;
  const actors = actorsIn(doc, subj.span).filter(
    (a) =>
      !within(doc.entities, subj.span.start, subj.span.end).some(
        (e) => e.country === a.code && e.via.endsWith('-possessive'),
      ),
  );
  return { actors, list: actors.length > 1, pronoun: false };
}

const PASSIVE_AUX = new RegExp(
  `\\b(?:${alt(stanceCues.passiveAuxiliaries)})\\s+(?:\\w+ly\\s+|also\\s+)?$`,
  'i',
);

/**
 * "The proposal of Iran ... was supported by Belarus": the initiative is the subject before the passive
 * verb, the actor its by-agent (an agentless passive names no actor and gives no row).
 */
function passiveOf(
  doc: Doc,
  sent: Sentence,
  cue: Found,
  props: Proposal[],
): { targets: Target[]; actors: Actor[] } | null {
  if (!/ed$/i.test(doc.text.slice(cue.start, cue.end).split(/\s+/)[0] ?? '')) return null;
  if (!PASSIVE_AUX.test(doc.text.slice(Math.max(sent.start, cue.start - 30), cue.start))) return null;
  const by = /^\s+by\s+/.exec(doc.text.slice(cue.end, sent.end));
  if (!by) return null;
  const agent = agentAfter(doc, cue.end + by[0].length, sent.end);
  const actors = agent ? actorsIn(doc, agent) : [];
  if (actors.length === 0) return null;
  const clause = Math.max(sent.start, doc.text.lastIndexOf(';', cue.start) + 1);
  const records = props.filter(
    (p) =>
      p.candidate.sentence === sent.index && anchor(p) >= clause && p.candidate.initiative.end <= cue.start,
  );
  const last = records[records.length - 1];
  if (last)
    return {
      actors,
      targets: records
        .filter((p) => p.candidate.cue.start === last.candidate.cue.start)
        .map((p) => ({ span: p.candidate.initiative, proposal: p, owners: p.proposers, anaphor: false })),
    };
  const before = doc.text.slice(clause, cue.start);
  const nouns = [...before.matchAll(/[\p{L}’'-]+/gu)].filter((w) => OBJECT_NOUN.test(w[0]));
  const noun = nouns[nouns.length - 1];
  if (!noun) return null;
  const lead = before.length - before.trimStart().length;
  const np = { start: clause + lead, end: clause + (noun.index ?? 0) + noun[0].length };
  const owners = ownersIn(doc, np, cue.start);
  return owners.length > 0
    ? { actors, targets: [{ span: np, proposal: null, owners, anaphor: false }] }
    : null;
}

const STANCE_HINT = new RegExp(
  `\\b(?:${alt([...stanceCues.verbs.flatMap((v) => v.forms ?? inflect(v.lemma)), ...stanceCues.nouns.map((n) => n.lemma)])})\\b`,
  'i',
);

/** The stances of one document, in text order. */
export function findStances(doc: Doc): Stance[] {
  const props = doc.proposals ?? [];
  const out: Stance[] = [];
  const seen = new Set<string>();
  const push = (s: Stance) => {
    if (s.owners.includes(s.actor)) return; // one's own initiative: no stance by another
    const key = `${s.sentence}:${s.actor}:${s.initiative.start}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(s);
  };
  const date = doc.meta?.date ?? null;
  for (const sent of doc.sentences ?? []) {
    if (doc.paragraphs?.[sent.paragraph]?.isHeading) continue;
    const here = props.filter((p) => p.candidate.sentence === sent.index);
    // Most sentences hold no stance word and no answered record: one test rules them out.
    if (!STANCE_HINT.test(doc.text.slice(sent.start, sent.end)) && !here.some((p) => p.candidate.response))
      continue;
    const cues = findCues(
      doc,
      sent,
      here.map((p) => p.candidate.initiative),
    );
    const reached = new Set<Proposal>();
    for (const [i, cue] of cues.entries()) {
      const stance = polarity(doc, sent, cue);
      if (!stance) continue;
      const clauseEnd = doc.text.indexOf(';', cue.end);
      const limit = Math.min(sent.end, cues[i + 1]?.start ?? sent.end, clauseEnd >= 0 ? clauseEnd : sent.end);
      const passive = cue.kind === 'verb' ? passiveOf(doc, sent, cue, props) : null;
      // One row per actor for a target of this cue.
      const emit = (t: Target, actors: Actor[], rule: string, confidence: number) => {
        for (const a of actors)
          push({
            sentence: sent.index,
            proposal: t.proposal,
            initiative: t.span,
            owners: t.owners,
            actor: a.code,
            actorType: a.type,
            stance,
            inferred: false,
            cue,
            rule,
            confidence,
          });
      };
      if (passive) {
        for (const t of passive.targets) {
          if (t.proposal) reached.add(t.proposal);
          emit(t, passive.actors, 'passive', 0.85);
        }
        continue;
      }
      const targets = objectAfter(doc, sent, cue.end, limit, props);
      if (targets.length === 0) continue;
      const objectEnd = Math.max(
        ...targets.map((t) => (t.proposal && !t.anaphor ? t.proposal.candidate.initiative.end : t.span.end)),
      );
      // A participle's object ends at the first comma after the initiative's name.
      const nameEnd = Math.min(...targets.map((t) => t.span.end));
      const who = cue.agent
        ? { actors: actorsIn(doc, cue.agent), list: false, pronoun: false }
        : actorsFor(
            doc,
            sent,
            cue,
            /ing$/i.test(doc.text.slice(cue.start, cue.end).split(/\s+/)[0] ?? '') ? nameEnd : objectEnd,
          );
      if (who.actors.length === 0) continue;
      const rule =
        /ing$/i.test(doc.text.slice(cue.start, cue.end).split(/\s+/)[0] ?? '') &&
        /^[\s“"]*(?:\w+ly\s+|also\s+|further\s+)?$/i.test(doc.text.slice(sent.start, cue.start))
          ? 'participle'
          : cue.kind;
      for (const t of targets) {
        if (t.proposal && !t.anaphor) reached.add(t.proposal);
        const confidence = t.owners.length === 0 ? 0.6 : who.pronoun || t.anaphor ? 0.75 : 0.9;
        emit(t, who.actors, rule, confidence);
        // An explicit list of member states backing it: the members it leaves out did not join.
        const positive = stanceCues.positive.includes(stance);
        const countries = who.actors.filter((a) => a.type === 'country').map((a) => a.code);
        if (!positive || !who.list || countries.length < 2 || !date || countries.length !== who.actors.length)
          continue;
        if (!countries.every((c) => scoStatus(c, date) === 'member')) continue;
        // Only a list that speaks for most of the members, in an official text, says who stayed out.
        if (stanceCues.noInferenceGenres.includes(doc.profile?.genre ?? 'other')) continue;
        const others = membersOn(date).filter((m) => !t.owners.includes(m));
        if (countries.length < Math.max(3, stanceCues.listShare * others.length)) continue;
        for (const m of others) {
          if (countries.includes(m) || t.owners.includes(m)) continue;
          push({
            sentence: sent.index,
            proposal: t.proposal,
            initiative: t.span,
            owners: t.owners,
            actor: m,
            actorType: 'country',
            stance: 'not_joined',
            inferred: true,
            cue,
            rule: 'not-in-list',
            confidence: 0.8,
          });
        }
      }
    }
    // The SCO's answer the initiatives stage read (sco_response), when no construction reached it.
    for (const p of here) {
      const response = p.candidate.response;
      if (!response || reached.has(p)) continue;
      const stance = stanceCues.fromResponse[response];
      if (!stance) continue;
      const cue = cues.filter((c) => c.end <= anchor(p) && c.stance === stance).pop();
      const who = cue ? actorsFor(doc, sent, cue, p.candidate.initiative.end) : null;
      const actors =
        who && who.actors.length > 0
          ? who.actors
          : [{ code: stanceCues.collectiveActor, type: 'organisation' as const }];
      for (const a of actors)
        push({
          sentence: sent.index,
          proposal: p,
          initiative: p.candidate.initiative,
          owners: p.proposers,
          actor: a.code,
          actorType: a.type,
          stance,
          inferred: false,
          cue: cue ?? p.candidate.cue,
          rule: 'sco-response',
          confidence: 0.75,
        });
    }
  }
  return out;
}

export function stances(): Stage {
  return {
    name: 'stances',
    requires: ['sentences', 'entities', 'proposals', 'meta', 'profile'],
    assigns: ['stances'],
    run(doc) {
      doc.stances = findStances(doc);
    },
  };
}
