import { countries, cues, leaders, organisations } from '../reference/index.js';
import { PhraseMatcher } from './phrases.js';

/** Regular expressions compiled once from the reference data. */
export const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const alternation = (forms: Iterable<string>): string =>
  [...new Set(forms)]
    .filter((f) => f.trim().length > 1)
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join('|');

export type CountryFormKind = 'name' | 'adjective' | 'demonym' | 'capital';

/** Every surface form of a country, mapped to its code and kind. */
export const countryForms = new Map<string, { code: string; kind: CountryFormKind }>();
for (const c of countries) {
  const add = (form: string, kind: CountryFormKind) => {
    if (!countryForms.has(form)) countryForms.set(form, { code: c.code, kind });
  };
  // Typographic apostrophes are as common as straight ones: "People’s Republic of China".
  for (const n of [c.name, ...c.names]) for (const f of [n, n.replace(/'/g, '’')]) add(f, 'name');
  for (const a of c.adjectives) add(a, 'adjective');
  for (const d of c.demonyms) add(d, 'demonym');
  for (const cap of c.capitals) add(cap, 'capital');
}

/** Every country form, found in one pass. */
export const COUNTRY_MATCHER = new PhraseMatcher(countryForms.keys());

export const ROLE_ALT = alternation(cues.roles);
export const ROLE_RE = new RegExp(`(?<![\\w])(?:${ROLE_ALT})(?![\\w])`, 'g');

/** Leaders by alias, each with its terms, so a bare surname resolves by the document's date. */
export const leaderAliases = new Map<string, typeof leaders>();
for (const l of leaders) {
  for (const a of new Set([l.name, ...l.aliases].flatMap((x) => [x, x.replace(/'/g, '’')]))) {
    if (a.length < 3) continue;
    const list = leaderAliases.get(a) ?? [];
    list.push(l);
    leaderAliases.set(a, list);
  }
}
export const LEADER_MATCHER = new PhraseMatcher(leaderAliases.keys());

export const orgForms = new Map<string, { name: string; country: string | null; kind: string }>();
for (const o of organisations) {
  for (const f of [o.name, ...(o.aliases ?? []), ...(o.abbr ? [o.abbr] : [])].flatMap((x) => [
    x,
    x.replace(/'/g, '’'),
  ])) {
    if (!orgForms.has(f)) orgForms.set(f, { name: o.name, country: o.country, kind: o.kind });
  }
}
export const ORG_MATCHER = new PhraseMatcher(orgForms.keys());

export const COLLECTIVE_MATCHER = new PhraseMatcher(cues.collectives);
export const BODY_ALT = alternation(cues.countryBodies);

/** Words that start with a capital but are not part of a person's name. */
export const NOT_NAME = new Set([
  'The',
  'A',
  'An',
  'On',
  'In',
  'At',
  'And',
  'Of',
  'For',
  'To',
  'He',
  'She',
  'It',
  'They',
  'We',
  'His',
  'Her',
  'This',
  'That',
  'SCO',
  'Shanghai',
  'Cooperation',
  'Organization',
  'Organisation',
  'Council',
  'Summit',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
  'Also',
  'Meanwhile',
  'However',
  'During',
  'Speaking',
  'According',
  'Republic',
  'Federation',
  'State',
  'States',
  'Member',
  'Foreign',
  'Minister',
  'President',
  'Premier',
  'Prime',
  'Head',
  'Heads',
  'Government',
  'Chinese',
  'UN',
  'United',
  'Nations',
  'Secretary',
  'General',
  'Secretary-General',
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Xinhua',
  'TASS',
  'Nation',
  'Leader',
  'Chairman',
  'Deputy',
  'Acting',
  'Vice',
  'Defense',
  'Defence',
  'Affairs',
  'Ministry',
  'Business',
  'Forum',
  'Bank',
  'Fund',
  'Center',
  'Centre',
  'Initiative',
  'Belt',
  'Road',
  'Year',
  'Day',
  'Islamic',
  'People',
  "People's",
  'Kyrgyz',
  'Regional',
  'Anti-Terrorist',
  'Structure',
  'Executive',
  'Committee',
]);
