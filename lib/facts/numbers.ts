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
  // Stryker disable next-line EqualityOperator: at 0 the digits are "0" with nothing kept, so <= gives no sign either.
  const sign = value < 0 && (Number(whole) > 0 || kept) ? '-' : '';
  return `${sign}${grouped}${kept ? `.${kept}` : ''}`;
}

/**
 * 67000 → "67,000"; 2400000 → "2.4 million" (en) or "240万" (zh); 8.5e9 → "8.5 billion" / "85亿".
 * Millions and billions (万 and 亿) keep up to `digits` decimals: deal values pass 2, so a floor of
 * US$1.55 billion is not shown as 1.6.
 */
export function formatQuantity(value: number, lang: Lang = 'en', digits = 1): string {
  if (lang === 'zh') return chineseQuantity(value, digits);
  // Billions from the figure that rounds up to 1,000 million, as Chinese moves to the next unit.
  if (Number((value / 1e6).toFixed(digits)) >= 1000) return `${groupDigits(value / 1e9, digits)} billion`;
  if (value >= 1e6) return `${groupDigits(value / 1e6, digits)} million`;
  return groupDigits(value, 2);
}

const ZH_UNITS = [
  { size: 1e4, name: '万' },
  { size: 1e8, name: '亿' },
  { size: 1e12, name: '万亿' },
];

/**
 * Chinese counts in 万 (10^4), 亿 (10^8) and 万亿 (10^12), as `Intl.NumberFormat('zh-CN', { notation:
 * 'compact' })` writes them (a test holds the two together): no digit grouping before the unit,
 * and a figure that rounds up to 10,000 of one unit is written in the next (99,999,999 → 1亿).
 */
function chineseQuantity(value: number, digits: number): string {
  if (value < 1e4) return groupDigits(value, 2);
  let unit = ZH_UNITS.findLastIndex((u) => value >= u.size);
  let scaled = Number((value / ZH_UNITS[unit].size).toFixed(digits));
  if (scaled >= 1e4 && unit < ZH_UNITS.length - 1) {
    unit += 1;
    scaled = Number((value / ZH_UNITS[unit].size).toFixed(digits));
  }
  return `${scaled}${ZH_UNITS[unit].name}`;
}

/** 0.827 → "83%"; 0.004 → "0.4%"; under 0.1% (or rounded to 0 in the source) → "<0.1%". */
export function formatShare(share: number): string {
  const pct = share * 100;
  if (pct < 0.1) return '<0.1%';
  // One decimal only below 1%, judged after rounding: 0.99% is "1%", like 1.2%, not "1.0%".
  const tenths = Math.round(pct * 10) / 10;
  return `${tenths < 1 ? tenths.toFixed(1) : Math.round(pct)}%`;
}

/** A price with the digits it needs: 11,700; 5.31; 0.97. */
export function formatPrice(value: number): string {
  // Stryker disable next-line EqualityOperator: at exactly 10 and 100 the extra decimals are zeros, which are dropped.
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

const CURRENCY_SIGN: Record<string, string> = { USD: 'US$', AUD: 'A$', EUR: '€', GBP: '£', JPY: '¥', CNY: 'CN¥', CAD: 'C$' };
/** Currencies named after the figure, as Chinese writes money: 85亿美元. */
const CURRENCY_ZH: Record<string, string> = { USD: '美元', AUD: '澳元', EUR: '欧元', GBP: '英镑', JPY: '日元', CNY: '元人民币', CAD: '加元' };

/** 8.5e9, "USD" → "US$8.5 billion" / "85亿美元"; 1.55e9, "USD", 2 → "US$1.55 billion" / "15.5亿美元". */
export function formatMoney(amount: number, currency: string | undefined, lang: Lang = 'en', digits = 1): string {
  if (lang === 'zh') return `${formatQuantity(amount, 'zh', digits)}${currency ? (CURRENCY_ZH[currency] ?? ` ${currency}`) : ''}`;
  const sign = currency ? (CURRENCY_SIGN[currency] ?? `${currency} `) : '';
  return `${sign}${formatQuantity(amount, 'en', digits)}`;
}
