import { type Candidate, type Doc, type Span, within } from '../doc.js';
import { mainSubject, subjectBefore } from '../extract/agents.js';
import { BULLET } from '../extract/markers.js';
import { type Ctx, SENTENCE_RULES } from '../extract/rules.js';
import { objectSpan, splitConjuncts } from '../extract/spans.js';
import { speakers } from '../extract/speech.js';
import { cues } from '../reference/index.js';
import type { Stage } from '../stage.js';

const NUMBER = '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten)';
/** "put forward a five-point proposal", "outlined four key recommendations", "offering suggestions". */
const ANNOUNCE = new RegExp(
  `\\b(put\\s+forward|puts\\s+forward|proposed|proposes|made|makes|offered|offering|offers|outlined|outlines|presented|presents|unveiled|set\\s+out|laid\\s+out|suggested|named|listed)\\s+(?:a|an|the|his|her|its|their|some|several|the\\s+following)?\\s*(?:${NUMBER}(?:-point)?\\s+)?(?:key\\s+|main\\s+|specific\\s+|concrete\\s+|new\\s+|important\\s+|following\\s+)*(${cues.listNouns.join('|')})\\b`,
);
/** "... offered the participants:", "Li outlined the following:": a proposal verb opening a list at a colon. */
const COLON_LIST =
  /\b(put\s+forward|puts\s+forward|propos(?:ed|es|ing)|suggest(?:ed|s|ing)|offer(?:ed|s|ing)|recommend(?:ed|s|ing)|outlin(?:ed|es|ing)|present(?:ed|s|ing)|set\s+out|laid\s+out|listed|call(?:ed|s)\s+for|urg(?:ed|es|ing)|identif(?:ied|ies))\b[^:.;!?]{0,80}:\s*$/;
