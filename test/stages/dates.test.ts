import * as chrono from 'chrono-node';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendar, LEFT_OUT_PARSERS } from '../../pipeline/adapters/chrono.js';
import { numericDates } from '../../pipeline/dates/numeric.js';
import { outlet, urlDate } from '../../pipeline/dates/url.js';
import { createDoc, type Doc, type Given } from '../../pipeline/doc.js';
import { lookup, parseManifest } from '../../pipeline/manifest.js';
import { buildStages, processText } from '../../pipeline/run.js';
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

/** A body paragraph without any date in it. */
const BODY =
  'The foreign ministers of the member states discussed transport links, trade and security in the region, the ministry said in a statement.';
const stages = buildStages();
/** The pipeline up to the dates stage, with what a manifest would give. */
function withGiven(text: string, given?: Given, file = 'test.txt'): Doc {
  const doc = createDoc(file, text, given);
  for (const stage of stages) {
    stage.run(doc);
    if (stage.name === 'dates') break;
  }
  return doc;
}
const docDate = (text: string) => {
  const m = dated(text).meta;
  return [m?.date ?? null, m?.dateFrom ?? null];
};

describe('dates: header lines, datelines and addresses', () => {
  it.each([
    [
      'capture marker on line 1',
      ` date 2019-03-02\n\nSCO ministers meet in Bishkek\n\n${BODY}`,
      '2019-03-02',
      'marker',
    ],
    [
      'date line below a site header',
      `Home | World | Asia\n\nNovember 12, 2022\n\n${BODY}`,
      '2022-11-12',
      'date-line',
    ],
    [
      '"Updated:" with a glued year and a clock time',
      `Example Daily\nUpdated: Mar 02,2019 10:41\n\n${BODY}`,
      '2019-03-02',
      'date-line',
    ],
    [
      'day-first dotted date with a time',
      `Regional news\n18.10.2023 09:15\n\n${BODY}`,
      '2023-10-18',
      'date-line',
    ],
    [
      '"Published:" below a caption',
      `Photo: the summit hall\nPublished: 4 July 2024\n\n${BODY}`,
      '2024-07-04',
      'date-line',
    ],
    [
      '"Posted on ... by"',
      `SCO leaders meet\nPosted on July 5, 2024 by the news desk\n\n${BODY}`,
      '2024-07-05',
      'date-line',
    ],
    [
      'a date in the source address /y/m/d/',
      `Source: https://example.org/news/2024/07/05/sco-summit-ends/\n\n${BODY}`,
      '2024-07-05',
      'url',
    ],
    [
      'a date in the source address /yyyymmdd/',
      `By Example Agency (http://example.org/world/20060615/4951.html)\n\n${BODY}`,
      '2006-06-15',
      'url',
    ],
    [
      'a month in the source address',
      `https://example.org/2018/06/leaders-meet\n\n${BODY}`,
      '2018-06',
      'url',
    ],
    [
      'Reuters dateline, year from the address',
      `https://example.org/2024/10/03/sco\n\nBISHKEK, Oct 3 (Reuters) — ${BODY}`,
      '2024-10-03',
      'dateline',
    ],
    [
      'PRNewswire dateline with a year',
      `ALMATY, Kazakhstan, March 5, 2019 /PRNewswire/ -- ${BODY}`,
      '2019-03-05',
      'dateline',
    ],
    [
      '"Islamabad, Jun 12:" with the year of its meeting',
      `Islamabad, Jun 12: The 2023 SCO meeting opened. ${BODY}`,
      '2023-06-12',
      'dateline',
    ],
    [
      '"DUSHANBE, Tajikistan, May 20." with a marker year',
      ` date 2021-05-21 DUSHANBE, Tajikistan, May 20. ${BODY}`,
      '2021-05-20',
      'dateline',
    ],
    [
      'a dateline after the lead paragraph',
      `${BODY}\n\nPrague, 5 September 2003 (Example Radio) -- ${BODY}`,
      '2003-09-05',
      'dateline',
    ],
    [
      'a yearless dateline steps back a year rather than pass its source',
      ` date 2024-01-02 BEIJING, Dec 30 (Xinhua) -- ${BODY}`,
      '2023-12-30',
      'dateline',
    ],
    [
      'a yearless dateline a day after the address date is the same year',
      `https://example.org/2024/07/05/sco\n\nASTANA, July 6 (Example) -- ${BODY}`,
      '2024-07-06',
      'dateline',
    ],
    [
      'a dated segment of a line with a dash',
      `Example Daily - 5 July 2024\n\n${BODY}`,
      '2024-07-05',
      'date-line',
    ],
    [
      'not a date in a line of wrapped prose',
      `Prices of wheat rose sharply - 5 July 2024 saw the highest level\nof the year in the markets of the region, traders said.\n\n${BODY}`,
      null,
      null,
    ],
    [
      'a dateline outranks a date line',
      `May 12, 2023\n\nBISHKEK, May 11 (Xinhua) -- ${BODY}`,
      '2023-05-11',
      'dateline',
    ],
    [
      'a meeting held the day before the dateline outranks it',
      'Tashkent, 5 July 2023 (Example): The president addressed the member states during the meeting held on July 4, 2023.',
      '2023-07-04',
      'meeting',
    ],
    [
      'a quoted meeting weeks earlier does not',
      ` date 2022-08-24 MOSCOW, August 24. /TASS/. The minister spoke.\n\n"On August 2, the conference on security was held. We suggest continuing it," he said.`,
      '2022-08-24',
      'dateline',
    ],
    ['a yearless dateline without any year stays undated', `BISHKEK, Oct 3 (Reuters) — ${BODY}`, null, null],
    [
      'a weekday in the lead is the event day, counted back from the address date',
      `https://example.org/2024/10/17/premier-speaks\n\nLeaders met in Islamabad on Wednesday. ${BODY}`,
      '2024-10-16',
      'meeting',
    ],
    [
      'a coming weekday is not',
      `https://example.org/2024/10/17/premier-speaks\n\nLeaders will meet in Islamabad on Wednesday. ${BODY}`,
      '2024-10-17',
      'url',
    ],
    [
      'a month from the address is made precise by an event day of that month',
      `https://example.org/2018/06/leaders-meet\n\nThe president spoke at the summit in Qingdao on June 9. ${BODY}`,
      '2018-06-09',
      'text',
    ],
    ['a date set off by a pipe', `Example Daily | 5 July 2024\n\n${BODY}`, '2024-07-05', 'date-line'],
    [
      'a byline with a date',
      `SCO leaders meet\nBy the news desk • July 5, 2024\n\n${BODY}`,
      '2024-07-05',
      'date-line',
    ],
    [
      'a date over short lines of its own, month in Russian',
      `Example Portal\n\n26\n\nОктябрь\n\n2023\n\n${BODY}`,
      '2023-10-26',
      'date-line',
    ],
    ['a Russian date line', `Новости\n4 июля 2024 г.\n\n${BODY}`, '2024-07-04', 'date-line'],
    [
      'an Interfax dateline',
      `MOSCOW. Nov 2 (Interfax) - The 2019 meeting opened. ${BODY}`,
      '2019-11-02',
      'dateline',
    ],
    [
      'a timestamp line',
      `Example Wire\nLast Modified: 2019-11-02T10:41:00+05:00\n\n${BODY}`,
      '2019-11-02',
      'date-line',
    ],
    ['a dateline with a dash', `ASTANA, Kazakhstan — July 4, 2024 — ${BODY}`, '2024-07-04', 'dateline'],
    ['a dateline that starts with its date', `July 4, 2024 — ${BODY}`, '2024-07-04', 'dateline'],
    ['a weekday alone gives no document date', `Leaders met in Astana on Thursday. ${BODY}`, null, null],
  ])('%s', (_name, text, date, from) => {
    expect(docDate(text)).toEqual([date, from]);
  });

  it('says which source it used, with raw offsets that hold the evidence', () => {
    const text = `Home | World\r\n\r\nPosted on July 5, 2024\r\n\r\n${BODY}`;
    const row = processText(stages, 'a.txt', text).document;
    expect(row).toMatchObject({ date: '2024-07-05', date_from: 'date-line', date_precision: 'day' });
    expect(text.slice(row.date_evidence_start ?? 0, row.date_evidence_end ?? 0)).toBe('July 5, 2024');
    expect(row.date_evidence).toBe('July 5, 2024');
  });

  it('names the outlet: the address host, else the dateline agency', () => {
    expect(dated(`https://www.example-news.com/2024/07/05/x\n\n${BODY}`).meta?.source).toBe(
      'example-news.com',
    );
    expect(dated(`BISHKEK, Oct 3 (Reuters) — ${BODY}`).meta?.source).toBe('Reuters');
    expect(dated(`TEHRAN (FNA)- ${BODY}`).meta?.source).toBe('FNA');
  });

  it('reads HTML metadata and the canonical address', () => {
    const html = `<html><head><link rel="canonical" href="https://example.org/story/42"><meta property="article:published_time" content="2024-07-05T10:00:00Z"></head><body><p>${BODY}</p></body></html>`;
    const meta = withGiven(html, undefined, 'page.html').meta;
    expect(meta).toMatchObject({
      date: '2024-07-05',
      dateFrom: 'html-meta',
      url: 'https://example.org/story/42',
    });
    const span = meta?.dateEvidenceSpan;
    expect(span && html.slice(span.start, span.end)).toBe('2024-07-05');
  });

  it('warns when two sources disagree by more than a few days, and keeps the stronger', () => {
    const doc = dated(` date 2019-12-13 MOSCOW, September 17, 2021 (TASS) -- ${BODY}`);
    expect(doc.meta?.date).toBe('2021-09-17');
    expect(doc.messages.map((m) => m.rule)).toContain('date-disagreement');
    const agree = dated(` date 2021-09-18 MOSCOW, September 17, 2021 (TASS) -- ${BODY}`);
    expect(agree.messages.map((m) => m.rule)).not.toContain('date-disagreement');
  });

  it('reports an ambiguous slash date instead of guessing', () => {
    const doc = dated(`Regional news\n03/04/2019\n\n${BODY}`);
    expect(doc.meta?.date).toBeNull();
    expect(doc.messages.map((m) => m.rule)).toContain('ambiguous-numeric-date');
    expect(docDate(`Regional news\n13/04/2019\n\n${BODY}`)).toEqual(['2019-04-13', 'date-line']);
    expect(docDate(`Regional news\n04/13/2019\n\n${BODY}`)).toEqual(['2019-04-13', 'date-line']);
  });
});

