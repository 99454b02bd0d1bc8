import { type Doc, type Span, within } from '../doc.js';

/** Entities that can stand for a proposer (a country, a person, a role, a body, a collective). */
const AGENTIVE = new Set(['country', 'person', 'role', 'organisation']);

/** The agent named right after `pos` ("of the Republic of Tajikistan", "by China and Russia"). */
export function agentAfter(doc: Doc, pos: number, limit: number): Span | null {
  const list = within(doc.entities, pos, limit).filter(
    (e) => e.start >= pos && e.start <= pos + 5 && e.end <= limit && AGENTIVE.has(e.type),
  );
  const first = list[0];
  if (!first) return null;
  let end = first.end;
  for (;;) {
    const gap = /^(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+|\s+as well as\s+)(?:the\s+)?/.exec(
      doc.text.slice(end, end + 20),
    );
    if (!gap) break;
    const next = within(doc.entities, end, limit).find(
      (e) => e.start >= end + gap[0].length - 4 && e.start <= end + gap[0].length && AGENTIVE.has(e.type),
    );
    if (!next || next.end > limit) break;
    end = next.end;
  }
  return { start: first.start, end };
}

const PRONOUN_SUBJECT =
  /(?:^|[\s“"(])(He|She|he|she|We|we|I|[Oo]ur country|[Mm]y country|[Oo]ur side)\s+(?:(?:also|further|then|again|once again|has|have|had|already|even|later|additionally|furthermore|moreover|specifically|repeatedly|would|will|is|are)\s+)*$/;
const VERB_BETWEEN =
  /\b(?:said|says|told|noted|stressed|believes?|welcomed|welcomes|supports?|supported|thanked|met|attended|addressed|received|held|spoke|expressed|highlighted|hailed|reported|announced that)\b/;
const RELATIVE_CLAUSE = /,\s*(?:which|who|whose)\b[^,;]{3,120},/g;
/** Text ending in a preposition: the entity after it is an object ("with X", "by X"), never a subject. */
export const PREP_BEFORE =
  /(?:\b(?:with|to|by|for|of|from|than|about|on|at|in|between|among|toward|towards|under|within|across|through|into|over|after|before|during|against|beyond|behind|like)\s+(?:the\s+)?)$/;

/**
 * The subject of a cue verb: the nearest agent-like entity (or pronoun) before it in its clause,
 * not the object of a preposition and with no other finite verb in between.
 */
export function subjectBefore(
  doc: Doc,
  clauseStart: number,
  verbStart: number,
): { span: Span; collective: boolean } | null {
  const before = doc.text.slice(clauseStart, verbStart);
  // "Prime Minister Modi, who proposed ...": the relative pronoun's antecedent is the subject.
  const who = /,\s*who\s+(?:(?:also|has|had|then|later|further)\s+)*$/.exec(before);
  if (who) {
    const at = clauseStart + who.index;
    const antecedent = within(doc.entities, clauseStart, at)
      .filter((e) => AGENTIVE.has(e.type) && at - e.end <= 2)
      .pop();
    if (antecedent)
      return {
        span: { start: antecedent.start, end: antecedent.end },
        collective: antecedent.collective === true,
      };
  }
  const pron = PRONOUN_SUBJECT.exec(before);
  // "India, which has resisted Chinese-led projects, did not ...": a relative clause between commas is
  // neither the subject nor a verb that separates the subject from its verb.
  const relatives = [...before.matchAll(RELATIVE_CLAUSE)].map((m) => ({
    start: clauseStart + m.index,
    end: clauseStart + m.index + m[0].length,
  }));
  const outsideRelatives = (from: number, to: number) => {
    let t = '';
    let at = from;
    for (const r of relatives) {
      if (r.end <= from || r.start >= to) continue;
      t += doc.text.slice(at, Math.max(at, r.start));
      at = Math.max(at, r.end);
    }
    return t + doc.text.slice(at, to);
  };
  const candidates = within(doc.entities, clauseStart, verbStart)
    .filter(
      (e) =>
        e.start >= clauseStart && e.end <= verbStart && AGENTIVE.has(e.type) && e.via !== 'country-location',
    )
    .filter((e) => !relatives.some((r) => e.start >= r.start && e.end <= r.end))
    .filter((e) => !PREP_BEFORE.test(doc.text.slice(Math.max(clauseStart, e.start - 14), e.start)))
    .filter((e) => !VERB_BETWEEN.test(outsideRelatives(e.end, verbStart)));
  let nearest = candidates[candidates.length - 1];
  // "Russia and China proposed": a conjoined subject covers every conjunct.
  let first = nearest;
  for (let i = candidates.length - 2; i >= 0 && first; i--) {
    const prev = candidates[i];
    if (!prev || !/^\s*(?:,|and|,\s*and)\s*(?:the\s+)?$/.test(doc.text.slice(prev.end, first.start))) break;
    first = prev;
  }
  if (nearest && first && first !== nearest) nearest = { ...nearest, start: first.start };
  if (pron && (!nearest || clauseStart + (pron.index ?? 0) > nearest.end)) {
    const at = clauseStart + pron.index + pron[0].indexOf(pron[1] ?? '');
    return { span: { start: at, end: at + (pron[1]?.length ?? 0) }, collective: false };
  }
  if (!nearest) return null;
  // Too far: a long stretch of words between subject and verb is another clause.
  if (verbStart - nearest.end > 90) return null;
  return { span: { start: nearest.start, end: nearest.end }, collective: nearest.collective === true };
}

/** The subject of a sentence's main clause, for participles (", proposing ..."): its first agent not after a preposition. */
export function mainSubject(
  doc: Doc,
  sentStart: number,
  limit: number,
): { span: Span; collective: boolean } | null {
  const lead = /^\s*[“"]?(He|She)\b/.exec(doc.text.slice(sentStart, limit));
  if (lead) {
    const at = sentStart + lead[0].length - (lead[1]?.length ?? 0);
    return { span: { start: at, end: at + (lead[1]?.length ?? 0) }, collective: false };
  }
  const first = within(doc.entities, sentStart, limit).find(
    (e) =>
      e.start >= sentStart &&
      e.end <= limit &&
      AGENTIVE.has(e.type) &&
      !PREP_BEFORE.test(doc.text.slice(Math.max(sentStart, e.start - 14), e.start)),
  );
  return first
    ? { span: { start: first.start, end: first.end }, collective: first.collective === true }
    : null;
}
