import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildStages, processText } from '../../pipeline/run.js';
import { formatMatrix, supportGraph } from '../../pipeline/summary.js';
import { StanceSchema } from '../../schemas/stance.js';

const stages = buildStages();
const run = (text: string, date = '2019-06-14', file = 'test.txt') =>
  processText(stages, file, text, file, { date });
const rows = (text: string, date?: string) =>
  run(text, date).stances.map((s) => [s.actor, s.stance, s.owners.join(','), s.inferred] as const);

describe('stances: who backed, welcomed, noted or withheld support from whose initiative', () => {
  it.each([
    // a country for another's initiative
    [
      'Kazakhstan supports China’s proposal to set up an SCO development bank.',
      [['KAZ', 'support', 'CHN', false]],
    ],
    [
      'Russia and India backed the Chinese proposal to hold an SCO film festival.',
      [
        ['RUS', 'support', 'CHN', false],
        ['IND', 'support', 'CHN', false],
      ],
    ],
    // collective answers
    [
      'The member states noted the initiative by the Republic of India to establish a startup forum.',
      [['SCO', 'note', 'IND', false]],
    ],
    [
      'The leaders welcomed Uzbekistan’s initiative to hold a forum on connectivity.',
      [['SCO', 'welcome', 'UZB', false]],
    ],
    [
      'The participants expressed support for Kyrgyzstan’s proposal to create a mountain research centre.',
      [['SCO', 'support', 'KGZ', false]],
    ],
    [
      'The member states have taken note of the proposal of Tajikistan to hold a water conference.',
      [['SCO', 'note', 'TJK', false]],
    ],
    // withholding and opposition
    [
      'India did not endorse China’s proposal to create a common currency.',
      [['IND', 'reservation', 'CHN', false]],
    ],
    ['Turkmenistan refused to join Russia’s initiative on a gas union.', [['TKM', 'oppose', 'RUS', false]]],
    [
      'Pakistan expressed reservations about India’s proposal to hold a joint exhibition.',
      [['PAK', 'reservation', 'IND', false]],
    ],
    [
      'Kyrgyzstan opposed the proposal of Uzbekistan to build a dam on the river.',
      [['KGZ', 'oppose', 'UZB', false]],
    ],
    [
      'Uzbekistan declined to back Tajikistan’s initiative on a water fund.',
      [['UZB', 'reservation', 'TJK', false]],
    ],
    [
      'Russia, China and Iran expressed strong opposition to the US proposal on sanctions.',
      [
        ['RUS', 'oppose', 'USA', false],
        ['CHN', 'oppose', 'USA', false],
        ['IRN', 'oppose', 'USA', false],
      ],
    ],
    // a coordinated predicate shares the subject of the sentence
    [
      'Kazakhstan welcomed the participation of Belarus and supported the proposal of Uzbekistan to create a transport centre.',
      [['KAZ', 'support', 'UZB', false]],
    ],
    // a stance noun with its own agent: the possessor, or an of-phrase
    [
      'Russia’s support for Kazakhstan’s initiative to build a logistics hub was confirmed.',
      [['RUS', 'support', 'KAZ', false]],
    ],
    [
      'The backing of the member states for Turkmenistan’s proposal to build a gas pipeline was noted in the communique.',
      [['SCO', 'support', 'TKM', false]],
    ],
    // support for an owner's efforts on a named initiative
    [
      'The member states confirmed their support for Kyrgyzstan’s efforts on the 2023-2027 Five Years of Action for Mountain Regions initiative.',
      [['SCO', 'support', 'KGZ', false]],
    ],
    // passive with a by-agent
    [
      'The proposal of Iran to create a single currency was supported by Belarus.',
      [['BLR', 'support', 'IRN', false]],
    ],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it('an organisation and its officials: "Welcoming the initiative, the UN Secretary-General ..."', () => {
    const text =
      'President Tokayev proposed creating a regional water centre in Almaty. Welcoming the initiative, the UN Secretary-General said water was a shared concern.';
    expect(rows(text, '2024-07-04')).toEqual([['UN', 'welcome', 'KAZ', false]]);
  });

  it('"other SCO members did not commit themselves to the idea": a withheld stance on the idea just proposed', () => {
    const text =
      'Russia proposed an SCO energy club. Other SCO members, however, did not commit themselves to the idea.';
    expect(rows(text, '2007-11-02')).toEqual([['SCO', 'reservation', 'RUS', false]]);
  });

  it.each([
    // a stance on a proposal of the speaker's own country is not support by another
    'President Tokayev praised Kazakhstan’s initiative to create a water centre.',
    'China welcomed its own proposal to set up an SCO development bank.',
    // a bare mention is no stance
    'China’s Belt and Road Initiative was discussed at the meeting.',
    'India’s proposal to hold a startup forum is on the agenda of the summit.',
    // support for activities, events or documents is no stance on an initiative
    'The ministers supported cooperation in trade and transport.',
    'India refused to endorse the joint statement of the meeting.',
    'The member states welcomed the results of the First SCO Startup Forum.',
    // a complement clause is no object; an abstract "idea of" no initiative
    'India noted that the proposal by China needed more study.',
    'China supports the idea of a multipolar world.',
    // a negated opposition is no stance either
    'India did not oppose China’s proposal to create a common currency.',
    // an agentless passive names no actor
    'China’s proposal to create a development bank was welcomed.',
  ])('no stance: %s', (text) => {
    expect(rows(text)).toEqual([]);
  });

  it('a short list of backers in prose infers no not_joined rows', () => {
    const got = rows(
      'Russia and India backed the Chinese proposal to hold an SCO film festival.',
      '2024-07-04',
    );
    expect(got.filter((r) => r[1] === 'not_joined')).toEqual([]);
  });

  it('the SCO answer of a record (sco_response) and its stance row agree', () => {
    const r = run(
      'The member states praised the initiative of Pakistan to establish a working group on poverty.',
    );
    expect(r.initiatives.map((i) => [i.proposers, i.sco_response])).toEqual([[['PAK'], 'praised']]);
    expect(r.stances.map((s) => [s.actor, s.stance, s.initiative_id])).toEqual([
      ['SCO', 'praise', r.initiatives[0]?.id],
    ]);
  });

  it('a country backing another’s initiative makes no proposal of its own', () => {
    const r = run('Kazakhstan supports China’s proposal to set up an SCO development bank.');
    expect(r.initiatives.map((i) => i.proposers)).toEqual([['CHN']]);
  });
});

describe('stances: the 2020 Moscow declaration of the sample', () => {
  const file = '001_03b34fe1c9b4c7e7.txt';
  const text = readFileSync(new URL(`../../corpus/${file}`, import.meta.url), 'utf8');
  const result = processText(stages, file, text);
  const bri = result.stances.filter((s) => s.sentence.startsWith('Reaffirming their support for China'));

  it('the BRI sentence gives six support rows (owners CHN) and one inferred not_joined row for IND', () => {
    expect(bri.filter((s) => s.stance === 'support').map((s) => [s.actor, s.owners, s.inferred])).toEqual(
      ['KAZ', 'KGZ', 'PAK', 'RUS', 'TJK', 'UZB'].map((c) => [c, ['CHN'], false]),
    );
    expect(bri.filter((s) => s.stance === 'not_joined').map((s) => [s.actor, s.owners, s.inferred])).toEqual([
      ['IND', ['CHN'], true],
    ]);
    expect(bri).toHaveLength(7);
    const id = bri[0]?.initiative_id;
    expect(id).toBe(result.initiatives.find((r) => r.initiative === 'Belt and Road Initiative')?.id);
    expect(bri.every((s) => s.initiative_id === id && s.date === '2020-11-10')).toBe(true);
  });

  it('every row is valid, and its sentence offsets find the sentence in the raw file', () => {
    for (const s of result.stances) {
      expect(StanceSchema.safeParse(s).success).toBe(true);
      expect(text.slice(s.sentence_start, s.sentence_end).replace(/\s+/g, ' ').trim()).toBe(s.sentence);
      expect(text.slice(s.cue_start, s.cue_end).replace(/\s+/g, ' ')).toBe(s.cue);
    }
  });

  it('every record with an SCO answer has its stance row', () => {
    const answered = result.initiatives.filter((r) => r.sco_response !== null).map((r) => r.id);
    const covered = new Set(result.stances.map((s) => s.initiative_id));
    expect(answered.filter((id) => !covered.has(id))).toEqual([]);
  });

  it('the support graph and matrix: six countries back China’s BRI, India did not join', () => {
    const graph = supportGraph(result.stances);
    const entry = graph.initiatives.find((i) => i.initiative === 'Belt and Road Initiative');
    expect(entry?.owners).toEqual(['CHN']);
    expect(entry?.years).toEqual([
      {
        year: 2020,
        backers: ['KAZ', 'KGZ', 'PAK', 'RUS', 'TJK', 'UZB'],
        noted: [],
        opposed: [],
        not_joined: ['IND'],
      },
    ]);
    const row = graph.countries.indexOf('KAZ');
    const col = graph.countries.indexOf('CHN');
    expect(graph.matrix[row]?.[col]).toBe(1);
    expect(formatMatrix(graph)).toContain('backer\\owner');
  });
});