describe('dates: a manifest outranks the text', () => {
  it('a manifest date wins and is named as the evidence', () => {
    const doc = withGiven(`BISHKEK, May 11, 2023 (Xinhua) -- ${BODY}`, {
      date: '2023-05-12',
      source: 'Xinhua',
    });
    expect(doc.meta).toMatchObject({
      date: '2023-05-12',
      dateFrom: 'manifest',
      dateEvidence: 'manifest',
      dateEvidenceSpan: null,
      source: 'Xinhua',
    });
  });

  it('a manifest address gives its date and outlet when the text has none', () => {
    const doc = withGiven(BODY, { url: 'https://www.example.ro/2008/08/28/iran-proposal/' });
    expect(doc.meta).toMatchObject({
      date: '2008-08-28',
      dateFrom: 'url',
      source: 'example.ro',
      url: 'https://www.example.ro/2008/08/28/iran-proposal/',
    });
    // The text's weekday now resolves against it: 28 August 2008 was a Thursday.
    const thursday = withGiven(`Leaders met in Dushanbe on Thursday. ${BODY}`, {
      url: 'https://example.ro/2008/08/28/x',
    });
    expect(thursday.dates?.map((d) => d.value)).toContain('2008-08-28');
  });

  it('parses CSV (quoted fields) and JSON Lines, found by path or name', () => {
    const csv = parseManifest(
      'file,url,date\r\na.txt,"https://x.org/a,b",2024-07-05\nsub/b.txt,https://y.org/b,\n',
    );
    expect(lookup(csv, 'a.txt')).toEqual({ url: 'https://x.org/a,b', date: '2024-07-05' });
    expect(lookup(csv, 'sub/b.txt')).toEqual({ url: 'https://y.org/b' });
    expect(lookup(csv, 'other/b.txt')).toEqual({ url: 'https://y.org/b' });
    const jsonl = parseManifest('{"file":"c.txt","title":"A title","source":"Example"}\n');
    expect(lookup(jsonl, 'c.txt')).toEqual({ title: 'A title', source: 'Example' });
    expect(() => parseManifest('name,url\na.txt,x\n')).toThrow(/file/);
  });
});

