/**
 * Which of Assay's languages a page is written in, for cards that follow the page: what the page
 * declares (`<html lang>`), or, when it declares nothing, what its text around the mention is
 * written in. A page in a language Assay does not speak (German, Japanese) gets none, and its
 * cards stay in the reader's language.
 */
import { LANG_TAG, langOfTag, type Lang } from './language.ts';

const HAN = /\p{Script=Han}/gu;
const LATIN_LETTER = /[A-Za-z]/g;
const KANA_OR_HANGUL = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * The language of a stretch of text: Chinese when Han characters carry it (one Han character is
 * about a word, an English word about five letters), English when Latin letters do, none when
 * it holds kana or hangul (Japanese, Korean) or too little to tell.
 */
export function textLanguage(text: string): Lang | undefined {
  if (KANA_OR_HANGUL.test(text)) return undefined;
  const han = text.match(HAN)?.length ?? 0;
  const latin = text.match(LATIN_LETTER)?.length ?? 0;
  if (han + latin < 4) return undefined;
  return han * 5 >= latin ? 'zh' : 'en';
}

/**
 * The page's language: its declared `lang` when it declares one (a declared language Assay does
 * not speak counts too: the page is not English or Chinese), else the text's.
 */
export function pageLanguage(declared: string | null | undefined, text: () => string): Lang | undefined {
  if (declared?.trim()) return langOfTag(declared);
  return textLanguage(text());
}

/**
 * The `lang` to mark a page's or a reader's text with on Assay's screens (a clipping's quote, its
 * page's title), so it is read in its own language whatever the screen's; undefined when the text
 * does not tell.
 */
export function textLangTag(text: string): string | undefined {
  const lang = textLanguage(text);
  return lang && LANG_TAG[lang];
}
