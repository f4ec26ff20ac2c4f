/**
 * Is a screen in the language it should be? A screen's text comes in segments, each with the
 * `lang` its element carries (the nearest `lang` attribute). Pure: the e2e tests collect the
 * segments in the browser (screen-text.ts) and judge them here; the unit tests show each check
 * failing on a screen that is wrong.
 */
import { langOfTag } from '../../lib/i18n/language.ts';
import { textLanguage } from '../../lib/i18n/page-language.ts';

export interface Segment {
  text: string;
  /** The nearest `lang` attribute of the text's element ('' when none). */
  lang: string;
}

/** Web addresses, then host names and dotted numbers (127.0.0.1, pubs.usgs.gov, example.com): not words of a language. */
const URL = /\bhttps?:\/\/[^\s\u3000-\u303f\uff00-\uffef]+/g;
const HOST = /[\w-]+(?:\.[\w-]+)+/g;
/** A run of Latin letters, with inner apostrophes ("China's"): one word. */
const LATIN_WORD = /[A-Za-z]+(?:['’][A-Za-z]+)*/g;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `phrase` as a whole: no letter right before or after it. */
const whole = (phrase: string, flags = '') => new RegExp(`(?<![A-Za-z])${escape(phrase)}(?![A-Za-z])`, flags);

/**
 * The Latin words left in `text` once addresses and the `allowed` phrases (names, sources, units,
 * key names: matched whole and case-sensitively, longest first) are taken out. On a Chinese screen
 * this is the English that should not be there; on an English screen it is nearly everything.
 */
export function latinWords(text: string, allowed: readonly string[] = []): string[] {
  let rest = text.replace(URL, ' ');
  for (const phrase of [...allowed].sort((a, b) => b.length - a.length)) rest = rest.replace(whole(phrase, 'g'), ' ');
  return rest.replace(HOST, ' ').match(LATIN_WORD) ?? [];
}

/** The screen's text in one string. */
export function joined(segments: readonly Segment[]): string {
  return segments.map((s) => s.text).join(' ');
}

/**
 * Segments whose text is in one language and marked as another (or not marked, under a screen of
 * the other language): Chinese read out as English, an English title read out as Chinese. Only
 * text long enough to tell counts (lib/i18n/page-language.ts decides, as it does for pages).
 */
export function misMarked(segments: readonly Segment[]): Segment[] {
  return segments.filter((s) => {
    const written = textLanguage(s.text);
    return written !== undefined && langOfTag(s.lang) !== written;
  });
}

/** Segments showing one of `names` (English names on a Chinese screen) not marked as English. */
export function unmarkedEnglishNames(segments: readonly Segment[], names: readonly string[]): Segment[] {
  return segments.filter((s) => names.some((name) => whole(name).test(s.text)) && !/^en\b/i.test(s.lang));
}

const HAN = /\p{Script=Han}/u;

/** Segments with any Chinese character, however short ("钨"), not marked as Chinese: what an English screen must not have. */
export function unmarkedChinese(segments: readonly Segment[]): Segment[] {
  return segments.filter((s) => HAN.test(s.text) && langOfTag(s.lang) !== 'zh');
}
