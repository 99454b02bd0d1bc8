import { describe, expect, it } from 'vitest';
import { toRaw } from '../../pipeline/doc.js';
import { runTo } from '../helpers.js';

const html = [
  '<html><head><title>SCO Press Release</title><style>p { color: red; }</style>',
  '<script>var tracker = "Russia proposed";</script></head><body>',
  '<nav><a href="/">Home</a> | <a href="/news">News</a></nav>',
  '<h1>Meeting of the Council of Foreign Ministers</h1>',
  '<p>The <b>Republic of Kazakhstan</b> proposed to hold a forum on <i>food&nbsp;security</i>.</p>',
  '<!-- editor note: check -->',
  '<p>Uzbekistan&#8217;s initiative to create a transport corridor &amp; a logistics hub was supported.</p>',
  '</body></html>',
].join('\n');

describe('ingest: HTML', () => {
  const doc = runTo(html, 'ingest', 'release.html');

  it.each([
    ['Republic of Kazakhstan'],
    ['proposed'],
    ['Meeting of the Council of Foreign Ministers'],
    ['forum'],
    ['transport corridor'],
    ['logistics hub'],
    ['supported'],
  ])('the visible words %j map back to the same words in the raw HTML', (word) => {
    const start = doc.text.indexOf(word);
    expect(start).toBeGreaterThanOrEqual(0);
    const span = toRaw(doc, { start, end: start + word.length });
    expect(doc.raw.slice(span.start, span.end)).toBe(word);
  });

  it.each([
    ['<b>'],
    ['</p>'],
    ['tracker'],
    ['color: red'],
    ['editor note'],
    ['Home'],
    ['&amp;'],
    ['&#8217;'],
  ])('markup and non-prose content %j is gone from the text', (markup) => {
    expect(doc.text).not.toContain(markup);
  });

  it.each([
    ['food\u00a0security', 'food&nbsp;security'],
    ['Uzbekistan’s', 'Uzbekistan&#8217;s'],
    ['corridor & a', 'corridor &amp; a'],
  ])('entity-decoded text %j maps back to the raw %j', (visible, raw) => {
    const start = doc.text.indexOf(visible);
    expect(start).toBeGreaterThanOrEqual(0);
    const span = toRaw(doc, { start, end: start + visible.length });
    expect(doc.raw.slice(span.start, span.end)).toBe(raw);
  });

  it('block tags separate the heading from the paragraphs', () => {
    expect(doc.text).toMatch(/Foreign Ministers\s*\n[\s\S]*\n\s*The Republic of Kazakhstan/);
  });
});

describe('ingest: plain text', () => {
  it.each([
    ['On 20 September 2017, the meeting was held in New York.', 'news.txt'],
    ['<p>Markup-looking text in a .txt file is left alone.</p>', 'notes.txt'],
  ])('%j is unchanged when the file is not HTML', (text, file) => {
    const doc = runTo(text, 'ingest', file);
    expect(doc.text).toBe(text);
  });
});
