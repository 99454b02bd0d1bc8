import { describe, expect, it } from 'vitest';
import { proposals } from '../helpers.js';

type Row = [text: string, proposers: string[], initiative: string];

/** The record of `rule` in `text`: its proposers, and an initiative that contains `initiative`. */
function expectRecord(text: string, rule: string, proposers: string[], initiative: string): void {
  expect(proposals(text)).toContainEqual(
    expect.objectContaining({ rule, proposers, initiative: expect.stringContaining(initiative) }),
  );
}

const byRule: Record<string, Row[]> = {
  'nominal-of-agent': [
    [
      'The member states note the initiative of the Republic of Uzbekistan to establish a mechanism for facilitating interaction between the heads of agencies in charge of promoting information technology.',
      ['UZB'],
      'establish a mechanism for facilitating interaction',
    ],
    [
      'In this connection, they express appreciation for the initiative of the Islamic Republic of Pakistan to establish a Special Working Group on Poverty Alleviation.',
      ['PAK'],
      'establish a Special Working Group on Poverty Alleviation',
    ],
    [
      'They noted the initiative advanced by the Republic of Tajikistan on creating mechanisms for meetings of the SCO energy ministers.',
      ['TJK'],
      'creating mechanisms for meetings of the SCO energy ministers',
    ],
    [
      'The ministers supported the proposal by Kazakhstan to establish an SCO centre for combating transnational organized crime.',
      ['KAZ'],
      'establish an SCO centre for combating transnational organized crime',
    ],
    [
      'The member states noted the proposals put forward by China and Russia on strengthening food security.',
      ['CHN', 'RUS'],
      'strengthening food security',
    ],
    [
      "They welcomed the work plan proposed by the People's Republic of China as the Chair of the SCO for 2017-2018, and reiterated their support.",
      ['CHN'],
      'work plan',
    ],
  ],
  possessive: [
    [
      'The member states praise India’s proposal to hold, in a digital format, a joint exhibition of the SCO Shared Buddhist Heritage in New Delhi.',
      ['IND'],
      'a joint exhibition of the SCO Shared Buddhist Heritage',
    ],
    [
      'The member states support Kazakhstan’s initiative to declare 2025 the Year of Ecology in the SCO.',
      ['KAZ'],
      'declare 2025 the Year of Ecology',
    ],
    [
      'The member states welcomed Uzbekistan’s proposal to create a Central Asian transport hub.',
      ['UZB'],
      'create a Central Asian transport hub',
    ],
    [
      'Kazakh President Tokayev addressed the meeting and recalled his proposal to create an SCO water council.',
      ['KAZ'],
      'create an SCO water council',
    ],
  ],
  'adjective-initiative': [
    [
      'In this context, they noted the Russian initiative to have the SCO Interbank Consortium draw up and approve a Roadmap on Overcoming the Consequences of the COVID-19 Pandemic for the SCO Economies.',
      ['RUS'],
      'have the SCO Interbank Consortium draw up and approve a Roadmap',
    ],
    [
      'The member states welcomed the Kyrgyz proposal to hold the Year of Tourism.',
      ['KGZ'],
      'hold the Year of Tourism',
    ],
  ],
  'named-initiative': [
    [
      'The member states reaffirmed their support for China’s Belt and Road Initiative.',
      ['CHN'],
      'Belt and Road Initiative',
    ],
    [
      'The leaders noted India’s International North-South Transport Corridor.',
      ['IND'],
      'International North-South Transport Corridor',
    ],
  ],
  'held-at-initiative': [
    [
      'The member states praised the SCO Energy Forum held at the initiative of Russia.',
      ['RUS'],
      'SCO Energy Forum',
    ],
    [
      'The ministers welcomed the SCO Startup Forum organized at the initiative of India.',
      ['IND'],
      'SCO Startup Forum',
    ],
  ],
  'passive-by': [
    [
      'The SCO+ forum format was initiated by the United Russia party in October 2020.',
      ['RUS'],
      'SCO+ forum format',
    ],
    ['The concept of an SCO Development Bank was proposed by China.', ['CHN'], 'SCO Development Bank'],
    [
      'The idea of a common anti-terrorist database was put forward by Uzbekistan.',
      ['UZB'],
      'a common anti-terrorist database',
    ],
  ],
  'verb-subject': [
    [
      'Kazakhstan proposed using the Astana International Financial Centre (AIFC) as the base for financing project activities.',
      ['KAZ'],
      'using the Astana International Financial Centre',
    ],
    [
      'To this end, Kyrgyzstan plans to host the SCO Youth Digital Forum in Bishkek in 2025.',
      ['KGZ'],
      'host the SCO Youth Digital Forum in Bishkek',
    ],
    [
      'Russia proposed to establish a universal centre to counter security threats.',
      ['RUS'],
      'establish a universal centre to counter security threats',
    ],
    [
      'China suggested holding a forum on poverty reduction.',
      ['CHN'],
      'holding a forum on poverty reduction',
    ],
    [
      'Kazakhstan called for the creation of a pool of SCO experts on climate.',
      ['KAZ'],
      'the creation of a pool of SCO experts on climate',
    ],
    ['India is ready to host an SCO startup forum in 2024.', ['IND'], 'host an SCO startup forum'],
    [
      'Iran urged the member states to expand trade in national currencies.',
      ['IRN'],
      'expand trade in national currencies',
    ],
    [
      'Pakistan suggested that the SCO should set up a fund for climate adaptation.',
      ['PAK'],
      'set up a fund for climate adaptation',
    ],
    [
      'The Kyrgyz side proposed to hold the SCO Year of Culture in 2026.',
      ['KGZ'],
      'hold the SCO Year of Culture',
    ],
  ],
  'priority-list': [
    [
      'Russian President Vladimir Putin stressed the priorities of the Russian chairmanship, in particular, the creation of an SCO energy club and the establishment of a transport council.',
      ['RUS'],
      'the creation of an SCO energy club',
    ],
    [
      'Kyrgyz President Sadyr Japarov highlighted the priorities of Kyrgyzstan, including the launch of an SCO investment fund and the creation of a digital trade platform.',
      ['KGZ'],
      'the creation of a digital trade platform',
    ],
  ],
  'reported-plan': [
    [
      'Chinese President Xi Jinping said that a new SCO centre for digital economy will be established in Tianjin.',
      ['CHN'],
      'a new SCO centre for digital economy will be established',
    ],
    [
      'Kazakh President Tokayev said there will be an SCO investment forum in Almaty next year.',
      ['KAZ'],
      'an SCO investment forum in Almaty',
    ],
    [
      'The Uzbek side announced that an SCO centre for tourism will be opened in Samarkand.',
      ['UZB'],
      'an SCO centre for tourism will be opened',
    ],
  ],
  'passive-no-agent': [
    [
      'Kazakh President Tokayev spoke at the forum on water. Meanwhile, a joint research project on glacier melt has been proposed.',
      ['KAZ'],
      'a joint research project on glacier melt',
    ],
  ],
  'deontic-speech': [
    [
      '"All parties are welcome to use the Beidou satellite navigation system and participate in the construction of international lunar research stations," said Chinese President Xi Jinping.',
      ['CHN'],
      'use the Beidou satellite navigation system',
    ],
    [
      'Speaking at the summit, Uzbek President Shavkat Mirziyoyev said: “It is necessary to create a regional centre for green technologies.”',
      ['UZB'],
      'create a regional centre for green technologies',
    ],
    [
      '“The SCO should expand cooperation in green energy,” Putin said.',
      ['RUS'],
      'expand cooperation in green energy',
    ],
  ],
  'list-item': [
    [
      'Chinese Premier Li Qiang put forward a five-point proposal. First, the member states should deepen trade cooperation. Second, they should expand the use of national currencies.',
      ['CHN'],
      'expand the use of national currencies',
    ],
    [
      'Uzbek President Shavkat Mirziyoyev made several proposals. They include creating an SCO tourism council and holding a forum on smart agriculture.',
      ['UZB'],
      'holding a forum on smart agriculture',
    ],
    [
      'Tajik President Emomali Rahmon put forward several proposals:\n1. to create an SCO anti-drug centre in Dushanbe;\n2. to hold a water forum in 2026.',
      ['TJK'],
      'create an SCO anti-drug centre in Dushanbe',
    ],
    [
      'Uzbek President Shavkat Mirziyoyev outlined four proposals. Firstly, to establish an SCO transport council. Secondly, to hold a tourism forum in Samarkand.',
      ['UZB'],
      'hold a tourism forum in Samarkand',
    ],
  ],
};

