import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../pipeline/extract/mentions.js';
import { scoStatus } from '../../pipeline/reference/index.js';
import { extract } from '../helpers.js';

const corpus = (name: string) => extract(readFileSync(`corpus/${name}`, 'utf8'), name);

describe('document profile of the sample corpus (values read off the documents by hand)', () => {
  it.each([
    [
      '000_7419272fa326d151.txt',
      'press release',
      '2017-09-20',
      'Council of Ministers of Foreign Affairs (extraordinary meeting)',
      'New York',
    ],
    ['001_03b34fe1c9b4c7e7.txt', 'declaration', '2020-11-10', 'Council of Heads of State', 'videoconference'],
    [
      '002_caf0c4c22fe7828d.txt',
      'news report',
      '2024-07-04',
      'Council of Heads of State (24th meeting)',
      null,
    ],
    ['003_e36df35ba171b958.txt', 'news report', '2020-09-16', null, 'Moscow'],
    ['004_08b48eb676812ce3.txt', 'encyclopedia article', null, null, null],
  ])('%s is a %s dated %s', (file, genre, date, meeting, location) => {
    const d = corpus(file).document;
    expect(d.genre).toBe(genre);
    expect(d.date).toBe(date);
    expect(d.meeting).toBe(meeting);
    if (location) expect(d.location).toBe(location);
  });

  it('lists the foreign ministers present at the 2017 extraordinary meeting with their countries', () => {
    const d = corpus('000_7419272fa326d151.txt').document;
    expect(d.participants).toContain('Sushma Swaraji (IND)');
    expect(d.participants).toContain('Sergey Lavrov (RUS)');
    expect(d.participant_countries).toEqual(['CHN', 'IND', 'KAZ', 'KGZ', 'PAK', 'RUS', 'TJK', 'UZB']);
  });
});

describe('named documents, money and percentages', () => {
  it.each([
    ['the Charter of the United Nations and', 'document', 'Charter of the United Nations'],
    [
      'implementing the 2030 Agenda for Sustainable Development.',
      'document',
      '2030 Agenda for Sustainable Development',
    ],
    ["China's Belt and Road Initiative (BRI)", 'document', 'Belt and Road Initiative'],
    ['adopted the “Astana Declaration,” and', 'document', 'Astana Declaration'],
    ['a US$10 billion loan', 'money', 'USD 10 billion'],
    ['10 billion yuan in credit', 'money', 'CNY 10 billion'],
    ['approximately 24% of the world', 'percent', '24%'],
    ['some 42 per cent of mankind', 'percent', '42%'],
  ])('%s -> %s %s', (text, type, value) => {
    expect(findMentions(text).map((m) => [m.type, m.value])).toContainEqual([type, value]);
  });

  it('finds no document name in plain prose', () => {
    expect(findMentions('The ministers discussed regional security and trade.')).toEqual([]);
  });
});

describe('entity records', () => {
  const { entities } = extract(
    'On 10 November 2020 the SCO Regional Anti-Terrorist Structure met in Tashkent. Kazakhstan’s President Tokayev spoke.',
    'x.txt',
  );
  it.each([
    ['place', 'Tashkent', 'UZB'],
    ['person', 'Kazakhstan’s President Tokayev', 'Tokayev'],
    ['date', 'On 10 November 2020', '2020-11-10'],
  ])('a %s mention "%s" is normalised to %s', (type, text, value) => {
    expect(entities.find((e) => e.type === type && e.text === text)?.value).toBe(value);
  });
  it('gives organisations their canonical name', () => {
    expect(
      entities.find((e) => e.type === 'organisation' && e.text.includes('Anti-Terrorist'))?.value,
    ).toMatch(/Regional Anti-Terrorist Structure/);
  });
  it('points every mention at its sentence', () => {
    expect(entities.every((e) => e.sentence_index === 0 || e.sentence_index === 1)).toBe(true);
  });
});

describe('SCO status of a proposer on a date', () => {
  it.each([
    ['IND', '2020-11-10', 'member'],
    ['IND', '2010-06-11', 'observer'],
    ['IRN', '2024-07-04', 'member'],
    ['BLR', '2020-11-10', 'observer'],
    ['TUR', '2020-11-10', 'dialogue_partner'],
    ['USA', '2020-11-10', 'none'],
  ])('%s on %s: %s', (code, date, status) => {
    expect(scoStatus(code, date)).toBe(status);
  });

  it('is written on every initiative record, one status per proposer', () => {
    const { initiatives } = extract(
      'On 10 November 2020, the meeting was held. The member states noted the initiative of the Republic of India to establish a special working group on innovations and startups.',
    );
    expect(initiatives.map((r) => r.proposer_status)).toEqual([['member']]);
  });
});
