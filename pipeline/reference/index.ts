import { z } from 'zod';
import { STANCES } from '../../schemas/stance.js';
import abbreviationsJson from './abbreviations.json' with { type: 'json' };
import countriesJson from './countries.json' with { type: 'json' };
import cuesJson from './cues.json' with { type: 'json' };
import leadersJson from './leaders.json' with { type: 'json' };
import membershipJson from './membership.json' with { type: 'json' };
import organisationsJson from './organisations.json' with { type: 'json' };
import stancesJson from './stances.json' with { type: 'json' };

/** Reference data lives in JSON beside this file (see SOURCES.md); it is validated once at load. */
const Country = z.object({
  code: z.string().regex(/^[A-Z]{3}$/),
  name: z.string(),
  names: z.array(z.string()),
  adjectives: z.array(z.string()),
  demonyms: z.array(z.string()).default([]),
  capitals: z.array(z.string()).default([]),
});
const Leader = z.object({
  name: z.string(),
  aliases: z.array(z.string()),
  country: z.string().nullable(),
  organisation: z.string().optional(),
  role: z.string(),
  from: z.string(),
  to: z.string().nullable(),
});
const Membership = z.object({
  code: z.string(),
  status: z.enum(['member', 'observer', 'dialogue_partner', 'guest']),
  from: z.string(),
  to: z.string().nullable(),
});
const Organisation = z.object({
  name: z.string(),
  abbr: z.string().nullable().optional(),
  aliases: z.array(z.string()).default([]),
  country: z.string().nullable(),
  /** media report and never propose; parties and bodies may speak for their country */
  kind: z.enum(['body', 'party', 'media']).default('body'),
});
const Cues = z.object({
  roles: z.array(z.string()),
  collectives: z.array(z.string()),
  countryBodies: z.array(z.string()),
  proposalNouns: z.array(z.string()),
  listNouns: z.array(z.string()),
  nominalisations: z.array(z.string()),
  responses: z.record(z.string(), z.string()),
  vagueComplements: z.object({ verbs: z.array(z.string()) }),
  portfolios: z.object({ words: z.array(z.string()) }),
  verbFrames: z.object({
    pledge: z.array(z.string()),
    showcase: z.array(z.string()),
    request: z.array(z.string()),
  }),
});

/** Sentence boundaries: abbreviations by how they behave before the next word (lower case, no final point). */
const Abbreviations = z.object({
  prepositive: z.array(z.string()),
  numeric: z.array(z.string()),
  other: z.array(z.string()),
  time: z.array(z.string()),
  initials: z.array(z.string()),
  sentenceStarters: z.array(z.string()),
  bullets: z.array(z.string().length(1)),
});

export type CountryRef = z.infer<typeof Country>;
export type LeaderRef = z.infer<typeof Leader>;
export type MembershipRef = z.infer<typeof Membership>;
export type OrganisationRef = z.infer<typeof Organisation>;
export type CueRef = z.infer<typeof Cues>;

export const countries: CountryRef[] = z.array(Country).parse(countriesJson);
export const leaders: LeaderRef[] = z.array(Leader).parse(leadersJson);
export const membership: MembershipRef[] = z.array(Membership).parse(membershipJson);
export const organisations: OrganisationRef[] = z.array(Organisation).parse(organisationsJson);
export const cues: CueRef = Cues.parse(cuesJson);
export const abbreviations: z.infer<typeof Abbreviations> = Abbreviations.parse(abbreviationsJson);

const byCode = new Map(countries.map((c) => [c.code, c]));
export const countryName = (code: string): string => byCode.get(code)?.name ?? code;

/** SCO status of a country on a date (ISO, any precision), from the dated membership table. */
export function scoStatus(code: string, date: string | null): string {
  const on = date ?? '9999';
  const rank = { member: 0, observer: 1, dialogue_partner: 2, guest: 3 } as const;
  const hits = membership
    .filter((m) => m.code === code && m.from <= on && (m.to === null || on < m.to))
    .sort((a, b) => rank[a.status] - rank[b.status]);
  return hits[0]?.status ?? 'none';
}

const StanceWord = z.object({
  lemma: z.string(),
  stance: z.enum(STANCES),
  /** inflected forms when not regular (lemma, -s, -ed, -ing) */
  forms: z.array(z.string()).optional(),
  /** words that must follow the verb ("take note of", "speak highly of"), as a regex */
  particle: z.string().optional(),
});
const StanceCues = z.object({
  verbs: z.array(StanceWord),
  nouns: z.array(StanceWord),
  lightVerbs: z.array(z.string()),
  nounPrepositions: z.array(z.string()),
  negators: z.array(z.string()),
  withholdVerbs: z.array(z.string()),
  refusalVerbs: z.array(z.string()),
  withheld: z.enum(STANCES),
  refused: z.enum(STANCES),
  objectNouns: z.array(z.string()),
  objectHeads: z.array(z.string()),
  collectiveActor: z.string(),
  positive: z.array(z.enum(STANCES)),
  fromResponse: z.record(z.string(), z.enum(STANCES)),
  /** genres whose lists are news prose: no not_joined is inferred from them */
  noInferenceGenres: z.array(z.string()),
  /** the least share of the other members an explicit list must name before its gaps are not_joined */
  listShare: z.number().min(0).max(1),
  passiveAuxiliaries: z.array(z.string()),
  /** "X's efforts with regard to the ... initiative": the owner's work on a named initiative */
  effortNouns: z.array(z.string()),
});
export type StanceCueRef = z.infer<typeof StanceCues>;
/** Stance verbs and nouns, their constructions' function words (see SOURCES.md, stances.json). */
export const stanceCues: StanceCueRef = StanceCues.parse(stancesJson);

/** The members of the SCO on a date (ISO, any precision), sorted. */
export function membersOn(date: string): string[] {
  return [
    ...new Set(membership.filter((m) => m.code && scoStatus(m.code, date) === 'member').map((m) => m.code)),
  ].sort();
}

const orgByName = new Map(organisations.map((o) => [o.name, o]));
const orgIds = new Set(organisations.flatMap((o) => (o.abbr ? [o.abbr] : [])));
/** Whether a word is the id (abbreviation) of an organisation of the reference data: "UN", "SCO". */
export const isOrganisationId = (word: string): boolean => orgIds.has(word);
/** The id of an organisation named by its canonical name: its abbreviation, else null. */
export const organisationId = (name: string): string | null => orgByName.get(name)?.abbr ?? null;
