/**
 * How the popup writes dates and counts. In English like the rest of the popup, and without
 * `Intl`: the first `Intl` formatter a popup makes loads the browser's locale data, which cost
 * 30–50 ms of the popup's first draw (measured with the profiler); these few formats do not
 * need it.
 */

const DAY_MS = 24 * 60 * 60 * 1000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const twoDigits = (n: number) => String(n).padStart(2, '0');

/**
 * A clipping's date, as short as is still unambiguous: the time (24-hour) for today, day and
 * month within the last year, the full date otherwise.
 */
export function shortDate(ms: number, now: number = Date.now()): string {
  const date = new Date(ms);
  const today = new Date(now);
  if (date.toDateString() === today.toDateString()) return `${twoDigits(date.getHours())}:${twoDigits(date.getMinutes())}`;
  const dayMonth = `${date.getDate()} ${MONTHS[date.getMonth()]}`;
  if (date.getFullYear() === today.getFullYear() && now - ms < 365 * DAY_MS) return dayMonth;
  return `${dayMonth} ${date.getFullYear()}`;
}

/** `1,234`. */
export function formatCount(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** `1 mention`, `3 mentions`. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}
