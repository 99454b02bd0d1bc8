import {
  type Agent,
  type AgentKind,
  agent,
  COUNTRIES,
  type Country,
  capitalise,
  PLEDGE_VPS,
  type PledgeVp,
  pick,
  TOPICS,
  type Topic,
} from './classes.js';

/**
 * A behavioural test suite in the manner of CheckList (Ribeiro et al., ACL 2020): sentences generated
 * from classes (trigger × agent form × complement, nominal forms, lists, negatives), each with who
 * must be found as proposer and a phrase the initiative must hold, grouped by capability.
 */

export const CAPABILITIES = [
  'verb triggers',
  'inflection and voice',
  'pledges',
  'nominal forms',
  'agents',
  'complements',
  'lists and discourse',
  'negatives',
] as const;
export type Capability = (typeof CAPABILITIES)[number];

export type Complement = 'np' | 'inf' | 'ger' | 'that' | 'pp' | 'list' | 'boundary';

export interface Case {
  id: string;
  capability: Capability;
  /** The cell of the class table the case comes from (trigger, form, agent, complement, template). */
  tags: Record<string, string>;
  text: string;
  /** Sorted alpha-3 codes a record must have exactly, or null when no record is expected. */
  proposers: string[] | null;
  /** A phrase the initiative must contain (case-insensitive); '' when no record is expected. */
  key: string;
  /** The longest initiative accepted, in words (default: twice the key's words + 8). */
  maxWords?: number;
  /** Codes no record may carry; 'any' when the text must give no record at all. */
  forbidden: string[] | 'any';
}

const words = (s: string): number => s.trim().split(/\s+/).filter(Boolean).length;
const dropThe = (s: string): string => s.replace(/^the /, '');
const subjPronoun = (a: Agent): string =>
  a.its === 'their' ? 'they' : a.its === 'his' ? 'he' : a.its === 'her' ? 'she' : 'it';

/** The sentence(s) of a case: an optional lead sentence, then the clause in one of a few frames. */
const FRAMES: readonly ((clause: string) => string)[] = [
  (c) => `${capitalise(c)}.`,
  (c) => `At the summit, ${c}.`,
  (c) => `${capitalise(c)} during the talks.`,
  (c) => `On Tuesday, ${c}.`,
  (c) => `Speaking at the meeting of the Council of Foreign Ministers, ${c}.`,
  (c) => `${capitalise(c)} at the session of the heads of government.`,
];

/** Which frame a generated text stands in, so pass rates can be split by frame as well. */
export function frameOf(text: string): string {
  if (/(^|\. )At the summit, /.test(text)) return 'At the summit, ...';
  if (/(^|\. )On Tuesday, /.test(text)) return 'On Tuesday, ...';
  if (/(^|\. )Speaking at the meeting of the Council/.test(text)) return 'Speaking at the meeting ..., ...';
  if (/ during the talks\.$/.test(text)) return '... during the talks.';
  if (/ at the session of the heads of government\.$/.test(text))
    return '... at the session of the heads of government.';
  return 'other';
}

function sentence(a: Agent, clause: string, i: number): string {
  const body = pick(FRAMES, i)(clause);
  return a.lead ? `${a.lead} ${body}` : body;
}

// ---------------------------------------------------------------------------------------------
// Verb triggers
// ---------------------------------------------------------------------------------------------

interface Forms {
  base: string;
  s: string;
  past: string;
  pp: string;
  ing: string;
}

type Render = (tp: Topic, a: Agent) => { tail: string; key: string };

export interface Trigger {
  lemma: string;
  forms: Forms;
  /** The tense used in the trigger table (past by default; "favours" reads best in the present). */
  present?: boolean;
  comps: Partial<Record<Complement, Render>>;
}

const v = (base: string, s: string, past: string, pp: string, ing: string): Forms => ({
  base,
  s,
  past,
  pp,
  ing,
});

const np: Render = (tp) => ({ tail: `${tp.nom} ${tp.obj}`, key: `${dropThe(tp.nom)} ${tp.obj}` });
const inf: Render = (tp) => ({ tail: `to ${tp.base} ${tp.obj}`, key: `${tp.base} ${tp.obj}` });
const ger: Render = (tp) => ({ tail: `${tp.ing} ${tp.obj}`, key: `${tp.ing} ${tp.obj}` });
const THAT_SUBJECTS = ['the SCO', 'member states', 'the organisation', 'the partners'];
let thatCount = 0;
const that: Render = (tp) => ({
  tail: `that ${pick(THAT_SUBJECTS, thatCount++)} ${tp.base} ${tp.obj}`,
  key: `${tp.base} ${tp.obj}`,
});
const withHead =
  (head: string, r: Render): Render =>
  (tp, a) => {
    const { tail, key } = r(tp, a);
    return { tail: `${head} ${tail}`, key };
  };
const bare: Render = (tp) => ({ tail: tp.obj, key: tp.obj.replace(/^(a|an|the) /, '') });

