#!/usr/bin/env node
/**
 * Builds pipeline/reference/countries.json from the `world-countries` npm package
 * (https://github.com/mledoze/countries, ODbL-1.0) plus the hand-made additions in
 * pipeline/reference/countries.extra.json.
 *
 * world-countries is deliberately NOT a dependency of this project: install it anywhere
 * (e.g. `mkdir /tmp/wc && cd /tmp/wc && npm init -y && npm i world-countries`) and run
 *
 *   node scripts/build-countries.mjs /tmp/wc/node_modules/world-countries/countries.json
 *
 * Without an argument the script looks at $WORLD_COUNTRIES_JSON, then tries to resolve
 * `world-countries/countries.json` from node_modules (current directory, then the repo).
 * Options: --out FILE (default pipeline/reference/countries.json), --report (print every
 * surface form that maps to more than one country code).
 *
 * Rules (see pipeline/reference/SOURCES.md):
 *   - one record per entry that has a cca3, sorted by code;
 *   - name = name.common; names = common + official + English-looking altSpellings
 *     (ASCII only, no inverted "X, Republic of" forms, no bare 2-4 letter codes, and either an
 *     English state word such as Republic/Kingdom/State or an entry of ALT_ALLOW) + extras;
 *   - adjectives = demonyms.eng.m/f split on "," and " or " (noun-only forms ending in -er,
 *     e.g. "Icelander", go to demonyms instead) + extras; a form that a dependent territory
 *     shares with an independent state (IOT "Indian", MNP "American") is kept on the state only,
 *     and so is a capital name (NFK "Kingston" -> JAM);
 *   - demonyms = regular plurals of the adjectives where English has one (Russians, Kazakhs;
 *     none for Chinese, British, Swiss, Kyrgyz ...) + extras;
 *   - capitals = capital[] + extras, minus CAPITAL_DENY (Douglas, Hamilton, Victoria ... are people too);
 *   - extras are merged as a set union per code; lists are de-duplicated, empty strings dropped.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const positional = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--out');
const outFile = resolve(option('--out') ?? join(repo, 'pipeline/reference/countries.json'));
const extraFile = join(repo, 'pipeline/reference/countries.extra.json');

function locateSource() {
  const explicit = positional[0] ?? process.env.WORLD_COUNTRIES_JSON;
  if (explicit) {
    const p = resolve(explicit);
    if (!existsSync(p)) throw new Error(`world-countries data not found at ${p}`);
    return p;
  }
  for (const base of [process.cwd(), repo]) {
    try {
      return createRequire(join(base, 'noop.js')).resolve('world-countries/countries.json');
    } catch {
      // try the next base
    }
  }
  throw new Error(
    'world-countries not found: pass the path to its countries.json, set WORLD_COUNTRIES_JSON, ' +
      'or install it (npm i world-countries) where this script can resolve it',
  );
}

/** Alternate spellings that carry no English state word but are English forms worth matching. */
const ALT_ALLOW = new Set([
  'Aland',
  'Bosnia-Herzegovina',
  'Brunei Darussalam',
  'Burma',
  'Chinese Taipei',
  'Congo',
  'Congo-Brazzaville',
  'Congo-Kinshasa',
  "Cote d'Ivoire",
  'Curacao',
  'East Timor',
  'Emirates',
  'Great Britain',
  'Holland',
  'Macao',
  'Macedonia',
  'Nation of Brunei',
  'Pitcairn',
  'Roumania',
  'Rumania',
  'Saint Helena',
  'Sao Tome and Principe',
  'St. Barthelemy',
  'Swaziland',
  'Turkiye',
  'Vatican',
  'Viet Nam',
]);
/** Short all-capital codes accepted from altSpellings (2-letter codes other than US/UK are ambiguous). */
const CODE_ALLOW = new Set(['UAE', 'UK', 'US', 'USA', 'DPRK', 'DRC']);
/** Forms never used as a country name (they name something else in SCO texts). */
const NAME_DENY = new Map([
  ['TWN', new Set(['Republic of China'])], // substring of "People's Republic of China"
]);
/** Capitals that are also ordinary given names, surnames or phrases; never matched as a country. */
const CAPITAL_DENY = new Set([
  'Douglas',
  'Hamilton',
  'Plymouth',
  'Stanley',
  'The Valley',
  'Victoria',
  'West Island',
]);
const STATE_WORD =
  /\b(Republic|Kingdom|State|States|Federation|Commonwealth|Principality|Sultanate|Territory|Territories|Islands|Isles|Duchy|Confederation|Collectivity|Emirates)\b/;
