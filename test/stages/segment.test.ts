import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Doc, toRaw } from '../../pipeline/doc.js';
import { lineSentences } from '../../pipeline/segment/sentences.js';
import { runTo } from '../helpers.js';

const sentences = (doc: Doc): string[] => (doc.sentences ?? []).map((s) => doc.text.slice(s.start, s.end));

describe('segment: sentences', () => {
  it.each([
    [
      'BEIJING, Sept. 16 (Xinhua) -- The meeting was held in Moscow. Wang also visited Russia from Sept. 10 to 16.',
      [
        'BEIJING, Sept. 16 (Xinhua) -- The meeting was held in Moscow.',
        'Wang also visited Russia from Sept. 10 to 16.',
      ],
    ],
    [
      'The U.S. and the EU were not invited. The SCO held its summit in Astana.',
      ['The U.S. and the EU were not invited.', 'The SCO held its summit in Astana.'],
    ],
    [
      'Firstly, the heads of state will issue statements. Secondly, the ministers agreed on a plan. Dr. Rashid Alimov attended.',
      [
        'Firstly, the heads of state will issue statements.',
        'Secondly, the ministers agreed on a plan.',
        'Dr. Rashid Alimov attended.',
      ],
    ],
    [
      'The SCO was founded on 15 June 2001 in Shanghai, China. In Jan. 2024 the Secretariat opened an office in the U.K. capital.',
      [
        'The SCO was founded on 15 June 2001 in Shanghai, China.',
        'In Jan. 2024 the Secretariat opened an office in the U.K. capital.',
      ],
    ],
    [
      'The summit will be held in Astana, Kazakhstan, on July 4. It was attended by Mr. Modi and Gen. Belousov.',
      [
        'The summit will be held in Astana, Kazakhstan, on July 4.',
        'It was attended by Mr. Modi and Gen. Belousov.',
      ],
    ],
    [
      'The parties agreed on the following steps. 1. The member states will hold consultations. 2. They will exchange information.',
      [
        'The parties agreed on the following steps.',
        '1. The member states will hold consultations.',
        '2. They will exchange information.',
      ],
    ],
    [
      '1. The member states support the initiative.\n2. They welcome the plan.',
      ['1. The member states support the initiative.', '2. They welcome the plan.'],
    ],
    [
      'a) to strengthen cooperation in trade;\nb) to develop transport links.',
      ['a) to strengthen cooperation in trade;', 'b) to develop transport links.'],
    ],
    [
      '- The member states support the initiative.\n- They welcome the plan.',
      ['- The member states support the initiative.', '- They welcome the plan.'],
    ],
    // Abbreviations and initials of diplomatic and agency copy stay inside their sentence.
    [
      'H.E. Mr. Wang Yi met the U.N. Secretary-General in New York. Art. IV of the Charter was cited.',
      ['H.E. Mr. Wang Yi met the U.N. Secretary-General in New York.', 'Art. IV of the Charter was cited.'],
    ],
    [
      'Decision No. 5 was adopted on Sept. 16 at 10 a.m. The ministers then left.',
      ['Decision No. 5 was adopted on Sept. 16 at 10 a.m.', 'The ministers then left.'],
    ],
    [
      'Mr. Ts. Batbold and Yu. Ushakov met Dr. A. Karimov. They agreed.',
      ['Mr. Ts. Batbold and Yu. Ushakov met Dr. A. Karimov.', 'They agreed.'],
    ],
    // A point glued to the next sentence, a reference mark after the point, a lower-case restart.
    [
      'The talks ended.The SCO met in Astana.[3] It adopted a plan. the forum closed.',
      ['The talks ended.', 'The SCO met in Astana.[3]', 'It adopted a plan.', 'the forum closed.'],
    ],
    // ... but an address, a site or a number keeps its points.
    [
      'Write to info@sco.example.org. See sco.example.org/news.html. It has 1,200.50 yuan.',
      ['Write to info@sco.example.org.', 'See sco.example.org/news.html.', 'It has 1,200.50 yuan.'],
    ],
    // A list announced by a colon: each numbered item is a sentence.
    [
      'The sides agreed on the following: 1) Trade will grow. 2) Transport links will expand.',
      ['The sides agreed on the following:', '1) Trade will grow.', '2) Transport links will expand.'],
    ],
    [
      'Russia put forward two proposals: 1. to create a water council; 2. to hold a forum in 2026.',
      ['Russia put forward two proposals:', '1. to create a water council;', '2. to hold a forum in 2026.'],
    ],
    [
      'Russia put forward two proposals:\n1. to create a water council;\n2. to hold a forum.',
      ['Russia put forward two proposals:', '1. to create a water council;', '2. to hold a forum.'],
    ],
    // Numbers that do not count up are no list.
    [
      'Points 3) and 5) were noted. Item 2. The rest follows.',
      ['Points 3) and 5) were noted.', 'Item 2.', 'The rest follows.'],
    ],
    // Quotes: a point inside the quote before a lower-case word does not end the sentence.
    [
      '"We propose a water forum." he said. "We support it," the minister added.',
      ['"We propose a water forum." he said.', '"We support it," the minister added.'],
    ],
    [
      'Russia proposed an "Energy Club". in 2007 Moscow repeated it.',
      ['Russia proposed an "Energy Club".', 'in 2007 Moscow repeated it.'],
    ],
    // Bullets in the middle of a line start items.
    [
      'Priorities: • Trade and transport • Energy security',
      ['Priorities:', '• Trade and transport', '• Energy security'],
    ],
  ])('%j', (text, expected) => {
    expect(sentences(runTo(text, 'segment'))).toEqual(expected);
  });

  it('reports sentences in raw offsets that hold the same text after cleaning', () => {
    const raw = '<p>The SCO met in <b>Astana</b>. Kazakhstan proposed a&nbsp;water forum.</p>';
    const doc = runTo(raw, 'segment', 'page.html');
    const spans = (doc.sentences ?? []).map((s) => toRaw(doc, s));
    expect(spans.map((s) => raw.slice(s.start, s.end))).toEqual([
      'The SCO met in <b>Astana</b>.',
      'Kazakhstan proposed a&nbsp;water forum.',
    ]);
  });

  it('sentence indexes count up and each sentence points at the paragraph that holds it', () => {
    const doc = runTo(
      'The meeting was held in Moscow. It was chaired by Russia.\n\nThe ministers noted progress.',
      'segment',
    );
    expect((doc.sentences ?? []).map((s) => [s.index, s.paragraph])).toEqual([
      [0, 0],
      [1, 0],
      [2, 1],
    ]);
  });
});

