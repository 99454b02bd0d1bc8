import { describe, expect, it } from 'vitest';
import { proposals } from '../helpers.js';

/**
 * Sentences written for this table, in the styles of declarations, press releases and news reports,
 * none taken from the sample or dev sets: each row is who proposed, and a phrase the initiative holds.
 */
describe('forms the rules must carry over to', () => {
  it.each([
    [
      "The Member States welcomed the proposal of the Republic of Tajikistan to declare 2025 the International Year of Glaciers' Preservation.",
      ['TJK'],
      'declare 2025 the International Year',
    ],
    [
      'The Council noted the proposal by Uzbekistan on creating an SCO Center for Combating Drugs.',
      ['UZB'],
      'creating an SCO Center for Combating Drugs',
    ],
    [
      "Pakistan's Prime Minister Shehbaz Sharif proposed establishing an SCO poverty alleviation fund.",
      ['PAK'],
      'establishing an SCO poverty alleviation fund',
    ],
    [
      'The Russian side proposed to hold the next meeting in Moscow.',
      ['RUS'],
      'hold the next meeting in Moscow',
    ],
    [
      'Tajikistan offered to host the SCO Anti-Drug Center in Dushanbe.',
      ['TJK'],
      'host the SCO Anti-Drug Center',
    ],
    [
      'Iran invited SCO member states to join the International North-South Transport Corridor.',
      ['IRN'],
      'join the International North-South Transport Corridor',
    ],
    [
      "China supports Russia's proposal to create a Greater Eurasian Partnership.",
      ['RUS'],
      'create a Greater Eurasian Partnership',
    ],
    [
      'At the meeting, India and Kazakhstan jointly proposed a framework for digital public infrastructure.',
      ['IND', 'KAZ'],
      'a framework for digital public infrastructure',
    ],
    [
      'Xi Jinping addressed the summit in Astana. The Chinese leader proposed setting up an SCO energy cooperation platform.',
      ['CHN'],
      'setting up an SCO energy cooperation platform',
    ],
    [
      'Belarusian President Alexander Lukashenko spoke at the plenary session. He suggested creating a common SCO payment system.',
      ['BLR'],
      'a common SCO payment system',
    ],
    [
      'The ministers expressed support for the Chinese proposal to hold an SCO forum on green development.',
      ['CHN'],
      'hold an SCO forum on green development',
    ],
    [
      'Uzbekistan put forward an initiative to create an SCO Center for Connectivity in Tashkent.',
      ['UZB'],
      'create an SCO Center for Connectivity in Tashkent',
    ],
    [
      "Uzbekistan's President Shavkat Mirziyoyev put forward a number of initiatives, including the creation of an SCO transport center.",
      ['UZB'],
      'the creation of an SCO transport center',
    ],
    [
      'According to the Chinese Foreign Ministry, Beijing intends to host an SCO ministerial meeting on digital economy in 2026.',
      ['CHN'],
      'host an SCO ministerial meeting',
    ],
    [
      'Kyrgyzstan’s proposal to hold an SCO summit on climate was supported by all member states.',
      ['KGZ'],
      'hold an SCO summit on climate',
    ],
    [
      'The President of Tajikistan, Emomali Rahmon, proposed to establish an SCO center for combating drug trafficking in Dushanbe.',
      ['TJK'],
      'establish an SCO center for combating drug trafficking',
    ],
    [
      'At the summit, the Iranian President called for a joint SCO payment system.',
      ['IRN'],
      'a joint SCO payment system',
    ],
    [
      'Moscow reiterated its proposal to create a Greater Eurasian Partnership.',
      ['RUS'],
      'create a Greater Eurasian Partnership',
    ],
    [
      'The summit was attended by Prime Minister Narendra Modi, who proposed a new framework for startups.',
      ['IND'],
      'a new framework for startups',
    ],
    [
      'The Uzbek delegation initiated the creation of an SCO center for digital transformation.',
      ['UZB'],
      'the creation of an SCO center for digital transformation',
    ],
    [
      'India stands ready to share its experience in digital payments with SCO partners.',
      ['IND'],
      'share its experience in digital payments',
    ],
    [
      "Beijing's Global Development Initiative was welcomed by several member states.",
      ['CHN'],
      'Global Development Initiative',
    ],
    [
      'On the initiative of Kazakhstan, the first SCO Energy Ministers Meeting was held in Astana in 2019.',
      ['KAZ'],
      'the first SCO Energy Ministers Meeting',
    ],
  ])('%s', (text, proposers, phrase) => {
    const found = proposals(text);
    expect(found.map((p) => p.proposers)).toContainEqual(proposers);
    expect(found.find((p) => p.initiative.includes(phrase))?.proposers).toEqual(proposers);
  });

  it('gives one record per item of a plural cue', () => {
    const found = proposals(
      'The Heads of State noted the initiatives of the Republic of Kazakhstan on establishing a Council of Elders of the SCO and holding an SCO youth forum.',
    );
    expect(found.map((p) => p.initiative)).toEqual([
      'establishing a Council of Elders of the SCO',
      'holding an SCO youth forum',
    ]);
  });

  it.each([
    'The leaders agreed to establish a working group on energy.',
    'The SCO Secretary-General proposed to strengthen the Secretariat.',
    'Mongolia supported China’s initiative.',
    'The ministers agreed that the SCO should expand cooperation in energy.',
    'The meeting was held in Moscow on 10 November 2020.',
  ])('no record: %s', (text) => {
    expect(proposals(text)).toEqual([]);
  });
});
