/**
 * Number, share and date formatting for the cards. Pure, so it is unit-tested and shared by the
 * popover, the popup and the options page.
 */

/**
 * 1234567.891, 2 → "1,234,567.89". Written out rather than Intl.NumberFormat: the first
 * formatter a page's content script builds loads ICU data, a 15-30 ms task on the page's main
 * thread, and these cards only ever need English grouping.
 */
export function groupDigits(value: number, maxFractionDigits: number): string {
  const [whole, fraction = ''] = Math.abs(value).toFixed(maxFractionDigits).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const kept = fraction.replace(/0+$/, '');
  const sign = value < 0 && (Number(whole) > 0 || kept) ? '-' : '';
  return `${sign}${grouped}${kept ? `.${kept}` : ''}`;
}

/**
 * 67000 → "67,000"; 2400000 → "2.4 million"; 8.5e9 → "8.5 billion". Millions and billions keep
 * `digits` decimals: deal values pass 2, so US$1.55 billion is not shown as 1.6.
 */
export function formatQuantity(value: number, digits = 1): string {
  if (value >= 1e9) return `${groupDigits(value / 1e9, digits)} billion`;
  if (value >= 1e6) return `${groupDigits(value / 1e6, digits)} million`;
  return groupDigits(value, 2);
}

/** 0.827 → "83%"; 0.004 → "0.4%"; under 0.1% (or rounded to 0 in the source) → "<0.1%". */
export function formatShare(share: number): string {
  const pct = share * 100;
  if (pct < 0.1) return '<0.1%';
  return `${pct < 1 ? pct.toFixed(1) : Math.round(pct)}%`;
}

const CURRENCY_SIGN: Record<string, string> = { USD: 'US$', AUD: 'A$', EUR: '€', GBP: '£', JPY: '¥', CNY: 'CN¥', CAD: 'C$' };

/** 8.5e9, "USD" → "US$8.5 billion"; 1.55e9, "USD", 2 → "US$1.55 billion". */
export function formatMoney(amount: number, currency?: string, digits = 1): string {
  const sign = currency ? (CURRENCY_SIGN[currency] ?? `${currency} `) : '';
  return `${sign}${formatQuantity(amount, digits)}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2025-11-07" → "7 Nov 2025"; "2025-01" → "Jan 2025"; "2024" → "2024". */
export function formatDate(date: string): string {
  const [y, m, d] = date.split('-');
  if (!m) return y;
  const month = MONTHS[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

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

/** "light-rare-earth" → "light rare earth". */
export function humanise(slug: string): string {
  return slug.replace(/-/g, ' ');
}
