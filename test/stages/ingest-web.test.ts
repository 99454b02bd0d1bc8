import { readFileSync } from 'node:fs';
import { decodeHTML } from 'entities';
import { describe, expect, it } from 'vitest';
import { toRaw } from '../../pipeline/doc.js';
import { extract, runTo } from '../helpers.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/web/${name}`, import.meta.url), 'utf8');
/** The visible text of a raw slice: tags out, entities decoded, whitespace collapsed. */
const visible = (raw: string) =>
  decodeHTML(raw.replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();

/** Every visible character of the text maps back to the raw characters it was read from. */
function expectMapsBack(doc: ReturnType<typeof runTo>, html: string) {
  for (let k = 0; k < doc.text.length; k++) {
    const c = doc.text[k] as string;
    if (/\s/.test(c)) continue;
    const span = toRaw(doc, { start: k, end: k + 1 });
    const raw = html.slice(span.start, span.end);
    expect(
      raw === c || decodeHTML(raw).includes(c),
      `${JSON.stringify(c)} at ${k} maps to ${JSON.stringify(raw)}`,
    ).toBe(true);
  }
}

describe('ingest: a news page keeps its article and drops the page around it', () => {
  const html = fixture('council-news.html');
  const doc = runTo(html, 'ingest', 'council-news.html');

  it.each([
    ['the headline', 'Council of Foreign Ministers meets in Astana'],
    ['the first paragraph', 'met in Astana on Tuesday to prepare the summit'],
    ['the proposal', 'proposed to hold a forum on food\u00a0security in 2025.'],
    ['the last paragraph', 'which the heads of state are expected to sign.'],
  ])('%s is kept', (_, text) => {
    expect(doc.text).toContain(text);
  });

  it.each([
    ['the doctype', 'DOCTYPE'],
    ['the cookie banner', 'We use cookies'],
    ['the cookie button', 'Accept all cookies'],
    ['the menu', 'Politics'],
    ['the teaser', 'regional development bank'],
    ['the related-stories heading', 'Related stories'],
    ['the share buttons', 'Share on Facebook'],
    ['the footer', 'All rights reserved'],
    ['a script', 'dataLayer'],
    ['the JSON-LD', 'schema.org'],
    ['a style sheet', 'position: fixed'],
  ])('%s is dropped', (_, text) => {
    expect(doc.text).not.toContain(text);
  });

  it('every character of the text maps back to the raw characters it was read from', () => {
    expectMapsBack(doc, html);
  });

  it('the page metadata comes from the same parse', () => {
    expect(doc.page).toEqual({
      title: 'Council of Foreign Ministers meets in Astana',
      url: 'https://wire.example.org/2024/05/21/cfm-astana',
      published: '2024-05-21T09:30:00+05:00',
      site: 'Eurasia Daily Wire',
    });
  });
});

describe('extraction on a news page: the teaser gives no record, the article does', () => {
  const html = fixture('council-news.html');
  const result = extract(html, 'council-news.html');

  it('one record: the article proposal, not the teaser', () => {
    expect(result.initiatives.map((r) => [r.proposers, r.initiative])).toEqual([
      [['KAZ'], 'hold a forum on food security in 2025'],
    ]);
  });

  it('its raw offsets slice back to the proposal in the page', () => {
    const [r] = result.initiatives;
    expect(r).toBeDefined();
    if (!r) return;
    expect(html.slice(r.sentence_start, r.sentence_end)).toBe(
      'The <b>Republic of Kazakhstan</b> proposed to hold a forum on <i>food&nbsp;security</i> in 2025.',
    );
    expect(visible(html.slice(r.initiative_start, r.initiative_end))).toBe(r.initiative);
    expect(html.slice(r.cue_start, r.cue_end)).toBe(r.cue);
    expect(r.sentence).toBe('The Republic of Kazakhstan proposed to hold a forum on food security in 2025.');
  });

  it('the document title is the headline, not the first paragraph', () => {
    expect(result.document.title).toBe('Council of Foreign Ministers meets in Astana');
  });

  it('no sentence comes from the page furniture', () => {
    const text = result.sentences.map((s) => s.text).join(' ');
    expect(text).not.toMatch(/cookies|Politics|Related|rights reserved|Share on/);
    for (const s of result.sentences) expect(visible(html.slice(s.start, s.end))).toBe(s.text);
  });
});

describe('ingest: a ministry page with a sidebar of other news', () => {
  const html = fixture('ministry-release.html');
  const result = extract(html, 'ministry-release.html');
  const doc = runTo(html, 'ingest', 'ministry-release.html');

  it('the sidebar proposal gives no record; the article initiative does', () => {
    expect(result.initiatives.map((r) => r.proposers)).toEqual([['UZB']]);
    expect(doc.text).not.toContain('flood relief');
    expect(doc.text).not.toContain('Send to a friend');
    expect(doc.text).not.toContain('Materials may be reproduced');
  });

  it('its metadata falls back on <title>, og:url and <time datetime>', () => {
    expect(doc.page).toEqual({
      title: 'Press release No. 412 - Ministry of Foreign Affairs',
      url: 'https://mfa.example.gov/en/press/412',
      published: '2023-10-26',
      site: null,
    });
  });
});

describe('ingest: page metadata, source by source', () => {
  it.each([
    ['<html><head><title> A  title </title></head><body><h1>Headline</h1></body></html>', 'title', 'A title'],
    ['<html><body><h1>Only a <em>headline</em></h1><p>Text.</p></body></html>', 'title', 'Only a headline'],
    [
      '<link rel="canonical" href="https://a.example/x"><meta property="og:url" content="https://b.example/y">',
      'url',
      'https://a.example/x',
    ],
    [
      '<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2022-09-16"}]}</script>',
      'published',
      '2022-09-16',
    ],
    ['<script type="application/ld+json">{ not json</script><p>Text.</p>', 'published', null],
    [
      '<script type="application/ld+json">{"publisher":{"@type":"Organization","name":"SCO Secretariat"}}</script>',
      'site',
      'SCO Secretariat',
    ],
    [
      '<script type="application/ld+json">{"datePublished":["2021-06-15"],"publisher":[{"name":"Xinhua"}]}</script>',
      'site',
      'Xinhua',
    ],
  ])('%s gives %s = %j', (html, key, value) => {
    const doc = runTo(html, 'ingest', 'page.html');
    expect(doc.page?.[key as 'title' | 'url' | 'published' | 'site']).toBe(value);
  });

  it('a text file has no page metadata', () => {
    expect(runTo('<title>Not a page</title>', 'ingest', 'notes.txt').page).toBeUndefined();
  });
});

describe('ingest: no page is lost', () => {
  it('a page of menus only keeps its text, with a warning', () => {
    const html = '<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav></body></html>';
    const doc = runTo(html, 'ingest', 'menu.html');
    expect(doc.text).toContain('Home');
    expect(doc.messages).toEqual([
      expect.objectContaining({ rule: 'html-no-main-text', severity: 'warning' }),
    ]);
  });

  it('a page too deep for Readability keeps its paragraphs, with a note saying so', () => {
    const html = `${'<div>'.repeat(5000)}<p>Kazakhstan proposed a forum.</p>${'</div>'.repeat(5000)}`;
    const doc = runTo(html, 'ingest', 'deep.html');
    expect(doc.text).toBe('Kazakhstan proposed a forum.');
    expect(doc.messages).toEqual([
      expect.objectContaining({ rule: 'html-paragraph-fallback', severity: 'info' }),
    ]);
  });

  it('a page whose article is found gives no warning', () => {
    expect(runTo(fixture('council-news.html'), 'ingest', 'council-news.html').messages).toEqual([]);
  });
});

describe('ingest: offsets survive what the parser changes', () => {
  it.each([
    [
      'CR LF line ends',
      '<html><body><article><h1>Title</h1>\r\n<p>Kazakhstan\r\nproposed a forum.</p>\r\n</article></body></html>',
    ],
    [
      'entities of every kind',
      '<p>A&amp;B &lt;tag&gt; caf&eacute; &#233;t&#xE9; &copy 2024 &#128512; &nbsp;end&hellip;</p>',
    ],
    [
      'text in a table',
      '<table><tr><td>Kyrgyzstan</td><td>proposed a <a href="#">road</a> map.</td></tr></table>',
    ],
  ])('%s: every character maps back', (_, html) => {
    const doc = runTo(html, 'ingest', 'page.html');
    expect(doc.text.trim()).not.toBe('');
    expectMapsBack(doc, html);
  });

  it('a word split by a line end maps back to the raw line end', () => {
    const html =
      '<p>Kazakhstan\r\nproposed a forum on food security and on the transport of goods by rail.</p>';
    const doc = runTo(html, 'ingest', 'page.html');
    const start = doc.text.indexOf('Kazakhstan\nproposed');
    expect(start).toBeGreaterThanOrEqual(0);
    const span = toRaw(doc, { start, end: start + 'Kazakhstan\nproposed'.length });
    expect(html.slice(span.start, span.end)).toBe('Kazakhstan\r\nproposed');
  });
});