describe('dates: addresses and numeric conventions', () => {
  it.each([
    ['https://example.org/2024/07/05/story', '2024-07-05'],
    ['https://example.org/world/20240705/123.html', '2024-07-05'],
    ['https://example.org/news/2024-07-05-story', '2024-07-05'],
    ['https://example.org/n3/2024/0705/c9-1.html', '2024-07-05'],
    ['https://example.org/news/202407/05/content.html', '2024-07-05'],
    ['https://example.org/2024/07-05/1834.html', '2024-07-05'],
    ['https://example.org/2024/07/story', '2024-07'],
    ['https://example.org/2024/13/45/story', null],
    ['https://example.org/story/1497613', null],
    ['https://example.org/story?id=20240705', null],
  ])('%s', (url, expected) => {
    expect(urlDate(url)?.value ?? null).toBe(expected);
  });

  it('outlet is the host without www or a language prefix', () => {
    expect(outlet('https://www.example.com/x')).toBe('example.com');
    expect(outlet('http://en.example.cn/n3/x')).toBe('example.cn');
    expect(outlet('not an address')).toBeNull();
  });

  it.each([
    ['04.07.2024', '2024-07-04'],
    ['13/04/2019', '2019-04-13'],
    ['04/13/2019', '2019-04-13'],
    ['05/05/2019', '2019-05-05'],
    ['03/04/2019', null],
    ['2019-03-02', '2019-03-02'],
    ['2019/3/2', '2019-03-02'],
    ['2019.03.02', '2019-03-02'],
    ['2019-03-02T10:41:00+05:00', '2019-03-02'],
    ['31.02.2024', undefined],
  ])('%s', (text, expected) => {
    expect(numericDates(text)[0]?.value).toBe(expected);
  });
});

