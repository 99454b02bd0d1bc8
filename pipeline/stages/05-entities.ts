import { type Doc, type Entity, type Span, within } from '../doc.js';
import {
  BODY_ALT,
  COLLECTIVE_MATCHER,
  COUNTRY_MATCHER,
  countryForms,
  escapeRe,
  LEADER_MATCHER,
  leaderAliases,
  NOT_NAME,
  ORG_MATCHER,
  orgForms,
  ROLE_RE,
} from '../extract/lexicon.js';
import { findMentions } from '../extract/mentions.js';
import { type PhraseHit, PhraseMatcher } from '../extract/phrases.js';
import { cues } from '../reference/index.js';
import type { Stage } from '../stage.js';

const NAME_TOKEN = "(?:[A-Z][a-z]?\\.\\s?)?[A-Z][a-zA-Z'’-]*[a-z][a-zA-Z'’-]*";
const NAME_RE = new RegExp(`^,?\\s+((?:${NAME_TOKEN})(?:\\s(?:${NAME_TOKEN})){0,3})`);
const ROLE_CONJ = new RegExp(`^ and (${ROLE_RE.source})`);
const BODY_AFTER = new RegExp(`^ (?:(?:${BODY_ALT}))(?![\\w])`);
/** Words between a country and a role that keep the role that country's: "Kyrgyz Acting Economy Minister", "Kazakh Trade and Integration Minister". */
const PORTFOLIO = `(?:${cues.portfolios.words.join('|')})`;
const MODIFIERS = new RegExp(
  `^(?:'s|’s)?\\s+(?:(?:Acting|acting|Deputy|deputy|First|Vice|Former|former|top|Chief|chief|State|then|new|incumbent)\\s+)*(?:${PORTFOLIO}(?:\\s+(?:and|of)\\s+${PORTFOLIO})*\\s+)?$`,
);

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

