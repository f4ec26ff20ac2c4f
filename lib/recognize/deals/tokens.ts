/**
 * A small tokenizer for the deal rules: words, numbers, currency signs and punctuation, with
 * offsets, plus recognition of value phrases ("$8.5 billion", "US$550 million", "a 70% stake",
 * "8.5 billion US dollars"). An amount is its digits times its scale word ("2.5 billion" → 2.5e9).
 */

export type TokenKind = 'word' | 'number' | 'currency' | 'percent' | 'punct';

export interface Token {
  kind: TokenKind;
  text: string;
  lower: string;
  start: number;
  end: number;
}

const TOKEN =
  /(US\$|A\$|AU\$|C\$|CA\$|HK\$|S\$|NZ\$|\$|€|£|¥|₹|Rs\.(?=\d))|(\d[\d,]*(?:\.\d+)?)|(\p{L}[\p{L}\p{N}]*(?:[’'\-.&][\p{L}\p{N}]+)*(?:[’']s?)?)|(%)|(\S)/gu;

export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) && m.index < to) {
    const kind: TokenKind = m[1] ? 'currency' : m[2] ? 'number' : m[3] ? 'word' : m[4] ? 'percent' : 'punct';
    let value = m[0];
    // "U.S." and "Ltd." keep their final dot; a sentence-final dot after a word does not.
    if (kind === 'word' && text.charAt(m.index + value.length) === '.' && /^(?:[A-Z]\.)+[A-Z]$|^(Ltd|Inc|Co|Corp|Jr|Sr|St)$/.test(value)) {
      value += '.';
      TOKEN.lastIndex++;
    }
    out.push({ kind, text: value, lower: value.toLowerCase(), start: m.index, end: m.index + value.length });
  }
  return out;
}

/** A small count in words, as a set of deals or loans is counted: "two pacts", "three loans". */
export const COUNT_WORD = /^(two|three|four|five|six|seven|eight|nine|ten)$/;

const SCALE: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, mn: 1e6, m: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, b: 1e9, bln: 1e9, trillion: 1e12, tn: 1e12,
  // South Asian scales: a lakh is a hundred thousand, a crore ten million ("Rs 4.39 lakh crore").
  lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7, cr: 1e7,
};
const CURRENCY_SIGN: Record<string, string> = {
  $: 'USD', us$: 'USD', a$: 'AUD', au$: 'AUD', c$: 'CAD', ca$: 'CAD', hk$: 'HKD', s$: 'SGD', nz$: 'NZD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR',
  // "Rs.400 crore": the rupee's abbreviation glued to the amount by its dot.
  'rs.': 'INR',
};
const CURRENCY_WORD: Record<string, string> = {
  usd: 'USD', dollars: 'USD', dollar: 'USD', aud: 'AUD', eur: 'EUR', euros: 'EUR', euro: 'EUR', gbp: 'GBP', pounds: 'GBP',
  yuan: 'CNY', rmb: 'CNY', renminbi: 'CNY', cny: 'CNY', yen: 'JPY', jpy: 'JPY', rupees: 'INR', inr: 'INR', cad: 'CAD',
  rupee: 'INR', pkr: 'PKR', lkr: 'LKR', bdt: 'BDT', taka: 'BDT',
};
/** Currency words written before the amount: "USD 400 million", "Rs 21,000 crore", "Rs.400 crore", "Tk 500 crore". */
const CURRENCY_BEFORE: Record<string, string> = { usd: 'USD', aud: 'AUD', eur: 'EUR', inr: 'INR', rs: 'INR', pkr: 'PKR', lkr: 'LKR', bdt: 'BDT', tk: 'BDT' };

/** Dollars named by their country's adjective: "US dollars", "Australian dollars". */
const DOLLARS_OF = new Map([['us', 'USD'], ['u.s.', 'USD'], ['australian', 'AUD'], ['canadian', 'CAD'], ['singapore', 'SGD']]);

export interface ValuePhrase {
  /** Token indexes, inclusive start, exclusive end. */
  from: number;
  to: number;
  start: number;
  end: number;
  text: string;
  amount?: number;
  currency?: string;
  percent?: number;
}

/** The scale words written out after an amount: million, billion, trillion. */
const BIG_SCALE = /^(million|billion|trillion)$/;

/** Numbers in words, as an amount opens with them: "two hundred million", "fifty million". */
const NUMBER_WORD: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/**
 * An amount in words at token `i`: number words, an optional "hundred", a scale word and a currency
 * after it ("two hundred million US dollars", "fifty million dollars"); none without all three
 * ("two hundred people", "fifty million" alone).
 */
