/**
 * Number, share and date formatting for the cards. Pure, so it is unit-tested and shared by the
 * popover, the popup and the options page.
 */

export { groupDigits, formatShare } from '../../lib/facts/numbers.ts';
import { formatQuantity as quantity } from '../../lib/facts/numbers.ts';

/**
 * 67000 → "67,000"; 2400000 → "2.4 million"; 8.5e9 → "8.5 billion". Millions and billions keep
 * `digits` decimals: deal values pass 2, so US$1.55 billion is not shown as 1.6.
 */
export const formatQuantity = (value: number, digits = 1): string => quantity(value, 'en', digits);

export { formatMoney } from '../../lib/facts/numbers.ts';

export { formatDate } from '../../lib/facts/numbers.ts';

/** The host of a source URL for a compact citation ("pubs.usgs.gov"), or the text itself. */
export function sourceLabel(source: string): string {
  try {
    const url = new URL(source);
    return url.hostname.replace(/^www\./, '');
  } catch {
    return source;
  }
}

/** A URL safe to put in an href: http(s) only. */
export function safeHref(source: string): string | undefined {
  try {
    const url = new URL(source);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

