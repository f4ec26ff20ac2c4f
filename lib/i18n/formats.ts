/**
 * Numbers and dates in the reader's language through `Intl`: 6.7万, 85亿, 83%, 2025年11月6日 in
 * Chinese; 67,000, 8.5 billion, 6 November 2025 in English. Each formatter is made the first time
 * it is needed and kept: the first `Intl.NumberFormat` a document makes loads the browser's
 * number data (about 60 ms measured in an extension page of this machine's Chromium, 11 ms for a
 * date format), so nothing on a first paint's path calls these. The popup's first screen and the
 * cards use the written-out formats of lib/facts/numbers.ts, which a test holds to these.
 */
import { LANG_TAG, type Lang } from './language.ts';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${lang}|${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.NumberFormat | undefined;
  // Stryker disable next-line ConditionalExpression: performance only: a formatter made anew formats the same
  if (!format) {
    format = new Intl.NumberFormat(LANG_TAG[lang], options);
    cache.set(key, format);
  }
  return format;
}

function dateFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${lang}|${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.DateTimeFormat | undefined;
  // Stryker disable next-line ConditionalExpression: performance only: a formatter made anew formats the same
  if (!format) {
    // English dates day first ("6 November 2025"), as the cards write them.
    format = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : LANG_TAG[lang], options);
    cache.set(key, format);
  }
  return format;
}

/** 1234.5 → "1,234.5" (both languages group in thousands). */
export function formatNumber(lang: Lang, value: number, maxFractionDigits = 0): string {
  return numberFormat(lang, { maximumFractionDigits: maxFractionDigits }).format(value);
}

/** Where a language starts to say amounts in words: English writes 67,000 but says 2.4 million; Chinese says 6.7万. */
const WORDS_FROM: Record<Lang, number> = { en: 1e6, zh: 1e4 };

/** A large amount the way the language says it: 2.4e6 → "2.4 million" / "240万"; 8.5e9 → "8.5 billion" / "85亿". */
export function formatLarge(lang: Lang, value: number, maxFractionDigits = 1): string {
  if (Math.abs(value) < WORDS_FROM[lang]) return formatNumber(lang, value, 2);
  return numberFormat(lang, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: maxFractionDigits }).format(value);
}

/** 0.125 → "12.5%". */
export function formatPercent(lang: Lang, share: number, maxFractionDigits = 1): string {
  return numberFormat(lang, { style: 'percent', maximumFractionDigits: maxFractionDigits }).format(share);
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * A date as words: an ISO date or part of one ("2025", "2025-11", "2025-11-06") as precise as it
 * is ("November 2025" / "2025年11月"), or a moment (epoch ms) as its day. Other text is returned as it is.
 */
export function formatDay(lang: Lang, date: string | number): string {
  if (typeof date === 'number') return dateFormat(lang, { year: 'numeric', month: 'long', day: 'numeric' }).format(date);
  const match = PARTIAL_DATE.exec(date);
  if (!match) return date;
  const [, year, month, day] = match;
  if (!month) return lang === 'zh' ? `${year}年` : year;
  // Noon UTC, written in UTC, so no time zone moves the date to a neighbouring day.
  const at = Date.UTC(Number(year), Number(month) - 1, Number(day ?? 1), 12);
  return dateFormat(lang, { timeZone: 'UTC', year: 'numeric', month: 'long', ...(day ? { day: 'numeric' } : {}) }).format(at);
}

/** A moment with its time: "3 March 2025, 14:05" / "2025年3月3日 14:05". */
export function formatMoment(lang: Lang, epochMs: number): string {
  return dateFormat(lang, { dateStyle: 'long', timeStyle: 'short', hourCycle: 'h23' }).format(epochMs);
}
