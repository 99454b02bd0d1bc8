import { createHash } from 'node:crypto';
import { type DocumentRecord, DocumentSchema } from '../schemas/document.js';
import { type EntityRecord, EntitySchema } from '../schemas/entity.js';
import { type InitiativeRecord, InitiativeSchema } from '../schemas/initiative.js';
import type { Message } from '../schemas/message.js';
import { type SentenceRecord, SentenceSchema } from '../schemas/sentence.js';
import { type StanceRecord, StanceSchema } from '../schemas/stance.js';
import { collapseSpace, createDoc, type Doc, type Given, type Proposal, type Span, toRaw } from './doc.js';
import { countryName, scoStatus } from './reference/index.js';
import { checkChain, type Stage } from './stage.js';
import { ingest } from './stages/01-ingest.js';
import { clean } from './stages/02-clean.js';
import { segment } from './stages/03-segment.js';
import { dates } from './stages/04-dates.js';
import { entities } from './stages/05-entities.js';
import { initiatives } from './stages/06-initiatives.js';
import { attribute } from './stages/07-attribute.js';
import { profile } from './stages/08-profile.js';
import { stances } from './stages/09-stances.js';
import { countWords } from './words.js';

/** The pipeline, in order; `checkChain` verifies every stage's requirements before any input is read. */
export function buildStages(): Stage[] {
  const stages = [
    ingest(),
    clean(),
    segment(),
    dates(),
    entities(),
    initiatives(),
    attribute(),
    profile(),
    stances(),
  ];
  checkChain(stages);
  return stages;
}

export interface DocResult {
  document: DocumentRecord;
  entities: EntityRecord[];
  initiatives: InitiativeRecord[];
  stances: StanceRecord[];
  sentences: SentenceRecord[];
  messages: Message[];
}

const hash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);

/**
 * The evidence sentence as it stands in the file, whitespace collapsed: raw.slice(start, end).
 * For HTML the markup inside the slice is left out (the cleaned text is used).
 */
function evidence(doc: Doc, sentence: Span, raw: Span): string {
  const source = /\.html?$/i.test(doc.path)
    ? doc.text.slice(sentence.start, sentence.end)
    : doc.raw.slice(raw.start, raw.end);
  return collapseSpace(source);
}

/** The id of a proposal's record: a hash of the document, its sentence and its initiative span. */
function recordId(doc: Doc, p: Proposal): string | null {
  const sentence = doc.sentences?.[p.candidate.sentence];
  if (!sentence) return null;
  const sRaw = toRaw(doc, sentence);
  const iRaw = toRaw(doc, p.candidate.initiative);
  return hash(`${doc.id}:${sRaw.start}:${iRaw.start}:${iRaw.end}`);
}

