import { describe, expect, it } from 'vitest';
import { extract, proposals } from '../helpers.js';

describe('attribute: who proposed', () => {
  it.each([
    [
      'Belarus supports Tajikistan’s initiative to set up an anti-drug center.',
      ['TJK'],
      'set up an anti-drug center',
    ],
    [
      'Kyrgyzstan backed the proposal of Uzbekistan to create a regional transport centre.',
      ['UZB'],
      'regional transport centre',
    ],
    [
      'India welcomed China’s proposal to hold an SCO forum on traditional medicine.',
      ['CHN'],
      'traditional medicine',
    ],
    [
      'Russia and China proposed to create an SCO payment system.',
      ['CHN', 'RUS'],
      'create an SCO payment system',
    ],
    [
      'China and Russia jointly proposed a draft treaty on outer space.',
      ['CHN', 'RUS'],
      'a draft treaty on outer space',
    ],
    [
      'During the summit, Russia and China proposed enhanced cooperation in space projects.',
      ['CHN', 'RUS'],
      'space projects',
    ],
    [
      'Xinhua reported that Kazakhstan proposed to create an SCO investment fund.',
      ['KAZ'],
      'SCO investment fund',
    ],
    ['The Kyrgyz side proposed to hold the SCO Year of Culture in 2026.', ['KGZ'], 'SCO Year of Culture'],
    [
      'In November 2006, at an international conference held in Almaty, the representative of the Russian Foreign Ministry announced that Russia was developing plans for an SCO "Energy Club".',
      ['RUS'],
      'Energy Club',
    ],
    [
      'The SCO+ forum format was initiated by the United Russia party in October 2020.',
      ['RUS'],
      'SCO+ forum format',
    ],
  ])('%j -> %j', (text, proposers, initiative) => {
    const records = proposals(text);
    expect(records).toHaveLength(1);
    expect(records[0]?.proposers).toEqual(proposers);
    expect(records[0]?.initiative).toContain(initiative);
  });
});

describe('attribute: persons', () => {
  it.each([
    [
      'Facing issues such as glacier melt and water resource reduction, Kazakhstan’s President Tokayev proposed an action plan to address the degradation of water sources.',
      'KAZ',
      'Tokayev',
    ],
    [
      'Russian President Vladimir Putin also offered to organize major sporting events within the SCO framework.',
      'RUS',
      'Vladimir Putin',
    ],
    [
      'During the 2019 Bishkek summit, Pakistani Prime Minister Imran Khan suggested taking steps to trade in local currencies.',
      'PAK',
      'Imran Khan',
    ],
    [
      'The summit was held on 4 July 2024 in Astana.\n\nTokayev proposed to create an SCO water council.',
      'KAZ',
      'Tokayev',
    ],
    [
      'Kazakh President Tokayev addressed the meeting. He called for the creation of an SCO water council.',
      'KAZ',
      'Tokayev',
    ],
    [
      'Russian President Vladimir Putin addressed the summit. He also urged the member states to develop a common payment infrastructure.',
      'RUS',
      'Vladimir Putin',
    ],
    [
      'Chinese President Xi Jinping attended the summit. He proposed to set up an SCO development bank.',
      'CHN',
      'Xi Jinping',
    ],
  ])('%j -> %s (%s)', (text, code, person) => {
    const records = proposals(text);
    expect(records).toHaveLength(1);
    expect(records[0]?.proposers).toEqual([code]);
    expect(records[0]?.person).toBe(person);
  });

  // mainPerson() prefers the first-named person of the window over the one "He" follows.
  it('"He" after a second named person is that person', () => {
    const records = proposals(
      'Chinese President Xi Jinping spoke first. Then Indian Prime Minister Narendra Modi took the floor. He also urged the member states to fight terrorism financing.',
    );
    expect(records.map((r) => [r.proposers, r.person])).toEqual([[['IND'], 'Narendra Modi']]);
  });

  it.each([
    ['The SCO Secretary-General proposed to hold a forum on digital economy.'],
    ['Xinhua reported that the member states agreed to open an SCO centre in Tashkent.'],
    ['The member states decided to establish an SCO centre for information security.'],
    ['The meeting was held in Moscow. The foreign ministers agreed to hold the next meeting in Astana.'],
  ])('%j has no country proposer', (text) => {
    expect(proposals(text)).toEqual([]);
  });
});

describe('attribute: dates', () => {
  const dated = (text: string) => extract(text).initiatives.map((r) => [r.initiative, r.date, r.date_source]);

  it.each([
    [
      'In June 2009, at the Yekaterinburg Summit, China announced plans to provide a loan to other SCO member states.',
      [['provide a loan to other SCO member states', '2009-06', 'sentence']],
    ],
    [
      'The summit was held on 10 June 2024 in Astana.\n\nIn June 2009, at the Yekaterinburg Summit, China announced plans to provide a loan to other SCO member states.\n\nRussia proposed to create an SCO energy club.',
      [
        ['provide a loan to other SCO member states', '2009-06', 'sentence'],
        ['create an SCO energy club', '2024-06-10', 'document'],
      ],
    ],
    [
      'Since 2018, Pakistan has advocated for a regional mechanism on water management.',
      [['a regional mechanism on water management', '2018', 'sentence']],
    ],
    [
      'In June 2017, India and Pakistan joined the SCO. India proposed to set up a startup forum.',
      [['set up a startup forum', '2017-06', 'paragraph']],
    ],
    [
      'India is ready to host an SCO startup forum in 2024.',
      [['host an SCO startup forum in 2024', null, null]],
    ],
    [
      'The meeting was held on 10 November 2020.\n\nThe member states noted the initiative by the Republic of Kazakhstan to form a pool of modern technology parks.',
      [['form a pool of modern technology parks', '2020-11-10', 'document']],
    ],
    // A weekday is the closest such day on or before the document date (here a Friday).
    [
      ' date 2024-10-04 ASTANA, Oct 4 (Reuters) - Kazakhstan on Wednesday proposed to create a regional water council.',
      [['create a regional water council', '2024-10-02', 'sentence']],
    ],
    // A proposal at the meeting the document reports takes the document's date ...
    [
      'TASHKENT, May 20, 2019 (Xinhua) -- Uzbekistan proposed to create a regional tourism council.',
      [['create a regional tourism council', '2019-05-20', 'document']],
    ],
    // ... one the text dates itself takes that date ...
    [
      'TASHKENT, May 20, 2019 (Xinhua) -- In 2017 Uzbekistan proposed to create a regional tourism council.',
      [['create a regional tourism council', '2017', 'sentence']],
    ],
    // ... and an older one mentioned in passing has no date unless the text gives one.
    [
      'TASHKENT, May 20, 2019 (Xinhua) -- India has long proposed to set up a regional seed bank.',
      [['set up a regional seed bank', null, null]],
    ],
  ])('%j', (text, expected) => {
    expect(dated(text)).toEqual(expected);
  });
});

describe('attribute: theme', () => {
  it('a record takes the heading of its paragraph as its theme', () => {
    const text = [
      'Press Release on the Meeting of the Council of Heads of State',
      'The meeting was held on 10 November 2020.',
      'Economic cooperation',
      'The member states noted the initiative by the Republic of Kazakhstan to form a pool of modern technology parks.',
    ].join('\n\n');
    const [record] = extract(text).initiatives;
    expect(record?.theme).toBe('Economic cooperation');
    expect(record?.proposers).toEqual(['KAZ']);
  });
});
