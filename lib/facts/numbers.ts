/**
 * Numbers as a card writes them, in English or Chinese. Written out rather than with
 * Intl.NumberFormat: these also run in the content script (a deal card's amounts), where the
 * first formatter a page builds loads ICU data, a 15-30 ms task on the page's main thread.
 */
export type Lang = 'en' | 'zh';

/** 1234567.891, 2 → "1,234,567.89". */
export function groupDigits(value: number, maxFractionDigits: number): string {
  const [whole, fraction = ''] = Math.abs(value).toFixed(maxFractionDigits).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const kept = fraction.replace(/0+$/, '');
  const sign = value < 0 && (Number(whole) > 0 || kept) ? '-' : '';
  return `${sign}${grouped}${kept ? `.${kept}` : ''}`;
}

/**
 * 67000 → "67,000"; 2400000 → "2.4 million" (en) or "240万" (zh); 8.5e9 → "8.5 billion" / "85亿".
 * Millions and billions (万 and 亿) keep up to `digits` decimals: deal values pass 2, so a floor of
 * US$1.55 billion is not shown as 1.6.
 */
export function formatQuantity(value: number, lang: Lang = 'en', digits = 1): string {
  if (lang === 'zh') {
    if (value >= 1e8) return `${groupDigits(value / 1e8, digits)}亿`;
    if (value >= 1e4) return `${groupDigits(value / 1e4, digits)}万`;
    return groupDigits(value, 2);
  }
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

/** A price with the digits it needs: 11,700; 5.31; 0.97. */
export function formatPrice(value: number): string {
  return groupDigits(value, value < 10 ? 2 : value < 100 ? 1 : 0);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2025-11-07" → "7 Nov 2025" / "2025年11月7日"; "2025-01" → "Jan 2025" / "2025年1月"; "2024" → "2024" / "2024年". */
export function formatDate(date: string, lang: Lang = 'en'): string {
  const [y, m, d] = date.split('-');
  if (lang === 'zh') return `${y}年${m ? `${Number(m)}月` : ''}${d ? `${Number(d)}日` : ''}`;
  if (!m) return y;
  const month = MONTHS[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** 1 → "1st" / "第1". */
export function ordinal(n: number, lang: Lang = 'en'): string {
  if (lang === 'zh') return `第${n}`;
  const s = ['th', 'st', 'nd', 'rd'];
  const v = n % 100;
  return `${n}${s[(v - 20) % 10] ?? s[v] ?? s[0]}`;
}
