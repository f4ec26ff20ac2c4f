/**
 * How the popup writes dates and counts, in English or Chinese, and without `Intl`: the first
 * `Intl` formatter a popup makes loads the browser's locale data, which cost 30–50 ms of the
 * popup's first draw (measured with the profiler); these few formats do not need it. Plurals are
 * the translator's (`Intl.PluralRules`, well under a millisecond).
 */
import type { Lang } from '../../lib/i18n/language.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const twoDigits = (n: number) => String(n).padStart(2, '0');

/**
 * A clipping's date, as short as is still unambiguous: the time (24-hour) for today, day and
 * month within the last year, the full date otherwise.
 */
export function shortDate(ms: number, now: number = Date.now(), lang: Lang = 'en'): string {
  const date = new Date(ms);
  const today = new Date(now);
  if (date.toDateString() === today.toDateString()) return `${twoDigits(date.getHours())}:${twoDigits(date.getMinutes())}`;
  const thisYear = date.getFullYear() === today.getFullYear() && now - ms < 365 * DAY_MS;
  if (lang === 'zh') return `${thisYear ? '' : `${date.getFullYear()}年`}${date.getMonth() + 1}月${date.getDate()}日`;
  const dayMonth = `${date.getDate()} ${MONTHS[date.getMonth()]}`;
  return thisYear ? dayMonth : `${dayMonth} ${date.getFullYear()}`;
}

/** `1,234`. */
export function formatCount(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
