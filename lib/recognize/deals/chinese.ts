/**
 * Chinese deal phrases. A deal word (协议, 谅解备忘录, 合资企业, 股权...) takes in the modifiers
 * before it up to the verb or punctuation that opens the noun phrase: 签署了[一项框架协议],
 * 持有[少数股权], 签订[日美關鍵礦物合作框架]. Weak words (交易, 合同, 股权, 资金支持) count only
 * with a quantifier, a demonstrative or a 的-modifier, since alone they are usually generic.
 */
import type { DealWordClass } from '../lexicon/deal-words.ts';
import { wordEndingAt, wordGoesOn, zhWordAt } from '../senses/zh-words.ts';
import type { DealTrigger, KnownSpan, RejectedDeal } from './english.ts';
import { MANY_SIGNERS, clauseBefore, contractEndToldByParty, contractToldOnAtSentenceStart, kindOfAgreement, saidGenerally, signedAsEvent, signedAtTimeJustBefore } from './zh-kind.ts';
import { SIGN_VERBS, signedDealBefore, toldJustBefore } from './zh-signing.ts';

export interface ZhDealPhrase {
  start: number;
  end: number;
  valueText?: string;
  amount?: number;
  currency?: string;
  cls: DealWordClass;
}

const STOP_CHARS = new Set([...'，。；：、“”「」『』（）()《》〈〉<>！？!?,.;:"\'　 \n\t']);
/** Words that open the noun phrase after them (verbs, prepositions, particles). */
const STOP_WORDS = [
  '签署了', '簽署了', '签订了', '簽訂了', '签定了', '簽定了', '签下了', '簽下了', '达成了', '達成了', '签了', '簽了', '签署', '簽署', '签订',
  '簽訂', '签定', '簽定', '签下', '簽下', '达成', '達成', '宣布', '推动', '推動', '商谈', '商談', '洽谈', '洽談', '谈判', '談判', '依照',
  // Verbs of talking an agreement over, like 商谈 and 谈判: it opens after them (正在讨论产量冻结协议).
  '讨论', '討論', '磋商',
  '依据', '依據', '按照', '根据', '根據', '构建', '構建', '建立', '持有', '出售', '收购', '收購', '提供', '获得', '獲得',
  '通过', '通過', '取得', '赢得', '贏得', '争取到', '爭取到', '订立', '訂立', '缔结', '締結', '买进', '買進', '掌握', '加入', '退出', '批准', '完成', '启动', '啟動', '敲定', '是', '在', '为', '為', '就', '与', '與', '和',
  '及', '对', '對', '于', '於', '将', '將', '也', '并', '並', '又', '还', '還', '已', '正', '拟', '擬', '了', '把', '被', '且', '以',
  '让', '讓', '向', '从', '從', '由', '以便', '有关', '有關', '涉及', '成立', '设立', '設立', '组建', '組建', '组成', '組成',
  '签约', '簽約', '签', '簽', '达不成', '達不成', '谈不拢', '談不攏', '增持', '减持', '減持', '认购', '認購', '买入', '買入', '购入', '購入',
  '关系到', '關係到', '影响', '影響',
  '阅读', '閱讀', '查看', '看懂', '读懂', '讀懂', '开展', '開展', '展开', '展開', '推进', '推進', '实现', '實現', '形成', '共建', '续签', '續簽', '终止', '終止',
  '遵守', '遵照', '履行', '执行', '執行', '违反', '違反', '撕毁', '撕毀', '修改', '修订', '修訂', '审议', '審議', '废除', '廢除', '延长', '延長',
  // Verbs of saying: what is said opens after them (他表示这份合同将重新谈判, 并提到合同已于7月16日解除).
  '表示', '提到', '指出', '认为', '認為', '透露', '强调', '強調', '声称', '聲稱', '宣称', '宣稱',
  // Words of condition: the phrase opens after them (如果该协议获得批准: 该协议).
  '如果', '假如', '倘若', '一旦', '要是',
  // Verbs that take an agreement as their object: it opens after them (欧洲议会宣布冻结中欧投资协定,
  // 抹黑中欧协定, 结束中欧投资协定谈判, 加快中欧投资协定谈判进程, 担心相关协议, 抓好协议落实).
  '宣佈', '冻结', '凍結', '抹黑', '结束', '結束', '加快', '形容', '担心', '擔心', '抓好', '认同', '認同', '处置', '處置', '包含',
  // (将寻求弥补美墨加贸易协定漏洞: seeking and mending take the agreement as their object.)
  '寻求', '尋求', '弥补', '彌補',
  // Verbs that renew or deepen a partnership (双方重申中巴全面战略合作伙伴关系, 同意深化…). Not 同意, which
  // tells consent to a deal word (经董事会同意转让股权), nor 加强, which stands inside titles (《…加强矿业合作的备忘录》).
  '重申', '深化', '巩固', '鞏固',
  // Adverbs of a whole (总体上合资企业的绩效…): said of all, they open the phrase after them.
  '总体上', '總體上', '整体上', '整體上',
  // Other names of a term (框架协议，又称意向协议): the name opens after them, not at 称.
  '又称', '又稱', '也称', '也稱', '亦称', '亦稱',
];
/** Quantifiers and demonstratives of one deal; 其 (its) points at one owner's (重新谈判其铀矿开采合同), not 其他, 其余, 其中. */
const QUANTIFIERS = /^(其(?![他它余餘中实實])|上述|前述|一项|一項|这项|這項|该|該|此|这笔|這筆|一笔|一筆|这份|這份|一份|两份|兩份|多份|多项|多項|多数|多數|少数|少數|部分|全部|首份|首个|首個|这一|這一|一系列|系列|新|同类的|同類的|本次|此次|今次|这次|這次|这起|這起|该起|該起|这宗|這宗|一宗|该宗|該宗|那份|那项|那項|那笔|那筆|那宗|这件|這件|那件|该件|該件|第[一二三四五六七八九十\d]+(?:份|项|項|笔|筆|宗|起)|本$)/;
/** Demonstratives that take no classifier: before a 的-modifier they point at its noun (该平台上的交易), not at the deal word. */
const BARE_DEMONSTRATIVE = /^(?:该|該|此|新)(?![份笔筆])/;
const MAX_BACK = 32;
/** A stake word counts only in a transaction (收购, 持有, 出售...) or as a share (少数, 10%). */
const STAKE_TRANSACTION = /(收购|收購|购买|購買|受让|受讓|买入|買入|买进|買進|出售|卖出|賣出|转让|轉讓|入股|认购|認購|增持|减持|減持|持有|持股|所持|获得|獲得|注资|注資|交易|协议|協議|签署|簽署)/;
const STAKE_SHARE = /(少数|少數|多数|多數|部分|部份|全部|全数|全數|全体|全體|控股|[一二两兩三四五六七八九]成(?=多|左右|以上|的|股|$)|\d+(?:\.\d+)?\s*[%％]|百分之)/;
/** 交易所, 合同工, 投资人, 交易伙伴 (a trading partner); and job titles (投资分析师, 投资顾问, 交易经理) in job adverts. */
const WEAK_TERM_AFTER = /^(所|员|員|额|額|量|者|人|商|日|工|制|补偿|補償|平台|市场|市場|环境|環境|银行|銀行|基金|公司|[师師]|分析|顾问|顧問|经理|經理|专员|專員|总监|總監|伙伴|夥伴|团队|團隊|机构|機構)/;
/**
 * Nouns a deal word modifies rather than heads (交易规则, 投资组合, 融资渠道, 合同法, 交易价格, 长单升水
 * the premium of long-term orders): the phrase is about rules, portfolios, channels, a price or a law,
 * not one transaction. 价值 after a deal
 * word is its worth (这笔交易价值20亿美元), so 价 counts only before another character.
 */
const MODIFIED_AFTER =
  /^(?:规则|規則|价格|價格|[价價](?!值)|对象|對象|方式|模式|[税稅费費]|成本|机制|機制|系统|系統|数据|數據|信息|记录|記錄|渠道|规模|規模|结构|結構|策略|理念|眼光|风险|風險|回报|回報|收益|机会|機會|领域|領域|主体|主體|标的|標的|品种|品種|时间|時間|期限|有效期|期(?![货貨权權])|问题|問題|概念|纠纷|糾紛|续约|續約|条款|條款|诈骗|詐騙|欺诈|欺詐|流程|门槛|門檻|法|组合|組合|热度|熱度|款|[难難贵貴]|陷阱|中心|面积|面積|额度|額度|余额|餘額|利率|周期|週期|计划|計劃|项目|項目|意向|需求|环节|環節|行为|行為|活动|活動|截止|窗口|禁令|限制|业务|業務|习惯|習慣|经验|經驗|能力|意愿|意願|[链鏈]|会议|會議|论坛|論壇|峰会|峰會|大会|大會|博览会|博覽會|定价|定價|范本|範本|模板|样本|樣本|示范文本|示範文本|文本|版本|语句|語句|约束(?![着著了住])|約束(?![着著了住])|义务|義務|升水|贴水|貼水|升贴水|升貼水)/;
/** What is done by agreement (通过协议取得, 经协议转让); not 通过协议后, a parliament approving one. */
const BY_AGREEMENT_VERB_AFTER = /^(?:获得|獲得|取得|转让|轉讓|出让|出讓|约定|約定|确定|確定|解决|解決|方式|形式|安排)/;
/** A quoted term talked about (“特许经营协议”表述方式, “对赌协议”一词, “合同”字样): a word, not a deal. */
const TERM_TALKED_ABOUT = /^[”"」』](?:这一|這一|这个|這個|此)?(?:表述|说法|說法|一词|一詞|词语|詞語|字样|字樣|提法|用语|用語|术语|術語|概念|称谓|稱謂)/;
/** Agreements of family life: 离婚协议, 婚前协议, 赡养协议, 遗赠扶养协议, 分家协议. */
const FAMILY_AGREEMENT = /(?:离婚|離婚|婚前|婚内|婚內|赡养|贍養|抚养|撫養|扶养|扶養|分家)$/;
/**
 * Words an agreement word modifies: 协议价 (a negotiated price), 协议概念 (the idea of one), 协议转让 and 协议离婚 (by agreement),
 * collections of agreements (自由贸易协定网络, 双边协定体系), which are many of a kind, a
 * protocol stack or suite (协议栈, 协议簇), and money contracted for in a count of investment
 * projects (协议资金, 协议引资, 项目协议总投资).
 */
const AGREEMENT_MODIFIES = /^(?:[价價](?!值)|概念|范本|範本|模板|样本|樣本|方式|转让|轉讓|受让|受讓|出让|出讓|离婚|離婚|存款|收购|收購|供货|供貨|网络|網絡|体系|體系|仲裁|[栈棧]|簇|族|报文|報文|字段|[税稅]率|关税|關稅|投[资資](?:总|總)?[额額]|资金|資金|引资|引資|总投资|總投資)/;
/**
 * Between parties a trade is a deal (两队之间的交易, 与对手的交易), and so is one completed or signed
 * (完成了出售锂矿的交易); a 的-modifier alone describes a kind (网上进行的交易, 平台上的二手交易).
 */
const TRADE_PARTIES = /与|與|和|同|跟|之间|之間|双方|雙方/;
/** 中国化工收购先正达的交易: the trade named by the purchase it is, with its target. */
const ACQUIRED_BEFORE = /(?:收购|收購|并购|併購|购买|購買|出售|转让|轉讓)[^的，。；、,;]{1,16}的$/;
const TRADE_DONE_BEFORE = new RegExp(String.raw`(?:完成|达成|達成|${SIGN_VERBS}|敲定|宣布|批准|终止|終止)[^，。；、,;]{0,14}$`);
/** 股份有限公司, 股权结构, 股权激励, 减持股份来源, 增持股份计划: the stake word inside another term. */
const STAKE_TERM_AFTER = /^(有限|公司|制|结构|結構|激励|激勵|投资|投資|基金|比例|登记|登記|质押|質押|市场|市場|变更|變更|总数|總數|来源|來源|计划|計劃)/;
/**
 * A listed company's short name ending in 股份 before what the company does (紫光股份收购新华三,
 * 巨化股份(600160)): the company, not a stake.
 */
const SHORT_NAME_AFTER = /^(?:收购|收購|并购|併購|公告|发布|發布|宣布|[(（]\d{6})/;
/**
 * A company's own roles and figures right after a short name in 股份 (成为秀强股份控股股东, 杉杉股份董事会,
 * 豫园股份股价), or what it holds (收购豫园股份持有的招金矿业股份): the company, not a stake.
 */
const COMPANY_ROLE_AFTER = /^(?:持有|所持|控股股东|控股股東|第一大股东|第一大股東|大股东|大股東|股东|股東|董事会|董事會|董事长|董事長|监事会|監事會|股价|股價|总股本|總股本|实际控制人|實際控制人|实控人|實控人)/;
/** A name of two to four characters before 股份, with nothing of a holding in it (秀强, 杉杉, 豫园). */
const SHORT_NAME_BEFORE = /^[\u4e00-\u9fff]{2,4}$/;
/** Nothing a stake's own description holds: a possessive, a demonstrative, a verb of holding or buying. */
const NOT_A_NAME = /[的之该該这這此其本所持有购購让讓买買卖賣售转轉入增减減]/;
/** Shares a company buys back from the market (回购公司股份, 回购的股份): its own, not a stake in anyone. */
const OWN_SHARES_BOUGHT_BACK = /(?:回购|回購)(?:本公司|公司|本行)?的?$/;
/** A percentage of the share capital bought: 收购目标公司20%已发行股份 is a stake, not the capital. */
const PERCENT_OF_CAPITAL = /(?:\d+(?:\.\d+)?\s*[%％]|百分之[一二两兩三四五六七八九十百]+)的?(?:已发行|已發行)$/;
/**
 * 上市公司股份转让的常见方式: a stake word before 转让 as a noun names a kind of transfer, not a
 * stake (将所持股份转让给腾讯 is the verb with its taker; 股权转让协议 leaves the deal to 协议).
 */
const STAKE_TRANSFER_AFTER = /^(?:转让|轉讓|转移|轉移)(?![给給予至到协協合])/;
const STAKE_AGREEMENT_AFTER = /^(?:转让|轉讓|收购|收購)(?:协|協|合同)/;

function cjkOrInner(ch: string): boolean {
  return !STOP_CHARS.has(ch) && ch.trim() !== '';
}

/** cjkOrInner of the character at `at`; an ideograph (none is a stop or a space) without building its string. */
function innerAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return (c >= 0x3400 && c <= 0x9fff) || cjkOrInner(text.charAt(at));
}

/**
 * Stop words that can also join or mark words inside a modifier ending in 的: "一项确保关键矿物及稀土
 * 供应的协议", "一项以钨资源为核心的交易". They end the phrase unless a quantifier opens it further left.
 */
const LIGHT_STOPS = new Set(['与', '與', '和', '及', '并', '並', '为', '為', '在', '对', '對', '于', '於', '就', '向', '从', '從', '由', '以']);
const OPENING_QUANTIFIER = /一项|一項|这项|這項|一笔|一筆|这笔|這筆|一份|这份|這份|该|該/g;
/**
 * 的 right before 该 or an ordinal (的该, 的第六份): the relative clause ends there (not 的这份 or
 * 的一笔, which also follow an owner or a value: 近代中国的这份合同, 规模超10亿美元的一笔投资).
 */
const RELATIVE_BEFORE_ONE = /的(?=[该該]|第[一二三四五六七八九十\d]+[份项項笔筆])/;

/** The close of the frame 以…为准 (为准的, 为基准的, 为主的) and the words that open it. */
const FRAME_CLOSE = /^[^的，。；,;]{1,2}的/;
const FRAME_OPEN = new Set(['以', '按', '按照', '依照', '依据', '依據', '根据', '根據']);

/** Verbs, prepositions and conjunctions that end in a light stop and still open the phrase after them. */
const VERB_ENDING_IN_STOP = new Set([
  '属于', '屬於', '等于', '等於', '处于', '處於', '位于', '位於', '在于', '在於', '用于', '用於', '基于', '基於', '鉴于', '鑒於',
  '由于', '由於', '对于', '對於', '至于', '至於', '成为', '成為', '作为', '作為', '认为', '認為', '称为', '稱為', '视为', '視為',
  '存在', '正在', '因为', '因為', '以为', '以為', '参与', '參與', '给与', '給與', '以及', '涉及', '合并', '合併', '兼并', '兼併', '吞并', '吞併',
]);

/** Words that end in a stop word and are not one. */
const NOT_STOPS = new Set(['转让', '轉讓', '出让', '出讓']);
/** Nouns of a deal's worth, which open its phrase (价值20亿美元的协议). */
const WORTH_NOUNS = ['价值', '價值', '金额', '金額', '总额', '總額', '总价', '總價'];
/** Nouns of a deal's size or worth that 为 joins to the value after it (规模为300亿元). */
const VALUE_NOUN_BEFORE = new Set(['规模', '規模', ...WORTH_NOUNS]);

/**
 * Stop words by the code of their last character, for the right-to-left walk of phraseStart (a
 * number key: the walk asks once per character, and a character made into a string costs more).
 */
const STOPS_BY_LAST = new Map<number, string[]>();
for (const word of STOP_WORDS) {
  const last = word.charCodeAt(word.length - 1);
  STOPS_BY_LAST.set(last, [...(STOPS_BY_LAST.get(last) ?? []), word]);
}

/**
 * A space set around a funding round's letter (完成近亿元 A 轮融资, Pre-A 轮): the habit of spacing Latin
 * letters from Chinese characters, not a break. Only around the round's letter before its 轮, so other
 * spaces still end the phrase.
 */
function roundSpace(text: string, at: number): boolean {
  const next = text.charAt(at + 1);
  // (A round's 轮, before its 融资: not B 轮胎, a tyre.)
  if (next === '轮' || next === '輪') return /[A-Fa-f+]/.test(text.charAt(at - 1)) && /^(?:融资|融資|投资|投資)/.test(text.slice(at + 2, at + 4));
  // Before the letter only after the round's value (近亿元 A 轮): after a verb (完成 C 轮) the space is no part of it.
  return /[A-FPp]/.test(next) && /[\d元亿億万萬级級]/.test(text.charAt(at - 1)) && /^(?:Pre-?\s?)?[A-F]\+*\s?[轮輪]/i.test(text.slice(at + 1, at + 12));
}

/**
 * Finds the start of the noun phrase that ends with the deal word at `triggerStart`: after the
 * last stop word before it, or, when a quantifier follows the last strong (not light) stop word,
 * at that quantifier. Walks right to left, so it stops at the first strong stop word it meets.
 */
function phraseStart(text: string, triggerStart: number, floor: number): number {
  let i = triggerStart;
  // A decimal point inside a number (2.5亿) is part of the phrase, not punctuation ending it.
  // So is a ratio's colon (3：7的合资协议).
  // So is a space set around a number (近 20% 的股权, 为期 7 年的): a typesetting habit, not a break.
  const inner = (at: number) =>
    innerAt(text, at) ||
    (/[.,:：]/.test(text.charAt(at)) && /\d/.test(text.charAt(at - 1)) && /\d/.test(text.charAt(at + 1))) ||
    (text.charAt(at) === ' ' && (/[\d%％]/.test(text.charAt(at - 1)) || /\d/.test(text.charAt(at + 1)) || roundSpace(text, at)));
  for (;;) {
    while (i > floor && triggerStart - i < MAX_BACK && inner(i - 1)) i--;
    // 2年價值8,500萬美元（約6.6億港元）的頂薪合約: a value restated in brackets goes on with the phrase.
    const open = bracketedValueStart(text, i, floor);
    if (open < 0) break;
    i = open;
  }
  let best = -1;
  let afterStrong = -1;
  let hasDe: boolean | undefined;
  let inFrame = false;
  for (let end = triggerStart; end > i && afterStrong < 0; end--) {
    const words = STOPS_BY_LAST.get(text.charCodeAt(end - 1));
    if (!words) continue;
    for (const word of words) {
      const at = end - word.length;
      if (at < i || !text.startsWith(word, at)) continue;
      // 资产处置协议, 产量冻结协议: after the noun of what is frozen or disposed of, and right before the
      // agreement word, these verbs are its subject matter, not a verb taking it (美国决定冻结协议 is one).
      if (/^(?:处置|處置|冻结|凍結)$/.test(word) && /^(?:协议|協議|协定|協定|合同|合约|合約)/.test(text.slice(end, end + 2)) && /(?:产量|產量|资产|資產|股权|股權|债务|債務|资金|資金|库存|庫存|价格|價格|工资|工資|核|冲突|衝突|产能|產能|股份|股权|股權|尾矿|尾礦|废物|廢物|危废|危廢|电池|電池|油价|油價|薪资|薪資|租金|居点|居點|土地|矿权|礦權|账户|賬戶)$/.test(text.slice(Math.max(0, at - 2), at))) continue;
      // 深化, 巩固 inside a title or a name after 关于, 和 or a signing verb (关于深化矿产资源合作的谅解备忘录).
      if (/^(?:深化|巩固|鞏固)$/.test(word) && /(?:关于|關於|《|和|与|與|签署|簽署|签订|簽訂|署了|订了|訂了)$/.test(text.slice(Math.max(0, at - 2), at))) continue;
      // 转让 (a transfer) is a noun here, not the causative 让: 股份转让协议.
      if (NOT_STOPS.has(text.slice(at - 1, end))) continue;
      // 签证 (a visa), 签名 (a signature): nouns, not the verb 签.
      if ((word === '签' || word === '簽') && /[证證名]/.test(text.charAt(end))) continue;
      // 正极材料 (a cathode material), 被动元件 (a passive component): words, not 正 and 被.
      if (word === '正' && /[极極式常规規]/.test(text.charAt(end))) continue;
      if (word === '被' && /[动動告]/.test(text.charAt(end))) continue;
      // 还款协议 (a repayment agreement), 还贷: 还 before 款 or 贷 is the verb "repay" inside the noun, not the adverb "still".
      if ((word === '还' || word === '還') && /[款贷貸]/.test(text.charAt(end))) continue;
      // 对赌协议 (a valuation-adjustment agreement), 对等贸易协定 (a reciprocal one): 对赌 and 对等 are
      // words, not the preposition 对.
      if ((word === '对' || word === '對') && /[赌賭等]/.test(text.charAt(end))) continue;
      // 15%已发行股份: 已发行 (issued) describes the shares, it does not open the phrase.
      if (word === '已' && /^(?:发行|發行)/.test(text.slice(end, end + 2))) continue;
      // 规模为300亿元的协议, 价值为: 为 after a noun of size or worth joins it to the value it gives.
      if ((word === '为' || word === '為') && VALUE_NOUN_BEFORE.has(text.slice(at - 2, at))) continue;
      // 以上期所铜价为准的长期合约, 按LME价格为基准的合同: the 为 of the frame 以…为准 (a word of one or two
      // characters, then 的) stops nothing; the frame's 以 or 按 opens the phrase, with the frame in it.
      if ((word === '为' || word === '為') && !VERB_ENDING_IN_STOP.has(text.slice(at - 1, end)) && FRAME_CLOSE.test(text.slice(end, end + 3)) && /(?:以|按|依照|依据|依據|根据|根據|参照|參照|参考|參考|基于|基於)[^，。；,;！？]{1,16}$/.test(text.slice(i, at))) {
        inFrame = true;
        continue;
      }
      if (inFrame && FRAME_OPEN.has(word)) {
        if (best < 0) best = at;
        inFrame = false;
        continue;
      }
      // 和解, 为期: a preposition or conjunction that the segmenter reads as the start of a longer
      // word is part of that word (but 存在 ends in a 在 that still ends the phrase).
      if (LIGHT_STOPS.has(word) && wordGoesOn(text, at)) continue;
      // 自由贸易协定, 关于互免签证的协定: one that ends a longer word (自由, 关于) is that word's.
      // 两国关于自由贸易协定的谈判: 关于 opens the phrase it belongs to, as a light stop would, but
      // it is inside the span (一项关于稀土供应的协议: a quantifier before it still opens it).
      if ((word === '于' || word === '於') && at > i && /[关關]/.test(text.charAt(at - 1)) && wordEndingAt(text, at)) {
        if (best < 0) best = at - 1;
        continue;
      }
      // Verbs and conjunctions built on them (属于, 成为, 由于, 以及) still open the phrase.
      // A pronoun before it is the clause's subject (他在一家合资企业), whatever the segmenter joins.
      if (LIGHT_STOPS.has(word) && at > i && !VERB_ENDING_IN_STOP.has(text.slice(at - 1, end)) && !/[他她它我你您]/.test(text.charAt(at - 1)) && wordEndingAt(text, at)) continue;
      // "与哈萨克斯坦的协议": a preposition at the very start of the phrase belongs to it.
      if (at === i && (word === '与' || word === '與') && (hasDe ??= text.slice(i, triggerStart).includes('的'))) continue;
      if (best < 0) best = end;
      if (!LIGHT_STOPS.has(word)) {
        afterStrong = end;
        break;
      }
    }
  }
  if (best < 0) best = i;
  if (afterStrong < 0) afterStrong = i;
  // 双方签署的协议: the relative clause before 的 is left out of the span, and 的 with it.
  if (text.charAt(best) === '的') best++;
  if (best > afterStrong) {
    // A quantifier after the last strong stop opens the phrase: take in the light words after it.
    for (const q of text.slice(afterStrong, best).matchAll(OPENING_QUANTIFIER)) {
      const at = afterStrong + q.index;
      if (text.slice(at, triggerStart).includes('的')) return afterRelative(text, at, triggerStart);
    }
  }
  return afterRelative(text, best, triggerStart);
}

/**
 * Where the bracket that closes right before `at` opens, when it only restates a value in another
 * currency (（約新台幣79億元）, (约6.6亿港元)); -1 otherwise.
 */
function bracketedValueStart(text: string, at: number, floor: number): number {
  const close = text.charAt(at - 1);
  if (close !== '）' && close !== ')') return -1;
  const open = text.lastIndexOf(close === '）' ? '（' : '(', at - 2);
  if (open < floor || at - open > 24) return -1;
  return BRACKETED_VALUE.test(text.slice(open + 1, at - 1)) ? open : -1;
}

/**
 * 企业提出的该收购协议, 该厂今年拿下的第六份合同: a relative clause before 的 and a quantifier of one
 * is left out, as one before 的 alone is, when no stop word ended it.
 */
function afterRelative(text: string, start: number, triggerStart: number): number {
  const relative = RELATIVE_BEFORE_ONE.exec(text.slice(start, triggerStart));
  return relative ? start + relative.index + 1 : start;
}

/**
 * A number (digits grouped by commas are one: 1,200万; or Chinese numerals before a unit of ten
 * thousand or more, 兩億, 三千万), its unit and its currency.
 */
const ZH_AMOUNT = /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[一二两兩三四五六七八九十百千]+(?=\s*(?:万亿|萬億|亿|億|万|萬)))\s*(万亿|萬億|亿|億|万|萬|千)?\s*(美元|美金|元|人民币|人民幣|欧元|歐元|日元|日圆|日圓|澳元|港元|港币|港幣|英镑|英鎊)/.source;
const ZH_VALUE = new RegExp(ZH_AMOUNT);
/** A value restated in brackets: 約新台幣79億元, 约6.6亿港元. */
const BRACKETED_VALUE = new RegExp(`^(?:约|約)?\\s*(?:新台币|新台幣|台币|台幣|人民币|人民幣|港币|港幣)?\\s*${ZH_AMOUNT}$`);