describe('dates: relative and partial dates against the document date (Friday 5 July 2024)', () => {
  const inDoc = (sentence: string) => {
    const text = ` date 2024-07-05 ASTANA, July 5 (Example) -- ${BODY}\n\n${sentence}`;
    const from = text.length - sentence.length;
    return (dated(text).dates ?? []).filter((d) => d.start >= from).map((d) => [d.value, d.precision]);
  };
  it.each([
    ['The leaders met on Thursday.', [['2024-07-04', 'day']]],
    ['The leaders met on Friday.', [['2024-07-05', 'day']]],
    ['The leaders met on Saturday.', [['2024-06-29', 'day']]],
    ['The leaders meet today.', [['2024-07-05', 'day']]],
    ['The leaders met yesterday.', [['2024-07-04', 'day']]],
    ['The ministers met last week.', [['2024-06-24/2024-06-30', 'interval']]],
    ['The ministers met earlier this month.', [['2024-07', 'month']]],
    ['The ministers met on May 20.', [['2024-05-20', 'day']]],
    ['The ministers met on December 20.', [['2023-12-20', 'day']]],
  ])('%s', (sentence, expected) => {
    expect(inDoc(sentence)).toEqual(expected);
  });

  it('a weekday without a document date is no date', () => {
    expect(mentions('The leaders met on Thursday.')).toEqual([]);
  });
});

/** Header lines that open web captures but hold no date. */
const FURNITURE = [
  'https://www.example.org/news/sco-leaders-meet',
  'Home | World | Asia',
  'Photo: a file picture of the summit hall',
  'Example Daily - news from Central Asia',
  'SCO leaders agree to widen trade links',
];
const MONTHS = [
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
];
const p2 = (n: number) => String(n).padStart(2, '0');
/** The same date in the forms real headers write it. */
const FORMS: ((y: number, m: number, d: number) => string)[] = [
  (y, m, d) => `${MONTHS[m - 1]} ${d}, ${y}`,
  (y, m, d) => `Published: ${d} ${MONTHS[m - 1]} ${y}`,
  (y, m, d) => `Posted on ${MONTHS[m - 1]?.slice(0, 3)} ${d}, ${y} by the news desk`,
  (y, m, d) => `Updated: ${MONTHS[m - 1]?.slice(0, 3)} ${p2(d)},${y} 10:41`,
  (y, m, d) => `${p2(d)}.${p2(m)}.${y} 09:15`,
  (y, m, d) => `${y}-${p2(m)}-${p2(d)}`,
];

describe('dates: property', () => {
  it('moving the date line below a source address or a site header, or changing its format, gives the same date', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1995-01-01T00:00:00Z'),
          max: new Date('2040-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: 0, max: FORMS.length - 1 }),
        fc.subarray(FURNITURE),
        fc.boolean(),
        (when, form, above, afterTitle) => {
          const [y, m, d] = [when.getUTCFullYear(), when.getUTCMonth() + 1, when.getUTCDate()];
          const line = (FORMS[form] as (typeof FORMS)[number])(y, m, d);
          const head = afterTitle ? [...above, line] : [line, ...above];
          const text = `${head.join('\n')}\n\n${BODY}`;
          expect(dated(text).meta?.date).toBe(`${y}-${p2(m)}-${p2(d)}`);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('dates: chrono configuration', () => {
  it('leaves out exactly the clock-time, relative-span and numeric parsers (a renamed class would fail here)', () => {
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
