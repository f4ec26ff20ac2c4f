/** How the popup writes dates and counts. */

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A clipping's date, as short as is still unambiguous: the time for today, day and month for
 * this year, the full date otherwise.
 */
export function shortDate(ms: number, now: number = Date.now()): string {
  const date = new Date(ms);
  const today = new Date(now);
  if (date.toDateString() === today.toDateString()) {
    return date.toLocaleTimeString(undefined, { hour: 'numeric', minute: '2-digit' });
  }
  if (date.getFullYear() === today.getFullYear() && now - ms < 365 * DAY_MS) {
    return date.toLocaleDateString(undefined, { day: 'numeric', month: 'short' });
  }
  return date.toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
}

/** The full date and time, for a tooltip and for `<time datetime>`. */
export function fullDate(ms: number): string {
  return new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** `1 mention`, `3 mentions`. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString()} ${count === 1 ? one : many}`;
}