const CHINESE_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CHINESE_PLACES: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** The number written in digits (1,200, 2.5) or in Chinese numerals below ten thousand (两, 三十, 一百五十). */
function numberOf(written: string): number {
  if (/\d/.test(written)) return Number(written.replace(/,/g, ''));
  let total = 0;
  let digit = 0;
  for (const ch of written) {
    const place = CHINESE_PLACES[ch];
    if (place) {
      // 十 alone is ten: 十亿.
      total += (digit || 1) * place;
      digit = 0;
    } else digit = CHINESE_DIGITS[ch] ?? 0;
  }
  return total + digit;
}

/** A price named before the verb, in the same clause: 以5000万美元收购, 斥资30亿元入股. */
const ZH_PRICED = new RegExp(`(?:以|斥资|斥資|出资|出資|耗资|耗資|作价|作價)\\s*${ZH_AMOUNT}`);

/** A sale or purchase with its price before the verb: 以35亿港元出售, 斥资8亿元收购. */
const PRICED_SALE = new RegExp(`${ZH_PRICED.source}[^，。；,;]{0,8}?(?:出售|收购|收購|购买|購買|转让|轉讓|买下|買下|入股|并购|併購)`);

/** Punctuation between clauses; a comma between digits (1,500万) groups them instead. */
const CLAUSE_BREAK = /[，。；;]|,(?!\d)/g;

function clauseValue(text: string, from: number, phraseStart: number): RegExpExecArray | null {
  const before = text.slice(from, phraseStart);
  let clauseStart = -1;
  for (const brk of before.matchAll(CLAUSE_BREAK)) clauseStart = brk.index;
  return ZH_PRICED.exec(before.slice(clauseStart + 1));
}

/** A signing verb before a phrase, in the same clause: 签署了[框架], 达成了关于稀土的[框架]. */
const SIGNED_BEFORE = new RegExp(String.raw`(?:${SIGN_VERBS}|签下|簽下|签了|簽了|达成|達成|敲定|缔结|締結|续签|續簽)[^，。；、,;]{0,14}$`);
/**
 * A head of government or of a state, city or ministry as the one signer, right before the verb
 * and the document (总统签署备忘录, 首相签发了一份备忘录): a directive of theirs, not an accord.
 */
const OFFICIAL_SIGNS_ALONE = /(?:总统|總統|首相|总理|總理|州长|州長|市长|市長|部长|部長)[^，。；、,;与與同和跟]{0,6}(?:签署|簽署|签发|簽發)了?(?:一[份项項])?$/;
/** 框架 in a deal's sense has a subject matter of trade or cooperation: 合作框架, 贸易框架. */
const DEAL_FRAMEWORK = /合作|贸易|貿易|投资|投資|经贸|經貿|伙伴|夥伴|协议|協議/;
/**
 * Agreements a reader accepts rather than parties sign, and protocols: 用户协议, 服务协议, 网络协议,
 * TCP协议, the protocols of devices (快充协议, 蓝牙协议, 无线协议). Latin initials are a protocol only when they name one: RCEP协议 is a trade agreement.
 * Also the layers and kinds of a network's protocols (传输层协议, 以太网协议, 推送协议, 文本协议,
 * 混合协议, 私有协议, 接收协议, 高清协议), open-source licences (开源协议, 开源许可协议) and the licences and
 * charging, audio and bus protocols named in Latin letters, perhaps with a version or a suffix after
 * a hyphen (MIT 协议, GPL协议, QC 3.0协议, USB-PD 3.0 协议, SBC 协议). A licence between firms
 * (专利许可协议) is no open-source licence and stays.
 */
const NOT_SIGNED_AGREEMENT =
  /(?:用户|用戶|服务|服務|隐私|隱私|使用|注册|註冊|会员|會員|网站|網站|软件|軟件|网络|網絡|通信|通訊|通讯|传输|傳輸|三方|就业|就業|安全责任|安全責任|快充|充电|充電|蓝牙|藍牙|无线|無線|路由|加密|握手|总线|總線|以太网|以太網|(?:传输|傳輸|应用|應用|网络|網絡|链路|鏈路|物理|会话|會話)[层層]|推送|明文|文本|二进制|二進制|混合|私有|专有|專有|接收|高清|开源(?:许可)?|開源(?:許可)?|(?<![A-Za-z])(?:TCP|UDP|IP|IPv[46]|HTTPS?|FTP|SMTP|POP3|IMAP|SSH|SSL|TLS|DNS|DHCP|BGP|MQTT|USB|NFC|P2P|VoIP|Wi-?Fi|Bluetooth|Zigbee|Modbus|OAuth|MIT|[AL]?GPL|BSD|Apache|MPL|QC|PD|PPS|SCP|FCP|VOOC|UFCS|SBC|AAC|LDAC|aptX|LHDC|HDMI|I2C|SPI|UART|QUIC|RTSP|RTMP|ICMP|OSPF|SNMP)(?:-[A-Za-z]{1,4})?(?:\s*v?\d+(?:\.\d+)*\+?)?\s*)$/i;
/** Protocol words that are also a deal's (资产接收协议, 混合协议): a protocol only with no signing or pointing before. */
const PROTOCOL_OR_DEAL_WORD = /(?:混合|私有|专有|專有|接收|文本)$/;
const SIGNED_IN_LEAD = new RegExp(String.raw`(?:${SIGN_VERBS})了?[^，。；,;]{0,8}$`);
const POINTED_WORD = /(?:这份|這份|该|該|一份|此份)(?:混合|私有|专有|專有|接收|文本)$/;
/** 此次三方协议, 该三方協議: the one agreement of three parties pointed at, not the graduates' form (就业三方协议). */
const POINTED_THREE_PARTY = /(?:此次|本次|这次|這次|该|該|这份|這份|该份|該份|上述|这项|這項)三方$/;
function readsAsProtocol(lead: string): boolean {
  return NOT_SIGNED_AGREEMENT.test(lead) && !(lead.endsWith('三方') && POINTED_THREE_PARTY.test(lead)) && !(PROTOCOL_OR_DEAL_WORD.test(lead) && (SIGNED_IN_LEAD.test(lead) || POINTED_WORD.test(lead)));
}
/**
 * A futures contract, by the words of an exchange's trading around 合约: a main, next-main, far or near
 * contract, futures, a month code (2501合约, LC2407合约; not a year, 2025合约) before it; its delivery,
 * roll-over, open interest, settlement, close or volume traded after it (该合约交割月临近). Traded on an exchange, not signed
 * between parties.
 */
const FUTURES_CONTRACT_BEFORE = /(?:主力|期货|期貨|远月|遠月|近月|连续|連續|(?<![0-9０-９])[0-9]{2}(?:0[1-9]|1[0-2])|[A-Za-z]{1,2}[0-9]{1,2}(?:0[1-9]|1[0-2]))$/;
const FUTURES_CONTRACT_AFTER = /^(?:交割|换月|換月|移仓|移倉|持仓|持倉|结算价|結算價|收盘|收盤|成交量)/;
/** A settlement price's move by a figure or to the limit: 结算价上涨3%, 結算價下跌2.1%, 结算价涨停. */
const SETTLEMENT_MOVED = /^(?:结算价|結算價)(?:格)?(?:(?:较|較)[^，。；,;]{0,6})?(?:(?:大幅|小幅)?(?:上涨|上漲|下跌|上升|下降|收涨|收漲|收跌|涨|漲|跌)(?:了)?\s*(?:\d+(?:\.\d+)?\s*[%％]|[\d.]+\s*(?:元|美元|点|點))|涨停|漲停|跌停)/;
/**
 * A contract signed or supplied before it in its sentence (签订2025合约, 双方续签的长期合约, 这份包销合约,
 * 根据包销协议，该合约…): one contract between parties, not a futures contract.
 */
const SIGNED_CONTRACT_BEFORE = /(?:签署|簽署|签订|簽訂|续签|續簽|达成|達成|赢得|贏得|双方|雙方|包销|包銷|长协|長協)/;
/** Words of a supplied or pointed-at contract, read in its own clause only (受印尼镍矿供应收紧影响，该合约… is a market's supply). */
// (A party's contract, 与宁德时代的钴中间品合约, is signed too.)
const SUPPLIED_CONTRACT_BEFORE = /(?:供应|供應|长期|長期|这份|這份|该份|該份|一份)/;
/** A party's contract (与宁德时代的钴中间品合约), not when a month code or 主力 marks a futures contract (与外盘联动的沪镍主力合约), nor 参与. */
const PARTY_CONTRACT_BEFORE = /(?<![参參])(?:与|與)[^，,。；;的]{2,12}的/;
/** China's futures exchanges by their short names (上期所 is the Shanghai Futures Exchange). */
const SHORT_EXCHANGE_NAMES = '上期所|大商所|郑商所|鄭商所|广期所|廣期所';
/**
 * An exchange's words in the sentence, for a contract's delivery or settlement after it (该合约交割月临近，
 * 多头陆续平仓): a futures exchange, its trading, or 沪 and 伦 before a metal (not 沪深交易所, nor the LME
 * as a price an offtake refers to, 参照伦敦金属交易所现货月均价).
 */