function wordsValueAt(tokens: Token[], i: number, text: string): ValuePhrase | undefined {
  let k = i;
  let raw = 0;
  while (tokens[k]?.kind === 'word' && Object.hasOwn(NUMBER_WORD, tokens[k].lower)) raw += NUMBER_WORD[tokens[k++].lower];
  if (tokens[k]?.lower === 'hundred') {
    raw *= 100;
    k++;
  }
  const scale = SCALE[tokens[k]?.lower ?? ''];
  if (!raw || !scale || !BIG_SCALE.test(tokens[k].lower)) return undefined;
  const named = currencyAfter(tokens, k + 1);
  if (!named) return undefined;
  const start = tokens[i].start;
  const end = tokens[named.next - 1].end;
  return { from: i, to: named.next, start, end, text: text.slice(start, end), amount: raw * scale, currency: named.currency };
}

/** The currency named right after an amount at token `k` ("US dollars", "euros"), and the token after it. */
function currencyAfter(tokens: Token[], k: number): { currency: string; next: number } | undefined {
  const dollarsOf = DOLLARS_OF.get(tokens[k]?.lower ?? '');
  if (dollarsOf && /^dollars?$/.test(tokens[k + 1]?.lower ?? '')) return { currency: dollarsOf, next: k + 2 };
  // "an 8 billion pound hostile bid": the singular "pound" as a sum's adjective, after its scale only
  // (a bare "300 pound" is as often a weight).
  if (tokens[k]?.lower === 'pound' && BIG_SCALE.test(tokens[k - 1]?.lower ?? '')) return { currency: 'GBP', next: k + 1 };
  const word = tokens[k] && Object.hasOwn(CURRENCY_WORD, tokens[k].lower) ? CURRENCY_WORD[tokens[k].lower] : undefined;
  return word ? { currency: word, next: k + 1 } : undefined;
}

/** Finds the value phrase that starts at token `i`, if any. */
export function valueAt(tokens: Token[], i: number, text: string): ValuePhrase | undefined {
  let k = i;
  let currency: string | undefined;
  if (tokens[k] && CURRENCY_BEFORE[tokens[k].lower]) {
    currency = CURRENCY_BEFORE[tokens[k].lower];
    k++;
    // "Rs.400 crore", "Rs. 700 crore": the abbreviation's dot.
    if (tokens[k]?.text === '.' && tokens[k].start === tokens[k - 1].end) k++;
  }
  if (tokens[k]?.kind === 'currency') {
    currency = CURRENCY_SIGN[tokens[k].lower] ?? currency;
    k++;
  }
  // "two hundred million US dollars": an amount in words, read only with its scale and its currency after it.
  if (tokens[k]?.kind === 'word' && !currency && Object.hasOwn(NUMBER_WORD, tokens[k].lower)) return wordsValueAt(tokens, i, text);
  const numberToken = tokens[k];
  if (!numberToken || numberToken.kind !== 'number') return undefined;
  k++;
  let scale = 1;
  let scaleWord = '';
  // "$10bn": the scale is glued to the number's word token.
  // "A$40-million": a hyphen between the number and its scale word.
  if (tokens[k]?.text === '-' && tokens[k].start === numberToken.end && tokens[k + 1]?.start === tokens[k].end && BIG_SCALE.test(tokens[k + 1].lower)) k++;
  const glued = tokens[k] && tokens[k].start === (tokens[k - 1]?.text === '-' ? tokens[k - 1].end : numberToken.end) && tokens[k].kind === 'word' ? tokens[k].lower : '';
  if (glued && SCALE[glued]) {
    scale = SCALE[glued];
    scaleWord = glued;
    k++;
  } else if (tokens[k] && SCALE[tokens[k].lower] && tokens[k].lower.length > 1) {
    // Apart from the number, "bn" and "mln" are scales; a lone letter (k, m, b) may be something else.
    scale = SCALE[tokens[k].lower];
    scaleWord = tokens[k].lower;
    k++;
  }
  // "4.39 lakh crore": a lakh of crores.
  if (/^lakhs?$/.test(scaleWord) && /^(crore|crores|cr)$/.test(tokens[k]?.lower ?? '')) {
    scale = 1e12;
    k++;
  }
  let percent: number | undefined;
  if (tokens[k]?.kind === 'percent' || tokens[k]?.lower === 'percent') {
    k++;
  } else if (tokens[k]?.lower === 'per' && tokens[k + 1]?.lower === 'cent') {
    k += 2;
  } else {
    const named = currencyAfter(tokens, k);
    if (named) {
      currency = named.currency;
      k = named.next;
    }
    if (!currency) return undefined;
  }
  const raw = Number(numberToken.text.replace(/,/g, ''));
  const isPercent = currency === undefined;
  if (isPercent) percent = raw;
  let amount: number | undefined;
  if (!isPercent) {
    amount = raw * scale;
  }
  const start = tokens[i].start;
  const end = tokens[k - 1].end;
  return { from: i, to: k, start, end, text: text.slice(start, end), amount, currency, percent };
}
