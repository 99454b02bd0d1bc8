import type { Candidate, DateMention, Doc, Entity, Proposal, Span } from '../doc.js';
import { PREP_BEFORE } from '../extract/agents.js';
import { dropRestatements } from '../extract/restatements.js';
import { countryName } from '../reference/index.js';
import type { Stage } from '../stage.js';

interface Resolved {
  countries: string[];
  person: string | null;
  via: 'direct' | 'pronoun' | 'role' | 'document';
}

const isPerson = (e: Entity) => e.type === 'person' && !e.collective;

/** The most mentioned person with a known country: who a news report is about. */
function mainPerson(doc: Doc): Entity | null {
  const counts = new Map<string, { n: number; first: Entity }>();
  for (const e of doc.entities ?? []) {
    if (!isPerson(e) || !e.country) continue;
    const c = counts.get(e.name);
    if (c) c.n++;
    else counts.set(e.name, { n: 1, first: e });
  }
  let best: { n: number; first: Entity } | null = null;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  return best?.first ?? null;
}

/**
 * The person a pronoun or bare role points back to: the last person named as a subject (not after
 * a preposition: "with Secretary-General X, Wang said ..."), else the report's main person.
 */
function antecedent(
  doc: Doc,
  pos: number,
  main: Entity | null,
  country: string | null = null,
): Entity | null {
  const before = (doc.entities ?? []).filter(
    (e) => isPerson(e) && e.end <= pos && (!country || e.country === country),
  );
  for (let i = before.length - 1; i >= 0; i--) {
    const e = before[i] as Entity;
    if (!PREP_BEFORE.test(doc.text.slice(Math.max(0, e.start - 16), e.start))) return e;
  }
  // The report's main person, when named before the pronoun: "he" never points forward.
  const mainBefore = main && main.start < pos && (!country || main.country === country);
  return before[before.length - 1] ?? (mainBefore ? main : null);
}

function resolveEntity(doc: Doc, e: Entity, main: Entity | null): Resolved | null {
  if (e.collective) return null;
  if (e.type === 'person')
    return e.country ? { countries: [e.country], person: e.name, via: 'direct' } : null;
  if (e.type === 'role') {
    const p = antecedent(doc, e.start, main, e.country);
    if (p?.country) return { countries: [p.country], person: p.name, via: 'role' };
    return e.country ? { countries: [e.country], person: null, via: 'role' } : null;
  }
  if (e.country) return { countries: [e.country], person: null, via: 'direct' };
  return null;
}

function documentVoice(main: Entity | null): Resolved | null {
  return main?.country ? { countries: [main.country], person: main.name, via: 'document' } : null;
}

function resolveSpan(
  doc: Doc,
  span: Span | null,
  main: Entity | null,
  previous: Resolved | null = null,
): Resolved | null {
  if (!span) return documentVoice(main);
  const word = doc.text.slice(span.start, span.end).trim();
  if (/^(?:he|she|his|her|him)$/i.test(word)) {
    const p = antecedent(doc, span.start, main);
    if (p?.country) return { countries: [p.country], person: p.name, via: 'pronoun' };
    // No person named before: "he" speaks for the country that proposed last ("Tajikistan has vowed
    // to ... 'we will promote ...,' he said").
    return previous ? { countries: previous.countries, person: null, via: 'pronoun' } : null;
  }
  if (/^(?:we|our|I|its|their|the country|our country|my country|our side)$/i.test(word))
    return documentVoice(main);
  const inside = (doc.entities ?? []).filter((e) => e.start < span.end && span.start < e.end);
  const resolved = inside.map((e) => resolveEntity(doc, e, main)).filter((r): r is Resolved => r !== null);
  if (resolved.length === 0) return null;
  const countries = [...new Set(resolved.flatMap((r) => r.countries))].sort();
  const person = resolved.length === 1 ? (resolved[0]?.person ?? null) : null;
  return { countries, person, via: resolved.some((r) => r.via !== 'direct') ? 'role' : 'direct' };
}

/** "In June 2009, ...", "During the 2019 Bishkek summit, ...": a date that sets the time of the whole sentence. */
const OPENER =
  /^\s*[“"]?(?:(?:[Ii]n|[Oo]n|[Dd]uring|[Aa]t|[Bb]y|[Ss]ince|[Ff]rom|[Ll]ater|[Ee]arlier|[Ee]arly|[Ll]ate|[Aa]s of)\s+)*(?:the\s+)?(?:(?:early|late|mid)\s+)?$/;
/** A news dateline the first sentence starts with: "TASHKENT, May 20 (Xinhua) -- ". */
const DATELINE_PREFIX = /^[A-Z][^\n.!?]{0,100}?(?:\s(?:--|—|–|-)|\):|\)\s(?:--|—|–|-))\s*/;
const opensSentence = (doc: Doc, s: Span, d: DateMention) => {
  if (d.start < s.start) return false;
  const before = doc.text.slice(s.start, d.start);
  return OPENER.test(before) || OPENER.test(before.replace(DATELINE_PREFIX, ''));
};