export const TRIGGERS: readonly Trigger[] = [
  {
    lemma: 'propose',
    forms: v('propose', 'proposes', 'proposed', 'proposed', 'proposing'),
    comps: { np, inf, ger, that },
  },
  {
    lemma: 'suggest',
    forms: v('suggest', 'suggests', 'suggested', 'suggested', 'suggesting'),
    comps: { np, ger, that, inf },
  },
  {
    lemma: 'put forward',
    forms: v('put forward', 'puts forward', 'put forward', 'put forward', 'putting forward'),
    comps: {
      np: withHead('a plan for', np),
      inf: withHead('an initiative to', (tp) => ({
        tail: `${tp.base} ${tp.obj}`,
        key: `${tp.base} ${tp.obj}`,
      })),
      ger: withHead('the idea of', ger),
      pp: withHead('a proposal on', ger),
    },
  },
  {
    lemma: 'call for',
    forms: v('call for', 'calls for', 'called for', 'called for', 'calling for'),
    comps: { np, ger, inf: withHead('the SCO', inf) },
  },
  {
    lemma: 'call on',
    forms: v('call on', 'calls on', 'called on', 'called on', 'calling on'),
    comps: {
      inf: withHead('member states', inf),
      ger: withHead('SCO partners to join efforts in', ger),
      np: withHead('the partners to support', np),
    },
  },
  {
    lemma: 'urge',
    forms: v('urge', 'urges', 'urged', 'urged', 'urging'),
    comps: { inf: withHead('member states', inf), np, that },
  },
  {
    lemma: 'advocate',
    forms: v('advocate', 'advocates', 'advocated', 'advocated', 'advocating'),
    comps: { np, ger, that },
  },
  {
    lemma: 'offer',
    forms: v('offer', 'offers', 'offered', 'offered', 'offering'),
    comps: {
      inf,
      np: withHead('a platform for', ger),
      pp: (tp, a) => ({
        tail: `${a.its} territory for ${tp.nom} ${tp.obj}`,
        key: `${dropThe(tp.nom)} ${tp.obj}`,
      }),
    },
  },
  {
    lemma: 'invite',
    forms: v('invite', 'invites', 'invited', 'invited', 'inviting'),
    comps: {
      inf: (tp) => ({ tail: `SCO partners to join ${tp.obj}`, key: `join ${tp.obj}` }),
      ger: withHead('member states to take part in', ger),
      np: withHead('observer states to contribute to', np),
    },
  },
  {
    lemma: 'announce',
    forms: v('announce', 'announces', 'announced', 'announced', 'announcing'),
    comps: {
      inf: withHead('plans to', (tp) => ({ tail: `${tp.base} ${tp.obj}`, key: `${tp.base} ${tp.obj}` })),
      np,
      that: (tp, a) => ({
        tail: `that ${subjPronoun(a)} will ${tp.base} ${tp.obj}`,
        key: `${tp.base} ${tp.obj}`,
      }),
    },
  },
  {
    lemma: 'launch',
    forms: v('launch', 'launches', 'launched', 'launched', 'launching'),
    comps: {
      inf: withHead('an initiative to', (tp) => ({
        tail: `${tp.base} ${tp.obj}`,
        key: `${tp.base} ${tp.obj}`,
      })),
      np: bare,
      pp: withHead('a campaign for', np),
    },
  },
  {
    lemma: 'unveil',
    forms: v('unveil', 'unveils', 'unveiled', 'unveiled', 'unveiling'),
    comps: {
      inf: withHead('a plan to', (tp) => ({ tail: `${tp.base} ${tp.obj}`, key: `${tp.base} ${tp.obj}` })),
      np: bare,
      pp: withHead('a proposal for', ger),
    },
  },
  {
    lemma: 'initiate',
    forms: v('initiate', 'initiates', 'initiated', 'initiated', 'initiating'),
    comps: {
      np,
      pp: withHead('talks on', ger),
      inf: withHead('a project to', (tp) => ({ tail: `${tp.base} ${tp.obj}`, key: `${tp.base} ${tp.obj}` })),
    },
  },
  {
    lemma: 'float',
    forms: v('float', 'floats', 'floated', 'floated', 'floating'),
    comps: {
      ger: withHead('the idea of', ger),
      inf: withHead('a plan to', (tp) => ({ tail: `${tp.base} ${tp.obj}`, key: `${tp.base} ${tp.obj}` })),
      np: bare,
    },
  },
  {
    lemma: 'moot',
    forms: v('moot', 'moots', 'mooted', 'mooted', 'mooting'),
    comps: {
      ger: withHead('the idea of', ger),
      inf: withHead('a scheme to', (tp) => ({ tail: `${tp.base} ${tp.obj}`, key: `${tp.base} ${tp.obj}` })),
      np,
    },
  },
  {
    lemma: 'table',
    forms: v('table', 'tables', 'tabled', 'tabled', 'tabling'),
    comps: {
      inf: withHead('a proposal to', (tp) => ({ tail: `${tp.base} ${tp.obj}`, key: `${tp.base} ${tp.obj}` })),
      pp: withHead('a draft resolution on', ger),
      np: withHead('a plan for', np),
    },
  },
  {
    lemma: 'recommend',
    forms: v('recommend', 'recommends', 'recommended', 'recommended', 'recommending'),
    comps: { np, ger, that },
  },
  {
    lemma: 'favour',
    forms: v('favour', 'favours', 'favoured', 'favoured', 'favouring'),
    present: true,
    comps: { np, ger, pp: withHead('the idea of', ger) },
  },
  {
    lemma: 'push for',
    forms: v('push for', 'pushes for', 'pushed for', 'pushed for', 'pushing for'),
    comps: { np, ger, inf: withHead('the SCO', inf) },
  },
  {
    lemma: 'press for',
    forms: v('press for', 'presses for', 'pressed for', 'pressed for', 'pressing for'),
    comps: { np, ger, inf: withHead('member states', inf) },
  },
];

/** The agent forms every trigger is crossed with, in rotation. */
const MAIN_AGENTS: readonly AgentKind[] = [
  'name',
  'long form',
  'adjective role name',
  'side',
  'pronoun',
  'capital',
  'joint',
  'role name',
];

interface Counter {
  n: number;
}
const next = (c: Counter): number => c.n++;

function makeAgent(kind: AgentKind, i: number): { a: Agent; c: Country } {
  const c = pick(COUNTRIES, i);
  return { a: agent(kind, c, pick(COUNTRIES, i + 5)), c };
}