const ORDINAL =
  /^\s*[“"]?\s*(?:(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Finally|Lastly)(?:ly)?\s*,?\s+|(?:The\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|last|final)\s+(?:one\s+|point\s+|proposal\s+|suggestion\s+|aspect\s+)?is\s+(?:to\s+|that\s+)?|\d{1,2}[.)]\s+)/;
/** "– develop ...", "• Creating ...", "✅ A joint fund": a bulleted item. */
const BULLETED = new RegExp(`^\\s*${BULLET}\\s*(?=[\\p{L}“"‘'])`, 'u');
const INCLUDES = new RegExp(
  `^\\s*(?:These|They|It|The\\s+(?:${cues.listNouns.join('|')}))\\s+(?:include|includes|included|are|were|cover|covers|comprise|comprises|consist\\s+of|consists\\s+of|involve|involves)\\s+`,
);
const TITLE_DASH = /^[A-Z][^.–—\n]{2,70}?\s[-–—]\s(?=[A-Z])/;
const MAX_LIST_GAP = 6;
const QUESTION = /\?\s*[”"’)]*\s*$/;
/** Every sentence rule needs one of these stems; a sentence with none is not read by the rules. */
const CUE_HINT =
  /initiat|propos|suggest|idea|offer|call|plan|recommend|readiness|willingness|project|program|strateg|corridor|concept|vision|process|forward|advanc|launch|submit|tabl|float|introduc|unveil|advocat|invit|intend|ready|prepared|will|favo|push|press|announc|developing|would like|priorit|been|welcome|it is|seem|should|need|urg|would|shall|let us|let’s|let's|sought|seek|vow|pledg|promis|undert|moot|outlin|present|request|appeal|lobb/i;

/** Which rule's reading wins when two overlap in a sentence (adjective-initiative ranked first, as before). */
const RULE_ORDER = [
  'adjective-initiative',
  'compound-initiative',
  'held-at-initiative',
  'nominal-of-agent',
  'possessive',
  'named-initiative',
  'passive-by',
  'list-item',
  'verb-subject',
  'quoted-proposal',
  'priority-list',
  'reported-plan',
  'deontic-speech',
  'passive-no-agent',
];

const overlapRatio = (a: Span, b: Span) => {
  const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return inter <= 0 ? 0 : inter / Math.min(a.end - a.start, b.end - b.start);
};

/** A proposal named by a noun ("a plan of priority measures") that a later sentence may spell out. */
interface Referent {
  noun: string;
  owner: Span;
  cue: Span;
  sentence: number;
}
const REFERENT_NOUN =
  /\b(plan|programme|program|initiative|proposal|strategy|roadmap|concept|package|agenda)s?\b/i;
const MAX_REFERENT_GAP = 6;
/** "The plan included A, B and C": the named proposal's contents, one proposal each. */
function spelledOut(doc: Doc, ctx: Ctx, ref: Referent): Candidate[] {
  const s = doc.text.slice(ctx.sent.start, ctx.sent.end);
  const m = new RegExp(
    `^\\s*(?:The|This|That|His|Her|Its|Their|Our)\\s+(?:[a-z-]+\\s+)?${ref.noun}s?\\s+(?:(?:will|would)\\s+)?(?:include[sd]?|comprise[sd]?|envisage[sd]?|consist(?:s|ed)?\\s+of|involve[sd]?|foresee[sn]?|covers?|covered|calls?\\s+for|called\\s+for|provides?\\s+for|provided\\s+for)\\s+`,
    'i',
  ).exec(s);
  if (!m) return [];
  const obj = objectSpan(doc.text, ctx.sent.start + m[0].length, ctx.sent.end);
  if (!obj) return [];
  return splitConjuncts(doc.text, obj, { gerunds: true }).map((p) => ({
    sentence: ctx.sent.index,
    initiative: p,
    cue: ref.cue,
    rule: 'list-item',
    agent: { kind: 'list-owner' as const, span: ref.owner },
    response: null,
    confidence: 0.7,
  }));
}

/** "first, ...; second, ..." or "(1) ...; (2) ...": an item marker inside one sentence. */
const INLINE_MARKER =
  /^(?:(?:first|second|third|fourth|fifth|sixth|seventh|finally|lastly)(?:ly)?\s*,?\s+|\(?\d{1,2}\)\s*|\(?[a-g]\)\s*)/i;

/** The items of a list announced and given in one sentence: "put forward a three-point proposal: first, A; second, B". */
function inlineItems(doc: Doc, ctx: Ctx, from: number, owner: Span, cue: Span): Candidate[] {
  const text = doc.text;
  const colon = text.indexOf(':', from);
  if (colon < 0 || colon >= ctx.sent.end) return [];
  const out: Candidate[] = [];
  const body = text.slice(colon + 1, ctx.sent.end);
  const parts = body.split(/;\s+/);
  if (parts.length < 2 && !INLINE_MARKER.test(body.trimStart())) return [];
  let at = colon + 1;
  for (const part of parts) {
    const lead = part.length - part.trimStart().length;
    const marker = INLINE_MARKER.exec(part.trimStart());
    const start = at + lead + (marker ? marker[0].length : 0);
    const obj = objectSpan(text, start, at + part.length);
    if (obj)
      out.push({
        sentence: ctx.sent.index,
        initiative: obj,
        cue,
        rule: 'list-item',
        agent: { kind: 'list-owner', span: owner },
        response: null,
        confidence: 0.75,
      });
    at += part.length + (text.slice(at + part.length).match(/^;\s+/)?.[0].length ?? 0);
  }
  return out;
}

interface ListContext {
  owner: Span | null;
  cue: Span;
  gap: number;
}

function listItems(doc: Doc, ctx: Ctx, list: ListContext): Candidate[] {
  const { sent } = ctx;
  const text = doc.text;
  const s = text.slice(sent.start, sent.end);
  const agent = { kind: 'list-owner' as const, span: list.owner };
  const ord = ORDINAL.exec(s) ?? BULLETED.exec(s);
  if (ord) {
    let from = sent.start + ord[0].length;
    const title = TITLE_DASH.exec(text.slice(from, sent.end));
    if (title) from += title[0].length;
    const obj = objectSpan(text, from, sent.end);
    return obj
      ? [
          {
            sentence: sent.index,
            initiative: obj,
            cue: list.cue,
            rule: 'list-item',
            agent,
            response: null,
            confidence: 0.75,
          },
        ]
      : [];
  }
  const inc = INCLUDES.exec(s);
  if (inc) {
    const obj = objectSpan(text, sent.start + inc[0].length, sent.end);
    if (!obj) return [];
    return splitConjuncts(text, obj, { gerunds: true }).map((p) => ({
      sentence: sent.index,
      initiative: p,
      cue: list.cue,
      rule: 'list-item',
      agent,
      response: null,
      confidence: 0.75,
    }));
  }
  return [];
}

/** One lowercase word ("creat", "it") is a fragment, not a proposal. */
const substantive = (doc: Doc, c: Candidate) => {
  const t = doc.text.slice(c.initiative.start, c.initiative.end).trim();
  return /\s/.test(t) || /[A-Z]/.test(t);
};

/** The countries an agent span names outright (none for pronouns and collectives). */
function agentCountries(doc: Doc, c: Candidate): Set<string> {
  const span = c.agent.span;
  if (!span) return new Set();
  return new Set(
    within(doc.entities, span.start, span.end)
      .filter((e) => e.start >= span.start && e.end <= span.end && e.country)
      .map((e) => e.country as string),
  );
}

/** Two readings of one span by different countries are two proposals: "Pakistan urged the expansion of China's BRI". */
function differentOwners(doc: Doc, a: Candidate, b: Candidate): boolean {
  const x = agentCountries(doc, a);
  const y = agentCountries(doc, b);
  return x.size > 0 && y.size > 0 && ![...x].some((c) => y.has(c));
}

function dedupe(doc: Doc, cands: Candidate[]): Candidate[] {
  const sorted = [...cands].sort(
    (a, b) =>
      a.sentence - b.sentence ||
      RULE_ORDER.indexOf(a.rule) - RULE_ORDER.indexOf(b.rule) ||
      a.initiative.start - b.initiative.start,
  );
  const kept: Candidate[] = [];
  for (const c of sorted) {
    if (
      kept.some(
        (k) =>
          k.sentence === c.sentence &&
          overlapRatio(k.initiative, c.initiative) > 0.5 &&
          !differentOwners(doc, k, c),
      )
    )
      continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.sentence - b.sentence || a.initiative.start - b.initiative.start);
}

export function initiatives(): Stage {
  return {
    name: 'initiatives',
    requires: ['sentences', 'entities'],
    assigns: ['candidates'],
    run(doc) {
      const who = speakers(doc);
      const found: Candidate[] = [];
      let list: ListContext | null = null;
      let referent: Referent | null = null;
      let paragraphSpeaker: Span | null = null;
      for (const sent of doc.sentences ?? []) {
        const paragraph = doc.paragraphs?.[sent.paragraph];
        if (paragraph?.isHeading) continue; // a heading names a topic, it is not evidence
        if (paragraph && paragraph.start === sent.start) {
          const first = mainSubject(doc, sent.start, sent.end);
          paragraphSpeaker = first && !first.collective ? first.span : null;
        }
        const s = doc.text.slice(sent.start, sent.end);
        const announce = ANNOUNCE.exec(s) ?? COLON_LIST.exec(s);
        let speaker = who[sent.index] ?? null;
        if (list && list.gap <= MAX_LIST_GAP) speaker = speaker ?? list.owner;
        const ctx: Ctx = { doc, sent, speaker, paragraphSpeaker };
        if (announce) {
          const at = sent.start + announce.index;
          const participle = /ing$/.test(announce[1] ?? '');
          const subject = participle ? mainSubject(doc, sent.start, at) : subjectBefore(doc, sent.start, at);
          if (subject && !subject.collective) {
            list = { owner: subject.span, cue: { start: at, end: at + announce[0].length }, gap: 0 };
            ctx.speaker = speaker ?? subject.span;
            found.push(...inlineItems(doc, ctx, at + announce[0].length, subject.span, list.cue));
          }
        }
        const items = list && !announce ? listItems(doc, ctx, list) : [];
        if (list) list.gap = items.length > 0 ? 0 : list.gap + 1;
        found.push(...items);
        if (referent && sent.index - referent.sentence <= MAX_REFERENT_GAP)
          found.push(...spelledOut(doc, ctx, referent));
        const before = found.length;
        // A question asks, it does not propose: "Would Iran back a common currency?"
        if (CUE_HINT.test(s) && !QUESTION.test(s))
          for (const rule of SENTENCE_RULES) found.push(...rule(ctx));
        for (const c of found.slice(before)) {
          const noun = REFERENT_NOUN.exec(doc.text.slice(c.initiative.start, c.initiative.end));
          if (noun && c.agent.span)
            referent = {
              noun: (noun[1] ?? '').toLowerCase(),
              owner: c.agent.span,
              cue: c.cue,
              sentence: sent.index,
            };
        }
      }
      doc.candidates = dedupe(
        doc,
        found.filter((c) => substantive(doc, c)),
      );
    },
  };
}