/**
 * An older proposal mentioned in passing: "India has long proposed ...", "Kazakhstan had suggested ...",
 * "a long-standing Russian initiative". It was not made at the meeting the document reports, so the
 * document date is not its date.
 */
const IN_PASSING =
  /\b(?:(?:has|have|had)\s+long\s+(?:been\s+)?\w+|had\s+(?:earlier\s+|previously\s+|already\s+)?(?:proposed|suggested|put forward|called for|advanced|offered|initiated)|(?:previously|earlier|once)\s+(?:proposed|suggested|put forward|initiated)|long-standing|longstanding|long-held)\b/i;

/**
 * A date said in the sentence (not inside the initiative itself), else one opening the paragraph, else
 * the document's (the date of the meeting it reports), unless the proposal is an older one mentioned
 * in passing.
 */
function proposalDate(doc: Doc, c: Candidate): { date: string | null; source: Proposal['dateSource'] } {
  const sentence = doc.sentences?.[c.sentence];
  if (!sentence) return { date: doc.meta?.date ?? null, source: 'document' };
  const usable = (d: DateMention) => d.precision !== 'interval' && d.precision !== 'decade';
  const inSentence = (doc.dates ?? []).filter(
    (d) =>
      d.start >= sentence.start &&
      d.end <= sentence.end &&
      usable(d) &&
      !(d.start >= c.initiative.start && d.end <= c.initiative.end),
  );
  const opening = inSentence.find((d) => opensSentence(doc, sentence, d));
  const nearCue = inSentence.find((d) => d.start >= c.cue.end && d.start - c.cue.end < 25);
  // "Kazakhstan on Wednesday proposed ...": a date just before the cue.
  const beforeCue = inSentence.find((d) => d.end <= c.cue.start && c.cue.start - d.end <= 3);
  // "the event (New York, 19 November 2019), held at the initiative of ...": the event's own date.
  const event =
    c.rule === 'held-at-initiative'
      ? inSentence.filter((d) => d.start >= c.initiative.end && d.end <= c.cue.start).pop()
      : undefined;
  const pick = event ?? opening ?? nearCue ?? beforeCue ?? (doc.meta?.date ? null : inSentence[0]);
  if (pick) return { date: pick.value.slice(0, 10), source: 'sentence' };
  const paragraph = doc.paragraphs?.[sentence.paragraph];
  if (paragraph) {
    const earlier = (doc.sentences ?? []).filter(
      (s) => s.paragraph === sentence.paragraph && s.start < sentence.start,
    );
    for (const s of earlier.reverse()) {
      const d = (doc.dates ?? []).find(
        (x) => x.start >= s.start && x.end <= s.end && opensSentence(doc, s, x) && usable(x),
      );
      if (d) return { date: d.value.slice(0, 10), source: 'paragraph' };
    }
  }
  const lead = doc.text.slice(
    sentence.start,
    Math.min(sentence.end, Math.max(c.cue.end, c.initiative.start) + 12),
  );
  if (IN_PASSING.test(lead)) return { date: null, source: null };
  return doc.meta?.date ? { date: doc.meta.date, source: 'document' } : { date: null, source: null };
}

export function attribute(): Stage {
  return {
    name: 'attribute',
    requires: ['candidates', 'entities', 'dates', 'meta'],
    assigns: ['proposals'],
    run(doc) {
      const main = mainPerson(doc);
      const proposals: Proposal[] = [];
      let previous: Resolved | null = null;
      for (const c of doc.candidates ?? []) {
        const who = resolveSpan(doc, c.agent.span, main, previous);
        if (who && who.countries.length > 0) previous = who;
        if (!who || who.countries.length === 0) {
          doc.messages.push({
            stage: 'attribute',
            rule: 'no-proposer',
            severity: 'info',
            reason: `no country resolved for the agent of "${doc.text.slice(c.initiative.start, Math.min(c.initiative.end, c.initiative.start + 60))}" (${c.rule})`,
          });
          continue;
        }
        const { date, source } = proposalDate(doc, c);
        const discount = who.via === 'direct' ? 1 : who.via === 'document' ? 0.8 : 0.9;
        proposals.push({
          candidate: c,
          proposers: who.countries,
          proposerNames: who.countries.map(countryName),
          person: who.person,
          date,
          dateSource: source,
          confidence: Math.round(c.confidence * discount * 100) / 100,
        });
      }
      doc.proposals = dropRestatements(doc, proposals);
    },
  };
}
