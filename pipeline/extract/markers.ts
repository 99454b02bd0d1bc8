/**
 * List markers as documents write them: hyphens and dashes, bullets, arrows, check marks, emoji,
 * numbers and letters ("1.", "2)", "a)"). One source for the cleaner, the segmenter and the list reader.
 */
export const BULLET = String.raw`(?:[-–—•●▪◦‣∙·*►▸➢➤→✓✔☑]|\p{Extended_Pictographic})`;
export const ENUMERATOR = String.raw`(?:\d{1,2}[.)]|[a-z][.)])`;
/** A marker alone (split off by the sentence splitter). */
export const MARKER_ONLY = new RegExp(String.raw`^\s*(?:${ENUMERATOR}|${BULLET})\s*$`, 'u');
