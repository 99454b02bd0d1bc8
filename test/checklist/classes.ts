/**
 * The word classes the CheckList suite is built from: countries with their name forms and a leader,
 * agent forms, topics (what is proposed) and pledge phrases. Every sentence of the suite is put
 * together from these tables; none is copied from a document.
 */

export interface Country {
  code: string;
  name: string;
  /** An official long form, with its article ("the Republic of Uzbekistan"). */
  long: string;
  adj: string;
  capital: string;
  /** A leader listed in pipeline/reference/leaders.json, so a person resolves to the country. */
  role: string;
  person: string;
  surname: string;
  pronoun: 'He' | 'She';
}

export const COUNTRIES: readonly Country[] = [
  {
    code: 'KAZ',
    name: 'Kazakhstan',
    long: 'the Republic of Kazakhstan',
    adj: 'Kazakh',
    capital: 'Astana',
    role: 'President',
    person: 'Kassym-Jomart Tokayev',
    surname: 'Tokayev',
    pronoun: 'He',
  },
  {
    code: 'UZB',
    name: 'Uzbekistan',
    long: 'the Republic of Uzbekistan',
    adj: 'Uzbek',
    capital: 'Tashkent',
    role: 'President',
    person: 'Shavkat Mirziyoyev',
    surname: 'Mirziyoyev',
    pronoun: 'He',
  },
  {
    code: 'CHN',
    name: 'China',
    long: "the People's Republic of China",
    adj: 'Chinese',
    capital: 'Beijing',
    role: 'Premier',
    person: 'Li Qiang',
    surname: 'Li Qiang',
    pronoun: 'He',
  },
  {
    code: 'KGZ',
    name: 'Kyrgyzstan',
    long: 'the Kyrgyz Republic',
    adj: 'Kyrgyz',
    capital: 'Bishkek',
    role: 'President',
    person: 'Sadyr Japarov',
    surname: 'Japarov',
    pronoun: 'He',
  },
  {
    code: 'IND',
    name: 'India',
    long: 'the Republic of India',
    adj: 'Indian',
    capital: 'New Delhi',
    role: 'President',
    person: 'Droupadi Murmu',
    surname: 'Murmu',
    pronoun: 'She',
  },
  {
    code: 'RUS',
    name: 'Russia',
    long: 'the Russian Federation',
    adj: 'Russian',
    capital: 'Moscow',
    role: 'Foreign Minister',
    person: 'Sergey Lavrov',
    surname: 'Lavrov',
    pronoun: 'He',
  },
  {
    code: 'TJK',
    name: 'Tajikistan',
    long: 'the Republic of Tajikistan',
    adj: 'Tajik',
    capital: 'Dushanbe',
    role: 'President',
    person: 'Emomali Rahmon',
    surname: 'Rahmon',
    pronoun: 'He',
  },
  {
    code: 'PAK',
    name: 'Pakistan',
    long: 'the Islamic Republic of Pakistan',
    adj: 'Pakistani',
    capital: 'Islamabad',
    role: 'Prime Minister',
    person: 'Shehbaz Sharif',
    surname: 'Sharif',
    pronoun: 'He',
  },
  {
    code: 'IRN',
    name: 'Iran',
    long: 'the Islamic Republic of Iran',
    adj: 'Iranian',
    capital: 'Tehran',
    role: 'Foreign Minister',
    person: 'Abbas Araghchi',
    surname: 'Araghchi',
    pronoun: 'He',
  },
  {
    code: 'BLR',
    name: 'Belarus',
    long: 'the Republic of Belarus',
    adj: 'Belarusian',
    capital: 'Minsk',
    role: 'President',
    person: 'Alexander Lukashenko',
    surname: 'Lukashenko',
    pronoun: 'He',
  },
  {
    code: 'MNG',
    name: 'Mongolia',
    long: 'Mongolia',
    adj: 'Mongolian',
    capital: 'Ulaanbaatar',
    role: 'President',
    person: 'Ukhnaagiin Khurelsukh',
    surname: 'Khurelsukh',
    pronoun: 'He',
  },
  {
    code: 'TUR',
    name: 'Türkiye',
    long: 'the Republic of Türkiye',
    adj: 'Turkish',
    capital: 'Ankara',
    role: 'Foreign Minister',
    person: 'Hakan Fidan',
    surname: 'Fidan',
    pronoun: 'He',
  },
  {
    code: 'TKM',
    name: 'Turkmenistan',
    long: 'Turkmenistan',
    adj: 'Turkmen',
    capital: 'Ashgabat',
    role: 'President',
    person: 'Serdar Berdimuhamedov',
    surname: 'Berdimuhamedov',
    pronoun: 'He',
  },
];