const EXCHANGE_WORD = new RegExp(String.raw`(?:期货|期貨|主力|(?:[沪滬伦倫]|(?<!(?:[本上下同长長短近远遠早晚到定分预預初末每当當首延逾]|(?<!周|週|星期|礼拜|禮拜)[一二三四五六七八九十]|(?<![午盘盤节節随隨此其之日])[前后後中]))期)(?=[金银銀铜銅铝鋁锌鋅铅鉛镍鎳锡錫])|${SHORT_EXCHANGE_NAMES}|期货交易所|期貨交易所|金属交易所|金屬交易所|商品交易所|新加坡交易所|(?<!利率|汇率|匯率|外汇|外匯|货币|貨幣)掉期|持仓|持倉|平仓|平倉|多头|多頭|空头|空頭|夜盘|夜盤)`);
/** An exchange named as the price a contract refers to (参照伦敦金属交易所现货月均价), which says nothing of where it trades. */
// (With 按, 以, 根据, 对标 or 采用 only when a price follows, 以伦敦金属交易所三个月期铜均价为基准, and the
// phrase runs on to the price, so that the 期铜 it quotes goes with it; 根据商品交易所规则，该合约交割… is an exchange's.)
const EXCHANGE_NAME = String.raw`(?:(?:伦敦|倫敦|上海|纽约|紐約|新加坡|芝加哥)?(?:金属|金屬|期货|期貨|商品)?交易所|${SHORT_EXCHANGE_NAMES})`;
const EXCHANGE_REFERENCED = new RegExp(
  String.raw`(?:参照|參照|参考|參考|按照|挂钩|掛鉤|基于|基於)[^，,。；;]{0,4}${EXCHANGE_NAME}(?:[^，,。；;]{0,12}?(?:价格|價格|价|價|掉期))?|(?:依据|依據|对标|對標|采用|採用)[^，,。；;]{0,4}${EXCHANGE_NAME}[^，,。；;]{0,12}?(?:价格|價格|价|價)(?:为准|為準|为基准|為基準|确定|確定)?|(?:按|以|根据|根據)[^，,。；;]{0,4}${EXCHANGE_NAME}[^，,。；;]{0,12}?(?:价格|價格|价|價)(?:为准|為準|为基准|為基準|为基础|為基礎|确定|確定|计算|計算|结算|結算|计价|計價)`,
  'g',
);
/** A metal or a futures word before 主力 (沪铜主力合约, 工业硅期货主力合约), not a team's main players (多名主力合约). */
const FUTURES_MAIN_BEFORE = /(?:期货|期貨|[沪滬伦倫金银銀铜銅铝鋁锌鋅铅鉛镍鎳锡錫铁鐵钢鋼硅矽锂鋰钴鈷锰錳铬鉻钼鉬钨鎢锑銻铂鉑钯鈀碱鹼油煤矿礦指])$/;
/** A contract signed in the sentences just before (签订了碳酸锂供应合同。该合约…): 该合约 is that one. */
const SIGNED_CONTRACT_EARLIER = signedDealBefore('合同|合约|合約|长协|長協');
/** 合约 at `trigger` as a futures contract traded on an exchange (see FUTURES_CONTRACT_BEFORE). */
function futuresContract(text: string, trigger: { start: number; end: number }, sentence: { start: number; end: number }): boolean {
  const lead = text.slice(Math.max(sentence.start, trigger.start - 6), trigger.start);
  const byLead = FUTURES_CONTRACT_BEFORE.test(lead);
  const after = text.slice(trigger.end, trigger.end + 3);
  const byAfter = FUTURES_CONTRACT_AFTER.test(after);
  if (!byLead && !byAfter) return false;
  // The sentence before it: a contract signed, by both parties, or of supply (公司与嘉能可签订2025合约;
  // 根据包销协议，该合约结算价…).
  if (SIGNED_CONTRACT_BEFORE.test(text.slice(sentence.start, trigger.start))) return false;
  let clauseStart = trigger.start;
  while (clauseStart > sentence.start && !/[，,。；;！？!?]/.test(text.charAt(clauseStart - 1))) clauseStart--;
  if (SUPPLIED_CONTRACT_BEFORE.test(text.slice(clauseStart, trigger.start))) return false;
  if (!byLead && PARTY_CONTRACT_BEFORE.test(text.slice(clauseStart, trigger.start))) return false;
  // 主力合约 of a metal or of futures; 多名主力合约 are a team's main players' contracts.
  const main = byLead && /主力$/.test(lead);
  if (byLead && (!main || FUTURES_MAIN_BEFORE.test(text.slice(Math.max(sentence.start, trigger.start - 8), trigger.start - 2).replace(/次$/, '')))) return true;
  // A contract rolled over or its close (该合约换月, 该合约收盘价) is traded; its delivery, settlement
  // price or holding (交割, 结算价, 持仓) is also a signed contract's, and counts only in a sentence of an exchange.
  if (byAfter && !/^(?:交割|结算价|結算價|持仓|持倉|成交量)/.test(after)) return true;
  // 该合约成交量大增: a volume traded is an exchange's, with no word of one, unless a contract signed was
  // told just before (签订了供应合同。该合约成交量…, as with a settlement price).
  if (after === '成交量' && !toldJustBefore(text, sentence.start, SIGNED_CONTRACT_EARLIER)) return true;
  // 该合约结算价上涨3%, 结算价跌停: a settlement price that moves by a figure, or to the day's limit, is
  // traded on an exchange, with no word of one (a signed contract's is set, 由双方协商确定).
  if (byAfter && SETTLEMENT_MOVED.test(text.slice(trigger.end, trigger.end + 16)) && !toldJustBefore(text, sentence.start, SIGNED_CONTRACT_EARLIER)) return true;
  // (主力 of an unnamed contract is no exchange's word on its own: 球队主力合约即将到期.)
  const rest = text.slice(sentence.start, sentence.end).replace(/主力(?:合约|合約)/g, '').replace(EXCHANGE_REFERENCED, '');
  return (byAfter || main) && EXCHANGE_WORD.test(rest);
}
/** What is said of a contract that is code: called, its address, its code, functions or bytecode. */
const CONTRACT_AS_CODE_AFTER = /^(?:调用|調用|地址|代码|代碼|函数|函數|字节码|位元組碼|接口|介面)/;
/** What a transaction on a chain has: its outputs (UTXO), its hash, the pool it waits in. */
const CHAIN_TRANSACTION_AFTER = /^(?:输出|輸出|哈希|雜湊|池)/;
/** Quantifiers and demonstratives that make a money word one transaction: 一笔贷款, 该投资. */
const ONE_TRANSACTION = /上述|前述|一笔|一筆|这笔|這筆|那笔|那筆|这件|這件|那件|两笔|兩筆|首笔|首筆|此笔|此筆|这项|這項|该项|該項|此项|此項|一项|一項|本次|此次|今次|这次|這次|这起|這起|(?<![应應])[该該][^的]{0,3}$/;
/** A funding round by its letter or stage (A++++轮, Pre-A轮, 天使轮), completed or won: one company's round. */
const FUNDING_ROUND = /(?:(?:Pre-?\s?)?[A-F]\+*\s*(?:轮|輪)?|天使(?:轮|輪)|种子(?:轮|輪)|種子輪)$/i;
const ROUND_DONE_BEFORE = /(?:完成|获得|獲得|宣布|拿下|斩获|斬獲)了?[^，。；,;]{0,12}$/;
/** 本轮融资由无锡梁溪科创产业母基金(博华资本管理)及…领投: the round pointed at is the one the page reports. */
const ROUND_POINTED_AT = /^(?:本|此|该|該|这|這)(?:轮|輪)$/;
/** A lead investor named before a funding round: 淡马锡领投了这家公司的B轮融资. */
const LED_BY = /领投|領投|参投|參投/;
/** A loan's lead arranger named before it: 中国银行牵头的银团贷款 (not 商务部牵头的投资促进活动). */
const ARRANGED_BY = /(?:牵头|牽頭)的[^，。；、,;]{0,4}$/;
const LOAN = /^(?:贷款|貸款|融资|融資|授信)$/;
/** Or right after it, in the next clause: 完成B轮融资，由红杉中国领投. */
const LED_BY_AFTER = /^[，,]?(?:由|获|獲)[^，。；,;]{1,12}(?:领投|領投)/;
/** 融资金额, 贷款金额: the amount of a money word not pointed at as one transaction is a term. */
const AMOUNT_AFTER = /^(?:金额|金額)/;
/** 向 as "to" or "from" a party, not inside a word (倾向, 方向, 面向, 意向, 趋向…). */
const TOWARD = String.raw`(?<![倾傾方导導面走意动動趋趨偏转轉一志朝去流指取])向`;
/** A party the money goes to, then the money word and its value: 向这家公司追加投资100亿美元. */
const TO_PARTY = new RegExp(String.raw`(?:${TOWARD}|对|對)[^，。；、,;]{2,16}$`);
/** Sectors, not parties: 领域, 行业, 产业, 部门. */
const SECTORS = '领域|領域|行业|行業|产业|產業|部门|部門';
/** A sector, not a party, after 向 (向太阳能领域投资1000亿美元): a plan to spend, not a deal. */
const TO_SECTOR = new RegExp(`(?:${SECTORS}|板块|板塊|市场|市場)$`);
/** A named lender or investor before a money word: 从中国进出口银行获得[贷款], 由世界银行提供. */
const FROM_LENDER = new RegExp(String.raw`(?:从|從|${TOWARD}|由)([^，。；、,;从從向由]{2,16})(?:获得|獲得|取得|借|提供|发放|發放)了?$`);
/**
 * Lenders by their kind alone (从银行获得贷款, 由商业银行提供): any bank, not one; a loan from them is
 * money of a kind, as a study of credit talks of it.
 */
const BANK_KINDS = '[大小]|中小|商业|商業|国有|國有|地方|各|各家|一些|部分|其他|正规|正規';
const LENDER_OF_A_KIND = new RegExp(`^(?:${BANK_KINDS})?(?:银行|銀行|金融机构|金融機構|贷款机构|貸款機構)$`);
/** A lender named before a money word, not a lender of a kind (从银行获得). */
function fromLender(before: string): boolean {
  const m = FROM_LENDER.exec(before);
  return m !== null && !LENDER_OF_A_KIND.test(m[1]);
}
/**
 * The same with the loan's kind between verb and word (由中国政府提供无息[贷款], 从亚行获得长期低息[贷款]):
 * a few characters, no 的 and no word of many (该省向企业提供大量贷款 names no one loan).
 */
const FROM_LENDER_WITH_KIND = /(?:从|從|由)[^，。；、,;]{2,16}(?:获得|獲得|取得|提供|发放|發放)了?[^，。；、,;的]{1,6}$/;
const MANY_LOANS = /大量|大批|更多|许多|許多|很多|各类|各類/;
/** The lender's verb with 的 before the loan (中国提供的[贷款], 国开行为该项目发放的长期[贷款]). */
const PROVIDED_BY = /(?:提供|发放|發放)[^，。；、,;]{0,8}的[^，。；、,;的]{0,6}$/;
/** A loan said to come from a lender (来自世界银行的[贷款]). */
const COMING_FROM = /(?:来自|來自)([^，。；、,;]{1,16})的$/;
/** Lenders by their kind, when no country names them: banks, funds, governments. */
const LENDER_WORD = /银行|銀行|基金|政府|亚行|亞行|国开行|國開行|金融公司/;
/** The lender right after the loan (贷款主要由中国进出口银行提供). */
const LENDER_AFTER = /^(?:主要|均|全部|大部分)?由([^，。；、,;]{2,16}?)(?:提供|发放|發放)/;
const CLAUSE_OPEN = /[^，。；,;]*$/;

/**
 * A loan whose lender the clause names as a country, or as a bank, fund or government: with the
 * loan's kind after the verb (由中国政府提供无息贷款), with 的 (中国提供给赞比亚的项目贷款, 来自
 * 中国的贷款), or right after the loan (贷款由中国进出口银行提供). Asked only of a loan word that
 * the cheaper tests have not made a transaction.
 */
function lenderNamed(c: Candidate): boolean {
  const { text, trigger, sentence, known } = c;
  const named = (from: number, to: number) => LENDER_WORD.test(text.slice(from, to)) || known.some((k) => k.type === 'country' && k.start >= from && k.end <= to);
  const after = LENDER_AFTER.exec(text.slice(trigger.end, trigger.end + 24));
  if (after) return named(trigger.end, trigger.end + after[0].length);
  const clause = loanClause(c);
  const at = trigger.start - clause.length;
  const kind = FROM_LENDER_WITH_KIND.exec(clause);
  if (kind && !MANY_LOANS.test(kind[0])) return named(at + kind.index, trigger.start);
  const provided = PROVIDED_BY.exec(clause);
  if (provided) return named(at, at + provided.index);
  const from = COMING_FROM.exec(clause);
  return from !== null && named(at + from.index, trigger.start);
}
/**
 * A loan with its value right after it (贷款20亿元) whose clause names the bank it comes from right
 * before it (利用新开发银行贷款20亿元人民币) or the party it is lent to (向合营公司提供股东贷款3.06亿元):
 * one loan. A bank of a kind (通过商业银行贷款) names no lender, and a class of borrowers (向小微企业发放
 * 贷款3000亿元) tells a total of many loans.
 */
const BANK_BEFORE = /(?:利用|使用|获得|獲得|取得|借用|通过|通過)([^，。；、,;向从從由的]{2,10})(?:银行|銀行)$/;
const BANK_OF_A_KIND = new RegExp(`^(?:${BANK_KINDS}|外资|外資|民营|民營|政策性|合作|村镇|村鎮|多家|几家|幾家)$`);
const LENT_TO = new RegExp(String.raw`${TOWARD}([^，。；,;]{2,24})(?:提供|发放|發放)了?[^，。；、,;的]{0,4}$`);
const BORROWERS_OF_A_KIND = new RegExp(`(?:企业|企業|农户|農戶|客户|客戶|个人|個人|群众|群眾|居民|主体|主體|${SECTORS}|小微)$`);
/** The clause before a loan word, read at most 40 characters back. */
function loanClause(c: Candidate): string {
  return CLAUSE_OPEN.exec(c.text.slice(Math.max(c.sentence.start, c.trigger.start - 40), c.trigger.start))![0];
}
function loanWithValueNamed(c: Candidate): boolean {
  const { text, trigger } = c;
  if (valueRightAfter(text, trigger.end) === undefined) return false;
  const clause = loanClause(c);
  const bank = BANK_BEFORE.exec(clause);
  if (bank) return !BANK_OF_A_KIND.test(bank[1]);
  const to = LENT_TO.exec(clause);
  return to !== null && !BORROWERS_OF_A_KIND.test(to[1]) && !MANY_LOANS.test(to[0]);
}
/**
 * A signing between named parties, in the same clause: 埃及与中国企业签署[建设合同]. Advice and duty
 * (务必与房东签订, 学员须与学校签订) name no particular signing, and neither does a step of a
 * procedure timed by another (入职时与公司签订, 与考生在录取前签订).
 */
const PARTIES_SIGN = new RegExp(String.raw`(?:与|與|同|跟)([^，。；、,;]{1,16}?)(?:${SIGN_VERBS}|签下|簽下|续签|續簽|敲定|草签|草簽|缔结|締結)了?[^，。；、,;]{0,24}$`);
/** A partnership reached with a party (和日本一家公司达成合作伙伴关系), as a contract is signed with one. */
const PARTNERSHIP_WITH_PARTY = /(?:与|與|同|跟|和)[^，。；、,;]{1,16}?(?:达成|達成|缔结|締結|结成|結成)了?(?:战略|戰略|全面)?合作$/;
/** The two parties as the signing verb's subject: 双方还签署了[电力长协], 两国签订[供气合同]. */
const BOTH_SIGN = new RegExp(String.raw`(?:双方|雙方|[两兩](?:国|國|家公司|家企业|家企業))([^，。；、,;]{0,6}?)(?:${SIGN_VERBS}|签下|簽下|续签|續簽)了?[^，。；、,;]{0,14}$`);
const MODAL = /务必|必须|必須|需要|应当|應當|应该|應該|可以|(?<!供)[应應]|[须須需请請]/;
const TIMED = /(?<!同)[前后後时時]$/;
function signedByParties(before: string): boolean {
  const clause = before.slice(Math.max(before.lastIndexOf('，'), before.lastIndexOf('。'), before.lastIndexOf('；')) + 1);
  const withParty = PARTIES_SIGN.exec(clause);
  const m = withParty ?? BOTH_SIGN.exec(clause);
  if (!m) return false;
  const lead = clause.slice(0, m.index);
  // 双方应签署: between the two parties and their verb only a modal can stand in the way.
  return !MODAL.test(lead) && !TIMED.test(lead) && !TIMED.test(m[1]) && (withParty !== null || !MODAL.test(m[1]));
}
/** What may stand between the countries and their signing verb: 中俄两国签署, 日本政府签订. */
// (中国、俄罗斯和蒙古三国签署了…三方协议: three or more countries counted after their names sign too.)
const COUNTRIES_AS_SIGNERS = /^(?:[两兩三四五六七八九十][国國]|双方|雙方|各方)?(?:政府)?(?:[今昨去]天|[今昨]日|日前|近日|正式|共同)?$/;
/**
 * Countries as the subject of the signing verb (中俄两国签署[供气合同]), not a country before
 * the signers' class (中国企业签订[工程合同]时, any Chinese company).
 */
function signedByCountries(text: string, from: number, before: string, known: KnownSpan[]): boolean {
  const verb = SIGNED_BEFORE.exec(before);
  if (!verb) return false;
  const at = from + verb.index;
  return known.some((k) => k.type === 'country' && k.end <= at && k.start >= from && COUNTRIES_AS_SIGNERS.test(text.slice(k.end, at)));
}
/**
 * A contract's amount with its value (合同金额约4亿美元, 合約總額達5億元), or its term in numbers
 * (合同为期三年, 合約為期18個月): what one contract says, not a kind.
 */
const CONTRACT_AMOUNT_AFTER = new RegExp(
  `^(?:(?:金额|金額|总额|總額|总价|總價|价值|價值)(?:折合(?:人民币|人民幣|美元))?(?:约|約|逾|近|超过|超過)?(?:为|為|达|達)?\\s*${ZH_AMOUNT}|(?:为期|為期)[\\d一二两兩三四五六七八九十]+(?:年|个月|個月)|(?:为|為)(?:[\\d一二两兩三四五六七八九十]+(?:年|个月|個月)[、，,]?)?\\s*${ZH_AMOUNT})`,
);
/**
 * The same said of the contract in the next clause (与俱乐部签订合同，合同为3年2400万欧元): the bare word
 * before it is that contract.
 */
function contractAmountAhead(text: string, at: number): boolean {
  const ahead = text.slice(at, at + 28);
  return CONTRACT_AMOUNT_AFTER.test(/^[，,](?:合同|合約|合约)/.test(ahead) ? ahead.slice(3) : ahead);
}
/** An agreement a reader ticks or reads, not one parties sign: 勾选同意《考生诚信协议》. */
const ACCEPTED_BEFORE = /(?:同意|勾选|勾選|阅读|閱讀|接受)(?:并|並)?《?$/;
/**
 * A page's own terms: a sentence that speaks to its reader or user (您, 用户, 会员), or names a user or
 * service agreement, and points at the page's own agreement, service or terms (本协议, 本软件, 本站, 条款) is a user agreement's text, and
 * every agreement word in it is what the reader is asked to accept (本协议适用于您的全部订单,
 * 本协议及其他服务协议可随时修订), not a deal reported.
 */