const ASCII_FORM = /^[A-Za-z][A-Za-z .'-]*$/;

function englishAlt(alt) {
  if (CODE_ALLOW.has(alt)) return true;
  if (/^[A-Z]{2,4}$/.test(alt)) return false;
  if (!ASCII_FORM.test(alt)) return false; // native scripts, diacritics, "X, Republic of", "(French part)"
  if (ALT_ALLOW.has(alt)) return true;
  return STATE_WORD.test(alt) && !/\b(des|de|du|da|del|la|le|ya|wa)\b/.test(alt);
}

/** Demonyms that have no -s plural in English (or whose plural is not formed regularly). */
const NO_PLURAL = new Set([
  'Burkinabe',
  'Djibouti',
  'Gibraltar',
  'I-Kiribati',
  'Lao',
  'Malagasy',
  'Mosotho',
  'Motswana',
  'Myanmar',
  'Ni-Vanuatu',
  'Swiss',
  'Vatican',
]);
function plural(adj) {
  if (NO_PLURAL.has(adj)) return null;
  if (adj === 'Czech') return 'Czechs';
  if (/(ese|ish|ch|sh|ss|x|z|ois|ais|y|ic)$/.test(adj)) return null;
  return `${adj}s`;
}

const uniq = (xs) => {
  const seen = new Set();
  const out = [];
  for (const x of xs) {
    const v = typeof x === 'string' ? x.trim() : '';
    if (v && !seen.has(v)) {
      seen.add(v);
      out.push(v);
    }
  }
  return out;
};

const sourcePath = locateSource();
const raw = JSON.parse(readFileSync(sourcePath, 'utf8'));
let version = 'unknown';
try {
  version = JSON.parse(readFileSync(join(dirname(sourcePath), 'package.json'), 'utf8')).version;
} catch {
  // a bare countries.json without its package.json
}
const extras = new Map();
for (const e of JSON.parse(readFileSync(extraFile, 'utf8'))) {
  if (!/^[A-Z]{3}$/.test(e.code)) throw new Error(`countries.extra.json: bad code ${e.code}`);
  if (extras.has(e.code)) throw new Error(`countries.extra.json: duplicate code ${e.code}`);
  extras.set(e.code, e);
}

const entries = raw.filter((c) => typeof c.cca3 === 'string' && /^[A-Z]{3}$/.test(c.cca3));
const codes = new Set(entries.map((c) => c.cca3));
for (const code of extras.keys()) {
  if (!codes.has(code)) throw new Error(`countries.extra.json: ${code} is not in world-countries`);
}

const records = entries.map((c) => {
  const code = c.cca3;
  const extra = extras.get(code) ?? {};
  const deny = NAME_DENY.get(code) ?? new Set();
  const names = uniq([
    c.name.common,
    c.name.official,
    ...(c.altSpellings ?? []).filter(englishAlt),
    ...(extra.names ?? []),
  ]).filter((n) => !deny.has(n));
  const eng = c.demonyms?.eng ?? {};
  const forms = uniq([eng.m, eng.f].flatMap((d) => (d ?? '').split(/,| or /)));
  const nouns = forms.filter((f) => /er$/.test(f) && !/^(Gibraltar)$/.test(f));
  const adjectives = uniq([...forms.filter((f) => !nouns.includes(f)), ...(extra.adjectives ?? [])]);
  const demonyms = uniq([
    ...nouns.map((n) => `${n}s`),
    ...adjectives.map(plural).filter(Boolean),
    ...(extra.demonyms ?? []),
  ]).filter((d) => !adjectives.includes(d));
  const capitals = uniq([...(c.capital ?? []), ...(extra.capitals ?? [])]).filter(
    (x) => !CAPITAL_DENY.has(x),
  );
  return {
    code,
    name: c.name.common,
    names,
    adjectives,
    demonyms,
    capitals,
    independent: c.independent === true,
  };
});

// A dependent territory does not keep an adjective, demonym or capital that an independent state uses.
const states = records.filter((r) => r.independent);
const stateForms = new Set(states.flatMap((r) => [...r.adjectives, ...r.demonyms]));
const stateCapitals = new Set(states.flatMap((r) => r.capitals));
for (const r of records) {
  if (r.independent) continue;
  r.adjectives = r.adjectives.filter((a) => !stateForms.has(a));
  r.demonyms = r.demonyms.filter((d) => !stateForms.has(d));
  r.capitals = r.capitals.filter((c) => !stateCapitals.has(c) || r.names.includes(c));
}

const out = records.sort((a, b) => a.code.localeCompare(b.code)).map(({ independent, ...r }) => r);

if (flag('--report')) {
  const owners = new Map();
  for (const r of out) {
    for (const f of new Set([r.name, ...r.names, ...r.adjectives, ...r.demonyms, ...r.capitals])) {
      owners.set(f, [...(owners.get(f) ?? []), r.code]);
    }
  }
  for (const [form, list] of [...owners].sort()) {
    if (list.length > 1) console.log(`shared form: ${form} -> ${list.join(', ')}`);
  }
}

writeFileSync(outFile, `${JSON.stringify(out, null, 2)}\n`);
console.log(`world-countries ${version} (${sourcePath}): wrote ${out.length} countries to ${outFile}`);
