import { abbreviations } from '../reference/index.js';

/**
 * List markers as documents write them: hyphens and dashes, the bullet symbols of the reference data
 * (the segmenter reads the same list), emoji, numbers and letters ("1.", "2)", "a)").
 */
export const BULLET = String.raw`(?:[-–—*${abbreviations.bullets.join('')}]|\p{Extended_Pictographic})`;
export const ENUMERATOR = String.raw`(?:\d{1,2}[.)]|[a-z][.)])`;