const READER = /您|用户|用戶|会员(?![国國])|會員(?![国國])/;
const OWN_PAGE = /本(?:协议|協議|合同|条款|條款|软件|軟件|服务|服務|站|平台|网站|網站|APP|App|产品|產品|应用|應用)/;
const OWN_TERMS = new RegExp(`${OWN_PAGE.source}|条款|條款`);
const READER_AGREEMENT = new Set(['协议', '協議', '合同', '合约', '合約']);
/** Agreements only a reader accepts, named beside the page's own (本协议及相关服务协议). */
const READERS_AGREEMENT = /(?:用户|用戶|服务|服務|隐私|隱私)(?:协议|協議|政策)/;
function readersTerms(text: string, sentence: { start: number; end: number }): boolean {
  const s = text.slice(sentence.start, sentence.end);
  return READER.test(s) ? OWN_TERMS.test(s) : READERS_AGREEMENT.test(s) && OWN_PAGE.test(s);
}
/**
 * An insurance policy's own clauses: a sentence that names the policy's parties by their roles
 * (投保人, 被保险人, 受益人) or its terms of cover (保险责任, 保险期间) and points at its own contract or cover (本合同, 本保险, 本附加险合同)
 * is the policy's text, as 甲方 and 乙方 make a form's: its agreement words are the form's, no deal
 * reported (投保人在本合同保险期间届满前申请续保). A report of one contract says 该合同 or names the
 * firms, and a company's own announcement (本合同的签订将有利于公司) names no policy role.
 */
const POLICY_ROLE = /投保人|被保[险險]人|受益人|保[险險](?:责任|責任|期间|期間)/;
const OWN_POLICY = /本(?:合同|合約|合约|协议|協議|保[险險]|附加[险險]|主[险險]|产品|產品)/;
function policyTerms(text: string, sentence: { start: number; end: number }): boolean {
  const s = text.slice(sentence.start, sentence.end);
  return s.includes('本') && POLICY_ROLE.test(s) && OWN_POLICY.test(s);
}
/**
 * A covenant between God and people (上帝与亚伯拉罕立约, 耶稣基督宝血所立的新约, 用基督的血批准了这个协议):
 * a sentence naming God or Jesus tells of a covenant of faith, not a deal between parties.
 */
const DEITY = /上帝|耶[稣穌]|耶和[华華]|天父/;
/** A negated alternative before the deal word, in its phrase: 也不是卖身协议, 这不是现在的合同, 并非供货协议. */
const NEGATED_COPULA = /(?:不是|并非|並非|而非|绝非|絕非)[^，。；,;是这這该該此那本都所]{0,8}$/;
/**
 * A trend told of deals as a class: 并购交易持续增长, 合作协议数量逐年增加 (how many of them grow or
 * fall), not one deal.
 */
const TREND_AFTER = /^(?:交易|案例?|活动|活動)?(?:数量|數量|规模|規模)?(?:持续|持續|不断|不斷|逐年|日益|稳步|穩步|大幅)(?:增长|增長|增加|上升|下降|下滑|减少|減少|升温|升溫|回暖|活跃|活躍)/;
/**
 * A contract's own text as a template or form shows it: both its parties called by their letters,
 * one of them bound by a duty (甲方应 ... 乙方, or 甲乙双方; not only defined so, 以下简称“甲方”), blanks to fill (×××, XX, ____), its
 * formulas of breach and signature (一方违反, 签字盖章), or the preamble that opens its clauses
 * (达成如下协议：, and without the colon where the formula ends the sentence or goes on to 以资共同遵守:
 * 达成如下协议，以资共同遵守, 达成以下协议。, 双方达成协议如下). Every deal word in such a sentence is the form's, not a deal reported; one
 * pointed back at (根据上述协议，乙方须...) is a deal the news told of before.
 */
/** Blanks left to fill in: ××, XX, ____. */
const FORM_BLANK = String.raw`[×＊]{2,}|(?<![A-Za-z])XX|_{3,}|＿{2,}`;
const FORM_TEXT = new RegExp(`甲乙|${FORM_BLANK}|一方违反|一方違反|签字盖章|簽字蓋章`);
const HAS_FORM_BLANK = new RegExp(FORM_BLANK);
const DEFINED_PARTY = /[简簡]称[^)）]{0,12}?[甲乙]方/g;
const FORM_PREAMBLE = /(?:达成|達成)(?:(?:如下|以下)(?:协议|協議)(?:[:：。]|$)|(?:协议|協議)如下)|以[资資]共同遵守/;
const FORM_PREAMBLE_PARTIES = /[甲乙]方|甲乙|[双雙]方|各方|协商|協商|友好|本[着著]|平等|自愿|自願|[\u4e00-\u9fff]{1,3}方(?:与|與|和|及)[\u4e00-\u9fff]{1,3}方/;
const POINTED_BACK = /(?:上述|前述|该|該|这|這|此)[^的]{0,3}$/;
/**
 * A party by its letter bound by the form's duty or consent (甲方应, 乙方同意, 甲方有权); a report
 * names the firm after the letter (甲方紫金矿业将向乙方支付10亿元) and tells what it does.
 */
const PARTY_BOUND = /[甲乙]方(?:应|應|须|須|同意|有权|有權|负责|負責|承担|承擔|不得|保证|保證|可以|必须|必須)/;
const FORM_SIGN = /[甲乙×＊X_＿]|[违違]反|[签簽]字|[如以]下[协協]|[协協]议如下|以[资資]共同/;
/**
 * A day of signing in full figures (甲乙雙方於2018年7月12日在深圳簽訂商務合作協議): a real contract's, told
 * by its filing; a form leaves the day blank (____年__月__日, caught as form text).
 */
const SIGNED_ON_A_DAY = /[12]\d{3}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[^，,。；;]{0,12}?(?:签订|簽訂|签署|簽署|订立|訂立)/;
/**
 * A contract's clause quoted (所謂『乙方同意…』, 「甲方有權…」; its close may fall past the sentence's 。): a court or a report citing one contract's words.
 * In “…” only a clause that names a party's letter and runs some length (合同第七条“乙方逾期付款的，甲方有权解除合同”),
 * not a party defined by name (以下简称“甲方”).
 */
const QUOTED_CLAUSE = /『[^』]*(?:』|$)|「[^」]*(?:」|$)|“[^”]{8,}(?:”|$)/g;
function contractForm(text: string, sentence: { start: number; end: number }, modifiers: string, at = -1): boolean {
  let s = text.slice(sentence.start, sentence.end);
  // A cheap first test, for one of the signs below (签, 达 and 违 alone are in most deal sentences).
  if (!FORM_SIGN.test(s)) return false;
  // (经过艰苦谈判，工会与资方达成以下协议。: the formula alone, with no party's letter, no 双方 and no
  // talk of consulting, is news of one agreement reached; 以资共同遵守 is a form's whatever else.)
  if (FORM_PREAMBLE.test(s) && (/以[资資]共同遵守/.test(s) || FORM_PREAMBLE_PARTIES.test(s))) return true;
  if (POINTED_BACK.test(modifiers)) return false;
  // (兩造間簽訂有歌星合約，至於合約書第六條所謂『乙方同意…且甲方有權…』: the party letters are in the
  // clause a court quotes; the contract named outside the quote is the one the case is about.)
  if (at >= 0 && /[『「“]/.test(s)) {
    const rel = at - sentence.start;
    let inQuote = false;
    const unquoted = s.replace(QUOTED_CLAUSE, (q, i: number) => {
      if (q.charAt(0) === '“' && !/[甲乙]方/.test(q)) return q;
      if (rel >= i && rel < i + q.length) inQuote = true;
      return '';
    });
    // (A deal word inside the quote is the quoted contract's: its own sentence is read whole.)
    if (!inQuote) s = unquoted;
  }
  const parties = s.replace(DEFINED_PARTY, '');
  if (!FORM_TEXT.test(parties) && !(parties.includes('甲方') && parties.includes('乙方') && PARTY_BOUND.test(parties))) return false;
  // (甲乙雙方於2018年7月12日在深圳簽訂商務合作協議: a filing's contract signed on its day; the letters are
  // its own, not a form's blanks.)
  return !(SIGNED_ON_A_DAY.test(parties) && !HAS_FORM_BLANK.test(parties));
}
/** What follows 协议 in a count of a round of signings: its money (协议金额, 协议总金额) or its projects counted (协议项目38个). */
const SIGNINGS_TOTAL_AFTER = /^(?:(?:总|總)?(?:金额|金額)|(?:项目|項目)[\d一二两兩三四五六七八九十几幾多])/;
/** A count or a round told between an agreement and a bare 协议 (合作协议12项，; 此次共签订): the bare one is the round's. */
const ROUND_BETWEEN = /^\s*[0-9一二两兩三四五六七八九十]+\s*[项項个個份]|共|此次|累计|累計|合计|合計|项目|項目/;
/** The only modifiers such a 协议 takes: none, 项目, 正式 or 意向 (项目协议金额, 正式协议项目, 意向协议项目). */
const SIGNINGS_TOTAL_MODIFIERS = /^(?:(?:合作)?(?:项目|項目)|正式|意向)?$/;

/**
 * A deal word inside the title of a rule or notice (《关于上市公司股东减持股份的若干规定》,
 * 《关于规范合作协议的通知》): the document regulates a kind, it reports no deal.
 */
/** A short bracketed note a title may end on: (试行), (两年行动计划). */
const TITLE_NOTE = String.raw`(?:[(（][^)）]{0,10}[)）])?$`;
const RULE_TITLE_END = new RegExp(`(?:事项|事項|办法|辦法|规定|規定|细则|細則|指引|通知|意见|意見|条例|條例|规则|規則|备忘录|備忘錄|指南|准则|準則)${TITLE_NOTE}`);
const MOU_TITLE_END = new RegExp(`(?:谅解备忘录|諒解備忘錄)${TITLE_NOTE}`);
/** An organ of a state after its name (证监会, 财政部, 海关, 银保监会): the issuer of a rule. */
const STATE_ORGAN_AFTER = /^(?:海关|海關|证监会|證監會|银保监|銀保監|财政部|財政部|商务部|商務部|银行|銀行|[部委局署会會])/;
function inRuleTitle(text: string, sentence: { start: number; end: number }, at: number, known: readonly KnownSpan[]): boolean {
  const open = text.lastIndexOf('《', at);
  if (open < sentence.start || text.lastIndexOf('》', at) > open) return false;
  const close = text.indexOf('》', at);
  if (close < 0 || close >= sentence.end) return false;
  const title = text.slice(at, close);
  // 《关于建立双边服务伙伴关系的谅解备忘录》, 《…关于服务贸易合作的谅解备忘录(两年行动计划)》: a memorandum
  // of understanding is signed between parties, never issued as a rule (a rule's is a 业务备忘录 or 监管备忘录).
  if (!RULE_TITLE_END.test(title) || MOU_TITLE_END.test(title)) return false;
  // 《关于中国和印尼…项目合作备忘录》: a memorandum
  // whose title names two parties (two countries, or one joined by 与 or 和 to another) is one between
  // states, not a rule's. A state's organ on its own (中国证监会, 美国财政部) issues a rule; joined to
  // another party (中国商务部与智利经济部) it is a party.
  if (/(?:备忘录|備忘錄)$/.test(title)) {
    const joined = (k: KnownSpan) => /^(?:(?!关于|關於)[^《》]){0,12}?[与與和同]/.test(text.slice(k.end, at));
    const parties = known.filter((k) => k.type === 'country' && k.start > open && k.end <= at && (!STATE_ORGAN_AFTER.test(text.slice(k.end, k.end + 4)) || joined(k)));
    if (parties.length >= 2 || parties.some(joined)) return false;
  }
  // 《智新科技与宁德时代合作备忘录》: a memorandum whose title names its parties is an agreement's.
  return !(/^(?:合作)?(?:备忘录|備忘錄)$/.test(title) && /[与與]/.test(text.slice(open, at)));
}
/** Words between a deal word and the 》 of its title that end in a rule's or notice's word, not a memorandum's. */
function ruleTitleGoesOn(text: string, sentence: { start: number; end: number }, end: number): boolean {
  const close = text.indexOf('》', end);
  if (close <= end + 1 || close >= sentence.end) return false;
  const tail = text.slice(end, close);
  return RULE_TITLE_END.test(tail) && !/(?:备忘录|備忘錄)$/.test(tail);
}
/** Words of a relationship's quality before 伙伴关系: 紧密的, 长久, 良好的. */
const RELATIONSHIP_QUALITY = /(?:紧密|緊密|长久|長久|密切|良好|友好|牢固|稳固|穩固|深厚)的?$/;
/** Signing or keeping someone right after a contract's term (以4年合約簽下朱育賢, 以3年合約續留). */
const SIGNED_PLAYER_AFTER = /^(?:签下|簽下|续留|續留|留住|网罗|網羅|延揽|延攬)/;
/** A people's or society's compact (人民之间的, 公民之间的 right before 契约; 社会契约, 契约论 in its sentence). */
const PEOPLES_BEFORE = /(?:人民|人们|人們|公民|众人|眾人|个人|個人)(?:之间|之間)的?$/;
const SOCIAL_CONTRACT = /社会契约|社會契約|契约论|契約論/;
/** Contract words that parts of a contract follow (期限, 条款): 合同, 合约, 长约, 新约. */
const CONTRACT_WORD = /^(?:合同|合約|合约|长约|長約|新约|新約|契约|契約)$/;
/** A signing verb right before a book title's opening mark (签署《, 簽訂了《, 订立《). */
const SIGNED_BEFORE_TITLE = new RegExp(String.raw`(?:${SIGN_VERBS}|订立|訂立)了?《$`);
/**
 * A contract whose own title, with its subject matter, is given in book-title marks right after a
 * signing verb (与玻利维亚国家锂业公司签署《乌尤尼盐湖碳酸锂生产服务合同》, 俄气签署了《中俄东线供气购销合同》):
 * the signed document itself, named as its parties call it. The caller asks for a country named in
 * the clause too: a title alone may be a form's, which classes of parties sign (租客与房东签订了
 * 《房屋租赁合同》, 公司与供应商签订《原材料采购合同》), and a short one always is (签订《劳动合同》).
 * (Character tests first: a closing mark right after the word, the opening one right before the phrase.)
 */
function titledContractSigned(text: string, start: number, end: number, word: string, modifiers: string): boolean {
  if (text.charAt(end) !== '》' || text.charAt(start - 1) !== '《') return false;
  if (!/^(?:合同|合約|合约)$/.test(word) || modifiers.length < 6 || /[《》]/.test(modifiers)) return false;
  // 中国企业在海外签订《国际工程承包合同》时应注意…: a signing as the time of advice is any such signing.
  if (/[时時前后後]/.test(text.charAt(end + 1))) return false;
  return SIGNED_BEFORE_TITLE.test(text.slice(Math.max(0, start - 6), start));
}
/**
 * A count of vessels, aircraft or machines opening the phrase (4艘集装箱船建造合同, 2架客机采购合同): the
 * contract orders that many, one order (一艘船的 is left to the other tests: any one ship's).
 */
const ORDER_COUNTED = /^[\d两兩二三四五六七八九十百]+(?:艘|架|台|辆|輛|列)/;
/** Modifiers that point at one contract before its parts: 新的 opening them (the new one), 双方的 (the two sides' own). */
const ONE_CONTRACT_OPENING = /^(?:据悉|據悉|据报道|據報導|据了解|據了解)?(?:新的|双方的|雙方的)/;
/** A rule's modal after the phrase (一份合同期限不得超过三年, 双方的合同期限应依法约定): any contract's term. */
const RULE_MODAL_AHEAD = /^[^，。；,;]{0,12}?(?:不得|应当|應當|(?<![相供对對响響反适適])[应應](?![收付用对對])|须|須|必须|必須)/;
/** A rule cited before the phrase (根据新规, 按照劳动法, 依照相关规定): what follows is asked of any deal. */
const RULE_CITED = /^\s*(?:根据|根據|按照|依照|依据|依據)[^，,]{0,12}(?:规定|規定|新规|新規|法|条例|條例|办法|辦法|规则|規則|准则|準則|要求|惯例|慣例)[，,]/;
/** A contract's own parts after the word: its term, its validity, its clauses. */
const CONTRACT_PART_AFTER = /^(?:期限|有效期|期(?![货貨权權])|条款|條款)/;
/**
 * What the parties own or become once a deal is done (交易完成后，紫金将成为招金的第二大股东; 收购完成后将持有其70%的股权):
 * a holding or a shareholder's place, not points or goods an ordinary trade gives. Also its holding's
 * total (交易完成后，其持股总量增至3.66亿股) and what the company expects it to bring it (交易完成后预计将
 * 显著提升其资源储备): a company's own deal.
 */
const COMPLETED_HOLDING =
  /^(?:完成|完成之)(?:后|後)[^。；;！？]{0,24}?(?:(?:持有|拥有|擁有|保留)(?!人)[^。；;！？]{0,16}?(?:股权|股權|股份|权益|權益|%|％|[0-9０-９一二三四五六七八九十百千万萬亿億]股(?!票))|(?:持股比例|持股比重|持股总量|持股總量|持股总数|持股總數|持股数量|持股數量)|(?:成为|成為)[^。；;！？]{0,14}?(?:第[^。；;！？]{1,3}大股[东東]|最大股[东東]|控股股[东東]|子公司)|(?:预计|預計)(?:将|將)?[^。；;！？，,]{0,6}?(?:提升|提高|增厚|扩大|擴大|增加|增强|增強)(?:其|公司|本公司))/;
/**
 * What only one deal of a company has, right after a bare 交易 opening its clause: its board's approval
 * already got (交易已获洛阳钼业董事会通过). A trade of a market or a game has none. (A bare 交易对价 is
 * the price, as the set labels it, not the deal.)
 */
const ONE_DEALS_OWN_AFTER =
  /^已(?:获|獲|经|經)[^。；;！？，,]{0,12}?(?:董事会|董事會|股东大会|股東大會|股东会|股東會)[^。；;！？，,]{0,4}?(?:审议)?(?:通过|通過|批准)/;
/**
 * The subject of what a completed trade gives: the words between 完成后 and 持有 or 成为. A generic
 * subject (a reader, any investor, a client's account: 交易完成后，投资者将持有相应数量的股票) makes any
 * trade's; a named or qualified one (日本投资者, 财务投资人, 紫金矿业) one deal's.
 */
const HOLDING_SUBJECT = /^(?:完成|完成之)(?:后|後)[，,]?([^。；;！？，,]{0,16}?)(?:将|將|即可|即|可|会|會)?(?:持有|拥有|擁有|保留|成为|成為)/;
const GENERIC_HOLDER = /^(?:广大|廣大|众多|眾多|更多|普通|各位)?(?:您|你|客户|客戶|账户|賬戶|账户中|賬戶中|散户|散戶|股民|用户|用戶|买家|買家|投资者|投資者|投资人|投資人|买入者|買入者|买方投资者|持有人)+$/;
function genericHolder(after: string): boolean {
  // (交易完成后，系统将更新您的持股比例: a reader's own share of holdings.)
  if (/(?:您|你|用户|用戶|客户|客戶|投资者|投資者)的?持股(?:比例|比重|总量|總量|总数|總數|数量|數量)/.test(after)) return true;
  const subject = HOLDING_SUBJECT.exec(after)?.[1];
  return subject !== undefined && GENERIC_HOLDER.test(subject.replace(/的$/, ''));
}
/**
 * A price word after a deal word and the sum it comes to (交易价格为6.72港元/股, 交易对价约4亿元): with the
 * deal pointed at (本次交易价格为…), one deal's price stated, not a kind of price (这笔交易价格偏高 stays one).
 */
