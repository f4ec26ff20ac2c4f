/**
 * Chinese deal phrases. A deal word (协议, 谅解备忘录, 合资企业, 股权...) takes in the modifiers
 * before it up to the verb or punctuation that opens the noun phrase: 签署了[一项框架协议],
 * 持有[少数股权], 签订[日美關鍵礦物合作框架]. Weak words (交易, 合同, 股权, 资金支持) count only
 * with a quantifier, a demonstrative or a 的-modifier, since alone they are usually generic.
 */
import type { DealWordClass } from '../lexicon/deal-words.ts';
import type { DealTrigger, RejectedDeal } from './english.ts';

export interface ZhDealPhrase {
  start: number;
  end: number;
  valueText?: string;
  amount?: number;
  currency?: string;
  cls: DealWordClass;
}

const STOP_CHARS = new Set([...'，。；：、“”「」『』（）()《》！？!?,.;:"\'　 \n\t']);
/** Words that open the noun phrase after them (verbs, prepositions, particles). */
const STOP_WORDS = [
  '签署了', '簽署了', '签订了', '簽訂了', '签下了', '簽下了', '达成了', '達成了', '签了', '簽了', '签署', '簽署', '签订',
  '簽訂', '签下', '簽下', '达成', '達成', '宣布', '推动', '推動', '商谈', '商談', '洽谈', '洽談', '谈判', '談判', '依照',
  '依据', '依據', '按照', '根据', '根據', '构建', '構建', '建立', '持有', '出售', '收购', '收購', '提供', '获得', '獲得',
  '通过', '通過', '加入', '退出', '批准', '完成', '启动', '啟動', '敲定', '是', '在', '为', '為', '就', '与', '與', '和',
  '及', '对', '對', '于', '於', '将', '將', '也', '并', '並', '又', '还', '還', '已', '正', '拟', '擬', '了', '把', '被',
  '让', '讓', '向', '从', '從', '由', '以便', '有关', '有關', '涉及', '成立', '设立', '設立', '组建', '組建', '组成', '組成',
  '签约', '簽約', '开展', '開展', '展开', '展開', '推进', '推進', '实现', '實現', '形成', '共建', '续签', '續簽', '终止', '終止',
];
const QUANTIFIERS = /^(一项|一項|这项|這項|该|該|此|这笔|這筆|一笔|一筆|这份|這份|一份|两份|兩份|多份|多项|多項|多数|多數|少数|少數|部分|全部|首份|首个|首個|这一|這一|一系列|系列|新|同类的|同類的)/;
const MAX_BACK = 32;
/** A stake word counts only in a transaction (收购, 持有, 出售...) or as a share (少数, 10%). */
const STAKE_TRANSACTION = /(收购|收購|购买|購買|买入|買入|出售|卖出|賣出|转让|轉讓|入股|认购|認購|增持|减持|減持|持有|持股|所持|获得|獲得|注资|注資|交易|协议|協議|签署|簽署)/;
const STAKE_SHARE = /(少数|少數|多数|多數|部分|全部|控股|\d+(?:\.\d+)?\s*[%％]|百分之)/;
const WEAK_TERM_AFTER = /^(所|员|員|额|額|量|者|人|商|日|工|制|平台|市场|市場|环境|環境|银行|銀行|基金|公司)/;
/** 股份有限公司, 股权结构, 股权激励: the stake word inside another term. */
const STAKE_TERM_AFTER = /^(有限|公司|制|结构|結構|激励|激勵|投资|投資|基金|比例|登记|登記|质押|質押|市场|市場|变更|變更)/;

function cjkOrInner(ch: string): boolean {
  return !STOP_CHARS.has(ch) && ch.trim() !== '';
}

/**
 * Stop words that can also join or mark words inside a modifier ending in 的: "一项确保关键矿物及稀土
 * 供应的协议", "一项以钨资源为核心的交易". They end the phrase unless a quantifier opens it further left.
 */
const LIGHT_STOPS = new Set(['与', '與', '和', '及', '并', '並', '为', '為', '在', '对', '對', '于', '於', '就', '向', '从', '從', '由']);
const OPENING_QUANTIFIER = /一项|一項|这项|這項|一笔|一筆|这笔|這筆|一份|这份|這份|该|該/g;

