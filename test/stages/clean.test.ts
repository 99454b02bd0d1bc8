import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Doc } from '../../pipeline/doc.js';
import { runTo } from '../helpers.js';

const clean = (text: string): Doc => runTo(text, 'clean');

/** The opening of the encyclopedia article in the sample corpus: markdown, hard-wrapped at ~80 columns. */
const wrapped = readFileSync(new URL('../../corpus/004_08b48eb676812ce3.txt', import.meta.url), 'utf8')
  .split('\n')
  .slice(0, 42)
  .join('\n');

describe('clean: joins', () => {
  it.each([
    [
      'page break after a dangling "the"',
      'The Heads of State reaffirmed their commitment to the purposes and principles of the\n\nCharter of the United Nations.\n\nThe member states noted the results of the meeting.',
      'the purposes and principles of the Charter of the United Nations.',
    ],
    [
      'page break before a lowercase word',
      'The member states support the efforts of\n\nthe parties to settle the situation.\n\nThey welcomed the results.',
      'support the efforts of the parties to settle',
    ],
    [
      'single line break inside a sentence',
      'The ministers exchanged views on\nregional security and cooperation.',
      'exchanged views on regional security',
    ],
    [
      'Windows line endings inside a sentence',
      'The ministers exchanged views on\r\nregional security.\r\n\r\nThey noted progress.',
      'exchanged views on regional security.\n\nThey noted progress.',
    ],
  ])('%s', (_name, input, expected) => {
    expect(clean(input).text).toContain(expected);
  });

  it.each([
    [
      "It was established in 2001 by the People's Republic of China, Kazakhstan, Kyrgyzstan, Russia, and Tajikistan and Uzbekistan.",
    ],
    [
      'In June 2001, the leaders of these nations and Uzbekistan met in Shanghai to announce a new organization with deeper political and economic cooperation.',
    ],
    [
      'The SCO is governed by the Heads of State Council (HSC), its supreme decision making body, which meets once a year.',
    ],
  ])('hard-wrapped corpus lines are unwrapped: %j', (sentence) => {
    expect(clean(wrapped).text).toContain(sentence);
  });
});

describe('clean: breaks that stay', () => {
  it.each([
    [
      'a finished paragraph',
      'The meeting was held in Moscow.\n\nThe ministers noted progress.',
      'Moscow.\n\nThe ministers',
    ],
    ['a heading', 'Security\n\nThe member states condemned terrorism.', 'Security\n\nThe member states'],
    [
      'dash list items',
      'The parties agreed:\n- to hold a forum;\n- to set up a centre.',
      'agreed:\n- to hold a forum;\n- to set up',
    ],
    ['numbered items', 'Proposals\n1. create a fund\n2. open a centre', '1. create a fund\n2. open a centre'],
    [
      'markdown heading marks removed, line kept',
      '## Origins\n\n### The Shanghai Five\n\nThe group was created.',
      'Origins\n\nThe Shanghai Five\n\nThe group',
    ],
  ])('%s', (_name, input, expected) => {
    expect(clean(input).text).toContain(expected);
  });

  it('headings of the corpus article stay on lines of their own', () => {
    const lines = clean(wrapped)
      .text.split('\n')
      .map((l) => l.trim());
    expect(lines).toContain('Origins');
    expect(lines).toContain('The Shanghai Five');
    expect(lines).toContain('Eurasian multilateral security organization');
  });
});

describe('clean: markdown', () => {
  it.each([
    [
      'The **Shanghai Cooperation Organisation** (**SCO**) is a regional body.',
      'The Shanghai Cooperation Organisation (SCO) is a regional body.',
    ],
    ['The _Shanghai Spirit_ guides the Organisation.', 'The Shanghai Spirit guides the Organisation.'],
    ['The *Astana Declaration* was adopted.', 'The Astana Declaration was adopted.'],
    ['__Moscow Declaration__ of the Council', 'Moscow Declaration of the Council'],
  ])('%j loses its emphasis marks', (input, expected) => {
    expect(clean(input).text).toBe(expected);
  });

  it.each([['the SCO_RATS_2024 file'], ['2 * 3 = 6']])('%j keeps marks that are not emphasis', (input) => {
    expect(clean(input).text).toBe(input);
  });
});

describe('clean: offsets', () => {
  it.each([
    ['hard-wrapped corpus text', wrapped],
    ['page break', 'principles of the\n\nCharter of the United Nations.'],
    ['markdown', 'The **Shanghai Cooperation Organisation** (**SCO**) and the _Shanghai Spirit_.'],
    ['capture marker', ' date 2020-09-17 BEIJING, Sept. 16 (Xinhua) -- The meeting was held.'],
    ['tabs and no-break spaces', 'The\tSCO\u00a0Secretariat\r\nin Beijing.'],
  ])('every character of the cleaned %s maps back to raw', (_name, input) => {
    const doc = clean(input);
    expect(doc.startMap.length).toBe(doc.text.length);
    expect(doc.endMap.length).toBe(doc.text.length);
    let previous = 0;
    for (let i = 0; i < doc.text.length; i++) {
      const start = doc.startMap[i] ?? -1;
      const end = doc.endMap[i] ?? -1;
      expect(start).toBeGreaterThanOrEqual(previous);
      expect(end).toBeGreaterThan(start);
      expect(end).toBeLessThanOrEqual(doc.raw.length);
      const ch = doc.text[i] ?? '';
      if (/\S/.test(ch)) expect(doc.raw[start]).toBe(ch);
      previous = start;
    }
  });
});