const PRICE_STATED_AFTER =
  /^(?:价格|價格|对价|對價|价款|價款)\s*(?:确定|確定|暂定|暫定|合计|合計|约|約)?\s*(?:为|為|是|达|達)?\s*(?:约|約)?\s*(?:人民币|人民幣|新台币|新台幣|港币|港幣|美元|US\$|HK\$|RMB|NT\$|\$|¥|￥)?\s*(?:每股|每吨|每噸)?\s*(?:人民币|人民幣|新台币|新台幣|港币|港幣|US\$|HK\$|\$|¥|￥)?\s*[0-9０-９]/;
/** An approval still awaited, right after a bare 交易 or 协议 opening its clause: 尚需获得股东大会批准, 还要等到各方批准. */
const APPROVAL_AWAITED = /^(?:还要|還要|还需|還需|尚需|仍需|尚须|尚須|仍须|仍須|须|須|需|需要|有待|尚待)(?:等到|等待|经过|經過|获得|獲得|取得|报请|報請)?[^。；;！？]{0,20}?(?:批准|审批|審批|核准|获批|獲批)/;
/** A contract's term in numbers as its only modifier: 3年合同, 十八个月合约. */
const TERM_MODIFIER = /^[\d一二两兩三四五六七八九十]+(?:年|个月|個月)(?:期)?$/;
/**
 * Right before 股份: shares issued, offered, placed or subscribed (认购, 发售, 配售, 增资, 供股), a value
 * in them (等值), or a count of shares issued or subscribed (发行合共9.1亿股, 认购最多16204万股新股份):
 * new shares, not a holding; shares a holder holds (认购大股东所持2000万股股份) are a stake bought.
 */
const NEW_SHARES_BEFORE = /(?:认购|認購|发售|發售|配售|配发|配發|增资|增資|供股|等值|(?:发行|發行|认购|認購|配售|配发|配發)(?:(?!所持|持有)[^，。；,;%％]){0,14}[\d０-９一二三四五六七八九十百千万萬亿億]股)新?$/;
/** The holding a subscription gives, said after it: 成为第三大股东, 持股比例达19.9%. */
const HOLDING_GIVEN_AFTER = /^[^。；;！？]*?(?:股东|股東|持股)/;
/** A company's share capital, not a stake: 已发行股份的5%, 总股份, 流通股份. */
const SHARE_CAPITAL = /(?:已发行|已發行|总|總|流通)$/;
/** 持股计划 (a share scheme) and 持股平台 are terms, not a holding bought. */
const HOLDING_TERM = /持股(?:计划|計劃|平台)/g;
/** A holding told before 这些股份: 持有0.7%的受限股份, 持有公司股份. */
const HELD_SHARES_BEFORE = /(?:持有|所持|持股)[^，。；,;]{0,16}(?:股份|股票|股權|股权)/;
/** Shares bought, sold or handed over anywhere in the sentence: then 这些股份 may be that stake. */
const SHARES_CHANGE_HANDS = /收购|收購|购买|購買|买入|買入|受让|受讓|出售|卖出|賣出|转让|轉讓|认购|認購|入股|注资|注資|交易|增持|减持|減持/;
/** Words after 收购 that make it an acquisition's name: 收购案, 收购交易. */
const ACQUISITION_NOUN_AFTER = /^(?:案|交易|完成|事项|事項)/;
/** Totals of acquisitions: 并购交易金额, 收购规模, 并购数量. */
const ACQUISITION_STATISTIC = /^(?:交易)?(?:金额|金額|额|額|量|规模|規模|数量|數量|总额|總額|[\d,]+\s*(?:起|宗|笔|筆))/;
/** Acquisitions counted (完成247个收购交易): many of them, not one. */
const ACQUISITIONS_COUNTED = /(?:(?<!\d)[2-9]|\d{2,}|多)(?:个|個|起|宗|项|項)$/;
/** A quantifier or 的 right before 收购 makes it a noun: 这笔收购, 对该公司的收购, 第二項重大收購, 這兩項大型收購. */
const ACQUISITION_NOUN_BEFORE = /(?:这笔|這筆|一笔|一筆|此次|这次|這次|本次|该|該|此项|此項|这项|這項|的|[第这這两兩二三一][项項笔筆宗](?:重大|大型|巨额|巨額)?)$/;
/** Terms built on 收购 that are not one: 收购价 (a purchase price), 收购方 (a buyer), 收购史 and 收购潮 (a history or a wave of them). */
const ACQUISITION_TERM_AFTER = /^(?:价(?!值)|價(?!值)|方|者|商|站|点|點|量|史|潮)/;
/**
 * What a study of acquisitions talks about (并购绩效, 并购事件, 并购动机, 海外并购案例, 并购交易定价,
 * 上市公司的并购重组浪潮): the field's nouns after 收购 or 并购, perhaps after 交易 or 重组 (which
 * make one compound with it), are about acquisitions of a kind, not one deal.
 */
const ACQUISITION_TOPIC_AFTER =
  /^(?:交易|重组|重組)?(?:绩效|績效|事件|动机|動機|动因|動因|案例|浪潮|热潮|熱潮|效应|效應|整合|理论|理論|研究|决策|決策|背景|溢价|溢價|成功率|失败率|失敗率|市场|市場|活动|活動|环境|環境|起步|起源|兴起|興起)/;
/** Other activities of trade joined to 收购 (收购与出口, 收购和销售): the buying of goods, not of a company. */
const PRODUCE_ACTIVITY_AFTER = /^[与與和及、](?:出口|销售|銷售|加工|储存|儲存|运输|運輸|储运|儲運|调运|調運|销往|銷往)/;
/** 交易 or 重组 right after 并购, before a noun the compound modifies (并购交易定价, 并购重组市场). */
const ACQUISITION_COMPOUND_AFTER = /^(?:交易|重组|重組)/;
/** The target of one acquisition after 对, pointed at or named in Latin letters: (对)该公司的, (对)Neo Lithium的. */
const ONE_TARGET = /^(?:该|該|这家|這家|此|[A-Za-z])[^，。；,;的]{0,12}的$/;
/** Verbs after 合资 that found something, perhaps after its place: 与某公司合资[成立], 合资在熊本设厂. */
const FOUNDED_AFTER = /^(?:在[^，。；,;]{1,8}?)?(?:成立|组建|組建|设立|設立|建设|建設|兴建|興建|建厂|建廠|设厂|設廠|开发|開發|经营|經營|创办|創辦)/;
const PARTY_BEFORE = /(?:与|與|同|和|跟)[^，。；,;]{1,16}$|(?:双方|雙方)$/;
/** A cheap first test for 合作: a 成 (of 达成) in the sixteen characters before it. */
export function partnershipMayBeReached(text: string, at: number): boolean {
  return text.slice(Math.max(0, at - 16), at).includes('成');
}

/**
 * 安排 signed or reached: a verb of signing, then at most ten characters of the arrangement's kind
 * (签订了货币掉期安排, 达成一项融资安排, 双方签署的合作安排). Not when a 的 or another agreement word
 * stands between (签订合同后的工作安排, 签署协议安排生产: 安排 is then a plan or a verb).
 */
const ARRANGEMENT_VERBS = String.raw`${SIGN_VERBS}|签下|簽下|续签|續簽|达成|達成|订立|訂立|缔结|締結`;
const ARRANGEMENT_SIGNED = new RegExp(String.raw`(?:${ARRANGEMENT_VERBS})((?:了|的)?[^，。；、,;！？的]{0,10})$`);
/** Between the verb and 安排: another agreement word, a joined verb, a time after it, or the signing's ceremony (签署仪式安排). */
const NOT_THE_ARRANGEMENT = /协议|協議|协定|協定|合同|合约|合約|仪式|儀式|并|並|后|後/;
/**
 * What may stand between the verb and 安排, ending it: the kind of arrangement (签订了货币互换安排, 债务重组安排);
 * not a decision or an order that 安排 then carries out (达成共识安排外长互访, 签署行政令安排加征关税).
 */
const ARRANGEMENT_KIND_END = /(?:互换|互換|掉期|清算|融资|融資|供应|供應|包销|包銷|承购|承購|合资|合資|合作|过渡|過渡|停火|补偿|補償|重组|重組|展期|许可|許可|代理|配额|配額|结算|結算|贸易|貿易|信贷|信貸|贷款|貸款|供货|供貨|销售|銷售|投资|投資|担保|擔保|还款|還款|租赁|租賃|托管|託管|分成|分销|分銷|运输|運輸|合营|合營|互认|互認|准入|準入|安全|防务|防務|减免|減免|免签|免簽|签证|簽證|过渡性|過渡性|过渡期|過渡期|开发|開發|框架|临时|臨時|互惠|回购|回購)$/;
/**
 * The same with the arrangement's value as a 的-modifier before its kind (签署了总额为3500亿元人民币的
 * 双边本币互换安排, 达成规模约200亿美元的融资安排): a sum of money is what an arrangement signed is worth,
 * not a plan's. Read over a longer reach, only when the first test fails and a 的 is near.
 */
const VALUED_ARRANGEMENT_SIGNED = new RegExp(String.raw`(?:${ARRANGEMENT_VERBS})(?<between>了?[^，。；、,;！？的\d]{0,8}?${ZH_AMOUNT}\s*(?:人民币|人民幣)?的(?<kind>[^，。；、,;！？的]{0,10}))$`);
export function arrangementSigned(text: string, at: number): boolean {
  const near = text.slice(Math.max(0, at - 16), at);
  const signed = ARRANGEMENT_SIGNED.exec(near);
  let between: string;
  let kind: string;
  if (signed !== null) {
    between = signed[1];
    kind = signed[1];
  } else {
    const valued = near.includes('的') ? VALUED_ARRANGEMENT_SIGNED.exec(text.slice(Math.max(0, at - 44), at)) : null;
    if (valued === null) return false;
    between = valued.groups!.between;
    kind = valued.groups!.kind;
  }
  if (NOT_THE_ARRANGEMENT.test(between)) return false;
  kind = kind.replace(/^(?:了|的)/, '').replace(/^(?:一项|一項|一份|这项|這項|该项|該項|新的?)/, '');
  // (or any kind, when 安排 ends its phrase as a noun does: 签署了互免签证安排，; not 安排专家组, a verb before its object)
  // Not before 的, 于, 中, 下, 为, 和 or 与, which as often open the verb's object (达成共识安排下一轮谈判,
  // 安排与会代表, 由外交部安排的).
  // (达成了有关安排和谅解: before 和 or 与 and another noun reached, it is one of the two.)
  return kind === '' || ARRANGEMENT_KIND_END.test(kind) || /^(?:$|[，。；、,;！？：:）)」』”]|将|將|已|是|规定|規定|生效|等|及|(?:和|与|與)(?:谅解|諒解|共识|共識))/.test(text.slice(at + 2, at + 5));
}

/** Deal words that head a phrase 合作 opens: 达成合作协议, 达成合作框架. */
const PARTNERSHIP_HEADED = /^(?:协议|協議|协定|協定|框架|备忘|備忘|伙伴|夥伴|合同|意向书|意向書)/;
/**
 * 达成战略合作, 達成全面合作, 达成战略级合作: a partnership reached, with the kind of it before 合作
 * (captured); also one told as reached (和X达成的战略合作) or with its subject matter between (达成了
 * ACG内容的战略合作), whose 的-modifier the span leaves out.
 */
const PARTNERSHIP_REACHED = /(?:达成|達成)(?:了|的)?(?:[^，。；、,;的达達]{1,10}的)?((?:(?:战略|戰略)[级級性]?|全面|深度|长期|長期)?)$/;
/**
 * Items of a list of manners (通过入股、合资等方式参与, 以贷款或入股等形式): ways of doing something
 * named as kinds, not one deal.
 */
const LISTED_MANNER = /^(?:(?:[、和或及与與][^，。；,;、]{1,8}){1,4}等?|等)(?:多种|多種)?(?:方式|形式|模式|手段|途径|途徑)/;
/** A stake by its share only: 权益 is also rights in general (合法权益), so it needs a percentage. */
const STAKE_PERCENT = /\d+(?:\.\d+)?\s*[%％]|百分之/;
/** 入股比例 (a share ratio), 入股者: terms, not a company buying in. */
/** A clause opened by a supposition: 如果, 假如, 倘若, 若是, 要是. */
const SUPPOSED = /^(?:如果|假如|假若|假使|倘若|若是|要是)/;
/** A deal made (签署的, 达成的) or pointed at as one (该, 这项) in a supposed clause. */
const MADE_OR_POINTED = new RegExp(String.raw`(?:${SIGN_VERBS}|达成|達成|敲定)(?:了|的)|[该該此]|这项|這項|这份|這份|这笔|這筆`);
/** What a study of joint ventures is about: their knowledge, control, performance, management. */
const JOINT_VENTURE_TOPIC_AFTER = /^的?(?:知识|知識|控制权|控制權|绩效|績效|管理|治理|数量|數量|运营|運營|效率|工作|员工|員工)/;
/** An adverb of a whole right before the phrase: 总体上, 整体上. */
const WHOLE_BEFORE = /(?:总体|總體|整体|整體)上$/;
/** A law or regulation named after the deal word: 合资企业法, 合资企业法规, 合同条例. */
const LAW_AFTER = /^(?:法(?![国國方院官庭郎])|条例|條例)/;
/**
 * A stake in no company in particular: 认购公司股份成为股东, 取得其他上市公司股权 (not 该公司股权,
 * 本公司约40%股权, 沃尔沃的股权).
 */
/**
 * The class of shareholders of a company-law rule right before a stake (向股东以外的人转让股权, 股东
 * 之间转让股权, 未经其他股东同意转让的股权): any holder's stake, not one sold. (Not 经其他股东同意: an
 * approval given is also a step of one sale, 经其他股东同意，洛阳钼业收购其股权.)
 */
/** A verb of buying or selling right before the stake: one stake changing hands (受让了该公司股权). */
const BOUGHT_BEFORE = /(?:收购|收購|受让|受讓|出售|购买|購買)$/;
const SHAREHOLDERS_RULE = /(?:股东|股東)(?:以外|之外|之间|之間|过半数|過半數)|(?:未经|未經)(?:其他|其它|全体|全體)?(?:股东|股東)/;
/**
 * A named holding (TFM, SQM: a name in Latin letters among the modifiers) held, sold or bought
 * right before the stake word: that one stake, where 股东所持股权转移 is any holder's.
 */
const HELD_OR_SOLD = /(?:所持|持有|出售|收购|收購|转让|轉讓|出让|出讓)[^，。；,;]*[A-Za-z]{2,}[^，。；,;]*$/;
/** A duty after the phrase (应当报批, 不得低于): a rule said of any such transfer or sale. */
const DUTY_AHEAD = /应当|應當|不得|须|須|必须|必須/;
/** A purchase told as done earlier in the clause (收购了另一家…的股权, 宣布收购): one stake, not a rule's. */
const BOUGHT_EARLIER = /(?:(?:收购|收購|受让|受讓|购买|購買|买下|買下|入股)(?:了|过|過)|宣布(?:收购|收購))[^，。；,;]*$/;
const ANY_COMPANY_OWNER = /^(?:公司|企业|企業|上市公司|目标公司|目標公司)$|^(?:其他|其它|任何|各)|另一(?:家|個|个)[^，。；、,;]{0,6}的$/;
/**
 * A step of any signing after an agreement word: 在投资协议签署阶段, 合资企业设立流程 (a how-to's
 * steps, not one agreement).
 */
const SIGNING_STEP_AFTER = new RegExp(String.raw`^的?(?:${SIGN_VERBS}|谈判|談判|设立|設立)?(?:阶段|階段|环节|環節|流程|程序|步骤|步驟)`);
/** How busy trading is (交易活跃, 交易清淡, 交易趋于冷清): said of a market, never of one deal. */
const TRADING_LEVEL_AFTER = /^(?:(?:趋于|趨於|较为|較為|十分|非常|相当|相當|持续|持續|依然|仍然|仍)?(?:活跃|活躍|清淡|低迷|火爆|冷清|萎缩|萎縮|平淡|热络|熱絡)(?![了着著]))/;
/**
 * The deal word as the subject of its own signing, told as news that ends the clause (升级议定书
 * 正式签署。, 两国边界议定书日前签订): that one document. Not a signing as a point in time
 * (劳动合同签订后, 协议签署之日起), which a rule about any contract names.
 */
const SIGNED_NOW_AFTER = new RegExp(String.raw`^(?:已经?|已於|已于|正式|日前|近日|昨日|昨天|今日|今天|当天|當天|同日)*(?:${SIGN_VERBS}|签字|簽字)了?(?=[。，；！,;!]|$)`);
/** A party of no one in particular: 一方, 另一方, 任何一方 (not 双方, the two parties). */
const ANY_PARTY = /一方/;
const BUY_IN_TERM_AFTER = /^(?:比例|者|人|方式|资金|資金|条件|條件)/;
/**
 * Farmland put in for shares (农民将土地经营权入股合作社, 以承包地入股, 带田入股): a way of farming land
 * together, not a company buying into another. (The land must read as farmland: its rights to farm it,
 * or a farm word in the sentence; 公司以土地使用权入股 is left to the other tests.)
 */
// (村民以宅基地入股民宿合作社: a homestead plot is village land too.)
const LAND_PUT_IN = /(?:(?:土地|耕地|林地|承包地|田)(?:承包)?(?:经营权|經營權|承包权|承包權)?|宅基地(?:使用权|使用權)?)等?$/;
const FARMLAND = /农|農|村|亩|畝|田|合作社|经营权|經營權|承包|宅基地/;

/** A verb of signing or reaching right before a phrase (签署了框架性文件, 达成一项框架性共识, 双方签署的框架性文件). */
const SIGNED_JUST_BEFORE = new RegExp(String.raw`(?:${SIGN_VERBS}|达成|達成|签|簽)(?:了|的|一份|一项|一項)?$`);
/**
 * Verbs done with a party (与中方达成协议的, 与中方签约的, 与中方合作的): after the party and before a 的
 * they make a clause that the 的 closes, where 与澳大利亚的企业 (a noun before 的) is one party's.
 */