/** Finds the start of the noun phrase that ends with the deal word at `triggerStart`. */
function phraseStart(text: string, triggerStart: number, floor: number): number {
  let i = triggerStart;
  // A decimal point inside a number (2.5亿) is part of the phrase, not punctuation ending it.
  const inner = (at: number) => cjkOrInner(text.charAt(at)) || (/[.,]/.test(text.charAt(at)) && /\d/.test(text.charAt(at - 1)) && /\d/.test(text.charAt(at + 1)));
  while (i > floor && triggerStart - i < MAX_BACK && inner(i - 1)) i--;
  // Move forward past the last stop word inside [i, triggerStart), and separately past the last
  // stop word that is not a light one.
  let best = i;
  let afterStrong = i;
  const segment = text.slice(i, triggerStart);
  for (const word of STOP_WORDS) {
    let at = segment.lastIndexOf(word);
    while (at >= 0) {
      const end = i + at + word.length;
      // "同哈萨克斯坦的协议": a preposition at the very start of the phrase belongs to it.
      const atStart = i + at === i && (word === '同' || word === '与' || word === '與') && segment.includes('的');
      if (!atStart && end > best && end <= triggerStart) best = end;
      if (!atStart && !LIGHT_STOPS.has(word) && end > afterStrong && end <= triggerStart) afterStrong = end;
      at = at > 0 ? segment.lastIndexOf(word, at - 1) : -1;
    }
  }
  if (best > afterStrong) {
    // A quantifier after the last strong stop opens the phrase: take in the light words after it.
    for (const q of text.slice(afterStrong, best).matchAll(OPENING_QUANTIFIER)) {
      const at = afterStrong + q.index;
      if (text.slice(at, triggerStart).includes('的')) return at;
    }
  }
  return best;
}

const ZH_VALUE = /(\d+(?:\.\d+)?)\s*(万亿|亿|萬億|万|萬|千)?\s*(美元|美金|元|人民币|人民幣|欧元|歐元|日元|澳元)/;

/** A price named before the verb, in the same clause: 以5000万美元收购, 斥资30亿元入股. */
const ZH_PRICED = /(?:以|斥资|斥資|出资|出資|耗资|耗資|作价|作價)\s*(\d+(?:\.\d+)?)\s*(万亿|亿|萬億|万|萬|千)?\s*(美元|美金|元|人民币|人民幣|欧元|歐元|日元|澳元)/;

function clauseValue(text: string, from: number, phraseStart: number): RegExpExecArray | null {
  const before = text.slice(from, phraseStart);
  const clauseStart = Math.max(before.lastIndexOf('，'), before.lastIndexOf('。'), before.lastIndexOf('；'), before.lastIndexOf(','));
  return ZH_PRICED.exec(before.slice(clauseStart + 1));
}

export function findChineseDeals(text: string, sentence: { start: number; end: number }, triggers: DealTrigger[], rejected?: RejectedDeal[]): ZhDealPhrase[] {
  const out: ZhDealPhrase[] = [];
  let floor = sentence.start;
  for (const trigger of triggers) {
    if (trigger.start < floor) continue;
    const start = phraseStart(text, trigger.start, floor);
    const phrase = text.slice(start, trigger.end);
    const modifiers = text.slice(start, trigger.start);
    const word = text.slice(trigger.start, trigger.end);
    if (trigger.cls === 'zh-stake') {
      const before = text.slice(Math.max(sentence.start, trigger.start - 20), trigger.start);
      const why = STAKE_TERM_AFTER.test(text.slice(trigger.end, trigger.end + 4))
        ? 'part of another term'
        : STAKE_TRANSACTION.test(before) || STAKE_SHARE.test(modifiers)
          ? ''
          : 'no transaction or share';
      if (why) {
        rejected?.push({ start: trigger.start, end: trigger.end, why: `deal word (zh-stake) → drop: ${why}` });
        continue;
      }
    }
    // 交易所 (an exchange), 投资者 (an investor), 合同工 (a contract worker): another word.
    if (trigger.cls === 'zh-weak' && WEAK_TERM_AFTER.test(text.slice(trigger.end, trigger.end + 2))) {
      rejected?.push({ start: trigger.start, end: trigger.end, why: 'deal word (zh-weak) → drop: part of another word' });
      continue;
    }
    if (trigger.cls === 'zh-weak') {
      const qualified = QUANTIFIERS.test(modifiers) || modifiers.includes('的') || ZH_VALUE.test(modifiers);
      const investment = word === '投资' || word === '投資' || word === '融资' || word === '融資';
      if (!qualified || (investment && !/(一笔|一筆|这笔|這筆|该|該)/.test(modifiers))) {
        rejected?.push({ start: trigger.start, end: trigger.end, why: 'deal word (zh-weak) → drop: no quantifier or modifier' });
        continue;
      }
      if (/总投资|總投資/.test(text.slice(Math.max(sentence.start, trigger.start - 1), trigger.end))) {
        rejected?.push({ start: trigger.start, end: trigger.end, why: 'deal word (zh-weak) → drop: total investment' });
        continue;
      }
    }
    const phraseOut: ZhDealPhrase = { start, end: trigger.end, cls: trigger.cls };
    const value = ZH_VALUE.exec(phrase) ?? clauseValue(text, Math.max(sentence.start, floor), start);
    if (value) {
      const scale = { 万亿: 1e12, 亿: 1e8, 萬億: 1e12, 万: 1e4, 萬: 1e4, 千: 1e3 }[value[2] as '亿'] ?? 1;
      phraseOut.valueText = value[0];
      phraseOut.amount = Number(value[1]) * scale;
      phraseOut.currency = /美/.test(value[3]) ? 'USD' : /欧|歐/.test(value[3]) ? 'EUR' : /日/.test(value[3]) ? 'JPY' : /澳/.test(value[3]) ? 'AUD' : 'CNY';
    }
    out.push(phraseOut);
    floor = trigger.end;
  }
  return out;
}
