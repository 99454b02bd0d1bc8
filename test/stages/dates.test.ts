import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { calendar, LEFT_OUT_PARSERS } from '../../pipeline/adapters/chrono.js';
import { runTo } from '../helpers.js';

const dated = (text: string) => runTo(text, 'dates');
const mentions = (text: string) => {
  const doc = dated(text);
  return (doc.dates ?? []).map((d) => [d.value, d.precision]);
};

describe('dates: document date', () => {
  it.each([
    [
      'meeting date in the first paragraph',
      'Press Release on the Extraordinary Meeting of the Council of Ministers of Foreign Affairs\n\nOn 20 September 2017, the Extraordinary Meeting of the Council of Ministers of Foreign Affairs of the Shanghai Cooperation Organization was held in New York.',
      '2017-09-20',
    ],
    [
      'declaration "held via videoconference on"',
      'The leaders of the member states, following the meeting of the SCO Council of Heads of State held via videoconference on 10 November 2020, declare the following.',
      '2020-11-10',
    ],
    [
      'dateline with a capture marker giving the year',
      ' date 2020-09-17 BEIJING, Sept. 16 (Xinhua) -- The meeting of foreign ministers of the SCO member countries has pushed forward international cooperation, Wang Yi said Wednesday.',
      '2020-09-16',
    ],
    [
      'capture marker alone',
      ' date 2020-09-17 The member states noted the importance of the Shanghai Spirit.',
      '2020-09-17',
    ],
    [
      'dateline with a year',
      'Tashkent, 5 July 2023 (TDI): The ministers met to discuss trade.',
      '2023-07-05',
    ],
    [
      'two-day meeting: its last day, the year from "the 2024 SCO Summit"',
      'The 24th Meeting of the Council of Heads of State of the SCO was held on July 3rd and 4th at the Palace of Independence in Astana. The 2024 SCO Summit adopted 25 documents.',
      '2024-07-04',
    ],
    [
      'a meeting "held on", not a later year',
      'The summit was held on 15 June 2019 in Bishkek. The next one took place in 2020.',
      '2019-06-15',
    ],
    ['dateline without a year', 'BEIJING, Sept. 16 (Xinhua) -- The meeting was held in Moscow.', null],
    [
      'no date at all',
      'The member states noted the importance of the Shanghai Spirit. They will meet again in June.',
      null,
    ],
    [
      'a TASS dateline without a year',
      'MOSCOW, July 4. /TASS/. Russian President Vladimir Putin said the SCO should expand trade.',
      null,
    ],
  ])('%s', (_name, text, expected) => {
    expect(dated(text).meta?.date ?? null).toBe(expected);
  });

  it('keeps the words that gave the date as evidence', () => {
    const meta = dated('On 20 September 2017, the meeting was held in New York.').meta;
    expect(meta?.dateEvidence).toContain('20 September 2017');
  });
});

describe('dates: mentions', () => {
  it.each([
    ['The member states approved the Programme of Cooperation for 2019-2021.', [['2019/2021', 'interval']]],
    ['The Anti-Drug Strategy for 2018- 2023 was adopted.', [['2018/2023', 'interval']]],
    ['The member states support the 2030 Agenda for Sustainable Development.', []],
    [
      'The SCO Development Strategy 2035 and the 2024-2029 Anti-Drug Strategy were adopted.',
      [['2024/2029', 'interval']],
    ],
    [
      'The Regional Anti-Terrorist Structure was set up in 2004. Since 2017, India has been a member.',
      [
        ['2004', 'year'],
        ['2017', 'year'],
      ],
    ],
    [
      'In June 2017, India and Pakistan joined. The summit in 2024 was held in Astana.',
      [
        ['2017-06', 'month'],
        ['2024', 'year'],
      ],
    ],
    ['The SCO was founded on 15 June 2001 in Shanghai.', [['2001-06-15', 'day']]],
    ['The organisation has 10 member states and 2 observers, and covers 24% of the world.', []],
    ['The member states will meet again in June.', []],
    // Clock times and relative spans are not dates: only the calendar date is read.
    ['The talks began on 20 September 2024 at 10:30 am in Moscow.', [['2024-09-20', 'day']]],
    ['On 3 July 2024 the summit opened. Two days later the ministers met.', [['2024-07-03', 'day']]],
    ['Within three years of 15 June 2001, the RATS was set up.', [['2001-06-15', 'day']]],
    ['The 2001-06-15 declaration was cited.', [['2001-06-15', 'day']]],
  ])('%j', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });

  it('a mention span covers the words of its date', () => {
    const doc = dated('The SCO was founded on 15 June 2001 in Shanghai.');
    const d = doc.dates?.[0];
    expect(d && doc.text.slice(d.start, d.end)).toContain('15 June 2001');
  });

  it('"the 1990s" is a decade 1990/1999', () => {
    expect(mentions('The Shanghai Five was formed in the 1990s.')).toEqual([['1990/1999', 'decade']]);
  });
});

describe('dates: chrono configuration', () => {
  it('leaves out exactly the clock-time and relative-span parsers (a renamed class would fail here)', () => {
    const names = calendar.parsers.map((p) => p.constructor.name);
    for (const left of LEFT_OUT_PARSERS) expect(names).not.toContain(left);
    expect(names).toEqual(
      expect.arrayContaining(['ENMonthNameLittleEndianParser', 'ENWeekdayParser', 'ISOFormatParser']),
    );
    // Every left-out name is one of chrono's own: a rename upstream would silently keep the parser.
    const upstream = chrono.casual.parsers.map((p) => p.constructor.name);
    expect(upstream).toEqual(expect.arrayContaining([...LEFT_OUT_PARSERS]));
    expect(names.length).toBe(upstream.length - LEFT_OUT_PARSERS.length);
  });
});