const WITH_PARTY_VERBS = String.raw`达成|達成|${SIGN_VERBS}|签约|簽約|签下|簽下|合作|接洽|交道|联系|聯繫|交往|来往|來往|谈判|談判|洽谈|洽談|接触|接觸|沟通|溝通|协商|協商|会谈|會談|往来|往來|联手|聯手|结盟|結盟`;
/**
 * A long stretch between the negation's party or topic and the signing (13 to 20 characters) that
 * holds a clause closing in 的, whose negation stays in it (国内尚未就此表态的宁德时代与玻利维亚签署):
 * a 的 then 与, 同 or 跟 (another party's clause); a 的 then 和 after a topic (就此表态的A和B, the two
 * signers), or after a party and a verb done with it (尚未与中方达成协议的力拓和淡水河谷). A 和 after
 * a party's 的 with no verb is a list of two parties (未与澳大利亚的企业和加拿大企业签署): still negated.
 */
const CLAUSE_CLOSED = String.raw`(?![^，。；,;！？]*的[^，。；,;！？的]*[与與同跟])`;
const LONG_PARTY = String.raw`${CLAUSE_CLOSED}(?![^，。；,;！？]*(?:${WITH_PARTY_VERBS})[^，。；,;！？]*的[^，。；,;！？的]*和)[^，。；,;！？]{13,20}`;
const LONG_TOPIC = String.raw`${CLAUSE_CLOSED}(?![^，。；,;！？与與同跟]*的[^，。；,;！？的]*和)[^，。；,;！？]{13,20}`;
/**
 * Longer still (21 to 28 characters), only a list of parties (中方未与任何一家澳大利亚的锂矿企业和
 * 加拿大的锂矿企业签署协议): it joins them (和, 及, 或, 、), and holds no clause closing in 的, no verb
 * done with a party, and none of the words that go on to a predicate of the clause (a preposition,
 * an adverb, a joining of clauses: 未与美方就此事进行磋商便直接与…, 从未与中方有过…的, 而且一直同…),
 * which a noun phrase of parties has none of.
 */
const PREDICATE_WORDS = String.raw`就|对|對|向|便|而且|并且|並且|再|又|还|還|曾|已|将|將|有过|有過|进行|進行|发生|發生|一直|直接`;
const LONGER_PARTY_LIST = String.raw`${CLAUSE_CLOSED}(?![^，。；,;！？]*[过過了着著]的)(?=[^，。；,;！？]*[和及或、])(?:(?!${WITH_PARTY_VERBS}|${PREDICATE_WORDS})[^，。；,;！？]){21,28}`;
/**
 * A verb done with the party closed right away by 的 (长期未与外界联系的朝鲜和俄罗斯签署了, 从未与中方
 * 合作过的力拓签署了): the negation is in that relative clause about the signers, however short it is.
 */
const PARTY_VERB_CLOSED = String.raw`(?![^，。；,;！？]*(?:${WITH_PARTY_VERBS})(?:了|过|過)?的)`;
/**
 * A deal that was not made: 没有达成[协议], 未能签署[合同], 尚未达成[交易], 未能就薪资问题达成[协议],
 * 未有就任何停火与以色列达成“[协议]” (未有, the written "have not"; a party and a topic may stand between).
 * 对外 is "abroad", an adverb right before the verb (未对外签署[协议]), not 对 opening a topic: after
 * 未对外公布细节的 the negation stays in its clause.
 */
/**
 * 未经 (without) and the one whose signing is wanting (未经双方签署的合同不具有法律效力, 协议未经董事会签署):
 * not signed, whether said of any such contract or of one.
 */
// Not an approval or a procedure skipped before the signing (未经董事会批准签署的, 未经公开招标签订的): signed all the same.
// But an approval by the parties themselves is the contract's own consent (未经双方同意签署的合同不具有法律效力).
const NOT_SIGNED_BY = String.raw`(?:未经|未經)(?!(?!双方|雙方|各方|对方|對方|当事人|當事人)[^，。；,;！？]{0,10}?(?:批准|同意|审批|審批|授权|授權|许可|許可|招标|招標|谈判|談判|审议|審議|审查|審查|核准|备案|備案|允许|允許|程序|评估|評估|环评|環評)[^，。；,;！？]{0,3}(?:${SIGN_VERBS}))[^，。；,;！？]{1,10}?(?:${SIGN_VERBS})`;
const NOT_MADE =
  new RegExp(String.raw`(?:没有|沒有|没|沒|未能|尚未|未曾|从未|從未|无法|無法|不能|未有|未|不(?!同(?!意))(?:会|會|愿|願|愿意|願意|打算)?)(?:能)?(?:[与與同和跟]${PARTY_VERB_CLOSED}(?:[^，。；,;！？]{1,12}|${LONG_PARTY}|${LONGER_PARTY_LIST})|[就对對](?!外)(?:[^，。；,;！？]{1,12}|${LONG_TOPIC}))?(?:对外|對外)?(?:达成|達成|${SIGN_VERBS}|订立|訂立|缔结|締結|签|簽|敲定)(?:了|过|過)?$|(?:达|達|谈|談|签|簽)不(?:成|拢|攏|了)$|${NOT_SIGNED_BY}$`);
/**
 * A signing denied (否认曾与任何外资机构签署[入股协议]) or only hoped for, with nothing that points at
 * one deal (市场期待能尽快达成[协议]): no deal has been made.
 */
const DENIED_OR_HOPED =
  new RegExp(String.raw`(?:否认|否認|辟谣|闢謠|期待|期望|希望|盼望|寻求|尋求|争取|爭取|力争|力爭|呼吁|呼籲)[^，。；,;！？]{0,16}(?:达成|達成|${SIGN_VERBS}|敲定)(?:了|过|過)?$`);
/** A signing or a coming into force later in the deal word's clause. */
const MADE_LATER = new RegExp(String.raw`^[^，。；,;！？]*?(?:达成|達成|${SIGN_VERBS}|签字|簽字|敲定|生效)`);
const NEGATED_AFTER = new RegExp(String.raw`^(?:仍|尚|还|還|最终|最終|始终|始終)?(?:(?:无法|無法|未能|没能|沒能|不能|未|没有|沒有|迟迟未|遲遲未)(?:能)?(?:达成|達成|${SIGN_VERBS}|敲定)|${NOT_SIGNED_BY})`);
/** What may stand between a verb of signing and the deal word: a quotation or title mark, after 正式的 or 书面的. */
const VERB_TO_WORD = /(?:(?:正式|书面|書面)的?)?[“"「『《]$|[“"「『]$/;
/** The last characters those verbs can end with, to test before reading the clause. */
const NEGATION_END = new Set([...'成署订訂签簽定了拢攏过過立结結']);

const VALUE_RIGHT_AFTER = new RegExp(`^${ZH_AMOUNT}`);

/**
 * The deal word begins a longer word that the segmenter reads (本次交易会 is a trade fair), unless a
 * classifier of transactions counts it (这笔交易会在下月完成: 这笔 counts a deal, not a fair). Asked
 * only of a word the other rules have kept, which is rare.
 */
function insideLongerWord(text: string, trigger: DealTrigger): boolean {
  if (/[笔筆项項宗]/.test(text.charAt(trigger.start - 1))) return false;
  const word = zhWordAt(text, trigger.end - 1);
  return word !== undefined && word.start <= trigger.start && word.end > trigger.end;
}

/** 80亿元的授信额度, 这笔贷款额度: a credit line's amount with its value is the credit line. */
function creditLine(word: string, after: string, modifiers: string): boolean {
  return /^(?:额度|額度)/.test(after) && /^(?:授信|贷款|貸款)$/.test(word) && (ZH_VALUE.test(modifiers) || ONE_TRANSACTION.test(modifiers));
}

/** Verbs of building after 投资 that make it a verb (投资建设光伏电站项目). */
const BUILT_AFTER = /^(?:建设|建設|兴建|興建|新建|开发|開發)/;

/** Words that end a money word's phrase after it: 授信额度, 融资支持 (资金支持 is a deal word of its own). */
const MONEY_TAIL = /^(?:额度|額度|支持)/;

/** The value written right after a money word (投资100亿美元), if any. */
function valueRightAfter(text: string, at: number): RegExpExecArray | undefined {
  return VALUE_RIGHT_AFTER.exec(text.slice(at, at + 20)) ?? undefined;
}

