import { describe, expect, it } from 'vitest';
import type { Entity } from '../../pipeline/doc.js';
import { runTo } from '../helpers.js';

/** The entity whose text is exactly `surface` in `text`. */
function entity(text: string, surface: string): Entity | undefined {
  const doc = runTo(text, 'entities');
  return (doc.entities ?? []).find((e) => doc.text.slice(e.start, e.end) === surface);
}

describe('entities: countries', () => {
  it.each([
    ['Russia and China signed the agreement.', 'Russia', 'RUS'],
    ['Russia and China signed the agreement.', 'China', 'CHN'],
    ['The Islamic Republic of Pakistan joined the SCO in 2017.', 'The Islamic Republic of Pakistan', 'PAK'],
    ['The delegation of the Kyrgyz Republic arrived in Astana.', 'the Kyrgyz Republic', 'KGZ'],
    [
      'The Republic of Tajikistan signed the agreement with the Russian Federation.',
      'the Russian Federation',
      'RUS',
    ],
    ["The People's Republic of China chaired the meeting.", "The People's Republic of China", 'CHN'],
    ['The Iranian, Belarusian and Uzbek experts met in Minsk.', 'Belarusian', 'BLR'],
    ['The Iranian, Belarusian and Uzbek experts met in Minsk.', 'Uzbek', 'UZB'],
    ["Kazakhstan's initiative was supported by India and Pakistan.", "Kazakhstan's", 'KAZ'],
    ["Kazakhstan's initiative was supported by India and Pakistan.", 'Pakistan', 'PAK'],
  ])('%j: %j is a country, %s', (text, surface, code) => {
    const e = entity(text, surface);
    expect(e?.type).toBe('country');
    expect(e?.country).toBe(code);
  });

  it.each([
    ['Iranian experts attended the forum.', 'Iranian', 'IRN', 'country-adjective'],
    ["Kazakhstan's initiative was supported.", "Kazakhstan's", 'KAZ', 'country-name-possessive'],
    ['The summit was held in Qingdao, China.', 'China', 'CHN', 'country-location'],
    ['The summit was held in Astana.', 'Astana', 'KAZ', 'country-capital'],
  ])('%j: %j is recognised as %s by %s', (text, surface, code, via) => {
    const e = entity(text, surface);
    expect(e?.country).toBe(code);
    expect(e?.via).toBe(via);
  });

  it.each([
    ['The Russian Foreign Ministry welcomed the plan.', 'The Russian Foreign Ministry', 'RUS'],
    ['The Kyrgyz side welcomed the plan.', 'The Kyrgyz side', 'KGZ'],
  ])('%j: %j is a body of %s', (text, surface, code) => {
    const e = entity(text, surface);
    expect(e?.type).toBe('organisation');
    expect(e?.country).toBe(code);
    expect(e?.collective).not.toBe(true);
  });
});

// The long forms are stored with a straight apostrophe; a typographic one leaves only "China".
it('"The People’s Republic of China" with a typographic apostrophe is one country mention', () => {
  const e = entity('The People’s Republic of China chaired the meeting.', 'The People’s Republic of China');
  expect(e?.type).toBe('country');
  expect(e?.country).toBe('CHN');
});

describe('entities: persons', () => {
  it.each([
    [
      'Foreign Minister of the Republic of India Sushma Swaraji attended the meeting.',
      'Foreign Minister of the Republic of India Sushma Swaraji',
      'Sushma Swaraji',
      'Foreign Minister',
      'IND',
    ],
    [
      'Iranian Acting President Mokhber addressed the summit.',
      'Iranian Acting President Mokhber',
      'Mokhber',
      'Acting President',
      'IRN',
    ],
    [
      "Kazakhstan's President Tokayev chaired the meeting.",
      "Kazakhstan's President Tokayev",
      'Tokayev',
      'President',
      'KAZ',
    ],
    [
      'Chinese State Councilor and Foreign Minister Wang Yi said Wednesday.',
      'Chinese State Councilor and Foreign Minister Wang Yi',
      'Wang Yi',
      'State Councilor and Foreign Minister',
      'CHN',
    ],
    [
      'Kyrgyz Economy Minister Daniyar Amangeldiev opened the meeting.',
      'Kyrgyz Economy Minister Daniyar Amangeldiev',
      'Daniyar Amangeldiev',
      'Minister',
      'KGZ',
    ],
    [
      'Russian Defense Minister Andrey Belousov met his counterparts.',
      'Russian Defense Minister Andrey Belousov',
      'Andrey Belousov',
      'Defense Minister',
      'RUS',
    ],
    [
      'Prime Minister of Pakistan Shehbaz Sharif addressed the summit.',
      'Prime Minister of Pakistan Shehbaz Sharif',
      'Shehbaz Sharif',
      'Prime Minister',
      'PAK',
    ],
    [
      'Foreign Minister of the Kyrgyz Republic Erlan Abdyldayev attended the meeting.',
      'Foreign Minister of the Kyrgyz Republic Erlan Abdyldayev',
      'Erlan Abdyldayev',
      'Foreign Minister',
      'KGZ',
    ],
  ])('%j names %j', (text, surface, name, role, code) => {
    const e = entity(text, surface);
    expect(e?.type).toBe('person');
    expect(e?.name).toBe(name);
    expect(e?.role).toBe(role);
    expect(e?.country).toBe(code);
  });

  it.each([
    ['The summit was held on 4 July 2024 in Astana. Tokayev opened the meeting.', 'Tokayev', 'KAZ'],
    ['The summit was held on 4 July 2024 in Astana. Putin and Xi Jinping attended.', 'Putin', 'RUS'],
    ['The summit was held on 4 July 2024 in Astana. Putin and Xi Jinping attended.', 'Xi Jinping', 'CHN'],
    ['The summit was held on 15 June 2001 in Shanghai. Nazarbayev attended.', 'Nazarbayev', 'KAZ'],
    ['Indian Prime Minister Narendra Modi did not attend the summit. Modi sent a message.', 'Modi', 'IND'],
  ])('%j: the bare name %j is a leader of %s', (text, surface, code) => {
    const e = entity(text, surface);
    expect(e?.type).toBe('person');
    expect(e?.country).toBe(code);
  });
});

describe('entities: collectives', () => {
  it.each([
    ['The member states noted the importance of the Shanghai Spirit.', 'member states'],
    ['The foreign ministers exchanged views on regional issues.', 'foreign ministers'],
    ['The SCO Secretary-General presented a report.', 'Secretary-General'],
    ['The Shanghai Cooperation Organisation adopted a declaration.', 'Shanghai Cooperation Organisation'],
    ['Xinhua reported the results of the meeting.', 'Xinhua'],
  ])('%j: %j is collective and speaks for no country', (text, surface) => {
    const e = entity(text, surface);
    expect(e?.type).toBe('organisation');
    expect(e?.collective).toBe(true);
  });

  it.each([
    ['The member states noted the importance of the Shanghai Spirit.'],
    ['The foreign ministers exchanged views on regional issues.'],
    ['The heads of state adopted a joint declaration.'],
  ])('%j names no country', (text) => {
    const doc = runTo(text, 'entities');
    expect((doc.entities ?? []).filter((e) => e.country !== null)).toEqual([]);
  });
});