export type AgentKind =
  | 'name'
  | 'long form'
  | 'adjective role name'
  | 'role name'
  | 'side'
  | 'pronoun'
  | 'capital'
  | 'joint'
  | "country's role name"
  | 'appositive'
  | 'surname'
  | 'delegation'
  | 'adjective role'
  | 'role of country';

/** One way of naming who proposes. */
export interface Agent {
  kind: AgentKind;
  codes: string[];
  /** A sentence that must precede (the named speaker a pronoun refers to), or ''. */
  lead: string;
  /** The agent as grammatical subject. */
  subj: string;
  /** The agent after a preposition (by X, of X). */
  obj: string;
  /** A possessive determiner ("Kazakhstan's"), where English allows one naturally. */
  poss: string | null;
  plural: boolean;
  /** Reflexive possessive for the agent ("its", "his", "their"). */
  its: string;
}

const sorted = (codes: string[]): string[] => [...codes].sort();

export function agent(kind: AgentKind, c: Country, partner?: Country): Agent {
  const base = { kind, codes: [c.code], lead: '', plural: false, its: 'its' };
  switch (kind) {
    case 'name':
      return { ...base, subj: c.name, obj: c.name, poss: `${c.name}'s` };
    case 'long form':
      return { ...base, subj: c.long, obj: c.long, poss: null };
    case 'adjective role name': {
      const s = `${c.adj} ${c.role} ${c.person}`;
      return { ...base, subj: s, obj: s, poss: `${s}'s`, its: pronounPoss(c) };
    }
    case 'role name': {
      const s = `${c.role} ${c.person}`;
      return { ...base, subj: s, obj: s, poss: `${s}'s`, its: pronounPoss(c) };
    }
    case "country's role name": {
      const s = `${c.name}'s ${c.role} ${c.person}`;
      return { ...base, subj: s, obj: s, poss: null, its: pronounPoss(c) };
    }
    case 'appositive': {
      const s = `the ${c.role} of ${c.name}, ${c.person},`;
      return { ...base, subj: s, obj: s, poss: null, its: pronounPoss(c) };
    }
    case 'surname':
      return { ...base, subj: c.surname, obj: c.surname, poss: `${c.surname}'s`, its: pronounPoss(c) };
    case 'side':
      return { ...base, subj: `the ${c.adj} side`, obj: `the ${c.adj} side`, poss: null };
    case 'delegation':
      return { ...base, subj: `the delegation of ${c.name}`, obj: `the delegation of ${c.name}`, poss: null };
    case 'adjective role':
      return {
        ...base,
        subj: `the ${c.adj} ${c.role}`,
        obj: `the ${c.adj} ${c.role}`,
        poss: `the ${c.adj} ${c.role}'s`,
        its: pronounPoss(c),
      };
    case 'role of country':
      return {
        ...base,
        subj: `the ${c.role} of ${c.name}`,
        obj: `the ${c.role} of ${c.name}`,
        poss: null,
        its: pronounPoss(c),
      };
    case 'pronoun':
      return {
        ...base,
        lead: `${c.adj} ${c.role} ${c.person} addressed the plenary session in ${c.capital}.`,
        subj: c.pronoun.toLowerCase(),
        obj: c.pronoun === 'He' ? 'him' : 'her',
        poss: pronounPoss(c),
        its: pronounPoss(c),
      };
    case 'capital':
      return { ...base, subj: c.capital, obj: c.capital, poss: `${c.capital}'s` };
    case 'joint': {
      const p = partner ?? c;
      const s = `${c.name} and ${p.name}`;
      return {
        ...base,
        codes: sorted([c.code, p.code]),
        subj: s,
        obj: s,
        poss: null,
        plural: true,
        its: 'their',
      };
    }
  }
}

const pronounPoss = (c: Country): string => (c.pronoun === 'He' ? 'his' : 'her');

/** What is proposed: an action on an object, with its verb forms and its nominalisation. */
export interface Topic {
  base: string;
  ing: string;
  /** The nominalisation of the action ("the creation of"). */
  nom: string;
  obj: string;
}

const t = (base: string, ing: string, nom: string, obj: string): Topic => ({ base, ing, nom, obj });

