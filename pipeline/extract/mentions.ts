import type { Span } from '../doc.js';

/** Mentions that are not actors: named documents and initiatives, sums of money, percentages. */
export interface Mention extends Span {
  type: 'document' | 'money' | 'percent';
  value: string;
}

const HEADS =
  'Declaration|Charter|Treaty|Agreement|Convention|Strategy|Programme|Program|Plan|Initiative|Concept|Statement|Communiqu[eé]|Agenda|Protocol|Memorandum|Roadmap|Road Map|Action Plan|Resolution|Doctrine';
const TITLE_WORD = "[A-Z0-9][\\w'’-]*";
const LINK = '(?:of|on|for|and|the|in|to|between|against|with|its|&)';
/** "the Treaty on Long-Term Good-Neighbourliness, Friendship and Cooperation", "the 2030 Agenda for Sustainable Development". */
const NAMED = new RegExp(
  `(?<![\\w’'-])(?:${TITLE_WORD}[ \\t]+(?:${LINK}[ \\t]+){0,2}){0,6}(?:${HEADS})\\b(?:[ \\t]+(?:of|on|for|between|against)[ \\t]+(?:the[ \\t]+)?${TITLE_WORD}(?:[ \\t]+(?:${LINK}[ \\t]+){0,2}${TITLE_WORD}){0,8})?`,
  'g',
);
/** A title in quotation marks right after a naming word: the “Astana Declaration”. */
const QUOTED =
  /(?:initiative|Initiative|document|declaration|Declaration|statement|programme|strategy|plan|concept)\s+[“"]([^”"]{3,120})[”"]/g;
const MONEY =
  /(?:(US|U\.S\.)?\$|USD|EUR|€|RMB|¥)\s?(\d[\d,.]*)(?:\s*(billion|million|trillion|bn|mn))?|(\d[\d,.]*)\s*(billion|million|trillion)?\s*(dollars|US dollars|yuan|rubles|roubles|euros|rupees)/g;
const PERCENT = /(\d+(?:\.\d+)?)\s?(?:%|per\s?cent\b|percent\b)/g;

function money(m: RegExpExecArray): string {
  const currency =
    m[1] !== undefined || m[0].startsWith('$')
      ? 'USD'
      : m[6]
        ? m[6].replace(/^US dollars$/, 'dollars')
        : m[0].slice(0, 3);
  const amount = m[2] ?? m[4] ?? '';
  const scale = m[3] ?? m[5] ?? '';
  const code =
    currency === 'dollars'
      ? 'USD'
      : currency === 'yuan'
        ? 'CNY'
        : currency === 'rubles' || currency === 'roubles'
          ? 'RUB'
          : currency === 'euros'
            ? 'EUR'
            : currency === 'rupees'
              ? 'INR'
              : currency;
  return `${code} ${amount}${scale ? ` ${scale.replace(/^bn$/, 'billion').replace(/^mn$/, 'million')}` : ''}`;
}

const HAS_HEAD = new RegExp(`(?:${HEADS})`);

/**
 * NAMED's matches, line by line and only on lines with a head word: a name never crosses a line
 * (its words are joined by spaces and tabs), and a pattern that can start with any capitalised word
 * is costly to try at every position of a long text.
 */
function* namedMatches(text: string): Generator<{ index: number; 0: string }> {
  for (let start = 0; start < text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    const line = text.slice(start, end);
    if (HAS_HEAD.test(line)) for (const m of line.matchAll(NAMED)) yield { index: start + m.index, 0: m[0] };
    start = end + 1;
  }
}

export function findMentions(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of namedMatches(text)) {
    const t = m[0].trim();
    // "China's Belt and Road Initiative" names the initiative "Belt and Road Initiative"; "The" is no part of a name.
    const owner = /^(?:[A-Z][\w-]*(?:'s|’s)|The|This|That)\s+/.exec(t);
    if (t.slice(owner ? owner[0].length : 0).split(/\s+/).length < 2) continue;
    const start = m.index + (owner ? owner[0].length : 0);
    out.push({
      start,
      end: m.index + t.length,
      type: 'document',
      value: t.slice(owner ? owner[0].length : 0),
    });
  }
  for (const m of text.matchAll(QUOTED)) {
    const start = m.index + m[0].indexOf(m[1] ?? '');
    const value = (m[1] ?? '').replace(/[\s,;:.]+$/, '');
    if (!out.some((o) => o.start <= start && start < o.end))
      out.push({ start, end: start + value.length, type: 'document', value });
  }
  for (const m of text.matchAll(MONEY))
    out.push({ start: m.index, end: m.index + m[0].length, type: 'money', value: money(m) });
  for (const m of text.matchAll(PERCENT))
    out.push({ start: m.index, end: m.index + m[0].length, type: 'percent', value: `${m[1]}%` });
  return out.sort((a, b) => a.start - b.start);
}