function verbTriggerCases(): Case[] {
  const out: Case[] = [];
  const k: Counter = { n: 0 };
  for (const tr of TRIGGERS) {
    for (const [comp, render] of Object.entries(tr.comps) as [Complement, Render][]) {
      for (let j = 0; j < 3; j++) {
        const i = next(k);
        const kind = pick(MAIN_AGENTS, i);
        const { a } = makeAgent(kind, i * 7 + 3);
        const tp = pick(TOPICS, i * 11 + j);
        const { tail, key } = render(tp, a);
        const verb = tr.present ? (a.plural ? tr.forms.base : tr.forms.s) : tr.forms.past;
        out.push({
          id: `trigger-${out.length}`,
          capability: 'verb triggers',
          tags: { trigger: tr.lemma, agent: kind, complement: comp },
          text: sentence(a, `${a.subj} ${verb} ${tail}`, i),
          proposers: a.codes,
          key,
          forbidden: [],
        });
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Inflection and voice
// ---------------------------------------------------------------------------------------------

type Form =
  | 'present'
  | 'past'
  | 'perfect'
  | 'past perfect'
  | 'progressive'
  | 'future'
  | 'also'
  | 'passive'
  | 'participle'
  | 'relative';

const FORMS: readonly Form[] = [
  'present',
  'past',
  'perfect',
  'past perfect',
  'progressive',
  'future',
  'also',
  'passive',
  'participle',
  'relative',
];

const INFLECTED = [
  'propose',
  'suggest',
  'recommend',
  'put forward',
  'call for',
  'urge',
  'offer',
  'announce',
  'table',
  'advocate',
  'float',
];

const SIMPLE_AGENTS: readonly AgentKind[] = [
  'name',
  'adjective role name',
  'side',
  'capital',
  'long form',
  'joint',
];
const PERSON_AGENTS: readonly AgentKind[] = ['adjective role name', 'role name', "country's role name"];
const DAYS = ['Monday', 'Wednesday', 'Thursday', 'Friday'];

function inflectionCases(): Case[] {
  const out: Case[] = [];
  let i = 0;
  for (const lemma of INFLECTED) {
    const tr = TRIGGERS.find((x) => x.lemma === lemma);
    if (!tr) throw new Error(`no trigger ${lemma}`);
    const comps = Object.entries(tr.comps) as [Complement, Render][];
    for (const form of FORMS) {
      i++;
      // a relative "who" needs a person
      const kind = form === 'relative' ? pick(PERSON_AGENTS, i) : pick(SIMPLE_AGENTS, i);
      const { a } = makeAgent(kind, i * 5 + 1);
      const tp = pick(TOPICS, i * 7 + 2);
      const [comp, render] = form === 'passive' ? ['np' as Complement, tr.comps.np ?? np] : pick(comps, i);
      const { tail, key } = render(tp, a);
      const f = tr.forms;
      const be = a.plural ? 'are' : 'is';
      const have = a.plural ? 'have' : 'has';
      let text: string;
      switch (form) {
        case 'present':
          text = sentence(a, `${a.subj} ${a.plural ? f.base : f.s} ${tail}`, i);
          break;
        case 'past':
          text = sentence(a, `${a.subj} ${f.past} ${tail}`, i);
          break;
        case 'perfect':
          text = sentence(a, `${a.subj} ${have} ${f.pp} ${tail}`, i);
          break;
        case 'past perfect':
          text = `${capitalise(a.subj)} had ${f.pp} ${tail} before the summit opened.`;
          break;
        case 'progressive':
          text = sentence(a, `${a.subj} ${be} ${f.ing} ${tail}`, i);
          break;
        case 'future':
          text = `${capitalise(a.subj)} will ${f.base} ${tail} at the next meeting.`;
          break;
        case 'also':
          text = sentence(a, `${a.subj} also ${f.past} ${tail}`, i);
          break;
        case 'passive':
          text = `${capitalise(tail)} was ${f.pp} by ${a.obj}.`;
          break;
        case 'participle':
          text = `${capitalise(a.subj)} addressed the forum on ${pick(DAYS, i)}, ${f.ing} ${tail}.`;
          break;
        case 'relative':
          text = `The session was chaired by ${a.obj}, who ${f.past} ${tail}.`;
          break;
      }
      out.push({
        id: `inflection-${out.length}`,
        capability: 'inflection and voice',
        tags: { trigger: lemma, form, agent: kind, complement: comp },
        text: a.lead ? `${a.lead} ${text}` : text,
        proposers: a.codes,
        key,
        forbidden: [],
      });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Pledges and offers
// ---------------------------------------------------------------------------------------------

interface Pledge {
  name: string;
  /** The verb phrase groups it combines with. */
  groups: readonly string[];
  /** The clause up to the pledged verb phrase. */
  head: (a: Agent) => string;
}

const PLEDGES: readonly Pledge[] = [
  { name: 'will set up', groups: ['set up'], head: (a) => `${a.subj} will` },
  { name: 'will host', groups: ['host'], head: (a) => `${a.subj} will` },
  { name: 'will build', groups: ['build'], head: (a) => `${a.subj} will` },
  { name: 'will train', groups: ['train'], head: (a) => `${a.subj} will` },
  {
    name: 'ready to',
    groups: ['host', 'share', 'train'],
    head: (a) => `${a.subj} ${a.plural ? 'are' : 'is'} ready to`,
  },
  {
    name: 'intends to',
    groups: ['build', 'provide', 'host'],
    head: (a) => `${a.subj} ${a.plural ? 'intend' : 'intends'} to`,
  },
  {
    name: 'plans to',
    groups: ['set up', 'host', 'train'],
    head: (a) => `${a.subj} ${a.plural ? 'plan' : 'plans'} to`,
  },
  {
    name: 'is prepared to',
    groups: ['share', 'build', 'provide'],
    head: (a) => `${a.subj} ${a.plural ? 'are' : 'is'} prepared to`,
  },
  {
    name: 'stands ready to',
    groups: ['train', 'share', 'host'],
    head: (a) => `${a.subj} ${a.plural ? 'stand' : 'stands'} ready to`,
  },
  { name: 'vowed to', groups: ['build', 'set up', 'provide'], head: (a) => `${a.subj} vowed to` },
  { name: 'pledged to', groups: ['provide', 'train', 'set up'], head: (a) => `${a.subj} pledged to` },
  {
    name: 'expressed readiness to',
    groups: ['host', 'share', 'build'],
    head: (a) => `${a.subj} expressed ${a.its} readiness to`,
  },
];

const PLEDGE_AGENTS: readonly AgentKind[] = ['name', 'long form', 'side', 'capital', 'joint', 'delegation'];

function pledgeCases(): Case[] {
  const out: Case[] = [];
  let i = 0;
  for (const p of PLEDGES) {
    for (const comp of ['verb phrase', 'with for/with phrase', 'with place'] as const) {
      for (let j = 0; j < 3; j++) {
        i++;
        const kind = pick(PLEDGE_AGENTS, i);
        const { a, c } = makeAgent(kind, i * 3 + 2);
        const group = pick(p.groups, i + j);
        const vp: PledgeVp = pick(PLEDGE_VPS[group] ?? [], i * 5 + j);
        const obj = vp.obj.replace(/^its /, `${a.its} `);
        // the key is the pledged object: whether the span starts at the verb is a convention, not a capability
        const key = obj.replace(/^(a|an|the|its|their|his|her) /, '');
        const phrase = `${vp.verb} ${obj}`;
        const tail =
          comp === 'verb phrase'
            ? phrase
            : comp === 'with for/with phrase'
              ? `${phrase} ${vp.forPhrase}`
              : `${phrase} in ${c.capital} next year`;
        out.push({
          id: `pledge-${out.length}`,
          capability: 'pledges',
          tags: { trigger: p.name, agent: kind, complement: comp },
          text: sentence(a, `${p.head(a)} ${tail}`, i + Math.floor(i / 6)), // frame not locked to agent
          proposers: a.codes,
          key,
          forbidden: [],
        });
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Nominal forms
// ---------------------------------------------------------------------------------------------

interface Nominal {
  name: string;
  /** Agent kinds that read naturally in the template. */
  agents: readonly AgentKind[];
  /** The agent form, when the template names the country its own way (an adjective, a compound). */
  agentTag?: string;
  build: (a: Agent, c: Country, tp: Topic) => { text: string; key: string } | null;
}

const EVENTS = [
  'forum on water diplomacy',
  'festival of nomad culture',
  'conference on green finance',
  'exhibition of mountain crafts',
  'summit of women entrepreneurs',
  'marathon for peace',
];
const MECHANISMS = [
  'mechanism for settling trade disputes',
  'fund for joint archaeological digs',
  'hotline for border emergencies',
  'register of transit permits',
  'task force on drug routes',
];
const VISIONS = [
  'a green belt across the steppe',
  'a single energy market for the region',
  'a digital corridor from the Pacific to the Caspian',
  'a union of mountain states',
];

const NOMINALS: readonly Nominal[] = [
  {
    name: 'the initiative of X to',
    agents: ['name', 'long form', 'side', 'adjective role name'],
    build: (a, _c, tp) => ({
      text: `The participants discussed the initiative of ${a.obj} to ${tp.base} ${tp.obj}.`,
      key: `${tp.base} ${tp.obj}`,
    }),
  },
  {
    name: "X's proposal to",
    agents: ['name', 'capital', 'adjective role name', 'pronoun'],
    build: (a, _c, tp) =>
      a.poss
        ? {
            text: `${capitalise(a.poss)} proposal to ${tp.base} ${tp.obj} was welcomed by the delegations.`,
            key: `${tp.base} ${tp.obj}`,
          }
        : null,
  },
  {
    name: 'the proposal by X on',
    agents: ['name', 'long form', 'side', 'role name'],
    build: (a, _c, tp) => ({
      text: `The council examined the proposal by ${a.obj} on ${tp.ing} ${tp.obj}.`,
      key: `${tp.ing} ${tp.obj}`,
    }),
  },
  {
    name: 'the proposal of X regarding',
    agents: ['long form', 'name', 'delegation'],
    build: (a, _c, tp) => ({
      text: `The experts studied the proposal of ${a.obj} regarding ${tp.nom} ${tp.obj}.`,
      key: `${dropThe(tp.nom)} ${tp.obj}`,
    }),
  },
  {
    name: 'the Adj-initiated N',
    agents: ['name', 'name', 'name'],
    agentTag: 'adjective compound',
    build: (_a, c) => {
      const ev = pick(EVENTS, c.name.length);
      return {
        text: `Delegates praised the ${c.adj}-initiated ${ev} held last spring.`,
        key: ev,
      };
    },
  },
  {
    name: 'the Name-proposed N',
    agents: ['name', 'name', 'name'],
    agentTag: 'name compound',
    build: (_a, c) => {
      const m = pick(MECHANISMS, c.name.length + 1);
      return {
        text: `The ${c.name}-proposed ${m} will be reviewed by experts in June.`,
        key: m,
      };
    },
  },
  {
    name: 'on the initiative of X, ... was held',
    agents: ['side', 'name', 'long form'],
    build: (a, c) => {
      const ev = pick(EVENTS, c.capital.length);
      return {
        text: `On the initiative of ${a.obj}, the first ${ev} was held in ${c.capital}.`,
        key: `${ev}`,
      };
    },
  },
  {
    name: 'at the initiative of X',
    agents: ['adjective role name', 'side', 'name'],
    build: (a, c) => {
      const ev = pick(EVENTS, c.adj.length);
      return {
        text: `At the initiative of ${a.obj}, a ${ev} will take place next year.`,
        key: ev,
      };
    },
  },
  {
    name: "X's vision of",
    agents: ['name', 'adjective role name', 'capital'],
    build: (a, c) => {
      if (!a.poss) return null;
      const vi = pick(VISIONS, c.person.length);
      return { text: `${capitalise(a.poss)} vision of ${vi} was presented to the summit.`, key: vi };
    },
  },
  {
    name: 'the idea of X to',
    agents: ['name', 'side', 'long form'],
    build: (a, _c, tp) => ({
      text: `Members discussed the idea of ${a.obj} to ${tp.base} ${tp.obj}.`,
      key: `${tp.base} ${tp.obj}`,
    }),
  },
  {
    name: 'the idea of our partners in CAPITAL',
    agents: ['name', 'name', 'name'],
    agentTag: 'partners in capital',
    build: (_a, c, tp) => ({
      text: `We support the idea of our partners in ${c.capital} to ${tp.base} ${tp.obj}.`,
      key: `${tp.base} ${tp.obj}`,
    }),
  },
  {
    name: 'the idea of V-ing, put forward by X',
    agents: ['name', 'role name', 'side'],
    build: (a, _c, tp) => ({
      text: `The idea of ${tp.ing} ${tp.obj}, put forward by ${a.obj}, found wide support.`,
      key: `${tp.ing} ${tp.obj}`,
    }),
  },
  {
    name: 'the Adj proposal to',
    agents: ['name', 'name', 'name'],
    agentTag: 'adjective',
    build: (_a, c, tp) => ({
      text: `The ministers considered the ${c.adj} proposal to ${tp.base} ${tp.obj}.`,
      key: `${tp.base} ${tp.obj}`,
    }),
  },
  {
    name: "X's initiative on",
    agents: ['name', 'capital', 'adjective role name'],
    build: (a, _c, tp) =>
      a.poss
        ? {
            text: `${capitalise(a.poss)} initiative on ${tp.ing} ${tp.obj} was included in the final document.`,
            key: `${tp.ing} ${tp.obj}`,
          }
        : null,
  },
  {
    name: "X's offer to host",
    agents: ['name', 'capital', 'role name'],
    build: (a, c) => {
      if (!a.poss) return null;
      const ev = pick(EVENTS, c.code.charCodeAt(0));
      return {
        text: `${capitalise(a.poss)} offer to host the next ${ev} was accepted.`,
        key: `host the next ${ev}`,
      };
    },
  },
  {
    name: "X's plan / call / suggestion",
    agents: ['name', 'adjective role name', 'capital'],
    build: (a, c, tp) => {
      if (!a.poss) return null;
      const noun = pick(['plan to', 'suggestion to', 'call to', 'recommendation to'], c.name.length);
      return {
        text: `Several delegations backed ${a.poss} ${noun} ${tp.base} ${tp.obj}.`,
        key: `${tp.base} ${tp.obj}`,
      };
    },
  },
  {
    name: 'the X concept of',
    agents: ['name', 'name', 'name'],
    agentTag: 'adjective',
    build: (_a, c) => {
      const vi = pick(VISIONS, c.code.charCodeAt(1));
      return { text: `The ${c.adj} concept of ${vi} drew interest from observers.`, key: vi };
    },
  },
];

function nominalCases(): Case[] {
  const out: Case[] = [];
  let i = 0;
  for (const n of NOMINALS) {
    for (const kind of n.agents) {
      i++;
      const { a, c } = makeAgent(kind, i * 5 + 4);
      const tp = pick(TOPICS, i * 3 + 1);
      const built = n.build(a, c, tp);
      if (!built) throw new Error(`nominal template ${n.name} cannot take agent ${kind}`);
      out.push({
        id: `nominal-${out.length}`,
        capability: 'nominal forms',
        tags: { template: n.name, agent: n.agentTag ?? kind },
        text: a.lead ? `${a.lead} ${built.text}` : built.text,
        proposers: a.codes,
        key: built.key,
        forbidden: [],
      });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Agents
// ---------------------------------------------------------------------------------------------

const ALL_AGENTS: readonly AgentKind[] = [
  'name',
  'long form',
  'adjective role name',
  'role name',
  "country's role name",
  'appositive',
  'surname',
  'side',
  'delegation',
  'adjective role',
  'role of country',
  'pronoun',
  'capital',
  'joint',
];

const AGENT_SENTENCES: readonly ((a: Agent, tp: Topic) => { clause: string; key: string })[] = [
  (a, tp) => ({ clause: `${a.subj} proposed to ${tp.base} ${tp.obj}`, key: `${tp.base} ${tp.obj}` }),
  (a, tp) => ({ clause: `${a.subj} suggested ${tp.ing} ${tp.obj}`, key: `${tp.ing} ${tp.obj}` }),
  (a, tp) => ({ clause: `${a.subj} called for ${tp.nom} ${tp.obj}`, key: `${dropThe(tp.nom)} ${tp.obj}` }),
  (a, tp) => ({
    clause: `${a.subj} put forward an initiative to ${tp.base} ${tp.obj}`,
    key: `${tp.base} ${tp.obj}`,
  }),
  (a, tp) => ({ clause: `${a.subj} offered to ${tp.base} ${tp.obj}`, key: `${tp.base} ${tp.obj}` }),
];

function agentCases(): Case[] {
  const out: Case[] = [];
  let i = 0;
  for (const kind of ALL_AGENTS) {
    for (let j = 0; j < AGENT_SENTENCES.length; j++) {
      i++;
      const { a } = makeAgent(kind, i * 7 + 5);
      const tp = pick(TOPICS, i * 13 + 5);
      const { clause, key } = pick(AGENT_SENTENCES, j)(a, tp);
      out.push({
        id: `agent-${out.length}`,
        capability: 'agents',
        tags: { agent: kind, template: String(j) },
        text: sentence(a, clause, i),
        proposers: a.codes,
        key,
        forbidden: [],
      });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Complements
// ---------------------------------------------------------------------------------------------

function complementCases(): Case[] {
  const out: Case[] = [];
  const push = (c: Omit<Case, 'id' | 'capability' | 'forbidden'>): void => {
    out.push({ id: `complement-${out.length}`, capability: 'complements', forbidden: [], ...c });
  };
  const verbs = ['proposed', 'suggested', 'recommended', 'advocated', 'called for'];
  for (let i = 0; i < 10; i++) {
    const kind = pick(['name', 'adjective role name', 'side', 'capital', 'long form'] as const, i);
    const { a } = makeAgent(kind, i * 3 + 7);
    const tp = pick(TOPICS, i * 7 + 9);
    const tp2 = pick(TOPICS, i * 7 + 12);
    const tp3 = pick(TOPICS, i * 7 + 15);
    const verb = pick(verbs, i);
    const tag = (complement: string) => ({ agent: kind, complement, verb });
    // noun phrase, to-infinitive, gerund, that-clause, on/for phrase
    push({
      tags: tag('np'),
      text: sentence(a, `${a.subj} ${verb} ${tp.nom} ${tp.obj}`, i),
      proposers: a.codes,
      key: `${dropThe(tp.nom)} ${tp.obj}`,
    });
    if (verb === 'proposed' || verb === 'suggested' || verb === 'recommended') {
      push({
        tags: tag('inf'),
        text: sentence(a, `${a.subj} ${verb} to ${tp2.base} ${tp2.obj}`, i + 1),
        proposers: a.codes,
        key: `${tp2.base} ${tp2.obj}`,
      });
    } else {
      push({
        tags: tag('inf'),
        text: sentence(a, `${a.subj} ${verb} member states to ${tp2.base} ${tp2.obj}`, i + 1),
        proposers: a.codes,
        key: `${tp2.base} ${tp2.obj}`,
      });
    }
    push({
      tags: tag('ger'),
      text: sentence(a, `${a.subj} ${verb} ${tp3.ing} ${tp3.obj}`, i + 2),
      proposers: a.codes,
      key: `${tp3.ing} ${tp3.obj}`,
    });
    if (verb !== 'called for') {
      push({
        tags: tag('that'),
        text: sentence(a, `${a.subj} ${verb} that the SCO ${tp2.base} ${tp2.obj}`, i + 3),
        proposers: a.codes,
        key: `${tp2.base} ${tp2.obj}`,
      });
    }
    push({
      tags: { ...tag('pp'), verb: 'made a proposal' },
      text: sentence(a, `${a.subj} made a proposal ${i % 2 ? 'on' : 'for'} ${tp.ing} ${tp.obj}`, i + 4),
      proposers: a.codes,
      key: `${tp.ing} ${tp.obj}`,
    });
    // coordinated list: one record per item, each span about the item's length
    const items = [tp, tp2, tp3];
    const gerList = `${tp.ing} ${tp.obj}, ${tp2.ing} ${tp2.obj} and ${tp3.ing} ${tp3.obj}`;
    for (const it of items) {
      const key = `${it.ing} ${it.obj}`;
      push({
        tags: tag('list'),
        text: sentence(a, `${a.subj} ${verb} ${gerList}`, i),
        proposers: a.codes,
        key,
        maxWords: words(key) + 3,
      });
    }
    // a span must end where the clause does
    const bKey = `${tp2.base} ${tp2.obj}`;
    push({
      tags: tag('boundary'),
      text: pick(
        [
          `${capitalise(a.subj)} proposed to ${bKey}, which would meet twice a year.`,
          `${capitalise(a.subj)} suggested to ${bKey} and is ready to cover half of its budget.`,
          `${capitalise(a.subj)} proposed to ${bKey}, adding that the idea had been discussed with neighbours.`,
          `${capitalise(a.subj)} called on partners to ${bKey}, in what would be a first for the region.`,
        ],
        i,
      ),
      proposers: a.codes,
      key: bKey,
      maxWords: words(bKey) + 3,
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Lists and discourse
// ---------------------------------------------------------------------------------------------

interface ListTemplate {
  name: string;
  build: (a: Agent, items: Topic[]) => { text: string; keys: string[] };
}

const ORD = ['first', 'second', 'third', 'fourth'];
const nomItem = (tp: Topic): string => `${tp.nom} ${tp.obj}`;
const nomKey = (tp: Topic): string => `${dropThe(tp.nom)} ${tp.obj}`;
const baseItem = (tp: Topic): string => `${tp.base} ${tp.obj}`;

const LISTS: readonly ListTemplate[] = [
  {
    name: 'N-point proposal: first, ...; second, ...',
    build: (a, items) => ({
      text: `${capitalise(a.subj)} put forward a three-point proposal: ${items
        .map((tp, k) => `${ORD[k]}, ${baseItem(tp)}`)
        .join('; ')}.`,
      keys: items.map(baseItem),
    }),
  },
  {
    name: 'Firstly, ... Secondly, ... in following sentences',
    build: (a, items) => ({
      text: `${capitalise(a.subj)} made several proposals at the meeting. ${items
        .map((tp, k) => `${capitalise(ORD[k] ?? '')}ly, member states should ${baseItem(tp)}.`)
        .join(' ')}`,
      keys: items.map(baseItem),
    }),
  },
  {
    name: 'the following: dash bullets',
    build: (a, items) => ({
      text: `${capitalise(a.subj)} proposed the following:\n${items.map((tp) => `- ${nomItem(tp)};`).join('\n')}`,
      keys: items.map(nomKey),
    }),
  },
  {
    name: 'numbered bullets',
    build: (a, items) => ({
      text: `${capitalise(a.subj)} put forward several initiatives:\n${items.map((tp, k) => `${k + 1}. ${capitalise(baseItem(tp))}.`).join('\n')}`,
      keys: items.map(baseItem),
    }),
  },
  {
    name: 'symbol bullets',
    build: (a, items) => ({
      text: `${capitalise(a.subj)} offered three ideas to the summit.\n${items.map((tp) => `• ${capitalise(nomItem(tp))}.`).join('\n')}`,
      keys: items.map(nomKey),
    }),
  },
  {
    name: 'ideas including A, B and C',
    build: (a, items) => ({
      text: `${capitalise(a.subj)} proposed several ideas for the SCO, including ${items
        .map((tp) => `${tp.ing} ${tp.obj}`)
        .join(', ')
        .replace(/, ([^,]*)$/, ' and $1')}.`,
      keys: items.map((tp) => `${tp.ing} ${tp.obj}`),
    }),
  },
  {
    name: 'First, ... Second, ... with we should',
    build: (a, items) => ({
      text: `${capitalise(a.subj)} set out a plan of three points. ${items
        .map((tp, k) => `${capitalise(ORD[k] ?? '')}, we should ${baseItem(tp)}.`)
        .join(' ')}`,
      keys: items.map(baseItem),
    }),
  },
];

function listCases(): Case[] {
  const out: Case[] = [];
  let i = 0;
  for (const lt of LISTS) {
    for (const kind of ['name', 'adjective role name', 'side'] as const) {
      i++;
      const { a } = makeAgent(kind, i * 5 + 6);
      const items = [pick(TOPICS, i * 3), pick(TOPICS, i * 3 + 1), pick(TOPICS, i * 3 + 2)];
      const { text, keys } = lt.build(a, items);
      for (const key of keys) {
        out.push({
          id: `list-${out.length}`,
          capability: 'lists and discourse',
          tags: { template: lt.name, agent: kind },
          text: a.lead ? `${a.lead} ${text}` : text,
          proposers: a.codes,
          key,
          maxWords: words(key) + 6,
          forbidden: [],
        });
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Negatives
// ---------------------------------------------------------------------------------------------

type NegBuild = (a: Agent, c: Country, tp: Topic, b: Agent) => Omit<Case, 'id' | 'capability' | 'tags'>;

const none = (text: string): Omit<Case, 'id' | 'capability' | 'tags'> => ({
  text,
  proposers: null,
  key: '',
  forbidden: 'any',
});

const NEGATIVES: Record<string, readonly NegBuild[]> = {
  negation: [
    (a, _c, tp) => none(`${capitalise(a.subj)} did not propose ${tp.ing} ${tp.obj}.`),
    (a, _c, tp) => none(`${capitalise(a.subj)} has never suggested ${tp.nom} ${tp.obj}.`),
    (a, _c, tp) => none(`${capitalise(a.subj)} did not call for ${tp.nom} ${tp.obj} at the meeting.`),
    (a, _c, tp) =>
      none(`${capitalise(a.subj)} ${a.plural ? 'are' : 'is'} not ready to ${tp.base} ${tp.obj}.`),
    (a, _c, tp) =>
      none(`${capitalise(a.subj)} ${a.plural ? 'have' : 'has'} no plans to ${tp.base} ${tp.obj}.`),
    (a, _c, tp) => none(`${capitalise(a.subj)} rejected the idea of ${tp.ing} ${tp.obj}.`),
    (a, _c, tp) => none(`${capitalise(a.subj)} would not support ${tp.nom} ${tp.obj}.`),
  ],
  question: [
    (a, _c, tp) => none(`Will ${a.subj} propose ${tp.ing} ${tp.obj}?`),
    (a, _c, tp) => none(`Did ${a.subj} suggest ${tp.nom} ${tp.obj}?`),
    (a, _c, tp) => none(`Why has ${a.subj} not offered to ${tp.base} ${tp.obj}?`),
    (a, _c, tp) => none(`${a.plural ? 'Are' : 'Is'} ${a.subj} ready to ${tp.base} ${tp.obj}?`),
  ],
  conditional: [
    (a, _c, tp) =>
      none(`If ${a.subj} proposed ${tp.ing} ${tp.obj}, the other members would consider it carefully.`),
    (a, _c, tp) => none(`Should ${a.subj} offer to ${tp.base} ${tp.obj}, the council would welcome it.`),
    (a, _c, tp) =>
      none(
        `Unless ${a.subj} ${a.plural ? 'suggest' : 'suggests'} ${tp.nom} ${tp.obj}, the issue will stay open.`,
      ),
    (a, _c, tp) => none(`Were ${a.subj} to call for ${tp.nom} ${tp.obj}, the talks would take longer.`),
  ],
  support: [
    (a, _c, tp, b) => ({
      text: `${capitalise(a.subj)} ${a.plural ? 'support' : 'supports'} ${b.poss ?? `${b.obj}'s`} proposal to ${tp.base} ${tp.obj}.`,
      proposers: b.codes,
      key: `${tp.base} ${tp.obj}`,
      forbidden: a.codes.filter((x) => !b.codes.includes(x)),
    }),
    (a, _c, tp, b) => ({
      text: `${capitalise(a.subj)} welcomed the initiative of ${b.obj} on ${tp.ing} ${tp.obj}.`,
      proposers: b.codes,
      key: `${tp.ing} ${tp.obj}`,
      forbidden: a.codes.filter((x) => !b.codes.includes(x)),
    }),
    (a, _c, tp, b) => ({
      text: `${capitalise(a.subj)} expressed support for the proposal put forward by ${b.obj} to ${tp.base} ${tp.obj}.`,
      proposers: b.codes,
      key: `${tp.base} ${tp.obj}`,
      forbidden: a.codes.filter((x) => !b.codes.includes(x)),
    }),
    (a, _c, tp, b) => ({
      text: `${capitalise(a.subj)} backed ${b.poss ?? `${b.obj}'s`} call for ${tp.nom} ${tp.obj}.`,
      proposers: b.codes,
      key: `${dropThe(tp.nom)} ${tp.obj}`,
      forbidden: a.codes.filter((x) => !b.codes.includes(x)),
    }),
    (a, _c, _tp, b) => ({
      text: `${capitalise(a.subj)} endorsed ${b.poss ?? `${b.obj}'s`} initiative.`,
      proposers: null,
      key: '',
      forbidden: a.codes.filter((x) => !b.codes.includes(x)),
    }),
  ],
  collective: [
    (_a, _c, tp) => none(`The member states agreed to ${tp.base} ${tp.obj}.`),
    (_a, _c, tp) => none(`The heads of state decided to ${tp.base} ${tp.obj} by 2030.`),
    (_a, _c, tp) => none(`The SCO will ${tp.base} ${tp.obj}.`),
    (_a, _c, tp) => none(`The foreign ministers proposed ${tp.ing} ${tp.obj}.`),
    (_a, _c, tp) => none(`The parties called for ${tp.nom} ${tp.obj}.`),
    (_a, _c, tp) => none(`Member states should ${tp.base} ${tp.obj}, the declaration says.`),
    (_a, _c, tp) => none(`The Council of Heads of Government recommended ${tp.ing} ${tp.obj}.`),
  ],
  'SCO official': [
    (_a, _c, tp) => none(`SCO Secretary-General Nurlan Yermekbayev proposed ${tp.ing} ${tp.obj}.`),
    (_a, _c, tp) => none(`The SCO Secretary-General suggested ${tp.nom} ${tp.obj}.`),
    (_a, _c, tp) =>
      none(
        `The Director of the SCO RATS Executive Committee, Ularbek Sharsheev, called for ${tp.nom} ${tp.obj}.`,
      ),
    (_a, _c, tp) => none(`The SCO Secretariat put forward an initiative to ${tp.base} ${tp.obj}.`),
  ],
  'bare mention': [
    (a, c) => none(`${capitalise(a.subj)} chaired the meeting in ${c.capital} last week.`),
    (a, _c, tp) => none(`The delegation of ${a.obj} attended the session on ${tp.nom} ${tp.obj}.`),
    (a) =>
      none(`${capitalise(a.subj)} ${a.plural ? 'are founding members' : 'is a founding member'} of the SCO.`),
    (a, _c, tp) => none(`${capitalise(a.subj)} took part in the discussion on ${tp.ing} ${tp.obj}.`),
    (a, _c, tp) => none(`${capitalise(a.subj)} noted the progress made in ${tp.ing} ${tp.obj}.`),
    (a, c) => none(`The talks between ${a.obj} and the SCO Secretariat took place in ${c.capital}.`),
  ],
};

function negativeCases(): Case[] {
  const out: Case[] = [];
  let i = 0;
  for (const [kindOfNegative, builds] of Object.entries(NEGATIVES)) {
    for (let b = 0; b < builds.length; b++) {
      const build = builds[b];
      if (!build) continue;
      const reps = kindOfNegative === 'SCO official' || kindOfNegative === 'collective' ? 2 : 3;
      for (let r = 0; r < reps; r++) {
        i++;
        const kind = pick(
          ['name', 'adjective role name', 'side', 'capital', 'long form', 'joint'] as const,
          i,
        );
        const { a, c } = makeAgent(kind, i * 7 + 1);
        const other = agent(
          pick(['name', 'name', 'adjective role name', 'capital'] as const, i),
          pick(COUNTRIES, i * 7 + 4),
        );
        const tp = pick(TOPICS, i * 5 + 3);
        const built = build(a, c, tp, other);
        out.push({
          id: `negative-${out.length}`,
          capability: 'negatives',
          tags: { negative: kindOfNegative, template: String(b), agent: kind },
          ...built,
          text: a.lead ? `${a.lead} ${built.text}` : built.text,
        });
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Hand-written cases: forms the tables above do not produce
// ---------------------------------------------------------------------------------------------

const HAND: readonly Omit<Case, 'id' | 'tags'>[] = [
  {
    capability: 'verb triggers',
    text: 'Bishkek proposed, as a first step, to map the glaciers of the Tian Shan together.',
    proposers: ['KGZ'],
    key: 'map the glaciers of the Tian Shan',
    forbidden: [],
  },
  {
    capability: 'verb triggers',
    text: 'In his address, President Serdar Berdimuhamedov suggested drawing up a common strategy for the Caspian fisheries.',
    proposers: ['TKM'],
    key: 'drawing up a common strategy for the Caspian fisheries',
    forbidden: [],
  },
  {
    capability: 'verb triggers',
    text: 'Foreign Minister Hakan Fidan urged the SCO partners to open a joint office for earthquake rescue.',
    proposers: ['TUR'],
    key: 'open a joint office for earthquake rescue',
    forbidden: [],
  },
  {
    capability: 'verb triggers',
    text: 'Mongolia recommended that the organisation study the migration routes of wild camels.',
    proposers: ['MNG'],
    key: 'study the migration routes of wild camels',
    forbidden: [],
  },
  {
    capability: 'inflection and voice',
    text: 'A register of nomadic heritage sites has been proposed by the Mongolian side.',
    proposers: ['MNG'],
    key: 'register of nomadic heritage sites',
    forbidden: [],
  },
  {
    capability: 'inflection and voice',
    text: 'Addressing the gathering, Prime Minister Narendra Modi proposed that partners pool their research on millets.',
    proposers: ['IND'],
    key: 'pool their research on millets',
    forbidden: [],
  },
  {
    capability: 'inflection and voice',
    text: 'The Pakistani side, recommending the launch of a youth cricket league, spoke of sport as a bridge.',
    proposers: ['PAK'],
    key: 'launch of a youth cricket league',
    forbidden: [],
  },
  {
    capability: 'inflection and voice',
    text: 'Russia is proposing to hold a week of joint film premieres in the autumn.',
    proposers: ['RUS'],
    key: 'hold a week of joint film premieres',
    forbidden: [],
  },
  {
    capability: 'pledges',
    text: 'Astana will organise a school of water engineering for students from all member states.',
    proposers: ['KAZ'],
    key: 'school of water engineering',
    forbidden: [],
  },
  {
    capability: 'pledges',
    text: 'Tajikistan is ready to provide its mountain camps for joint rescue exercises.',
    proposers: ['TJK'],
    key: 'provide its mountain camps for joint rescue exercises',
    forbidden: [],
  },
  {
    capability: 'pledges',
    text: 'Belarus intends to open a centre for precision farming that partners will be able to use.',
    proposers: ['BLR'],
    key: 'open a centre for precision farming',
    forbidden: [],
  },
  {
    capability: 'nominal forms',
    text: "Uzbekistan's initiative to found an SCO institute of Silk Road studies was welcomed.",
    proposers: ['UZB'],
    key: 'found an SCO institute of Silk Road studies',
    forbidden: [],
  },
  {
    capability: 'nominal forms',
    text: 'The Kazakhstan-initiated dialogue on nuclear safety met for the third time.',
    proposers: ['KAZ'],
    key: 'dialogue on nuclear safety',
    forbidden: [],
  },
  {
    capability: 'nominal forms',
    text: 'The leaders noted the suggestion of the Iranian side to link the ports of the Gulf with Central Asian railways.',
    proposers: ['IRN'],
    key: 'link the ports of the Gulf with Central Asian railways',
    forbidden: [],
  },
  {
    capability: 'nominal forms',
    text: "China's Global Civilization Initiative was praised by the guests.",
    proposers: ['CHN'],
    key: 'Global Civilization Initiative',
    forbidden: [],
  },
  {
    capability: 'agents',
    text: 'Kyrgyz President Sadyr Japarov met the press after the summit. He proposed to declare a decade of mountain development.',
    proposers: ['KGZ'],
    key: 'declare a decade of mountain development',
    forbidden: [],
  },
  {
    capability: 'agents',
    text: 'Pakistan and Iran jointly proposed a corridor for electricity trade.',
    proposers: ['IRN', 'PAK'],
    key: 'corridor for electricity trade',
    forbidden: [],
  },
  {
    capability: 'agents',
    text: 'The Tajik Foreign Ministry suggested a convention on the protection of glaciers.',
    proposers: ['TJK'],
    key: 'convention on the protection of glaciers',
    forbidden: [],
  },
  {
    capability: 'agents',
    text: 'Minsk offered to host a fair of agricultural machinery for SCO partners.',
    proposers: ['BLR'],
    key: 'host a fair of agricultural machinery',
    forbidden: [],
  },
  {
    capability: 'complements',
    text: 'India proposed a mission on traditional medicine and a network of yoga teachers.',
    proposers: ['IND'],
    key: 'mission on traditional medicine',
    maxWords: 7,
    forbidden: [],
  },
  {
    capability: 'complements',
    text: 'India proposed a mission on traditional medicine and a network of yoga teachers.',
    proposers: ['IND'],
    key: 'network of yoga teachers',
    maxWords: 7,
    forbidden: [],
  },
  {
    capability: 'complements',
    text: 'Turkmenistan suggested that a gas council be formed under the SCO.',
    proposers: ['TKM'],
    key: 'gas council',
    forbidden: [],
  },
  {
    capability: 'lists and discourse',
    text: 'Uzbekistan put forward two proposals. First, to set up a fund for water-saving technology. Second, to hold a forum of river basin authorities.',
    proposers: ['UZB'],
    key: 'set up a fund for water-saving technology',
    forbidden: [],
  },
  {
    capability: 'lists and discourse',
    text: 'Uzbekistan put forward two proposals. First, to set up a fund for water-saving technology. Second, to hold a forum of river basin authorities.',
    proposers: ['UZB'],
    key: 'hold a forum of river basin authorities',
    forbidden: [],
  },
  {
    capability: 'lists and discourse',
    text: 'The Russian President listed his proposals:\n* a register of joint ventures;\n* a school of SCO interpreters.',
    proposers: ['RUS'],
    key: 'school of SCO interpreters',
    forbidden: [],
  },
  {
    capability: 'negatives',
    text: 'Kazakhstan opposed the proposal to create a common currency.',
    proposers: null,
    key: '',
    forbidden: ['KAZ'],
  },
  {
    capability: 'negatives',
    text: 'The proposal to create a common currency was not discussed by India.',
    proposers: null,
    key: '',
    forbidden: ['IND'],
  },
  {
    capability: 'negatives',
    text: 'Observers asked whether Pakistan would propose a new arbitration body.',
    proposers: null,
    key: '',
    forbidden: 'any',
  },
  {
    capability: 'negatives',
    text: "Mongolia supported China's initiative on a green silk road.",
    proposers: ['CHN'],
    key: 'green silk road',
    forbidden: ['MNG'],
  },
  {
    capability: 'negatives',
    text: 'The member states welcomed the results of the year of culture and agreed to continue the exchange.',
    proposers: null,
    key: '',
    forbidden: 'any',
  },
  {
    capability: 'negatives',
    text: 'The summit took place in Astana on 4 July 2024.',
    proposers: null,
    key: '',
    forbidden: 'any',
  },
  {
    capability: 'negatives',
    text: 'It is not clear whether Iran will suggest a mechanism for oil swaps.',
    proposers: null,
    key: '',
    forbidden: 'any',
  },
  {
    capability: 'agents',
    text: '"We propose to create an SCO register of mountain rescue teams," Tokayev said.',
    proposers: ['KAZ'],
    key: 'register of mountain rescue teams',
    forbidden: [],
  },
  {
    capability: 'agents',
    text: 'Japarov said: "The SCO should set up a fund for clean cooking stoves."',
    proposers: ['KGZ'],
    key: 'fund for clean cooking stoves',
    forbidden: [],
  },
  {
    capability: 'agents',
    text: 'According to Mirziyoyev, the organisation must open a centre for silk weaving.',
    proposers: ['UZB'],
    key: 'centre for silk weaving',
    forbidden: [],
  },
  {
    capability: 'agents',
    text: '"Belarus is ready to supply tractors to partners on easy terms," Lukashenko told the summit.',
    proposers: ['BLR'],
    key: 'supply tractors',
    forbidden: [],
  },
  {
    capability: 'agents',
    text: 'Pezeshkian told reporters that Iran would propose a shipping line across the Caspian.',
    proposers: ['IRN'],
    key: 'shipping line across the Caspian',
    forbidden: [],
  },
  {
    capability: 'agents',
    text: 'The Chinese Foreign Ministry said Beijing plans to host a forum on rural revitalisation.',
    proposers: ['CHN'],
    key: 'forum on rural revitalisation',
    forbidden: [],
  },
  {
    capability: 'pledges',
    text: 'Rahmon announced that Tajikistan will host a conference on glaciers in 2027.',
    proposers: ['TJK'],
    key: 'conference on glaciers',
    forbidden: [],
  },
  {
    capability: 'pledges',
    text: 'Modi said India would train SCO engineers in space technology.',
    proposers: ['IND'],
    key: 'SCO engineers in space technology',
    forbidden: [],
  },
  {
    capability: 'complements',
    text: 'Kyrgyzstan proposed a festival of epic poetry; the idea was later adopted.',
    proposers: ['KGZ'],
    key: 'festival of epic poetry',
    maxWords: 7,
    forbidden: [],
  },
  {
    capability: 'complements',
    text: 'Turkmenistan suggested building a gas pipeline to China, which Beijing welcomed.',
    proposers: ['TKM'],
    key: 'building a gas pipeline to China',
    maxWords: 9,
    forbidden: ['CHN'],
  },
  {
    capability: 'complements',
    text: 'Pakistan proposed that a working group on flood relief be formed.',
    proposers: ['PAK'],
    key: 'working group on flood relief',
    forbidden: [],
  },
  {
    capability: 'lists and discourse',
    text: 'Kazakhstan offered the following ideas:\na) a network of agricultural universities;\nb) a forum of regional governors.',
    proposers: ['KAZ'],
    key: 'network of agricultural universities',
    maxWords: 10,
    forbidden: [],
  },
  {
    capability: 'lists and discourse',
    text: 'Kazakhstan offered the following ideas:\na) a network of agricultural universities;\nb) a forum of regional governors.',
    proposers: ['KAZ'],
    key: 'forum of regional governors',
    maxWords: 10,
    forbidden: [],
  },
  {
    capability: 'nominal forms',
    text: 'The proposal, made by Kyrgyzstan, to set up a centre for nomad games drew wide interest.',
    proposers: ['KGZ'],
    key: 'set up a centre for nomad games',
    forbidden: [],
  },
  {
    capability: 'nominal forms',
    text: 'Under the Chinese initiative, a youth exchange camp for robotics will be held every summer.',
    proposers: ['CHN'],
    key: 'youth exchange camp for robotics',
    forbidden: [],
  },
  {
    capability: 'inflection and voice',
    text: 'A fund for mountain schools, proposed by Kyrgyzstan last year, will start work in 2026.',
    proposers: ['KGZ'],
    key: 'fund for mountain schools',
    forbidden: [],
  },
  {
    capability: 'inflection and voice',
    text: 'Uzbekistan has repeatedly proposed a transport corridor through Afghanistan.',
    proposers: ['UZB'],
    key: 'transport corridor through Afghanistan',
    forbidden: ['AFG'],
  },
  {
    capability: 'negatives',
    text: 'Russia did not support the proposal to create a common currency.',
    proposers: null,
    key: '',
    forbidden: ['RUS'],
  },
  {
    capability: 'negatives',
    text: "The SCO Secretary-General welcomed Uzbekistan's proposal to open a tourism office.",
    proposers: ['UZB'],
    key: 'open a tourism office',
    forbidden: [],
  },
  {
    capability: 'negatives',
    text: 'Nobody proposed a single currency at the summit.',
    proposers: null,
    key: '',
    forbidden: 'any',
  },
  {
    capability: 'negatives',
    text: 'India has yet to propose a date for the next meeting.',
    proposers: null,
    key: '',
    forbidden: 'any',
  },
];

export function buildCases(): Case[] {
  thatCount = 0;
  const generated = [
    ...verbTriggerCases(),
    ...inflectionCases(),
    ...pledgeCases(),
    ...nominalCases(),
    ...agentCases(),
    ...complementCases(),
    ...listCases(),
    ...negativeCases(),
  ];
  const hand = HAND.map((h, k): Case => ({ ...h, id: `hand-${k}`, tags: { template: 'hand-written' } }));
  return [...generated, ...hand];
}
