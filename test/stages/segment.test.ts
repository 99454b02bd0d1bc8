import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../pipeline/adapters/wink.js';
import type { Doc } from '../../pipeline/doc.js';
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
  ])('%j', (text, expected) => {
    expect(sentences(runTo(text, 'segment'))).toEqual(expected);
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

describe('segment: sentence offsets from wink', () => {
  it('places sentences that hold characters wink drops (U+3000, U+FEFF) where they stand', () => {
    const text = 'The SCO met in Astana.\u3000Kazakhstan proposed a\ufeff water forum. China supported it.';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'The SCO met in Astana.',
      'Kazakhstan proposed a\ufeff water forum.',
      'China supported it.',
    ]);
  });

  it('gives trimmed, ordered, non-overlapping spans that cover every word of any text', () => {
    const piece = fc.constantFrom(
      'The',
      'Mr.',
      'U.S.',
      'said',
      '.',
      '!',
      '?',
      ' ',
      '\n',
      '\t',
      '\u3000',
      '\ufeff',
      '\u00a0',
      '…',
      '2.5',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string()), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const spans = splitSentences(text);
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