const release = [
  'Press Release on the Meeting of Foreign Ministers',
  'The meeting was held in Moscow on 10 September 2020.',
  'Security',
  'The member states condemned terrorism in all its forms. They stressed the role of RATS.',
  'The ministers supported the fight against drug trafficking.',
  'Economic cooperation',
  'The member states noted the importance of trade.',
].join('\n\n');

describe('segment: headings', () => {
  const doc = runTo(release, 'segment');
  const paragraphOf = (start: string) => {
    const p = (doc.paragraphs ?? []).find((x) => doc.text.slice(x.start, x.end).startsWith(start));
    if (!p) throw new Error(`no paragraph starts with ${start}`);
    return p;
  };

  it.each([
    ['The meeting was held in Moscow', null],
    ['The member states condemned terrorism', 'Security'],
    ['The ministers supported the fight', 'Security'],
    ['The member states noted the importance of trade', 'Economic cooperation'],
  ])('the paragraph %j falls under the heading %j', (start, heading) => {
    expect(paragraphOf(start).heading).toBe(heading);
    expect(paragraphOf(start).isHeading).toBe(false);
  });

  it.each([['Press Release on the Meeting of Foreign Ministers'], ['Security'], ['Economic cooperation']])(
    '%j is a heading line',
    (line) => {
      expect(paragraphOf(line).isHeading).toBe(true);
    },
  );

  it.each([
    ['The meeting was held in Moscow on 10 September 2020.'],
    ['The member states condemned terrorism in all its forms.'],
  ])('the prose line %j is no heading', (line) => {
    expect(paragraphOf(line).isHeading).toBe(false);
  });
});

describe('segment: sentence offsets', () => {
  const split = (text: string) => lineSentences(text, 0, text.length).map((s) => text.slice(s.start, s.end));

  it('places sentences that hold characters other tools drop (U+3000, U+FEFF) where they stand', () => {
    expect(
      split('The SCO met in Astana.\u3000Kazakhstan proposed a\ufeff water forum. China supported it.'),
    ).toEqual(['The SCO met in Astana.', 'Kazakhstan proposed a\ufeff water forum.', 'China supported it.']);
  });

  it('reads only the range it is given', () => {
    const text = 'Skip this. The SCO met. Then it closed. Skip that.';
    const from = text.indexOf('The');
    const to = text.indexOf(' Skip that');
    expect(lineSentences(text, from, to).map((s) => text.slice(s.start, s.end))).toEqual([
      'The SCO met.',
      'Then it closed.',
    ]);
  });

  it.each([
    ['points inside one long word', 'a.'.repeat(100_000)],
    ['reference marks that never close', 'x.['.repeat(70_000)],
    ['list markers that never count up', 'Done. 1. The '.repeat(16_000)],
    ['glued capitals', 'end.The'.repeat(30_000)],
  ])('reads a 200 kB line of %s in linear time', (_, line) => {
    const t0 = performance.now();
    const spans = lineSentences(line, 0, line.length);
    expect(spans.length).toBeGreaterThan(0);
    // Linear work takes milliseconds here; a scan per point back to the word's start takes minutes.
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('gives trimmed, ordered, non-overlapping spans that cover every word of any text', () => {
    const piece = fc.constantFrom(
      'The',
      'Mr.',
      'U.S.',
      'No.',
      'a.m.',
      'said',
      '.',
      '!',
      '?',
      ' ',
      '\t',
      '\u3000',
      '\ufeff',
      '\u00a0',
      '…',
      '. . .',
      '2.5',
      '1.',
      '2)',
      'a.',
      'b)',
      '•',
      '"',
      '”',
      '(',
      ')',
      '[',
      ']',
      '。',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string()), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const spans = lineSentences(text, 0, text.length);
        let end = 0;
        for (const s of spans) {
          const value = text.slice(s.start, s.end);
          expect(value.length).toBeGreaterThan(0);
          expect(value).toBe(value.trim());
          expect(s.start).toBeGreaterThanOrEqual(end);
          end = s.end;
        }
        // Every letter or digit of the text lies inside some sentence.
        for (const m of text.matchAll(/[\p{L}\p{N}]/gu))
          expect(spans.some((s) => s.start <= m.index && m.index < s.end)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