/** The stance rows of a document, linked to the ids of the records they are about (those written). */
function stanceRecords(doc: Doc, written: ReadonlySet<string>): StanceRecord[] {
  const out: StanceRecord[] = [];
  for (const s of doc.stances ?? []) {
    const sentence = doc.sentences?.[s.sentence];
    if (!sentence) continue;
    const sRaw = toRaw(doc, sentence);
    const iRaw = toRaw(doc, s.initiative);
    const cRaw = toRaw(doc, s.cue);
    const id = s.proposal ? recordId(doc, s.proposal) : null;
    const row = {
      id: hash(`${doc.id}:${sRaw.start}:${iRaw.start}:${iRaw.end}:${s.actor}:${s.stance}`),
      document: doc.file,
      initiative_id: id && written.has(id) ? id : null,
      canonical_id: null,
      initiative: collapseSpace(doc.text.slice(s.initiative.start, s.initiative.end)),
      owners: [...s.owners].sort(),
      actor: s.actor,
      actor_type: s.actorType,
      stance: s.stance,
      inferred: s.inferred,
      cue: collapseSpace(doc.text.slice(s.cue.start, s.cue.end)),
      cue_start: cRaw.start,
      cue_end: cRaw.end,
      sentence: evidence(doc, sentence, sRaw),
      sentence_index: sentence.index,
      sentence_start: sRaw.start,
      sentence_end: sRaw.end,
      date: doc.meta?.date ?? null,
      rule: s.rule,
      confidence: s.confidence,
    };
    const checked = StanceSchema.safeParse(row);
    if (checked.success) out.push(checked.data);
    else
      doc.messages.push({
        stage: 'validate',
        rule: 'schema',
        severity: 'warning',
        reason: `stance row dropped: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
        start: sRaw.start,
        end: sRaw.end,
      });
  }
  return out;
}

function records(doc: Doc): InitiativeRecord[] {
  const out: InitiativeRecord[] = [];
  for (const p of doc.proposals ?? []) {
    const c = p.candidate;
    const sentence = doc.sentences?.[c.sentence];
    if (!sentence) continue;
    const sRaw = toRaw(doc, sentence);
    const iRaw = toRaw(doc, c.initiative);
    const cRaw = toRaw(doc, c.cue);
    const record = {
      id: recordId(doc, p) as string,
      document: doc.file,
      document_id: doc.id,
      proposers: p.proposers,
      proposer_names: p.proposerNames,
      proposer_status: p.proposers.map((c) => scoStatus(c, p.date ?? doc.meta?.date ?? null)),
      person: p.person,
      initiative: collapseSpace(doc.text.slice(c.initiative.start, c.initiative.end)),
      initiative_start: iRaw.start,
      initiative_end: iRaw.end,
      cue: collapseSpace(doc.text.slice(c.cue.start, c.cue.end)),
      cue_start: cRaw.start,
      cue_end: cRaw.end,
      sco_response: c.response,
      date: p.date,
      date_source: p.dateSource,
      theme: doc.paragraphs?.[sentence.paragraph]?.heading ?? null,
      sentence: evidence(doc, sentence, sRaw),
      sentence_index: sentence.index,
      sentence_start: sRaw.start,
      sentence_end: sRaw.end,
      rule: c.rule,
      confidence: p.confidence,
      canonical_id: null,
    };
    const checked = InitiativeSchema.safeParse(record);
    if (checked.success) out.push(checked.data);
    else {
      doc.messages.push({
        stage: 'validate',
        rule: 'schema',
        severity: 'warning',
        reason: `record dropped: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
        start: sRaw.start,
        end: sRaw.end,
      });
    }
  }
  return out;
}

/** Every mention the entities and dates stages found, normalised, in text order. */
function entityRecords(doc: Doc): EntityRecord[] {
  const sentences = doc.sentences ?? [];
  let si = 0;
  const sentenceAt = (pos: number): number | null => {
    while (si < sentences.length && (sentences[si]?.end ?? 0) <= pos) si++;
    const s = sentences[si];
    return s && s.start <= pos ? s.index : null;
  };
  // Each row is built once; its start in doc.text and raw end ride beside it for the sort.
  const rows: { at: number; end: number; row: EntityRecord }[] = [];
  const push = (
    start: number,
    end: number,
    r: Omit<EntityRecord, 'document' | 'sentence_index' | 'start' | 'end' | 'text'>,
  ) => {
    const raw = toRaw(doc, { start, end });
    const row: EntityRecord = {
      document: doc.file,
      sentence_index: null,
      text: collapseSpace(doc.text.slice(start, end)),
      start: raw.start,
      end: raw.end,
      ...r,
    };
    rows.push({ at: start, end: raw.end, row });
  };
  for (const e of doc.entities ?? []) {
    const place = e.via === 'country-capital' || e.via === 'country-location';
    const type = place ? 'place' : e.type;
    const value = e.type === 'country' ? (e.country ?? e.name) : e.name;
    const name = e.type === 'country' ? (e.country ? countryName(e.country) : e.name) : e.name;
    push(e.start, e.end, { type, value, name, country: e.country, role: e.role, via: e.via });
  }
  for (const d of doc.dates ?? [])
    push(d.start, d.end, {
      type: 'date',
      value: d.value,
      name: null,
      country: null,
      role: null,
      via: `date-${d.precision}`,
    });
  for (const m of doc.mentions ?? [])
    push(m.start, m.end, {
      type: m.type,
      value: m.value,
      name: m.type === 'document' ? m.value : null,
      country: null,
      role: null,
      via: `mention-${m.type}`,
    });
  rows.sort((a, b) => a.at - b.at || a.end - b.end);
  return rows.map(({ at, row }) => {
    row.sentence_index = sentenceAt(at);
    return row;
  });
}