export const TOPICS: readonly Topic[] = [
  t('create', 'creating', 'the creation of', 'a regional council on water use'),
  t('establish', 'establishing', 'the establishment of', 'a centre for desert research'),
  t('hold', 'holding', 'the holding of', 'an annual forum of young entrepreneurs'),
  t('set up', 'setting up', 'the setting up of', 'a joint fund for small farmers'),
  t('launch', 'launching', 'the launch of', 'a scholarship programme for engineering students'),
  t('build', 'building', 'the construction of', 'a rail link between the inland dry ports'),
  t('develop', 'developing', 'the development of', 'a common platform for cross-border e-commerce'),
  t('organise', 'organising', 'the organisation of', 'a festival of traditional folk music'),
  t('adopt', 'adopting', 'the adoption of', 'a roadmap on food security'),
  t('open', 'opening', 'the opening of', 'a training school for customs officers'),
  t('form', 'forming', 'the formation of', 'a network of disaster relief teams'),
  t('draft', 'drafting', 'the drafting of', 'a convention on transboundary rivers'),
  t('introduce', 'introducing', 'the introduction of', 'a single visa for tourist groups'),
  t('convene', 'convening', 'the convening of', 'a conference on melting glaciers'),
  t('create', 'creating', 'the creation of', 'a seed bank for drought-resistant crops'),
  t('establish', 'establishing', 'the establishment of', 'an academy for public health workers'),
  t('hold', 'holding', 'the holding of', 'a chess olympiad for schoolchildren'),
  t('set up', 'setting up', 'the setting up of', 'an early warning system for dust storms'),
  t('launch', 'launching', 'the launch of', 'a satellite for weather monitoring'),
  t('develop', 'developing', 'the development of', 'a register of endangered snow leopards'),
  t('form', 'forming', 'the formation of', 'a club of heritage museums'),
  t('introduce', 'introducing', 'the introduction of', 'a common standard for halal food'),
  t('open', 'opening', 'the opening of', 'a university campus for nuclear physics'),
  t('adopt', 'adopting', 'the adoption of', 'a charter on rare earth mining'),
  t('build', 'building', 'the construction of', 'a pipeline for green hydrogen'),
  t('organise', 'organising', 'the organisation of', 'a caravan of film screenings'),
  t('create', 'creating', 'the creation of', 'a clearing house for local currencies'),
  t('draft', 'drafting', 'the drafting of', 'a code of conduct for cyberspace'),
  t('convene', 'convening', 'the convening of', 'a round table of women judges'),
  t('establish', 'establishing', 'the establishment of', 'a laboratory for locust control'),
];

/** A pledge's verb phrase: a verb with its object, and two adjuncts that may follow. */
export interface PledgeVp {
  verb: string;
  obj: string;
  /** A beneficiary or topic phrase ("for partner countries"). */
  forPhrase: string;
}

export const PLEDGE_VPS: Record<string, readonly PledgeVp[]> = {
  host: [
    { verb: 'host', obj: 'an SCO forum on mountain tourism', forPhrase: 'for the tourism ministers' },
    { verb: 'host', obj: 'a meeting of energy regulators', forPhrase: 'for partner countries' },
    { verb: 'host', obj: 'the first games for athletes with disabilities', forPhrase: 'for member states' },
    { verb: 'host', obj: 'a conference on water diplomacy', forPhrase: 'for the river basin countries' },
  ],
  'set up': [
    { verb: 'set up', obj: 'a centre for drought monitoring', forPhrase: 'for the whole region' },
    { verb: 'set up', obj: 'a venture fund for start-ups', forPhrase: 'for young founders of the SCO' },
    { verb: 'set up', obj: 'an office for cultural exchange', forPhrase: 'for member states' },
  ],
  build: [
    { verb: 'build', obj: 'a logistics hub near the border', forPhrase: 'for transit cargo' },
    { verb: 'build', obj: 'a solar power plant', forPhrase: 'for neighbouring states' },
    { verb: 'build', obj: 'a research station on the glacier', forPhrase: 'for scientists of the SCO' },
  ],
  train: [
    { verb: 'train', obj: 'two hundred customs officers', forPhrase: 'from SCO countries' },
    { verb: 'train', obj: 'young diplomats', forPhrase: 'from partner states' },
    { verb: 'train', obj: 'five hundred rural nurses', forPhrase: 'for the region' },
  ],
  share: [
    { verb: 'share', obj: 'its experience in digital payments', forPhrase: 'with SCO partners' },
    { verb: 'share', obj: 'its know-how in seed breeding', forPhrase: 'with member states' },
  ],
  provide: [
    { verb: 'provide', obj: 'scholarships in agronomy', forPhrase: 'for students of member states' },
    { verb: 'provide', obj: 'satellite data on crop yields', forPhrase: 'to all SCO partners' },
  ],
};

/** Pick by index, cycling; never undefined. */
export function pick<T>(items: readonly T[], i: number): T {
  const item = items[((i % items.length) + items.length) % items.length];
  if (item === undefined) throw new Error('pick from an empty table');
  return item;
}

export const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