describe.each(Object.entries(byRule))('rule %s', (rule, rows) => {
  it.each(rows)('%j -> %j', (text, proposers, initiative) => {
    expectRecord(text, rule, proposers, initiative);
  });
});

describe('initiative spans', () => {
  it.each([
    [
      'The member states noted the initiative by the Republic of India to establish a special working group on innovations and startups, and also welcomed the results of the first SCO Startup Forum.',
      'establish a special working group on innovations and startups',
    ],
    [
      'They noted the timeliness of the initiative of the Republic of Uzbekistan to draft a convention on youth rights and expressed their readiness to take an active part in coordinating this document.',
      'draft a convention on youth rights',
    ],
    [
      'Iran offered to host the SCO energy ministers’ meeting in Tehran.',
      'host the SCO energy ministers’ meeting in Tehran',
    ],
  ])('%j: the initiative is exactly %j', (text, initiative) => {
    expect(proposals(text).map((r) => r.initiative)).toEqual([initiative]);
  });

  it.each([
    [
      'The participants expressed support for Kazakhstan’s initiative to establish a UN Regional Center for Sustainable Development Goals in Almaty, as well as an international biosecurity institution.',
      [
        'establish a UN Regional Center for Sustainable Development Goals in Almaty',
        'an international biosecurity institution',
      ],
    ],
    [
      'Russian President Vladimir Putin also offered to organize major sporting events within the SCO framework and invited sports teams from various countries to Yekaterinburg to take part in the International University Sports Festival.',
      [
        'organize major sporting events within the SCO framework',
        'take part in the International University Sports Festival',
      ],
    ],
  ])('%j gives one record per proposal', (text, initiatives) => {
    expect(proposals(text).map((r) => r.initiative)).toEqual(initiatives);
  });

  // The reporting tail ", Russian President Vladimir Putin said" is not part of what was proposed.
  it('a quotation with a titled speaker ends before the speaker', () => {
    const [record] = proposals(
      '“The SCO should expand cooperation in green energy,” Russian President Vladimir Putin said.',
    );
    expect(record?.initiative).toBe('The SCO should expand cooperation in green energy');
  });

  // deontic-speech takes the clause from the sentence start, so the initiative is the speaker's name.
  it('"X said the SCO should ..." proposes what the SCO should do, not X', () => {
    const [record] = proposals(
      'Russian Foreign Minister Sergey Lavrov said the SCO should strengthen its anti-drug cooperation.',
    );
    expect(record?.proposers).toEqual(['RUS']);
    expect(record?.initiative).toContain('strengthen its anti-drug cooperation');
  });

  // phraseBefore stops at "was", so "X was held at the initiative of Y" finds no event.
  it('"The SCO Energy Forum was held at the initiative of Russia" is a Russian initiative', () => {
    expectRecord(
      'The SCO Energy Forum was held at the initiative of Russia in Moscow.',
      'held-at-initiative',
      ['RUS'],
      'SCO Energy Forum',
    );
  });
});

