import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fullDay, writeReport } from '../pipeline/report/report.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const record = (
  id: string,
  canonical: string,
  proposers: [string, string][],
  initiative: string,
  date: string | null,
  theme: string | null,
  document: string,
  person: string | null = null,
) => {
  const sentence = `The delegation proposed to ${initiative} within the framework of the Organisation.`;
  const start = 1000;
  const at = start + sentence.indexOf(initiative);
  return {
    id,
    document,
    proposers: proposers.map((p) => p[0]),
    proposer_names: proposers.map((p) => p[1]),
    proposer_status: proposers.map(() => 'member'),
    person,
    initiative,
    cue: 'proposed',
    sco_response: null,
    date,
    date_source: 'sentence',
    theme,
    sentence,
    sentence_index: 3,
    sentence_start: start,
    sentence_end: start + sentence.length,
    initiative_start: at,
    initiative_end: at + initiative.length,
    cue_start: start + 15,
    cue_end: start + 23,
    rule: 'verb-subject',
    confidence: 0.8,
    document_id: '614b600115ae9ddc',
    canonical_id: canonical,
  };
};

const CHN: [string, string] = ['CHN', 'China'];
const RUS: [string, string] = ['RUS', 'Russia'];
const KGZ: [string, string] = ['KGZ', 'Kyrgyzstan'];
const RECORDS = [
  record('r1', 'aaaaaaaaaaa1', [KGZ], 'establish an SCO Development Bank', '2020-11-10', 'Economy', 'a.txt'),
  record('r2', 'aaaaaaaaaaa1', [KGZ], 'set up the SCO Development Bank', '2024-07-04', 'Economy', 'b.txt'),
  record(
    'r3',
    'aaaaaaaaaaa2',
    [CHN, RUS],
    'create a free trade area',
    '2003-09',
    null,
    'a.txt',
    'Wen Jiabao',
  ),
  record(
    'r4',
    'aaaaaaaaaaa3',
    [RUS],
    'hold joint anti-terrorist exercises',
    '2019',
    'Security',
    'c.txt',
    'V. Putin',
  ),
  record('r5', 'aaaaaaaaaaa4', [CHN], 'open an energy club <script>alert(1)</script>', null, null, 'c.txt'),
];
/** A linked initiative over the records that carry its id. */
function canonical(id: string, label: string, first: string | null, last: string | null) {
  const rs = RECORDS.filter((r) => r.canonical_id === id);
  return {
    canonical_id: id,
    label,
    proposers: [...new Set(rs.flatMap((r) => r.proposers))].sort(),
    themes: [...new Set(rs.flatMap((r) => (r.theme ? [r.theme] : [])))],
    first_date: first,
    last_date: last,
    first_year: first ? Number(first.slice(0, 4)) : null,
    documents: [...new Set(rs.map((r) => r.document))].sort(),
    record_ids: rs.map((r) => r.id),
    mentions: rs.length,
    key_terms: [],
  };
}
const CANONICAL = [
  canonical('aaaaaaaaaaa1', 'SCO Development Bank', '2020-11-10', '2024-07-04'),
  canonical('aaaaaaaaaaa2', 'free trade area', '2003-09', '2003-09'),
  canonical('aaaaaaaaaaa3', 'joint anti-terrorist exercises', '2019', '2019'),
  canonical('aaaaaaaaaaa4', 'energy club', null, null),
];
const SUMMARY = {
  generated_by: 'sco-initiatives 0.1.0',
  documents: 3,
  documents_failed: 0,
  records: 5,
  distinct_initiatives: 4,
  by_country: [
    { country: 'CHN', name: 'China', records: 2, distinct: 2 },
    { country: 'KGZ', name: 'Kyrgyzstan', records: 2, distinct: 1 },
    { country: 'RUS', name: 'Russia', records: 2, distinct: 2 },
  ],
  by_year: [
    { year: 2003, records: 1, distinct: 1 },
    { year: 2019, records: 1, distinct: 1 },
    { year: 2020, records: 1, distinct: 1 },
    { year: 2024, records: 1, distinct: 1 },
    { year: null, records: 1, distinct: 1 },
  ],
  by_theme: [
    { theme: 'Economy', records: 2, distinct: 1 },
    { theme: 'Security', records: 1, distinct: 1 },
    { theme: null, records: 2, distinct: 2 },
  ],
  by_rule: [{ rule: 'verb-subject', records: 5 }],
};

const jsonl = (rows: unknown[]) => rows.map((r) => `${JSON.stringify(r)}\n`).join('');

function fixture(withExtras: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'sco-report-'));
  writeFileSync(join(dir, 'initiatives.jsonl'), jsonl(RECORDS));
  if (withExtras) {
    writeFileSync(join(dir, 'initiatives_canonical.jsonl'), jsonl(CANONICAL));
    writeFileSync(join(dir, 'summary.json'), JSON.stringify(SUMMARY));
  }
  return dir;
}

describe('fullDay', () => {
  it('widens partial dates to the first or last day of their period', () => {
    expect(fullDay('2019')).toBe('2019-01-01');
    expect(fullDay('2019', true)).toBe('2019-12-31');
    expect(fullDay('2024-02', true)).toBe('2024-02-29');
    expect(fullDay('2020-11-10', true)).toBe('2020-11-10');
  });
});

