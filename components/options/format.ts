/**
 * Numbers, sizes and dates as the options page writes them.
 */

/** `1 note`, `3 notes`, `0 clippings`. */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n.toLocaleString()} ${n === 1 ? singular : plural}`;
}

const UNITS = ['bytes', 'KB', 'MB', 'GB', 'TB'] as const;

/** A byte count for people: `512 bytes`, `1.4 MB`, `286 GB`. */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${value.toLocaleString(undefined, { maximumFractionDigits: digits })} ${UNITS[unit]}`;
}

/**
 * A dataset as-of date (`2025`, `2025-12`, `2025-11-30`) as words (`2025`, `December 2025`,
 * `30 November 2025`); anything else is shown as it is.
 */
export function formatAsOf(asOf: string): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(asOf);
  if (!match) return asOf;
  const [, year, month, day] = match;
  if (!month) return year!;
  // Noon UTC, formatted in UTC, so no time zone moves the date to a neighbouring day.
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day ?? 1), 12));
  return date.toLocaleDateString('en-GB', { timeZone: 'UTC', year: 'numeric', month: 'long', ...(day ? { day: 'numeric' } : {}) });
}

/** When a backup was made, with the time: `3 March 2025, 14:05`. */
export function formatMoment(epochMs: number): string {
  return new Date(epochMs).toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' });
}