/** A change in figures told right after a sum (，同比增长12%, ,增長了70.8%): the sum is a period's total. */
const TOTAL_CHANGE_AFTER = /^(?:人民币|人民幣)?[（(]?[，,、]?\s*(?:同比|环比|環比|比上年|较上年|較上年|比去年|较去年|較去年)?(?:增长|增長|下降|下滑|减少|減少|上升|回落)(?:了|约|約|近|超过|超過|逾)?(?:\d|百分之)/;
/**
 * 签署了框架性文件, 达成一项框架性共识: the framework kept (signed) before 性 is an adjective of the noun
 * after it, which heads the phrase; where that word ends, by the segmenter (undefined without one).
 */
const AGREEMENT_NOUN_AFTER = /^(?:协议|協議|协定|協定|合同|合约|合約|合作|备忘|備忘)/;
function frameworkNounEnd(text: string, end: number): number | undefined {
  // (框架性协议: the agreement word heads its own phrase, which takes 框架性 in.)
  if (text.charAt(end) !== '性' || !text.endsWith('框架', end) || AGREEMENT_NOUN_AFTER.test(text.slice(end + 1, end + 3))) return undefined;
  const noun = zhWordAt(text, end + 1);
  return noun && noun.start === end + 1 && noun.end - noun.start >= 2 && innerAt(text, noun.end - 1) ? noun.end : undefined;
}

/** 一份, 一项, 一笔: one of a kind, not one pointed at. */
const INDEFINITE_ONE = /^(?:一份|一项|一項|一笔|一筆)/;

/** A quantifier opens the modifiers; 新 only as the adjective, not inside 新型 or 新秀 (a kind, a rookie). */
function quantifiedByWord(text: string, start: number, modifiers: string): boolean {
  return (
    (QUANTIFIERS.test(modifiers) && !(modifiers.startsWith('新') && wordGoesOn(text, start))) ||
    DEMONSTRATIVE_LAST.test(modifiers) ||
    // 目前該交易還需要獲得批准: a time adverb the phrase takes in before a demonstrative right at the word
    // leaves it pointing at the word (not 目前该平台上的交易, where it points at another noun).
    // (Character test first: these adverbs open with 目, 现, 現, 如 or 眼.)
    (/^[目现現如眼]/.test(modifiers) && TIME_THEN_POINTER.test(modifiers))
  );
}
/** A time adverb, then a demonstrative of one and nothing else (目前该, 現時該, 如今这笔). */
const TIME_THEN_POINTER = /^(?:目前|现在|現在|现时|現時|如今|眼下)(?:该|該|这|這|此|这笔|這筆|这项|這項|该项|該項)$/;
/**
 * A demonstrative of one right before the word, whatever opens the phrase (董事会关于本次交易, 因本次交易,
 * 故该等交易): 该等 (those) is the legal Chinese of announcements; 今次 (this) is Hong Kong's 本次
 * (提供今次贷款的银行).
 */
const DEMONSTRATIVE_LAST = /(?:本次|此次|今次|这次|這次|该等|該等|上述|前述|(?:这|這|那)[两兩二三四几幾]?(?:笔|筆))$/;
/** 本次交易所作的决定: 交易 then 所 and a verb, not an exchange (交易所), after a demonstrative of one. */
const SO_VERB_AFTER = /^所(?:作|涉|得|产|產|引|致|带|帶|需)/;

/**
 * A party pointed at before 的, after the phrase's 与: 与张某的劳动合同, 与这名球员的合同 (not 与员工的,
 * any employee's, nor 与某类企业的).
 */
const ONE_PARTY = /^(?:[这這该該此那][^的]{0,8}|[^的]{0,8}某(?![类類种種些]))的/;

/**
 * 该歌手与唱片公司的合约纠纷: the parties named by 与…的, one of them pointed at (该, 这名, 某), so the
 * dispute is over their one contract (not 主播与经纪公司之间的经纪合同纠纷, a kind).
 */
const PARTIES_OF_ONE = /(?:[该該这這此那]|某(?![类類种種些]))[^，。；,;]{0,10}[与與][^的，。；,;]{1,12}的/;
function disputeOfOne(text: string, start: number, modifiers: string): boolean {
  return PARTIES_OF_ONE.test(text.slice(Math.max(0, start - 10), start) + modifiers);
}

/** An acquisition's target named before it by 对…的: 力拓对Arcadium的收购. */
const TARGET_BEFORE = /^(?:对|對)$/;

/**
 * Something points at one deal: a quantifier or demonstrative of one, a value, an acquisition's
 * named target, or a deal kept earlier in the sentence that the bare word names again
 * (签署矿产协议，协议规定...: the agreement's own terms follow, not a norm said of a kind).
 */
function pointsAtOne(text: string, start: number, modifiers: string, trigger: DealTrigger, earlier: readonly ZhDealPhrase[]): boolean {
  const word = text.slice(trigger.start, trigger.end);
  return (
    (start === trigger.start && earlier.some((p) => text.slice(p.start, p.end).endsWith(word))) ||
    (trigger.cls === 'zh-acquisition' && modifiers.endsWith('的') && TARGET_BEFORE.test(text.charAt(start - 1))) ||
    quantifiedByWord(text, start, modifiers) ||
    (/[与與]/.test(text.charAt(start - 1)) && ONE_PARTY.test(modifiers)) ||
    ONE_TRANSACTION.test(modifiers) ||
    ZH_VALUE.test(modifiers) ||
    valueRightAfter(text, trigger.end) !== undefined ||
    CONTRACT_AMOUNT_AFTER.test(text.slice(trigger.end, trigger.end + 24))
  );
}

/** What the rules below read of a deal word and its phrase. */
interface Candidate {
  text: string;
  sentence: { start: number; end: number };
  trigger: DealTrigger;
  /** Where the phrase starts. */
  start: number;
  word: string;
  modifiers: string;
  /** The four characters after the deal word. */
  after: string;
  known: KnownSpan[];
  /** A country is named in the clause before the phrase: the parties. */
  named: boolean;
  /** The 24 characters before the deal word in its sentence, read only by the rules that need them. */
  before?: string;
  /** The phrases kept before this one in the sentence. */
  earlier: readonly ZhDealPhrase[];
}

function beforeText(c: Candidate): string {
  return (c.before ??= c.text.slice(Math.max(c.sentence.start, c.trigger.start - 24), c.trigger.start));
}

/**
 * The clause before the deal word as far as a signing between parties reaches: a party and its
 * time and place before the verb, a long subject matter after it (与马来西亚铁路衔接公司在京签署了
 * 东部沿海铁路项目合同). Read only by the signing test.
 */
function partiesText(c: Candidate): string {
  return c.text.slice(Math.max(c.sentence.start, c.trigger.start - 44), c.trigger.start);
}

/**
 * Why a deal word at `trigger` is not a deal here, or '' when it is one. Without `explain` only
 * the verdict matters, so the word's own tests, which are cheap, run before the kind-of-agreement
 * rules, which read whole clauses; with it the reason told is the first rule's in reading order.
 */
function rejection(
  text: string,
  sentence: { start: number; end: number },
  trigger: DealTrigger,
  start: number,
  known: KnownSpan[],
  earlier: readonly ZhDealPhrase[],
  explain: boolean,
): string {
  const word = text.slice(trigger.start, trigger.end);
  // 「新工程合約」模式: a closing quote between the deal word and the noun it modifies.
  const quoted = /[」”』]/.test(text.charAt(trigger.end)) ? 1 : 0;
  const after = text.slice(trigger.end + quoted, trigger.end + quoted + 4);
  const clause = clauseBefore(text, sentence.start, start);
  const c: Candidate = {
    text,
    sentence,
    trigger,
    start,
    word,
    modifiers: text.slice(start, trigger.start),
    after,
    known,
    named: known.some((k) => k.type === 'country' && k.end <= trigger.start && k.start >= clause.start),
    earlier,
  };
  // Stakes have their own test (a transaction or a share), and 入股, 合资 are verbs of one deal.
  // A bare stake (股东减持股份，须提前公告) can be said of any holder too.
  const readsKind =
    trigger.cls === 'zh-strong' || trigger.cls === 'zh-weak' || trigger.cls === 'zh-money' || trigger.cls === 'zh-acquisition' || (trigger.cls === 'zh-stake' && start === trigger.start);
  if (!explain) {
    // Every test below only rejects, so their order cannot change the verdict: the word's own tests
    // go first, as they settle most deal words of a page (a money word with no value) and are cheap.
    if (wordRejection(c)) return 'rejected';
    return generalRejection(text, sentence, trigger, start, known, word, after, clause) || (readsKind ? kindRejection(c, clause, earlier) : '');
  }
  return generalRejection(text, sentence, trigger, start, known, word, after, clause) || (readsKind && kindRejection(c, clause, earlier)) || wordRejection(c);
}

/** The tests that read the sentence around any deal word (negation, settings, titles, suppositions), in reading order. */
function generalRejection(
  text: string,
  sentence: { start: number; end: number },
  trigger: DealTrigger,
  start: number,
  known: KnownSpan[],
  word: string,
  after: string,
  clause: { start: number; text: string },
): string {
  // 若协议无法达成, 合同未能签署: the deal word before its negated verb; 无协议脱欧: no deal at all.
  if (NEGATED_AFTER.test(text.slice(trigger.end, trigger.end + 8))) return 'negated';
  if (/[无無]$/.test(text.slice(start, trigger.start)) && !wordEndingAt(text, trigger.start - 1)) return 'no deal';
  // (达成“协议”: a quotation mark may stand between the verb and the word; 未签署正式的《债务重组协议》:
  // so may a title mark, after 正式 or 书面 with its 的.)
  const verbEnd = start - (VERB_TO_WORD.exec(text.slice(Math.max(sentence.start, start - 5), start))?.[0].length ?? 0);
  if (NEGATION_END.has(text.charAt(verbEnd - 1))) {
    const lead = text.slice(Math.max(sentence.start, verbEnd - 40), verbEnd);
    if (NOT_MADE.test(lead)) return 'negated';
    // Denied at any time; hoped for only when nothing in the phrase points at one deal.
    if (DENIED_OR_HOPED.test(lead) && (/^(?:否认|否認|辟谣|闢謠)/.test(DENIED_OR_HOPED.exec(lead)![0]) || start === trigger.start)) return 'denied or hoped for';
  } else if (text.charAt(start - 1) === '的' && NEGATION_END.has(text.charAt(start - 2))) {
    // 未有与中国的稀土企业签署的[协议]被公开, 双方尚未签署的[协议]草案: a negated signing in the
    // relative clause before 的 says the deal was not made, unless it is made later in the clause
    // (此前未能达成的协议终于签署).
    if (NOT_MADE.test(text.slice(Math.max(sentence.start, start - 41), start - 1)) && !MADE_LATER.test(text.slice(trigger.end, sentence.end))) return 'negated';
  }
  // 在上合组织合作框架内, 在现有贸易框架下: the setting things happen in, not an agreement signed.
  if (/框架$/.test(word) && /^[内內下中里裡]/.test(after)) return 'within a framework';
  // 属于框架性、意向性约定: 框架性 is an adjective ("of a framework's nature"), not a framework signed.
  // (签署了框架性文件, 达成框架性共识: a framework signed stays.)
  if (/框架$/.test(word) && after.charAt(0) === '性' && !SIGNED_JUST_BEFORE.test(text.slice(Math.max(sentence.start, start - 8), start))) return 'framework as an adjective';
  // 引入了“特许经营协议”表述, “框架协议”一词: the word quoted and talked about, not an agreement.
  if (/[“"「『]/.test(text.charAt(start - 1)) && TERM_TALKED_ABOUT.test(text.slice(trigger.end, trigger.end + 6))) return 'a word talked about';
  if (LISTED_MANNER.test(text.slice(trigger.end, trigger.end + 40))) return 'one of a list of manners';
  if (ACCEPTED_BEFORE.test(text.slice(Math.max(sentence.start, start - 8), start))) return 'an agreement a reader accepts';
  if (READER_AGREEMENT.has(word) && readersTerms(text, sentence)) return "a page's terms for its reader";
  if (contractForm(text, sentence, text.slice(start, trigger.start), trigger.start)) return "a contract form's own text";
  // 横向垄断协议, 纵向垄断协议: the two kinds of monopoly agreement the antimonopoly law names, a legal
  // category a case asks about (是否构成…横向垄断协议), not one agreement.
  if (/[议議]$/.test(word) && /(?:横向|橫向|纵向|縱向)(?:垄断|壟斷)(?:协议|協議)$/.test(text.slice(Math.max(sentence.start, trigger.end - 8), trigger.end))) return 'said of a kind of agreement';
  if (READER_AGREEMENT.has(word) && policyTerms(text, sentence)) return "a policy's own clause";
  if (NEGATED_COPULA.test(text.slice(Math.max(sentence.start, trigger.start - 12), trigger.start))) return 'a negated alternative';
  // (Not a speaker's thanks in quotes: “感谢上帝，我们终于达成了矿产协议。”)
  if (DEITY.test(text.slice(sentence.start, sentence.end).replace(/[“「"][^”」"]*[”」"]?/g, ''))) return 'a covenant of faith';
  // (Money words have their own tests of one sum: 在华投资持续增长 is told by them.)
  if (trigger.cls !== 'zh-money' && TREND_AFTER.test(text.slice(trigger.end, trigger.end + 12)) && !QUANTIFIERS.test(text.slice(start, trigger.start))) return 'a trend of a class of deals';
  // (《关于做好电煤中长期合同签订工作的通知》: a title opening the phrase is still a rule's when it goes on
  // past the deal word to a notice or a rule; 《战略框架协议》 and 《…谅解备忘录》 end at it.)
  if ((text.charAt(start - 1) !== '《' || ruleTitleGoesOn(text, sentence, trigger.end)) && inRuleTitle(text, sentence, trigger.start, known)) return 'in the title of a rule';
  // 如果非国有股东仅拥有小部分股权，则...: a condition supposed, no deal made (a deal hoped for is optional at most).
  // (如果双方签署的协议得以落实: a deal already signed, or pointed at as one, is no supposition; only its outcome is.)
  if (SUPPOSED.test(clause.text) && !MADE_OR_POINTED.test(clause.text + text.slice(start, trigger.start))) return 'a condition supposed';
  return '';
}

function kindRejection(c: Candidate, clause: { start: number; text: string }, earlier: readonly ZhDealPhrase[]): string {
  const { text, trigger, start, modifiers } = c;
  return kindOfAgreement(text, {
    start: trigger.start,
    end: trigger.end,
    phraseStart: start,
    sentenceStart: c.sentence.start,
    sentenceEnd: c.sentence.end,
    clause,
    one: pointsAtOne(text, start, modifiers, trigger, earlier),
    indefinite: INDEFINITE_ONE.test(modifiers) && !ZH_VALUE.test(modifiers),
    named: c.named,
    partiesSigned: signedByParties(partiesText(c)),
    agreementWord: trigger.cls === 'zh-strong' || trigger.cls === 'zh-weak',
    // (`known` holds the sentence's mentions only.)
    countryInSentence: c.known.some((k) => k.type === 'country'),
  });
}

/**
 * Whether the stake is one holding changing hands: named and held, sold or bought (所持TFM股权), or,
 * with `valued`, priced within `reach` characters after it; never with a duty there (应当报批).
 */
function oneHolding(c: Candidate, reach: number, valued: boolean): boolean {
  const ahead = c.text.slice(c.trigger.end, c.trigger.end + reach);
  return (HELD_OR_SOLD.test(beforeText(c)) || (valued && ZH_VALUE.test(ahead))) && !DUTY_AHEAD.test(ahead);
}

/** Whether a country or a name in Latin letters (RCEP) stands inside the phrase, before the deal word: a named agreement. */
function namedInPhrase(c: Candidate): boolean {
  return c.known.some((k) => k.type === 'country' && k.start >= c.start && k.end <= c.trigger.start) || /[A-Z]{2,}/.test(c.modifiers);
}

/** The deal word's own tests: what it modifies, what makes it one transaction. */
/** The same short name shown earlier in the text as a company's (杉杉股份(600884), 秀强股份公告). */
function shortNameShownBefore(text: string, before: number, name: string): boolean {
  for (let at = text.lastIndexOf(name, before - 1); at >= 0 && before - at < 2000; at = at > 0 ? text.lastIndexOf(name, at - 1) : -1) {
    if (SHORT_NAME_AFTER.test(text.slice(at + name.length, at + name.length + 8))) return true;
  }
  return false;
}

function wordRejection(c: Candidate): string {
  const { text, sentence, trigger, start, word, modifiers, after, known, named } = c;
  switch (trigger.cls) {
    case 'zh-strong':
      // (Read on the characters right before the word, as a Latin name stands apart from it: MIT 协议.)
      // (中国、俄罗斯和蒙古签署的三方协议: countries' own three-party pact, signed by them, not the
      // graduates' form; the country test is read only after 三方 is seen.)
      if (
        /^(?:协议|協議)$/.test(word) &&
        (readsAsProtocol(text.slice(Math.max(sentence.start, trigger.start - 24), trigger.start)) || /^(?:授权|授權)/.test(after)) &&
        !(text.slice(trigger.start - 2, trigger.start) === '三方' && signedByCountries(text, sentence.start, text.slice(sentence.start, trigger.start), known))
      )
        return 'a user agreement or a protocol';
      // (中澳自贸协定关税全部取消: a named agreement's tariffs; only a bare 协定 before 关税 is a tariff by treaty.)
      if (/^(?:协议|協議|协定|協定)$/.test(word) && AGREEMENT_MODIFIES.test(after) && !(/^(?:关税|關稅)/.test(after) && namedInPhrase(c))) return 'modifies the next word';
      // 通过协议获得授权, 经协议转让: a bare 协议 after 通过 or 经 is the manner (by agreement), not one agreement.
      if (/^(?:协议|協議)$/.test(word) && start === trigger.start && /(?:通过|通過|经由|經由|经过|經過)$/.test(text.slice(Math.max(sentence.start, start - 2), start)) && BY_AGREEMENT_VERB_AFTER.test(after)) return 'by agreement, a manner';
      // 协议金额超3920亿元, 协议总金额74.58亿元, 签订正式协议项目38个: the money or the projects of a
      // round of signings, when nothing but 项目, 正式 or 意向 stands before 协议 and no 的 or demonstrative
      // before that (not 该协议金额, 双方签署的协议金额: one agreement's).
      // (签订锂精矿采购协议，协议金额为5亿元: after one agreement kept in the sentence, the bare one is it again.)
      if (
        /^(?:协议|協議)$/.test(word) &&
        SIGNINGS_TOTAL_AFTER.test(after) &&
        SIGNINGS_TOTAL_MODIFIERS.test(modifiers) &&
        !/[的该該这這此本其]/.test(text.charAt(start - 1)) &&
        !c.earlier.some((p) => /(?:协议|協議)$/.test(text.slice(p.start, p.end)) && !/多项|多項/.test(text.slice(p.start, p.end)) && !ROUND_BETWEEN.test(text.slice(p.end, start)))
      ) {
        return 'a sum of a round of signings';
      }
      // 建立合作协议和机制: an agreement joined to mechanisms or rules is a kind of arrangement, not one deal.
      if (/^(?:协议|協議|协定|協定)$/.test(word) && /^(?:和|与|與|及)(?:机制|機制|制度|规则|規則|程序)/.test(after)) return 'a kind, beside mechanisms';
      // 协议解除, 合同可以协议解除: a bare 协议 (or one after a modal) before 解除 is the manner of
      // ending a contract (by agreement), not an agreement ended.
      if (/^(?:协议|協議)$/.test(word) && /^解除/.test(after) && (start === trigger.start || /(?:可以|可|经|經|予以)$/.test(modifiers))) return 'a manner of ending a contract';
      // 离婚协议, 婚前协议, 赡养协议: a family's private arrangement, not a deal.
      if (/^(?:协议|協議)$/.test(word) && FAMILY_AGREEMENT.test(modifiers)) return 'a family arrangement';
      // 合资企业法规: the law on a kind of venture (法方, 法国 are France).
      if (LAW_AFTER.test(after)) return 'names a law';
      // 中外合资企业控制权, 合资企业知识获取: joint ventures as a kind of company (Chinese and foreign
      // owners, no one named), or the venture word modifying a noun of a study.
      // (这家中外合资企业 is one company: a demonstrative or a count keeps it.)
      // (总体上合资企业的出口更多: said of them all, with nothing before it.)
      if (/^(?:合资企业|合資企業)$/.test(word) && !/[这這该該此那本一两兩几幾]/.test(modifiers) && (/(?:中外|外商|外资|外資|[中日美韩韓德法英俄][中日美韩韓德法英俄])$/.test(modifiers) || JOINT_VENTURE_TOPIC_AFTER.test(after) || (modifiers === '' && WHOLE_BEFORE.test(text.slice(Math.max(sentence.start, start - 3), start))))) {
        return 'a kind of company';
      }
      if (SIGNING_STEP_AFTER.test(text.slice(trigger.end, trigger.end + 5)) && !QUANTIFIERS.test(modifiers)) return 'a step of any signing';
      return '';
    case 'zh-stake':
      if (STAKE_TERM_AFTER.test(after)) return 'part of another term';
      // 私募股权机构, 私募股權基金: private equity, a kind of finance, not a stake held.
      if (/私募$/.test(text.slice(Math.max(sentence.start, trigger.start - 2), trigger.start))) return 'private equity, a kind of finance';
      if (/^(?:股份)$/.test(word) && modifiers.length <= 4 && !/[的\d%％]/.test(modifiers) && SHORT_NAME_AFTER.test(after)) return "a company's short name";
      // 成为秀强股份控股股东, 收购豫园股份持有的股份, and 杉杉股份 again after 杉杉股份(600884): a short
      // name before the company's roles or holdings, or already shown with its code.
      if (/^(?:股份)$/.test(word) && SHORT_NAME_BEFORE.test(modifiers) && !NOT_A_NAME.test(modifiers) && !STAKE_SHARE.test(modifiers) && (COMPANY_ROLE_AFTER.test(text.slice(trigger.end, trigger.end + 6)) || shortNameShownBefore(text, start, modifiers + word))) {
        return "a company's short name";
      }
      // 以集中竞价方式回购公司股份, 回购的股份将用于注销: a company's own shares bought back on the market.
      if (/^(?:股份|股票)$/.test(word) && OWN_SHARES_BOUGHT_BACK.test(modifiers)) return 'own shares bought back';
      if (SHARE_CAPITAL.test(text.slice(Math.max(sentence.start, trigger.start - 3), trigger.start)) && !PERCENT_OF_CAPITAL.test(text.slice(Math.max(sentence.start, trigger.start - 12), trigger.start))) return "a company's share capital";
      // (洛阳钼业所持TFM股权转移手续: a holding's own transfer is one stake changing hands.)
      if (STAKE_TRANSFER_AFTER.test(after) && !STAKE_SHARE.test(modifiers) && !QUANTIFIERS.test(modifiers) && !oneHolding(c, 16, false)) return 'a kind of transfer';
      // 股权交易的成本, 股权交易市场: the stake word in a kind of trade, before a noun that trade modifies.
      // (嘉能可出售Mutanda股权交易价格为5亿美元: one sale's price.)
      if (/^(?:交易)/.test(after) && MODIFIED_AFTER.test(text.slice(trigger.end + 2, trigger.end + 8).replace(/^的/, '')) && !STAKE_SHARE.test(modifiers) && !QUANTIFIERS.test(modifiers) && !oneHolding(c, 24, true)) return 'a kind of trade';
      if (/^(?:权益|權益)$/.test(word)) return STAKE_PERCENT.test(modifiers) ? '' : 'rights, not a share';
      // 持有0.7%的受限股份，这些股份将于明年解锁: 这些 points back at shares the sentence says are held, a
      // holding, not a stake changing hands (以5亿元收购其8%股份，这些股份将… stays one; so does 持有…股份，并将这些股份转让给…).
      // (A character test first: 这些 opens few stake phrases.)
      if ((modifiers.charAt(0) === '这' || modifiers.charAt(0) === '這') && /^(?:这些|這些)$/.test(modifiers) && HELD_SHARES_BEFORE.test(text.slice(sentence.start, start)) && !SHARES_CHANGE_HANDS.test(text.slice(sentence.start, sentence.end))) return 'held shares pointed back at';
      // (紫金矿业收购了另一家矿企的股权: another company's stake bought is one stake.)
      if (ANY_COMPANY_OWNER.test(modifiers) && !STAKE_SHARE.test(modifiers) && !(/^另一/.test(modifiers) && BOUGHT_EARLIER.test(beforeText(c)))) return 'a holding in any company';
      if (!STAKE_SHARE.test(modifiers) && !/\d/.test(modifiers) && SHAREHOLDERS_RULE.test(text.slice(Math.max(sentence.start, start - 12), trigger.start)) && !BOUGHT_BEFORE.test(text.slice(Math.max(sentence.start, start - 2), start))) return 'a holding of any shareholder, in a rule';
      // 股权转让协议, 股份轉讓合同: the agreement is the deal; the stake is only what it transfers.
      if (STAKE_AGREEMENT_AFTER.test(after)) return 'the matter of an agreement';
      // 发行4396万股认购股份, 认购发售股份, 增资股份, 其发行的1760万股股份, 2.24亿元等值股份: new shares
      // issued, offered or subscribed, counted or valued, not a share of a company held (认购其20%股份 is one;
      // so is 认购其发行的股份，成为第三大股东, with the holding it gives said right after).
      if (!STAKE_TRANSACTION.test(beforeText(c).replace(HOLDING_TERM, '')) && !STAKE_SHARE.test(modifiers)) return 'no transaction or share';
      if (word === '股份' && !STAKE_SHARE.test(modifiers) && NEW_SHARES_BEFORE.test(text.slice(Math.max(sentence.start, trigger.start - 20), trigger.start)) && !HOLDING_GIVEN_AFTER.test(text.slice(trigger.end, trigger.end + 24))) return 'new shares issued or subscribed';
      return '';
    case 'zh-weak': {
      if (/^(?:合同|合約|合约)$/.test(word) && contractAmountAhead(text, trigger.end)) return '';
      // 婚前合约, 离婚合同: a family's private arrangement, as 婚前协议 is.
      if (/^(?:合同|合約|合约)$/.test(word) && FAMILY_AGREEMENT.test(modifiers)) return 'a family arrangement';
      // 以太坊上的智能合约: a program on a blockchain, whatever it is called.
      if (CONTRACT_WORD.test(word) && /智能$/.test(modifiers)) return 'a smart contract, a program';
      // 国家权力来自人民之间的契约, 社会契约论: the compact of a people or of society in political thought,
      // not a contract two parties signed (两家矿企之间的契约 stays one).
      if (/^(?:契约|契約)$/.test(word) && (PEOPLES_BEFORE.test(modifiers) || SOCIAL_CONTRACT.test(text.slice(sentence.start, sentence.end)))) return 'said of a kind of agreement';
      // 合约调用, 合约地址, 部署合约的字节码: a contract called, deployed or found at an address is a
      // program on a chain (a contract signed is not called).
      if (/^(?:合約|合约)$/.test(word) && CONTRACT_AS_CODE_AFTER.test(after)) return 'a smart contract, a program';
      // 未花费交易输出, 交易哈希: the outputs and hash of a transaction on a chain, not a deal.
      if (/^(?:交易)$/.test(word) && CHAIN_TRANSACTION_AFTER.test(after)) return 'a transaction on a chain';
      // 交易所 (an exchange), 合同工 (a contract worker): another word; not 本次交易所作的决定.
      const notExchange = SO_VERB_AFTER.test(after) && DEMONSTRATIVE_LAST.test(modifiers);
      // 升级议定书正式签署: the word signed right after it, as news (日前签订 is no 交易日).
      const signedNow = modifiers.length > 0 && SIGNED_NOW_AFTER.test(text.slice(trigger.end, trigger.end + 12));
      if (WEAK_TERM_AFTER.test(after) && !notExchange && !signedNow) return 'part of another word';
      // 球员平均合同年限: an average over many contracts, not one.
      if (CONTRACT_WORD.test(word) && /平均$/.test(modifiers)) return 'an average of many';
      // 双方的首次合同期限, 新的合约条款, 8年合约期内: the term or the clauses of one contract pointed
      // at, not a kind of term (合同期限届满的, 合同条款 of any contract keep no modifier of one).
      // (运动员的合同有效期: a class's contracts, described by their holder, stay a kind.)
      const partOfOne =
        CONTRACT_WORD.test(word) &&
        CONTRACT_PART_AFTER.test(after) &&
        // (一份合同期限不得超过三年: a count of one under a rule's modal is any contract; 按照劳动法，双方的合同期限: so is a rule's.)
        ((quantifiedByWord(text, start, modifiers) && !modifiers.startsWith('新') && !RULE_MODAL_AHEAD.test(text.slice(trigger.end, trigger.end + 16))) ||
          ONE_CONTRACT_OPENING.test(modifiers) ||
          ZH_VALUE.test(modifiers) ||
          TERM_MODIFIER.test(modifiers)) &&
        !RULE_CITED.test(text.slice(sentence.start, start));
      // 该歌手与唱片公司的合约纠纷: a dispute over the contract of named parties is about that one.
      // 本次交易价格为6.72港元/股: the stated price of the one deal pointed at, not a kind of price.
      const onesPrice = word === '交易' && ONE_TRANSACTION.test(modifiers) && PRICE_STATED_AFTER.test(text.slice(trigger.end, trigger.end + 20));
      if (!partOfOne && !onesPrice && MODIFIED_AFTER.test(after) && !(/^(?:纠纷|糾紛|争议|爭議)/.test(after) && disputeOfOne(text, start, modifiers))) return 'modifies the next word';
      // 緊密的夥伴關係, 長久夥伴關係: a relationship described by its quality, not an arrangement made.
      if (/(?:伙伴关系|夥伴關係)$/.test(word) && RELATIONSHIP_QUALITY.test(modifiers)) return 'a relationship described';
      // 和一家日本公司达成合作伙伴关系: a partnership reached with a party is one arrangement.
      if (/(?:伙伴关系|夥伴關係)$/.test(word) && /合作$/.test(modifiers) && PARTNERSHIP_WITH_PARTY.test(beforeText(c))) return '';
      // 施工合同的招标: a contract put out to tender is not yet anyone's.
      if (/^的?(?:招标|招標|投标|投標)/.test(after)) return 'out to tender';
      const signed = SIGNED_BEFORE.test(beforeText(c));
      // 美国总统签署备忘录，指示商务部...: a head of government's own memorandum, signed with no one.
      if (signed && /^(?:备忘录|備忘錄)$/.test(word) && OFFICIAL_SIGNS_ALONE.test(beforeText(c)) && !signedByParties(partiesText(c))) return "an official's own memorandum";
      if (/^框架$/.test(word) && !signed && !DEAL_FRAMEWORK.test(modifiers)) return 'a framework in its ordinary sense';
      const described = modifiers.includes('的');
      // 该男子利用虚拟货币交易: a bare 该 points at the noun after it, near the deal word only when it is the deal's.
      const bare = BARE_DEMONSTRATIVE.test(modifiers);
      const quantified = quantifiedByWord(text, start, modifiers) && !(bare && (described || modifiers.length > 5));
      if (/^交易$/.test(word) && described && !quantified && !ZH_VALUE.test(modifiers) && !TRADE_PARTIES.test(modifiers) && !TRADE_DONE_BEFORE.test(beforeText(c)) && !ACQUIRED_BEFORE.test(beforeText(c))) {
        return 'a kind of trade, no parties';
      }
      // 签下3年合同: a term in numbers before a word just signed names that one contract.
      // 以4年合約簽下朱育賢: the term, and the signing of a named player right after the word.
      const qualified =
        quantified ||
        described ||
        ZH_VALUE.test(modifiers) ||
        ((signed || SIGNED_PLAYER_AFTER.test(after)) && TERM_MODIFIER.test(modifiers)) ||
        partOfOne ||
        (CONTRACT_WORD.test(word) && ORDER_COUNTED.test(modifiers)) ||
        (named && titledContractSigned(text, start, trigger.end, word, modifiers));
      // 与德国企业签署钨矿开发合同: a deal word with a subject matter, signed between named parties;
      // 中俄两国签署供气合同: or signed by countries named before the verb.
      const partiesSigned = signedNow || (modifiers.length > 0 && (signedByParties(partiesText(c)) || (named && signedByCountries(text, trigger.start - beforeText(c).length, beforeText(c), known))));
      // 以35亿港元出售物流业务，交易预计年底完成: a bare 交易 opening the clause after a priced sale
      // names that sale again (character tests first; no segmenter read).
      if (!qualified && word === '交易' && start === trigger.start && /[，,]/.test(text.charAt(start - 1)) && PRICED_SALE.test(text.slice(sentence.start, start))) return '';
      // 作为交易的一部分 (as part of the deal); 交易还要等到监管机构批准, 协议尚需获得股东大会批准:
      // a bare word opening its clause with an approval still awaited is one deal under way.
      // (附件作为合同的一部分: an annex is part of any contract it is attached to.)
      if (
        !qualified &&
        start === trigger.start &&
        /(?:作为|作為)$/.test(text.slice(Math.max(sentence.start, start - 2), start)) &&
        /^的一部分/.test(text.slice(trigger.end, trigger.end + 5)) &&
        !/(?:附件|附录|附錄|条款|條款|附表)$/.test(text.slice(Math.max(sentence.start, start - 6), start - 2))
      ) {
        return '';
      }
      // (根据规定，交易尚需...: a rule's approval is asked of any deal.)
      if (
        !qualified &&
        start === trigger.start &&
        /^(?:交易|协议|協議)$/.test(word) &&
        (start === sentence.start || /[，,]/.test(text.charAt(start - 1))) &&
        APPROVAL_AWAITED.test(text.slice(trigger.end, trigger.end + 32)) &&
        !RULE_CITED.test(text.slice(sentence.start, start))
      ) {
        return '';
      }
      // 主力合约, 2501合约, 该合约交割月临近: a futures contract traded on an exchange, whatever points at it
      // (read after the word-level tests, which name a price or a term first: 期货合约价格).
      if (/^(?:合约|合約)$/.test(word) && futuresContract(text, trigger, sentence)) return 'a futures contract';
      // 交易完成后，紫金将成为招金的第二大股东: a bare 交易 opening its clause with the holding its
      // completion gives names one deal (交易完成后买家获得积分 is any sale's); so does one with its
      // board's approval already got right after it (交易已获董事会通过).
      if (
        !qualified &&
        word === '交易' &&
        start === trigger.start &&
        (start === sentence.start || /[，,；;]/.test(text.charAt(start - 1))) &&
        ((COMPLETED_HOLDING.test(text.slice(trigger.end, trigger.end + 48)) && !genericHolder(text.slice(trigger.end, trigger.end + 48))) ||
          ONE_DEALS_OWN_AFTER.test(text.slice(trigger.end, trigger.end + 32)))
      ) {
        return '';
      }
      // 签署了东线供气合同，合同规定...: a bare word that repeats a phrase kept before it in the
      // sentence names that deal again.
      const repeated = start === trigger.start && c.earlier.some((p) => text.slice(p.end - word.length, p.end) === word);
      // 那份1995年签订的租赁合同: a signing told as an event, dated or by definite parties, qualifies it.
      if (!qualified && !partiesSigned && !repeated && !(signed && /^(?:框架|备忘录|備忘錄)$/.test(word))) {
        const clause = clauseBefore(text, sentence.start, start);
        // 拉什福德已于周二下午签署合同: so does a bare contract word its signer signed at a time just before.
        const signedJustNow = modifiers === '' && CONTRACT_WORD.test(word) && text.charAt(trigger.end) !== '的' && signedAtTimeJustBefore(text, clause);
        // 合同约定，…, 顾问合约已于6月13日展开: a bare contract word opening its sentence with its own terms or
        // its own start told goes on about the contract named before (see contractToldOnAtSentenceStart).
        // 声明表示，双方合约还未解除: so does one opening what a party says, its own end told (see contractEndToldByParty).
        const toldOn =
          !signedJustNow &&
          CONTRACT_WORD.test(word) &&
          (contractToldOnAtSentenceStart(text, sentence, start, trigger.end, modifiers) || contractEndToldByParty(text, sentence, trigger.start, trigger.end));
        if (!signedJustNow && !toldOn && !signedAsEvent(text, clause)) return 'no quantifier or modifier';
      }
      // 该股盘中交易活跃: how busy a market's trading is (该 points at the stock), not one transaction.
      if (word === '交易' && TRADING_LEVEL_AFTER.test(text.slice(trigger.end, trigger.end + 4))) return "a market's trading";
      return !notExchange && !signedNow && insideLongerWord(text, trigger) ? 'part of another word' : '';
    }
    case 'zh-money': {
      if (WEAK_TERM_AFTER.test(after) && !creditLine(word, after, modifiers)) return 'part of another word';
      // 投资建设, 投资兴建: the verb of building, whatever value stands before it.
      if (/^(?:投资|投資)$/.test(word) && BUILT_AFTER.test(after)) return 'a verb of building';
      // 70亿美元的贷款计划: a loan programme with its value is the loan, not a plan to borrow.
      const loanProgramme = /^(?:贷款|貸款)$/.test(word) && /^(?:计划|計劃|安排)/.test(after) && ZH_VALUE.test(modifiers);
      if (MODIFIED_AFTER.test(after) && !loanProgramme && !creditLine(word, after, modifiers)) return 'modifies the next word';
      if (/总投资|總投資/.test(text.slice(Math.max(sentence.start, trigger.start - 1), trigger.end))) return 'total investment';
      if (AMOUNT_AFTER.test(after) && !ONE_TRANSACTION.test(modifiers)) return 'modifies the next word';
      // 对外非金融类直接投资1850亿元，同比增长12%: a period's total with its change, not one investment.
      if (/^(?:投资|投資)$/.test(word) && !ONE_TRANSACTION.test(modifiers)) {
        const value = valueRightAfter(text, trigger.end);
        if (value && TOTAL_CHANGE_AFTER.test(text.slice(trigger.end + value[0].length, trigger.end + value[0].length + 12))) return 'a total with its change';
      }
      const transaction =
        ONE_TRANSACTION.test(modifiers) ||
        (/^(?:融资|融資)$/.test(word) && ((FUNDING_ROUND.test(modifiers) && ROUND_DONE_BEFORE.test(beforeText(c))) || ROUND_POINTED_AT.test(modifiers))) ||
        LED_BY_AFTER.test(text.slice(trigger.end, trigger.end + 20)) || ZH_VALUE.test(modifiers) || fromLender(beforeText(c)) || LED_BY.test(beforeText(c)) || (LOAN.test(word) && ARRANGED_BY.test(beforeText(c))) || (valueRightAfter(text, trigger.end) !== undefined && TO_PARTY.test(beforeText(c)) && !TO_SECTOR.test(beforeText(c))) || (LOAN.test(word) && (lenderNamed(c) || loanWithValueNamed(c)));
      return transaction ? '' : 'money word without a quantifier, value or lender';
    }
    case 'zh-acquisition':
      if (ACQUISITION_TERM_AFTER.test(after) && word.length === 2) return 'part of another term';
      // 中企在海外的并购交易金额同比下降: a statistic of many acquisitions, unless one is counted.
      if (ACQUISITION_STATISTIC.test(text.slice(trigger.end, trigger.end + 6)) && !ONE_TRANSACTION.test(modifiers)) return 'a statistic of many';
      if (ACQUISITIONS_COUNTED.test(modifiers)) return 'a statistic of many';
      // 此次的并购浪潮: a wave is many acquisitions, whatever points at the wave.
      if (word.length === 2 && /^(?:浪潮|热潮|熱潮|高潮)/.test(after)) return 'a wave of many';
      // 丁香的收购与出口, 粮食收购和加工: buying of produce, an activity beside others of trade.
      if (PRODUCE_ACTIVITY_AFTER.test(after)) return 'an activity of trade';
      // 提升国企的并购绩效, 并购交易定价, 中国上市公司的并购重组: the word modifies a noun of the field
      // (or a compound with 交易, 重组 does), unless one acquisition is pointed at (本次并购交易的).
      // (五矿对该公司的并购案例: one acquisition, its target pointed at or named, is still one.)
      if (word.length === 2 && !ONE_TRANSACTION.test(modifiers) && !(/[对對]/.test(c.text.charAt(c.start - 1)) && ONE_TARGET.test(modifiers))) {
        const compound = ACQUISITION_COMPOUND_AFTER.exec(after);
        if (ACQUISITION_TOPIC_AFTER.test(after) || MODIFIED_AFTER.test(after) || (compound && MODIFIED_AFTER.test(text.slice(trigger.end + compound[0].length, trigger.end + compound[0].length + 4)))) {
          return 'modifies a noun of the field';
        }
      }
      return word.length > 2 || ACQUISITION_NOUN_AFTER.test(after) || ACQUISITION_NOUN_BEFORE.test(text.slice(Math.max(sentence.start, trigger.start - 4), trigger.start))
        ? ''
        : 'a verb here, not an acquisition';
    case 'zh-buy-in':
      if (BUY_IN_TERM_AFTER.test(after) || trigger.start === sentence.start) return 'part of another term';
      {
        const land = LAND_PUT_IN.exec(beforeText(c));
        if (land && FARMLAND.test(text.slice(sentence.start, sentence.end))) return 'farmland put in for shares';
      }
      // 一般来说，战略投资者入股后...; 一方以技术入股: buying in said of any investor or any party.
      // 不少村民以土地经营权入股: many of a kind buying in, as many signers make a kind.
      return saidGenerally(text, sentence.start, trigger.start) || ANY_PARTY.test(beforeText(c)) || MANY_SIGNERS.test(clauseBefore(text, sentence.start, trigger.start).text)
        ? 'buying in said in general'
        : '';
    case 'zh-partnership':
      // 与长安汽车达成战略合作 (not 达成合作意向, an intent, nor 合作关系 in general).
      return PARTY_BEFORE.test(beforeText(c)) && !/^(?:意向|共识|共識|关系|關係)/.test(after) ? '' : 'cooperation, no partnership reached';
    case 'zh-venture':
      return FOUNDED_AFTER.test(text.slice(trigger.end, trigger.end + 14)) && PARTY_BEFORE.test(beforeText(c)) ? '' : 'no parties founding something together';
    default:
      return '';
  }
}

/** A value opening the phrase (价值20亿美元的协议), after 、 and a term (为期五年、价值20亿美元的). */
const TERM_ITEM_BEFORE = /(?:为期|為期)[\d一二两兩三四五六七八九十]+(?:年|个月|個月|天)$/;
/** A term and a value joined by 、 are two modifiers of one phrase: it opens at the term. */
function termBeforeValue(text: string, start: number, floor: number): number {
  if (text.charAt(start - 1) !== '、' || !WORTH_NOUNS.includes(text.slice(start, start + 2))) return start;
  const m = TERM_ITEM_BEFORE.exec(text.slice(Math.max(floor, start - 12), start - 1));
  return m ? start - 1 - m[0].length : start;
}

export function findChineseDeals(
  text: string,
  sentence: { start: number; end: number },
  triggers: DealTrigger[],
  rejected?: RejectedDeal[],
  known: KnownSpan[] = [],
): ZhDealPhrase[] {
  const out: ZhDealPhrase[] = [];
  let floor = sentence.start;
  // Where the kept phrase before this one could start: a joined phrase reads its price from there.
  let previousFloor = sentence.start;
  for (const trigger of triggers) {
    if (trigger.start < floor) continue;
    // 合作 counts only right after 达成 (with 战略, 全面...): every other one is skipped unread.
    let partnershipStart = -1;
    if (trigger.cls === 'zh-partnership') {
      const reached = PARTNERSHIP_REACHED.exec(text.slice(Math.max(sentence.start, trigger.start - 16), trigger.start));
      // 达成合作协议: the agreement word after it heads the phrase.
      if (!reached || PARTNERSHIP_HEADED.test(text.slice(trigger.end, trigger.end + 3))) continue;
      partnershipStart = trigger.start - reached[1].length;
    }
    // Verbs make their own span: 入股, 合资; a noun takes in its modifiers.
    const verbLike = trigger.cls === 'zh-buy-in' || trigger.cls === 'zh-venture' || trigger.cls === 'zh-partnership';
    // A deal word right after a kept one heads the same phrase: 合作框架协议, 合资公司股权, 这笔收购交易.
    const previous = out.at(-1);
    const joined = !verbLike && previous !== undefined && previous.end === trigger.start;
    const ownStart = partnershipStart >= 0 ? partnershipStart : joined || verbLike ? trigger.start : phraseStart(text, trigger.start, floor);
    // 自由贸易协定升级议定书, 经济伙伴关系协定的修订议定书: a deal word whose modifiers open right
    // after a kept phrase (or after its 的) adds to that deal, and the two are one phrase.
    const addsTo =
      !joined && !verbLike && previous !== undefined && (ownStart === previous.end || (ownStart === previous.end + 1 && text.charAt(previous.end) === '的'));
    const start = joined || addsTo ? previous!.start : termBeforeValue(text, ownStart, floor);
    const why = rejection(text, sentence, trigger, start, known, out, rejected !== undefined);
    if (why) {
      rejected?.push({ start: trigger.start, end: trigger.end, why: `deal word (${trigger.cls}) → drop: ${why}` });
      continue;
    }
    if (joined || addsTo) out.pop();
    // 追加投资100亿美元: a money word used as a verb, with its value after it, is the phrase.
    const valueAfter = trigger.cls === 'zh-money' && !joined ? valueRightAfter(text, trigger.end) : undefined;
    // 对一家物流公司的收购: the acquisition's target, with its 对, is the phrase.
    const withTarget = trigger.cls === 'zh-acquisition' && start > floor && TARGET_BEFORE.test(text.charAt(start - 1)) && text.charAt(trigger.start - 1) === '的';
    // 与俱乐部的合同: the party, with its 与, is a complement of the deal word.
    const withParty = !withTarget && !verbLike && start > floor && /[与與]/.test(text.charAt(start - 1)) && text.slice(start, trigger.start).includes('的');
    let spanStart = valueAfter && !/的|一笔|一筆|这笔|這筆/.test(text.slice(start, trigger.start)) ? trigger.start : withTarget || withParty ? start - 1 : start;
    // 关于本次交易, 故该等交易: the phrase opens at its demonstrative, not at the word the walk stopped at.
    const demonstrative = DEMONSTRATIVE_LAST.exec(text.slice(spanStart, trigger.start));
    if (demonstrative && demonstrative.index > 0 && !QUANTIFIERS.test(text.slice(spanStart, trigger.start))) spanStart += demonstrative.index;
    // 目前該交易: the phrase opens at the demonstrative, not at the time adverb before it (all of two characters).
    else if (/[目现現如眼]/.test(text.charAt(spanStart)) && TIME_THEN_POINTER.test(text.slice(spanStart, trigger.start))) spanStart += 2;

    const spanEnd =
      valueAfter && spanStart === trigger.start
        ? trigger.end + valueAfter[0].length
        : trigger.cls === 'zh-money' && MONEY_TAIL.test(text.slice(trigger.end, trigger.end + 2))
          ? trigger.end + 2
          : frameworkNounEnd(text, trigger.end) ?? trigger.end;
    const phrase = text.slice(spanStart, spanEnd);
    const phraseOut: ZhDealPhrase = { start: spanStart, end: spanEnd, cls: trigger.cls };
    const value = ZH_VALUE.exec(phrase) ?? clauseValue(text, joined ? previousFloor : floor, start);
    if (value) {
      const scale = { 万亿: 1e12, 亿: 1e8, 萬億: 1e12, 億: 1e8, 万: 1e4, 萬: 1e4, 千: 1e3 }[value[2] as '亿'] ?? 1;
      phraseOut.valueText = value[0];
      phraseOut.amount = numberOf(value[1]) * scale;
      phraseOut.currency = /美/.test(value[3]) ? 'USD' : /欧|歐/.test(value[3]) ? 'EUR' : /日/.test(value[3]) ? 'JPY' : /澳/.test(value[3]) ? 'AUD' : /港/.test(value[3]) ? 'HKD' : /英/.test(value[3]) ? 'GBP' : 'CNY';
    }
    out.push(phraseOut);
    if (!joined) previousFloor = floor;
    floor = spanEnd;
  }
  return out;
}