describe('the support matrix in the report (no browser needed)', () => {
  it('carries the matrix and the stance rows with their evidence, and its page script parses', async () => {
    const dir = fixture(false);
    const stance = (actor: string, stance: string, inferred = false) => ({
      id: 'aaaaaaaaaaaaaaaa',
      document: 'a.txt',
      initiative_id: null,
      canonical_id: null,
      initiative: 'Belt and Road Initiative',
      owners: ['CHN'],
      actor,
      actor_type: 'country',
      stance,
      inferred,
      cue: 'Reaffirming their support for',
      cue_start: 0,
      cue_end: 29,
      sentence: 'Reaffirming their support for China’s Belt and Road Initiative, Kazakhstan notes ...',
      sentence_index: 0,
      sentence_start: 0,
      sentence_end: 80,
      date: '2020-11-10',
      rule: inferred ? 'not-in-list' : 'participle',
      confidence: 0.9,
    });
    writeFileSync(
      join(dir, 'stances.jsonl'),
      jsonl([stance('KAZ', 'support'), stance('IND', 'not_joined', true)]),
    );
    try {
      const html = readFileSync(await writeReport(dir), 'utf8');
      const json = /id="report-data">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '{}';
      const data = JSON.parse(json);
      expect(data.support).toEqual({
        countries: ['CHN', 'KAZ'],
        matrix: [
          [0, 0],
          [1, 0],
        ],
      });
      expect(data.stances.map((s: { actor: string; stance: string }) => [s.actor, s.stance])).toEqual([
        ['KAZ', 'support'],
        ['IND', 'not joined (inferred)'],
      ]);
      const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
      expect(() => new Function(scripts.at(-1) ?? '')).not.toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.skipIf(!existsSync(CHROMIUM))('the HTML report in a browser', () => {
  let browser: Browser;
  const dirs: string[] = [];
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  /** Opens a report; returns the page with the errors and requests it produced. */
  async function open(withExtras: boolean) {
    const dir = fixture(withExtras);
    dirs.push(dir);
    const path = await writeReport(dir);
    expect(path).toBe(join(dir, 'report.html'));
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('request', (r) => requests.push(r.url()));
    const url = pathToFileURL(path).href;
    await page.goto(url);
    await page.waitForSelector('body[data-ready]', { timeout: 20_000 });
    return { page, errors, requests, url, html: readFileSync(path, 'utf8') };
  }

  it('renders every chart and the table offline, without errors, and filters rows', async () => {
    const { page, errors, requests, url, html } = await open(true);
    expect(await page.getAttribute('body', 'data-ready')).toBe('yes');
    expect(errors).toEqual([]);
    expect(requests).toEqual([url]);
    // The record text is data, never markup.
    expect(html).not.toContain('<script>alert(1)');

    for (const id of ['chart-country', 'chart-year', 'chart-theme', 'chart-timeline']) {
      const marks = await page.locator(`#${id} svg g.role-mark > path`).count();
      expect(marks, id).toBeGreaterThan(0);
    }
    // Years in order with undated ones last; records without a theme get a label.
    const xAxis = page.locator('#chart-year svg g.role-axis').filter({ hasText: 'undated' });
    expect(await xAxis.locator('g.role-axis-label text').allTextContents()).toEqual([
      '2003',
      '2019',
      '2020',
      '2024',
      'undated',
    ]);
    expect(await page.locator('#chart-theme svg').textContent()).toContain('(no theme)');
    // One timeline bar per dated canonical initiative.
    expect(await page.locator('#chart-timeline svg g.mark-rect.role-mark > path').count()).toBe(3);
    expect(await page.locator('#totals').textContent()).toContain('4distinct initiatives');

    const visible = () => page.locator('#records tbody tr:not([hidden])').count();
    expect(await visible()).toBe(5);
    expect(await page.locator('#count').textContent()).toBe('5 of 5 records');
    await page.fill('#search', 'development bank');
    expect(await visible()).toBe(2);
    expect(await page.locator('#count').textContent()).toBe('2 of 5 records');
    await page.fill('#search', 'putin');
    expect(await visible()).toBe(1);
    await page.fill('#search', '');
    expect(await visible()).toBe(5);

    const row = page.locator('#records tbody tr').nth(2);
    expect(await row.locator('td').allTextContents()).toEqual([
      'China, Russia',
      'Wen Jiabao',
      '2003-09',
      'create a free trade area',
      RECORDS[2]?.sentence,
      'a.txt',
    ]);
    expect(await row.locator('mark').textContent()).toBe('create a free trade area');

    const shot = join(tmpdir(), `sco-report-${process.pid}.png`);
    await page.screenshot({ path: shot, fullPage: true });
    console.log(`report screenshot: ${shot}`);
    await page.close();
  });

  it('derives charts and timeline from initiatives.jsonl alone', async () => {
    const { page, errors } = await open(false);
    expect(errors).toEqual([]);
    expect(await page.getAttribute('body', 'data-ready')).toBe('yes');
    expect(await page.locator('#chart-country svg g.role-mark > path').count()).toBe(6);
    expect(await page.locator('#chart-timeline svg g.mark-rect.role-mark > path').count()).toBe(3);
    expect(await page.locator('#records tbody tr').count()).toBe(5);
    await page.close();
  });
});