/**
 * zod is the contract at the boundary: the document row must be valid (else the document fails with
 * the reason); an invalid entity or sentence row is dropped with a warning, the rest is kept.
 */
function validated(doc: Doc, r: DocResult): DocResult {
  const checked = DocumentSchema.safeParse(r.document);
  if (!checked.success)
    return failed(
      r.document.file,
      doc.file,
      `invalid document record: ${checked.error.issues[0]?.message}`,
      doc.id,
    );
  const keep = <T>(
    rows: T[],
    schema: { safeParse: (x: unknown) => { success: boolean } },
    what: string,
  ): T[] => {
    const ok = rows.filter((x) => schema.safeParse(x).success);
    if (ok.length < rows.length) {
      r.messages.push({
        document: doc.file,
        stage: 'validate',
        rule: 'schema',
        severity: 'warning',
        reason: `${rows.length - ok.length} ${what} rows dropped: not valid`,
      });
    }
    return ok;
  };
  return {
    ...r,
    entities: keep(r.entities, EntitySchema, 'entity'),
    sentences: keep(r.sentences, SentenceSchema, 'sentence'),
  };
}

/** The document row's date and provenance fields. */
function dateFields(doc: Doc) {
  const m = doc.meta;
  return {
    date_precision: m?.datePrecision ?? null,
    date_from: m?.dateFrom ?? null,
    date_evidence: m?.dateEvidence ?? null,
    date_evidence_start: m?.dateEvidenceSpan?.start ?? null,
    date_evidence_end: m?.dateEvidenceSpan?.end ?? null,
    url: m?.url ?? null,
    source: m?.source ?? null,
  };
}

/** Runs every stage on one document; a failure marks the document failed instead of stopping the batch. */
export function processText(
  stages: Stage[],
  file: string,
  raw: string,
  displayPath = file,
  given?: Given,
): DocResult {
  const doc = createDoc(file, raw, given);
  try {
    for (const stage of stages) {
      stage.run(doc);
      for (const l of stage.assigns) doc.layers.add(l);
    }
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return failed(displayPath, doc.file, `pipeline failed: ${reason}`, doc.id);
  }
  const initiativeRecords = records(doc);
  const sentences = (doc.sentences ?? []).map((s) => {
    const r = toRaw(doc, s);
    return {
      document: doc.file,
      index: s.index,
      start: r.start,
      end: r.end,
      heading: doc.paragraphs?.[s.paragraph]?.heading ?? null,
      text: evidence(doc, s, r),
    };
  });
  const result: DocResult = {
    document: {
      file: displayPath,
      document: doc.file,
      id: doc.id,
      title: doc.meta?.title ?? null,
      date: doc.meta?.date ?? null,
      ...dateFields(doc),
      genre: doc.profile?.genre ?? null,
      meeting: doc.profile?.meeting ?? null,
      location: doc.profile?.location ?? null,
      participants: doc.profile?.participants ?? [],
      participant_countries: doc.profile?.participantCountries ?? [],
      words: countWords(doc.text),
      sentences: sentences.length,
      proposals: initiativeRecords.length,
      status: 'ok',
      error: null,
    },
    initiatives: initiativeRecords,
    stances: stanceRecords(doc, new Set(initiativeRecords.map((r) => r.id))),
    entities: entityRecords(doc),
    sentences,
    messages: doc.messages.map((m) => ({ ...m, document: doc.file })),
  };
  return validated(doc, result);
}

export function failed(displayPath: string, file: string, reason: string, id = ''): DocResult {
  return {
    document: {
      file: displayPath,
      document: file,
      id,
      title: null,
      date: null,
      date_precision: null,
      date_from: null,
      date_evidence: null,
      date_evidence_start: null,
      date_evidence_end: null,
      url: null,
      source: null,
      genre: null,
      meeting: null,
      location: null,
      participants: [],
      participant_countries: [],
      words: 0,
      sentences: 0,
      proposals: 0,
      status: 'error',
      error: reason,
    },
    initiatives: [],
    stances: [],
    entities: [],
    sentences: [],
    messages: [{ document: file, stage: 'ingest', rule: 'document-failed', severity: 'error', reason }],
  };
}