function allMatches(text: string, re: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/** The leader an alias names on a date: the term that covers the date, else the latest. */
export function leaderFor(alias: string, date: string | null) {
  const list = leaderAliases.get(alias);
  if (!list || list.length === 0) return null;
  const on = date ?? '9999';
  const current = list.filter((l) => l.from.slice(0, on.length) <= on && (l.to === null || on <= l.to));
  const pool = current.length > 0 ? current : list;
  const countries = new Set(pool.map((l) => l.country));
  if (countries.size > 1) return null; // an alias shared by leaders of several countries says nothing
  return [...pool].sort((a, b) => (a.from < b.from ? 1 : -1))[0] ?? null;
}

/** Trims trailing words of a name candidate that cannot be part of a name. */
function trimName(name: string): string {
  const words = name.split(/\s+/);
  while (words.length > 0) {
    const w = words[words.length - 1] ?? '';
    if (NOT_NAME.has(w) || countryForms.has(w)) words.pop();
    else break;
  }
  while (words.length > 0 && (NOT_NAME.has(words[0] ?? '') || countryForms.has(words[0] ?? '')))
    words.shift();
  return words.join(' ');
}

function countries(text: string, hits: PhraseHit[]): Entity[] {
  return hits.flatMap((h) => {
    const hit = countryForms.get(h.phrase);
    if (!hit) return [];
    const the =
      hit.kind === 'capital'
        ? null
        : /(?:^|[^\w])([Tt]he )$/.exec(text.slice(Math.max(0, h.start - 5), h.start));
    const possessive = /^(?:'s|’s)(?![\w])/.exec(text.slice(h.end, h.end + 3));
    const before = text.slice(Math.max(0, h.start - 40), h.start);
    return [
      {
        start: the ? h.start - (the[1]?.length ?? 0) : h.start,
        end: possessive ? h.end + possessive[0].length : h.end,
        type: 'country' as const,
        country: hit.code,
        name: h.phrase,
        role: null,
        // "Qingdao, China": a country after a city names a place, never an actor.
        via: possessive
          ? `country-${hit.kind}-possessive`
          : /\b(?:in|at|near|from|of)\s+[A-Z][\w-]+,\s$/.test(before) && hit.kind === 'name'
            ? 'country-location'
            : `country-${hit.kind}`,
      },
    ];
  });
}

/** "Russian Defense Minister Andrey Belousov", "Foreign Minister of the Republic of India Sushma Swaraji". */
function titled(text: string, found: Entity[], date: string | null): Entity[] {
  const out: Entity[] = [];
  const countryAt = found.filter((e) => e.type === 'country' && !e.via.startsWith('country-capital'));
  for (const m of allMatches(text, ROLE_RE)) {
    let start = m.index;
    let end = m.index + m[0].length;
    let role = m[0];
    // Conjoined roles: "State Councilor and Foreign Minister".
    const conj = ROLE_CONJ.exec(text.slice(end, end + 60));
    if (conj) {
      role = `${role} and ${conj[1]}`;
      end += conj[0].length;
    }
    let country: string | null = null;
    const left = within(countryAt, start - 80, start)
      .filter((c) => start - c.end < 40)
      .pop();
    if (left) {
      const gap = text.slice(left.end, start);
      if (MODIFIERS.test(gap) || (left.via.includes('possessive') && MODIFIERS.test(` ${gap.trimStart()}`))) {
        country = left.country;
        start = left.start;
      }
    }
    const of = /^ of (?:the )?/.exec(text.slice(end, end + 10));
    if (of) {
      const right = within(countryAt, end, end + 120).find(
        (c) => c.start <= end + of[0].length + 4 && c.start >= end && c.via.startsWith('country-name'),
      );
      if (right) {
        country = country ?? right.country;
        end = right.end;
      }
    }
    // "Deputy Foreign Minister for Economic Diplomacy Mehdi Safari": the portfolio is part of the role.
    // The name is the last two capitalised words; the words before it name the portfolio.
    const portfolio = /^ for ((?:[A-Z][\w-]*|and)(?: (?:[A-Z][\w-]*|and)){2,6})/.exec(
      text.slice(end, end + 80),
    );
    if (portfolio) {
      const words = (portfolio[1] ?? '').split(' ');
      const area = words.slice(0, -2).join(' ');
      role = `${role} for ${area}`;
      end += ' for '.length + area.length;
    }
    const nm = NAME_RE.exec(text.slice(end, end + 80));
    const name = nm ? trimName(nm[1] ?? '') : '';
    const prefix = nm ? nm[0].length - (nm[1]?.length ?? 0) : 0;
    if (nm && name.length > 0 && !/\n/.test(nm[0]) && (nm[1] ?? '').startsWith(name)) {
      const leader = country ? null : (leaderFor(name, date) ?? leaderFor(name.split(' ').pop() ?? '', date));
      out.push({
        start,
        end: end + prefix + name.length,
        type: 'person',
        country: country ?? leader?.country ?? null,
        name,
        role,
        via: 'person-title',
        collective: leader?.organisation !== undefined && leader.country === null,
      });
    } else {
      out.push({
        start,
        end,
        type: 'role',
        country,
        name: role,
        role,
        via: country ? 'role-country' : 'role',
      });
    }
  }
  return out;
}

function knownLeaders(hits: PhraseHit[], date: string | null): Entity[] {
  return hits.flatMap((m) => {
    const leader = leaderFor(m.phrase, date);
    if (!leader) return [];
    return [
      {
        start: m.start,
        end: m.end,
        type: 'person' as const,
        country: leader.country,
        name: m.phrase,
        role: leader.role,
        via: 'person-reference',
        collective: leader.country === null,
      },
    ];
  });
}

/** "the Russian Foreign Ministry", "the Kyrgyz side", "Belarusian state": a body speaking for a country. */
function bodies(text: string, found: Entity[]): Entity[] {
  const after = BODY_AFTER;
  return found.flatMap((c) => {
    if (c.type !== 'country' || c.via.startsWith('country-capital')) return [];
    const m = after.exec(text.slice(c.end, c.end + 40));
    if (!m) return [];
    return [
      {
        ...c,
        end: c.end + m[0].length,
        type: 'organisation' as const,
        name: text.slice(c.start, c.end + m[0].length),
        via: 'country-body',
      },
    ];
  });
}

function orgs(orgHits: PhraseHit[], collectiveHits: PhraseHit[]): Entity[] {
  const out: Entity[] = [];
  for (const m of orgHits) {
    const o = orgForms.get(m.phrase);
    if (o)
      out.push({
        start: m.start,
        end: m.end,
        type: 'organisation',
        country: o.country,
        name: o.name,
        role: null,
        via: 'organisation',
        collective: o.country === null || o.kind === 'media',
      });
  }
  for (const m of collectiveHits) {
    out.push({
      start: m.start,
      end: m.end,
      type: 'organisation',
      country: null,
      name: orgForms.get(m.phrase.replace(/^the /, ''))?.name ?? m.phrase,
      role: null,
      via: 'collective',
      collective: true,
    });
  }
  return out;
}

/** Later mentions of a person by one part of the name ("Li", "Araghchi", "Dar"). */
function surnames(text: string, persons: Entity[], taken: Entity[]): Entity[] {
  const byToken = new Map<string, Entity>();
  for (const p of persons) {
    for (const t of p.name.split(/[\s.]+/))
      if (t.length >= 2 && /^[A-Z]/.test(t) && !NOT_NAME.has(t)) byToken.set(t, p);
  }
  if (byToken.size === 0) return [];
  const re = new RegExp(`(?<![\\w])(?:${[...byToken.keys()].map(escapeRe).join('|')})(?![\\w])`, 'g');
  return allMatches(text, re).flatMap((m) => {
    const span = { start: m.index, end: m.index + m[0].length };
    if (within(taken, span.start - 120, span.end + 120).some((e) => overlaps(e, span))) return [];
    const p = byToken.get(m[0]);
    const first = persons.find((q) => q === p);
    if (!p || !first || first.start > span.start) return [];
    return [
      {
        ...span,
        type: 'person' as const,
        country: p.country,
        name: p.name,
        role: p.role,
        via: 'person-surname',
        collective: p.collective,
      },
    ];
  });
}

/**
 * "Premier Li" after "Premier Li Keqiang": a titled mention by part of a name takes the full
 * name and country of the person named in full elsewhere in the document.
 */
function linkPartialNames(list: Entity[]): void {
  const full = list.filter((e) => e.type === 'person' && e.country && e.name.includes(' '));
  for (const e of list) {
    if (e.type !== 'person' || e.country || e.name.includes(' ')) continue;
    const match = full.find((f) => f.name.split(/[\s.]+/).includes(e.name));
    if (match) {
      e.country = match.country;
      e.name = match.name;
      e.collective = match.collective;
    }
  }
}

/** Keeps the longest of overlapping entities, preferring persons and bodies over bare countries. */
function resolveOverlaps(list: Entity[]): Entity[] {
  const rank = (e: Entity) =>
    e.type === 'person'
      ? 3
      : e.type === 'organisation' && e.via === 'country-body'
        ? 2
        : e.type === 'role'
          ? 1
          : 0;
  const better = (a: Entity, b: Entity) =>
    a.end - a.start > b.end - b.start || (a.end - a.start === b.end - b.start && rank(a) > rank(b));
  // One sweep in text order: an entity displaces the overlapping ones it beats, else it is dropped.
  const sorted = [...list].sort((a, b) => a.start - b.start || b.end - a.end || rank(b) - rank(a));
  const kept: Entity[] = [];
  for (const e of sorted) {
    const clashing: Entity[] = [];
    for (let i = kept.length - 1; i >= 0 && (kept[i]?.end ?? 0) > e.start; i--)
      clashing.push(kept[i] as Entity);
    if (clashing.length === 0) kept.push(e);
    else if (clashing.every((k) => better(e, k))) {
      kept.length -= clashing.length;
      kept.push(e);
    }
  }
  return kept;
}

export function entities(): Stage {
  return {
    name: 'entities',
    requires: ['text', 'meta'],
    assigns: ['entities', 'mentions'],
    run(doc: Doc) {
      const text = doc.text;
      const date = doc.meta?.date ?? null;
      const [countryHits = [], leaderHits = [], orgHits = [], collectiveHits = []] = PhraseMatcher.findMany(
        text,
        [COUNTRY_MATCHER, LEADER_MATCHER, ORG_MATCHER, COLLECTIVE_MATCHER],
      );
      const cs = countries(text, countryHits);
      const people = titled(text, cs, date);
      const known = knownLeaders(leaderHits, date).filter(
        (k) => !within(people, k.start - 200, k.end + 200).some((p) => overlaps(p, k)),
      );
      const persons = [...people, ...known]
        .filter((e) => e.type === 'person')
        .sort((a, b) => a.start - b.start);
      const base = resolveOverlaps([
        ...cs,
        ...people,
        ...known,
        ...bodies(text, cs),
        ...orgs(orgHits, collectiveHits),
      ]);
      linkPartialNames(base);
      const more = surnames(text, persons, base);
      // A person mention inside a titled span also names the country; keep only the person.
      doc.entities = resolveOverlaps([...base, ...more]);
      doc.mentions = findMentions(text);
    },
  };
}
