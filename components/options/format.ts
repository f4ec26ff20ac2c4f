/**
 * Numbers, sizes and dates as the options page writes them, in the reader's language (through
 * Intl: the options page is no first paint anyone waits on).
 */
import { formatDay, formatMoment as moment, formatNumber } from '../../lib/i18n/formats.ts';
import type { Translator } from '../../lib/i18n/translator.ts';

const UNITS = ['KB', 'MB', 'GB', 'TB'] as const;

/** A byte count for people: `512 bytes`, `1.4 MB`, `286 GB` (`512 字节` in Chinese). */
export function formatBytes(bytes: number, t: Translator): string {
  if (bytes < 1024) return t('options_bytes', { count: formatNumber(t.lang, bytes) });
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${formatNumber(t.lang, value, value >= 100 ? 0 : 1)} ${UNITS[unit]}`;
}

/**
 * A dataset as-of date (`2025`, `2025-12`, `2025-11-30`) as words (`2025`, `December 2025`,
 * `30 November 2025`; `2025年12月`); anything else is shown as it is.
 */
export function formatAsOf(asOf: string, t: Translator): string {
  return formatDay(t.lang, asOf);
}

/** When a backup was made, with the time: `3 March 2025 at 14:05` / `2025年3月3日 14:05`. */
export function formatMoment(epochMs: number, t: Translator): string {
  return moment(t.lang, epochMs);
}

/** A count with its digits grouped: `1,234`. */
export function formatCount(n: number, t: Translator): string {
  return formatNumber(t.lang, n);
}