describe('no proposal', () => {
  it.each([
    ['collective decision', 'The member states decided to establish an SCO centre for information security.'],
    ['collective agreement', 'The foreign ministers agreed to hold the next meeting in Astana.'],
    ['collective future', 'The member states will hold the next summit in Astana.'],
    ['collective note', 'The member states noted the importance of the Shanghai Spirit.'],
    ['a venue only', 'The meeting was held in Moscow.'],
    [
      'a venue with its country',
      'The member states welcomed the results of the forum held in Qingdao, China.',
    ],
    ['the Secretary-General', 'The SCO Secretary-General proposed to hold a forum on digital economy.'],
    [
      'the named Secretary-General',
      'SCO Secretary-General Zhang Ming proposed to hold an SCO forum on digital economy in Beijing.',
    ],
    ['the Secretariat', 'The member states supported the initiative of the SCO Secretariat to hold a forum.'],
    [
      'a news agency reporting a collective',
      'Xinhua reported that the member states agreed to open an SCO centre in Tashkent.',
    ],
    ['according to a news agency', 'According to Xinhua, the ministers decided to hold a forum on trade.'],
    [
      'suggesting that it could',
      'The Indian delegation noted the progress, suggesting that it could serve as a model for other regions.',
    ],
    [
      'suggested that this could',
      'Pakistan noted the progress and suggested that this could be a model for others.',
    ],
    ['a chairmanship is no proposal', 'The member states welcomed Russia’s chairmanship in the SCO.'],
    ['membership facts', 'In June 2017, India and Pakistan joined the SCO as full members.'],
    ['thanks for hosting', 'The foreign ministers noted China’s efforts in organizing the meeting.'],
  ])('%s: %j', (_name, text) => {
    expect(proposals(text)).toEqual([]);
  });
});
