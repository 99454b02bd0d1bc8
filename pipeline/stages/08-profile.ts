import type { Doc, Entity } from '../doc.js';
import type { Stage } from '../stage.js';

/** What kind of document, which meeting, where, and who took part. */
export interface Profile {
  genre: 'declaration' | 'press release' | 'news report' | 'encyclopedia article' | 'other';
  meeting: string | null;
  location: string | null;
  participants: string[];
  participantCountries: string[];
}

const DECLARATION = /\b(?:Declaration|Communiqu[eé]|Joint Statement)\b/;
const RELEASE =
  /^(?:Press [Rr]elease|Comment by|Statement by|Remarks by|Speech by|Address by|Information and Press|Briefing by|Joint Press)/m;
const NEWS =
  /^[A-Z][A-Za-z .'/-]{2,30},\s+(?:\d{1,2}\s+)?[A-Z][a-z]{2,8}\.?\s*\d{0,2}|\((?:Xinhua|TASS|BelTA|Reuters|AFP|AP|IRNA|APP|PTI|Kazinform|TDI)\)|\/TASS\/|\breports\b|\bsaid\b/m;
const ENCYCLOPEDIA = /^#{1,3} |\bis an? (?:[\w-]+ ){0,6}(?:organi[sz]ation|alliance|bloc)\b/m;
const COUNCIL =
  /\b(?:(\d+)(?:st|nd|rd|th)\s+|(?:the\s+)?(Extraordinary|extraordinary)\s+)?(?:SCO\s+)?(?:[Mm]eeting|[Ss]ummit|[Ss]ession)\s+of\s+the\s+(?:SCO\s+)?(Council\s+of\s+(?:the\s+)?(?:Heads\s+of\s+State|Heads\s+of\s+Government|Ministers\s+of\s+Foreign\s+Affairs|Foreign\s+Ministers|Defen[cs]e\s+Ministers)(?:\s+of\s+(?:the\s+)?(?:Member\s+States|SCO))?)/;
const COUNCIL_BARE =
  /\b(?:SCO\s+)?(Council\s+of\s+(?:Heads\s+of\s+State|Heads\s+of\s+Government|Ministers\s+of\s+Foreign\s+Affairs|Foreign\s+Ministers))\b/;
const HELD_IN =
  /\bheld\s+(?:(via\s+videoconference|via\s+video\s+link|online|virtually)|in\s+([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?))/;
const PRESENT =
  /\b(?:attended|attend|took part|participated|chaired|present|met with|addressed|represented|represent)\b/;

function genre(doc: Doc): Profile['genre'] {
  const head = doc.text.slice(0, 1500);
  const title = doc.meta?.title ?? '';
  if (RELEASE.test(title) || RELEASE.test(head)) return 'press release';
  if (DECLARATION.test(title) && /\b(?:declare|member states|leaders)\b/i.test(head)) return 'declaration';
  if (ENCYCLOPEDIA.test(doc.raw.slice(0, 3000)) && !NEWS.test(head.slice(0, 200)))
    return 'encyclopedia article';
  if (NEWS.test(head) || /\b(?:said|says|reported|according to)\b|^Source: /m.test(doc.text))
    return 'news report';
  return 'other';
}

function meeting(text: string): string | null {
  const m = COUNCIL.exec(text.slice(0, 4000));
  if (m) {
    const council = (m[3] ?? '').replace(/\s+/g, ' ');
    const which = m[1] ? `${m[1]}${ordinal(Number(m[1]))} meeting` : m[2] ? 'extraordinary meeting' : null;
    return which ? `${council} (${which})` : council;
  }
  const bare = COUNCIL_BARE.exec(text.slice(0, 2000));
  return bare ? (bare[1] ?? '').replace(/\s+/g, ' ') : null;
}

const ordinal = (n: number) =>
  n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');

function location(doc: Doc): string | null {
  const head = doc.text.slice(0, 3000);
  const held = HELD_IN.exec(head);
  if (held) return held[1] ? 'videoconference' : (held[2] ?? null);
  const capital = (doc.entities ?? []).find((e) => e.via === 'country-capital' && e.start < 1500);
  return capital ? doc.text.slice(capital.start, capital.end) : null;
}

function participants(doc: Doc): { names: string[]; countries: string[] } {
  const names = new Map<string, Entity>();
  for (const s of (doc.sentences ?? []).slice(0, 30)) {
    if (!PRESENT.test(doc.text.slice(s.start, s.end))) continue;
    for (const e of doc.entities ?? []) {
      if (e.start >= s.start && e.end <= s.end && e.type === 'person' && e.country && !e.collective)
        names.set(e.name, e);
    }
  }
  const list = [...names.values()];
  return {
    names: list.map((e) => `${e.name} (${e.country})`),
    countries: [...new Set(list.map((e) => e.country as string))].sort(),
  };
}

export function profile(): Stage {
  return {
    name: 'profile',
    requires: ['meta', 'entities', 'sentences'],
    assigns: ['profile'],
    run(doc) {
      const p = participants(doc);
      doc.profile = {
        genre: genre(doc),
        meeting: meeting(doc.text),
        location: location(doc),
        participants: p.names,
        participantCountries: p.countries,
      };
    },
  };
}
