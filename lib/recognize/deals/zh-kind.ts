/**
 * A kind of agreement or one agreement. Explainers, laws, how-tos and advice talk about agreements
 * of a kind (什么是对赌协议, 劳动合同应当以书面形式订立, 签订合同时要注意, 这类协议, 任何协议);
 * news of a deal names one (一项协议, 该协议, 价值15亿美元的协议, 中美达成的协议). The cues of a kind
 * count only when nothing points at one agreement: a quantifier or demonstrative, a value, or a
 * country named in the clause (the parties).
 */
import { codeSet } from '../senses/char-codes.ts';
import { standsAlone } from '../senses/zh-words.ts';
import { SIGN_VERBS, signedDealBefore, toldJustBefore } from './zh-signing.ts';

/**
 * Clause ends for these rules; 、 joins items of one clause (培训合同、竞业协议和保密协议). By code:
 * the walks below test every character back to the clause's start for every deal word.
 */
const CLAUSE_END = codeSet('，。；？！：,;?!:');

/** The clause before `at`, back to the last clause end (or the sentence start). */
export function clauseBefore(text: string, from: number, at: number): { start: number; text: string } {
  let i = at;
  while (i > from && !CLAUSE_END.has(text.charCodeAt(i - 1))) i--;
  return { start: i, text: text.slice(i, at) };
}

/**
 * The rest of the clause after `at`; when a comma follows at once (还款协议，应明确...), the deal
 * phrase is the topic of the next clause, so that clause is read too, unless the phrase is cited
 * (根据协议，美方不得...: the next clause is what that agreement says).
 */
function clauseAfter(text: string, at: number, to: number, cited: boolean): string {
  let i = at;
  while (i < to && !CLAUSE_END.has(text.charCodeAt(i))) i++;
  if (!cited && i - at <= 1 && /[，,]/.test(text.charAt(i))) {
    i++;
    while (i < to && !CLAUSE_END.has(text.charCodeAt(i))) i++;
  }
  return text.slice(at, i);
}

/**
 * Modifiers that make an agreement a kind: an example of one (比如, 例如), any or every one (任何, 所有, 各类), a kind pointed at
 * (这类, 此类, 这种, 类似; 一种, a kind of it), some of a kind (一些), the ordinary or standard form (普通, 一般, 标准,
 * 格式, 范本).
 */
const KIND_MODIFIER =
  /不同(?:类型|類型|种类|種類)|[类類]型$|比如|例如|譬如|诸如|諸如|任何|所有|各类|各類|各种|各種|各项|各項|[此这這该該那][类類种種]|一[种種](?!子)|类似|類似|一些|某些|有些|普通|一般|常见|常見|典型|标准|標準|格式|示范文本|示範文本|范本|範本|模板|[类類]$|全部的?$/;
/** A kind pointed at where the phrase opens: 此種協定, 这类合同, 各种协议. */
const POINTED_KIND = /^(?:[此这這该該那各][类類种種])/;
/**
 * Many agreements, not one: 许多, 诸多 before the deal word, or a repeated classifier (一笔笔, 一项项),
 * even where the clause names the countries that signed them (近代中国的许多外债合同).
 */
const MANY_IN_PHRASE = /许多|許多|很多|不少|诸多|諸多|众多|眾多|更多|一([笔筆项項份个個])\1/;
const MORE_JOINED = /更多[^，。；、,;]{1,8}[和与與及]$/;
/** The other name of a term after 又称, 也称, 亦称, 俗称 (not 简称, which news uses to shorten one deal's name). */
const ALIAS_BEFORE = /(?:又[称稱]|也[称稱]|亦[称稱]|俗[称稱])[“"「]?$/;
/** Each of many (每一份合同的签署时间, 每项协议): a distributive points at every such agreement, not one. */
const EACH_BEFORE = /每(?:一)?(?:份|项|項|笔|筆|宗|件|个|個)?$/;
/**
 * One kind or another (签订协议或合同, 正式的合同或协议, 正式條約或協議, 协议或准协议): agreement words
 * offered as alternatives name kinds of document, not one deal.
 */
const EITHER_KIND_BEFORE = /(?:协议|協議|协定|協定|合同|合约|合約|条约|條約|备忘录|備忘錄|意向书|意向書)或(?:准|準|正式的?)?$/;
const EITHER_KIND_AFTER = /^或(?:[^，。；,;或]{0,6}的)?(?:准|準|正式)?(?:协议|協議|协定|協定|合同|合约|合約|条约|條約|备忘录|備忘錄|意向书|意向書)/;
/**
 * A list item's heading, a verb of handling and the bare word before a colon (2. 签订协议：, 三、履行合同:):
 * the name of a step in a procedure. Only a verb may stand before the word (美乌矿产协议： is a headline's deal).
 */
const STEP_HEADING_BEFORE =
  /^\s*(?:[\d一二三四五六七八九十]+[.．、)）]|[（(][\d一二三四五六七八九十]+[)）]|第[\d一二三四五六七八九十]+步[，,：:]?)?\s*(?:签订|簽訂|签署|簽署|订立|訂立|履行|解除|终止|終止|变更|變更|审查|審查|起草|遵守|续签|續簽|谈判|談判)$/;
/** Likened to others' (如亚洲买家般的长期合约, 像邻国那样的协议): an agreement of a kind, not one signed. */
const LIKENED = /(?:^|[^例比])(?:如|像)[^，。；、,;的]{1,10}(?:般|一样|一樣|那样|那樣)/;
/**
 * An era, not a date: agreements of a period are a kind (历史上的借款合同, 近代的关税协定); a year or
 * a month still dates one.
 */
const ERA_MODIFIER = /近代|古代|历史上|歷史上|殖民(?:时期|時期|时代|時代)|旧时|舊時/;
/**
 * Likened in the clause before the phrase (类似你与公司签的意向书, 相当于双方签署的一份意向书): the
 * phrase is the kind something is compared with, not an agreement signed.
 */
const LIKENED_BEFORE = /类似|類似|相当于|相當於|等同于|等同於|好比|就好像|就像/;
/** A kind named by its count of parties (两方协议, 三方协议) and talked about, not signed: a type of document. */
const PARTY_COUNT_KIND = /[两兩三四多]方$/;
/** A signing in the clause (三国签署了三方协议): the counted parties are signers, not a kind's name. */
const SIGNED_IN_CLAUSE = /签|簽|达成|達成|缔结|締結|订立|訂立/;
/** A signing told as news, not in a relative clause (签署了, 本周签署, 敲定了; not 达成的, 签订的). */
const SIGNING_NEWS = new RegExp(String.raw`(?:${SIGN_VERBS}|签下|簽下|草签|草簽|敲定|达成|達成|缔结|締結)(?!的)`);
/**
 * The contract of classes on both sides, as a noun phrase at the clause's start (经纪公司与艺人的合约,
 * 房东与租客的合同里): the agreements of any such pair. A signing told (租客已与房东签订书面协议) is left
 * to the other rules, which read it as one.
 */
const ROLE = '(?:艺人|藝人|经纪公司|經紀公司|员工|員工|劳动者|勞動者|用人单位|用人單位|租客|租户|租戶|房东|房東|业主|業主|消费者|消費者|商家|买家|買家|卖家|賣家|买方|買方|卖方|賣方|甲方|乙方|求职者|求職者|应届生|應屆生|毕业生|畢業生|企业|企業|公司|客户|客戶|用户|用戶|平台|平臺|学校|學校|品牌|博主|部落客|网红|網紅)';
const CLASS_PAIR = new RegExp(`^${ROLE}(?:与|與|和|跟|同)${ROLE}(?:之间|之間)?的[^，。；,;签簽订訂达達]{0,6}$`);
/** Naming a kind (被称为“背靠背”协议): the phrase is a term, not a signing. */
const NAMED_AS = /(?:称为|稱為|称作|稱作|叫做|叫作|俗称|俗稱|统称|統稱)(?:[“"「『][^”"」』]{1,12}[”"」』]|[“"「『])?$/;
/** Another name of a term opening the clause (，又称…, ，也称…). */
const OTHER_NAME = /^(?:又|也|亦)[称稱]$/;
/** A setting of a kind (在自由贸易协定框架下): the regime things happen in. */
const IN_SETTING_AFTER = /^(?:框架|体系|體系|模式)(?:下|内|內|中)/;
/** A norm said of an indefinite subject (一份好的合伙协议应当写明...): any such one. */
const NORM_AFTER = /^[^，。；,;]{0,2}(?:应当|應當|应该|應該|必须|必須)/;
/** A duty right after the phrase: 须报备, 应当备案, 不得转让. */
const DUTY_AFTER = /^(?:均|都|一律|也)?(?:须|須|应当|應當|必须|必須|不得|一律)/;
/**
 * A Hong Kong filing's condition of one deal's completion (认购协议须待联交所批准…后，方告完成): 须待…方告
 * says when the deal pointed at completes, no duty of any agreement of its kind.
 */
const COMPLETES_WHEN = /^(?:仍|亦)?[须須]待[^。；;！？]{0,40}方告(?:完成|作实|作實|生效)/;

/** So far or in all (已经签署了, 累计签订, 截至年底): a stock of agreements, when counted in tens. */
const SO_FAR = /已|累计|累計|截至|迄今|至今|共计|共計/;
const MANY_COUNTED =
  /^(?:了|共|总共|總共|累计|累計)?(?:近|约|約|逾|超过|超過|多达|多達|上)?(?:[1-9]\d+|数十|數十|几十|幾十|[二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九]?[百千])(?:多|余|餘)?\s*(?:个|個|项|項|份|部)(?![亿億万萬月])[^的]*$/;
/** Signed with abroad in general (对外签署的, 對外簽訂的): with each foreign partner, many agreements. */
const SIGNED_ABROAD = new RegExp(String.raw`(?:对外|對外)(?:${SIGN_VERBS}|缔结|締結|订立|訂立)(?:了|过|過)?的`);
/** A count or share of agreements (双边投资协定的数量, 超过一半): many of a kind. */
const COUNTED = /^的?(?:数量|數量|数目|數目|总数|總數|总量|總量)|一半|半数|半數|占比|佔比/;

/** A question of what it is (什么是, 所谓) or a how-to (如何起草), in the phrase or just before it. */
const KIND_QUESTION = /什么是|什麼是|何谓|何謂|何为|何為|所谓|所謂|如何|怎样|怎樣|怎么|怎麼/;

/**
 * What is said of a kind: a habit or norm (通常, 一般, 往往, 应当, 不得, 必须), a definition (是指,
 * 属于, 性质), a question of kind (是否, 有何, 到底), how common it is (常见, 普遍, 越来越), its legal
 * force (法律效力, 约束力, 法律上有效吗), and a comparison of kinds (区别, 差异, 一字之差, 三类). A clause opened
 * by a modal after the phrase (还款协议，应明确...) is a norm too.
 */
const KIND_PREDICATE =
  /通常|一般|往往|普遍|大多|多为|多為|是指|指的是|是一种|是一種|属于|屬於|性质|性質|是否|有何|究竟|到底|应当|應當|不得|必须|必須|务必|務必|常见|常見|屡见不鲜|屢見不鮮|越来越|越來越|法律效力|约束力|約束力|法律保护|法律保護|法律上|有效吗|有效嗎|合法吗|合法嗎|违法吗|違法嗎|区别|區別|差异|差異|一字之差|[两兩三几幾][类類]|不等于|不等於|并不意味|並不意味|^[，,](?:应|應|须|須|需|要)|^[，,](?:类似|類似|相当于|相當於|好比)/;

/**
 * Said of agreements between any such parties even when the clause names signers: a practice
 * become common (已成为…的普遍做法) or a means of a kind of firm (并购交易已成为上市公司…整合的途径), and
 * many signed (协议签了不少).
 */
const PRACTICE_OR_MANY =
  /成为[^。；;]{0,20}(?:做法|惯例|慣例|常态|常態|趋势|趨勢|潮流|标配|標配|途径|途徑|手段|方式)|^(?:都|已经?|已經)?[签簽](?:了|过|過)?(?:不少|很多|许多|許多|无数|無數|一大堆)/;

/** A habit said right after the phrase, or at the head of the next clause: 往往, 通常, 一般. */
const HABIT_AFTER = /^[，,]?(?:往往|通常|一般|大多|普遍|多为|多為)/;

/** A rule against a kind of deal: 不得向学生发放贷款, 严禁签订阴阳合同. */
const PROHIBITED = /不得|严禁|嚴禁|禁止|不准|不许|不許/;
/** A time phrase closed after the prohibition (在禁止出口期间): it dates the signing, it rules nothing about it. */
const TIME_PHRASE_END = /期间|期間|之际|之際|以来|以來|之后|之後|以后|以後/;
function prohibits(clause: string): boolean {
  const m = PROHIBITED.exec(clause);
  return m !== null && !TIME_PHRASE_END.test(clause.slice(m.index));
}
/** Generally speaking (一般来说，包销协议的期限...; 极少数情况下, in rare cases): what follows is said of a kind. */
const GENERALLY =
  /(?:一般|通常|总的|總的|总体|總體|大体|大體)(?:来说|來說|而言|来讲|來講)|(?:一般|通常|多数|多數|大多数|大多數|少数|少數|极少数|極少數|个别|個別|某些|特殊)情[况況]下|(?:从|從)[^，。；,;]{0,10}(?:角度|层面|層面|上)(?:看|来看|來看|说|說|讲|講|而言)|理论上|理論上|原则上|原則上/;
/** Said in general (一般来说, 从法理上说) anywhere before `at` in the sentence. */
export function saidGenerally(text: string, sentenceStart: number, at: number): boolean {
  return GENERALLY.test(text.slice(sentenceStart, at));
}
/** Prepositions that cite an agreement as the source of what follows: 根据协议, 按照合同. */
const CITING = /(?:根据|根據|按照|依照|依据|依據)$/;

/**
 * Advice to sign one (要与商家签订书面协议, 应与房东签订) or not to (切勿与机构签订), or a policy encouraging signings (鼓励企业
 * 与高校签订): a modal or a verb of encouraging before the signing verb, in the same clause. A one-character modal must be a word of its own: 要 of 主要 or 要求, 应 of 应邀 are
 * other words; the segmenter knows most of them, not 应届 (a graduate of this year) or 应聘.
 */
const SIGNING_VERB_END = new RegExp(String.raw`(?:${SIGN_VERBS}|订立|訂立|起草|签|簽)(?:下)?了?[《“"「『]?$`);
const ADVICE_WORD = /应当|應當|应该|應該|需要|务必|務必|必须|必須|可以|最好|鼓励|鼓勵|引导|引導|倡导|倡導|提倡|记得|記得|切记|切記|提醒|切勿|切莫|千万|千萬|不要|[应應](?![届屆聘邀])|[要须須需请請]/g;
function adviceToSign(text: string, clause: { start: number; text: string }): boolean {
  const verb = SIGNING_VERB_END.exec(clause.text);
  if (!verb) return false;
  const from = Math.max(0, verb.index - 16);
  for (const m of clause.text.slice(from, verb.index).matchAll(ADVICE_WORD)) {
    const at = clause.start + from + m.index;
    if (m[0].length > 1 || standsAlone(text, at)) return true;
  }
  return false;
}

/** A step of any signing, with advice after it: 签订外贸合同时，应特别注意... (not 要求, a demand). */
const WHEN_SIGNING_ADVICE =
  /^(?:时|時|的时候|的時候|前|之前)[，,]?[^。；;]{0,4}(?:要(?!求)|应|應|需|须|須|务必|務必|注意|警惕|小心|留意|切记|切記|谨防|謹防|一定)/;

/**
 * A signing told as an event before the phrase points at one agreement: by definite parties or at
 * a time (两国去年签订的框架协议, 双方上月签署的协议, 该县与企业签订的). Not one asked for or
 * advised (公司要求签署的竞业协议), nor one by a class of signers (两岸企业签署的合作协议).
 */
const SIGNED_RELATIVE = new RegExp(String.raw`(?:${SIGN_VERBS}|达成|達成|缔结|締結)的$`);
const ASKED = /要求|需要|请求|請求/;
const DEFINITE_OR_TIMED =
  /双方|雙方|[两兩三][国國家方]|[该該这這此][^类類种種]|[去今明]年|[上本下]月|上周|上週|日前|近日|[昨今前]天|[昨今]日|\d+月|\d{4}年/;
export function signedAsEvent(text: string, clause: { start: number; text: string }): boolean {
  return (
    SIGNED_RELATIVE.test(clause.text) &&
    DEFINITE_OR_TIMED.test(clause.text) &&
    !ASKED.test(clause.text) &&
    !adviceToSign(text, { start: clause.start, text: clause.text.slice(0, -1) })
  );
}

const SIGNED_OBJECT_BEFORE = new RegExp(String.raw`(?:${SIGN_VERBS})了?$`);
const DONE_AT_TIME = /已[经經]?[于於]|[今去]年\d{1,2}月|\d{4}年\d{1,2}月|\d{1,2}月\d{1,2}日|(?:周|週|星期)[一二三四五六日天]|当地时间|當地時間/;
const SUPPOSED = /如果|如若|假如|假若|倘若|若是|一旦/;
/** A signing still to come: 将于周五签署, 计划于5月10日签署, 有望下周签署. */
const TO_COME = /将|將|拟|擬|计划|計劃|准备|準備|预计|預計|有望|打算|即将|即將/;
/**
 * A bare contract word right after its signing told as done at a time, by the clause's signer:
 * 拉什福德已于当地时间周二下午签署合同, Lynas今年5月與吉蘭丹州政府簽署合約 name that one contract. Not one
 * asked for, advised, supposed or still to come (入职前须签署合同, 如果于3月签订合同, 双方将于周五签署合同),
 * nor a habit's (通常在体检后签署合同), nor a class the contract describes (去年5月签订合同的员工: the
 * caller reads the character after).
 */
export function signedAtTimeJustBefore(text: string, clause: { start: number; text: string }): boolean {
  return (
    SIGNED_OBJECT_BEFORE.test(clause.text) &&
    DONE_AT_TIME.test(clause.text) &&
    !ASKED.test(clause.text) &&
    !SUPPOSED.test(clause.text) &&
    !TO_COME.test(clause.text) &&
    !MANY_SIGNERS.test(clause.text) &&
    !HABITUAL_SIGNING.test(clause.text) &&
    !adviceToSign(text, clause)
  );
}

/**
 * A bare contract word opening its sentence, then its own terms told or its own start or end as done:
 * 合同约定，上影寰亚作为出品方…, 合同里写明，签约期限三年, 顾问合约已于6月13日展开, 合同的诞生，成了新闻.
 * A reader's text goes on about the one contract the sentences before named. Not a rule's talk of any
 * contract: its terms asked (合同约定的年龄限制, 合同应写明), a rule's modal or a condition in the sentence
 * (合同已生效的，应当…; 合同一般在签字后生效), nor 生效 or 成立 told as a rule (合同自签字之日起生效).
 */
const OWN_TERMS_TOLD = /^(?:里|裡|中|上)?(?:约定|約定|写明|寫明|载明|載明)[，,：:]/;
const OWN_EVENT_DONE = /^(?:已[经經]?[于於]?[^，。；,;]{0,14}?(?:展开|展開|开始|開始|完成|到期|届满|屆滿|终止|終止|结束|結束)|的(?:诞生|誕生)[，,])/;
const TOLD_AS_RULE = /(?:的[，,](?:应当|應當|可以|须|須)|一般|通常|应当|應當|必须|必須|是否|[可应應]以|不得)/;
export function contractToldOnAtSentenceStart(text: string, sentence: { start: number; end: number }, start: number, triggerEnd: number, modifiers: string): boolean {
  if (start !== sentence.start || modifiers.length > 4 || modifiers.includes('的')) return false;
  const after = text.slice(triggerEnd, triggerEnd + 24);
  if (!OWN_TERMS_TOLD.test(after) && !OWN_EVENT_DONE.test(after)) return false;
  return !TOLD_AS_RULE.test(text.slice(triggerEnd, sentence.end));
}

/** A verb of telling (or 双方 right after one) closing the text before a contract word; 称 not of 名称, 简称, 号称. */
const TOLD_BY_PARTY = /(?:表示|提到|声称|聲稱|(?<![名俗简簡号號统統堪据據])[称稱]|声明|聲明|指出|强调|強調|透露|回应|回應)[，,：:]?(?:双方|雙方)?$/;
/** The contract's own end told after it, as done at a date or as not yet come (已于…日解除, 还未解除). */
const OWN_END_TOLD = /^(?:已[经經]?[于於][^，。；,;]{1,14}?[日月年][^，。；,;]{0,3}?|(?:还|還|尚|并|並|仍)未)(?:解除|终止|終止|到期|届满|屆滿)/;
/**
 * A bare contract word opening what a party says (right after the verb of telling, or after 双方 just
 * after it), then its own end told as done at a date or as not yet come: 声明表示，双方合约还未解除;
 * 并提到合同已于2021年7月16日解除. A dispute's report goes on about the one contract between the
 * parties. Not a rule's talk (合同已于到期日终止的，应当…; 如果合同尚未解除): a condition before it or
 * a rule's modal after it.
 */
export function contractEndToldByParty(text: string, sentence: { start: number; end: number }, triggerStart: number, triggerEnd: number): boolean {
  if (!OWN_END_TOLD.test(text.slice(triggerEnd, triggerEnd + 24))) return false;
  const before = text.slice(Math.max(sentence.start, triggerStart - 24), triggerStart);
  return TOLD_BY_PARTY.test(before) && !SUPPOSED.test(before) && !TOLD_AS_RULE.test(text.slice(triggerEnd, sentence.end));
}

/**
 * Many of a kind as the clause's subject: 不少用人单位要求求职者签订..., 很多企业签署的. Only at the
 * clause's start (after 但, 而): a definite signer dealing with some banks (与一些银行) is one signing.
 */
export const MANY_SIGNERS = /^[但而且也]{0,2}(?:不少|很多|许多|許多|有些|有的|一些|越来越多|越來越多)/;
/**
 * Signed with a counted set of countries or partners (与逾50国签署贸易协定, 根据与34个贸易伙伴签署的
 * 自由贸易协定): a country's agreements of a kind, one with each, not one deal.
 */
const WITH_MANY_COUNTRIES = /(?:与|與|同|和)(?:逾|超过|超過|约|約|近|共|多达|多達)?\s*\d+\s*[个個]?(?:多个|多個)?(?:国家|國家|国|國|经济体|經濟體|(?:贸易|貿易|交易)(?:伙伴|夥伴))/;
/**
 * A habit of signing (企业普遍与中国买家签订, 通常签署, 入职时我们都会签署, 公司会倾向于与新人签订):
 * the signings of a class, not one.
 */
const HABITUAL_SIGNING =
  new RegExp(String.raw`(?:通常|一般|往往|普遍|大多|多半|常常|经常|經常|有时|有時|时常|時常|都[会會]|总[会會]|總會|倾向于|傾向於)[^，。；,;]{0,16}(?:${SIGN_VERBS}|订立|訂立|签|簽)(?:了|有)?[“"「『]?$`);
/**
 * A class of signers listed with 等 as the clause's subject (晶科能源等光伏龙头企业签下的长期合同):
 * the contracts of many, counted together, not one.
 */
const LISTED_SIGNERS = /^[^，。；,;与與和同跟]{0,16}等[^，。；,;]{0,8}(?:企业|企業|公司|厂商|廠商|车企|車企|银行|銀行|机构|機構)/;
/** 指 as "means" (广义合同指…), not a word it starts: 指出, 指定, 指明, 指向, 指引, 指数, 指导, 指南… */
const MEANS = String.raw`指(?![出责責控令定明向引数數标標示导導南挥揮])`;
/**
 * Signers named by their role, not by name: 买卖双方, 供需双方, 矿商与买方 (a role's character before 方,
 * or a word ending in 商, perhaps two joined), which a definition's wording names and one signing's
 * news does not (华友钴业与淡水河谷); not a country's side (中方与缅方 signed one contract).
 */
const ROLE_SIGNERS = String.raw`(?:[^，。；,;的与與和及或、]{0,3}(?:双|雙|各|买|買|卖|賣|供|需|甲|乙|约|約|让|讓|资|資|款|购|購|销|銷)方|[^，。；,;的与與和及或、]{0,4}商)(?:[与與和及或、](?:[^，。；,;的与與和及或、]{0,3}(?:双|雙|各|买|買|卖|賣|供|需|甲|乙|约|約|让|讓|资|資|款|购|購|销|銷)方|[^，。；,;的与與和及或、]{0,4}商))?(?:之间|之間)?`;
/**
 * The genus of a definition whose subject is an agreement of a kind (NBA合同是由球员和球队签署的一份合同,
 * 续约合同是...达成的新协议, 新秀合同即A类合同，是…的第一份合同): not when the subject is pointed at
 * (该合同是, 这笔交易是).
 */
// (长协, 长单 and 长约 before a plain 是 define a term only with role signers after it: 长协是宝武与力拓签订的合同 is one.)
// (交易(deal)，是…的协议: a gloss in brackets and a comma may stand between the term and 是; a gloss
// alone before 是 is read by DEFINITION_AFTER, for the term itself.)
const DEFINED_SUBJECT = new RegExp(String.raw`^(?![该該此这這本那上])(?:[^，。；,;的]{0,10}?(?:合同|合约|合約|协议|協議|协定|協定|条约|條約|交易|贷款|貸款)(?:[（(][^）)]{1,30}[）)][，,])?(?:是指|指的是|即|是|${MEANS})|[^，。；,;的]{0,10}?(?:长协|長協|长单|長單|长约|長約)(?:是指|指的是|即|${MEANS}|是(?=由?${ROLE_SIGNERS}(?:签署|签订|簽署|簽訂|签定|簽定|达成|達成))))`);
/**
 * A bare agreement word opening a sentence after the first (协议是双方签订的…): the deal just told, not a
 * term. A bare 长协, 长单 or 长约 is so only with a plain 双方 after it, the two sides just named
 * (长协是双方签订的…); sides named by role (买卖双方, 供需双方) or 是指 still word a definition.
 */
const BARE_SUBJECT = /^(?:(?:合同|合约|合約|协议|協議|协定|協定|交易|贷款|貸款)(?:是|即|指)|(?:长协|長協|长单|長單|长约|長約)(?:是由?|即)(?:双方|雙方))/;
/** A signing told in the sentences just before (宝武与力拓签署了铁矿石长协。长协是…): the bare subject is that deal. */
const EARLIER_SIGNING = signedDealBefore('合同|合约|合約|协议|協議|协定|協定|长协|長協|长单|長單|长约|長約|交易|贷款|貸款', true);
/**
 * A signing told once, with its time or place (去年签署的, 在北京签署的, 入股时双方签署的): news, not a
 * definition. Not a definition's own wording: 在平等自愿基础上签订, 协商一致后签订.
 */
const TOLD_ONCE = /(?:去年|今年|前年|上月|本月|上周|本周|上週|本週|近日|日前|昨天|昨日|当天|當天|迄今|此前|[0-9０-９一二三四五六七八九十]+月|[0-9]{4}年|在(?![^，。；,;的]{0,8}?(?:平等|自愿|自願|基础|基礎|协商|協商|一致))[^，。；,;的]{1,8}(?:签|簽|达成|達成)|(?<!一致|协商|協商|平等|商定|談判|谈判)(?:时|時|后|後)[^，。；,;的]{0,8}(?:签|簽|达成|達成))/;
/** 长协是 defining with classes of signers (钢厂与矿山, 发电企业与煤矿), read where no signing was told just before. */
const LONG_TERM_DEFINED = new RegExp(String.raw`^(?![该該此这這本那上])[^，。；,;的]{0,10}?(?:长协|長協|长单|長單|长约|長約)是由?[^，。；,;的与與和]{0,4}(?:企业|企業|企|厂|廠|矿山|礦山|煤矿|煤礦|矿|礦|买家|買家|卖家|賣家|用户|用戶)(?:与|與|和)[^，。；,;的与與和]{0,4}(?:企业|企業|企|厂|廠|矿山|礦山|煤矿|煤礦|矿|礦|买家|買家|卖家|賣家|用户|用戶)(?:之间|之間)?(?:签|簽|达成|達成)`);
/**
 * A glossary's or dictionary's entry (条约名词解释：…的书面协议, 释义：…): what follows the label is a
 * definition, and the agreement word in it its genus. Read in the sentence's first 16 characters.
 */
const GLOSS_LABEL = /^[【\[]?[^，。；,;：:]{0,8}(?:名词解释|名詞解釋|释义|釋義|词义|詞義)(?:[：:】\]]|\s|——)/;
/**
 * Parties of any number or sort (由两个或两个以上国家签订的, 两个或多个国家之间, 国家或其他国际法主体之间):
 * a definition's wording, never one signing's. Read in the deal word's clause, at most 64 characters back.
 */
const ANY_NUMBER_OF_PARTIES = /[两兩二三][个個]?或[两兩二三]?[个個]?(?:以上|多个|多個|更多)|或(?:其他|其它)[^，。；,;]{0,8}(?:主体|主體|组织|組織|国家|國家|当事人|當事人)/;
/**
 * Examples right after the phrase (…的合同，如铁路、公路运输合同; …的协议，例如…): a class illustrated by
 * its instances. 如 alone must open a list (如获批准 is "if").
 */
const EXAMPLES_AFTER = /^[，,](?:例如|比如|譬如|诸如|諸如|如[^，。；,;]{1,12}、)/;
/**
 * The phrase as an item of a list of examples (股权结构设计（如AB股、一致行动人协议等）): 如 or 例如
 * opens the list (如 only after a bracket or a colon, or at the clause's start) and 等 closes it.
 */
// (包括但不限于 opens a list of kinds wherever it stands: 签署的文件包括但不限于认购协议、风险揭示书等.)
const EXAMPLE_LIST_BEFORE = /(?:(?:^|[（(：:])(?:如|比如|例如|诸如|諸如|譬如)|包括但不限[于於])[^，。；,;（）()]{0,30}$/;
const LIST_CLOSED_AFTER = /^[^，。；,;（）()]{0,12}等/;
/** A class named by its nature (物权性质的合同, 行政性质的协议). */
const NATURE_MODIFIER = /(?:性质|性質)的$/;
/** The words a definition's term is read for here (合同 has its own tests of a bare word; 谅解备忘录(MOU)是… too). */
const TERM_WORD = /(?:协议|協議|协定|協定|合资企业|合資企業|备忘录|備忘錄)$/;
/**
 * Signers of any number (两个或以上国家, 由多个当事方, 双方或多方): a definition's wording, never one
 * signing's news, even where a clause break stands between 是 and them.
 */
const SIGNERS_OF_ANY_NUMBER = String.raw`(?:[两兩二三][个個]?或[两兩二三]?[个個]?(?:以上|多个|多個|更多)|多[个個](?:当事|當事)?方|[双雙]方或多方)`;
/**
 * A definition right after a term, perhaps after its gloss in brackets (又称, 是指, a bare 指, 即, 是一种,
 * 是…共同设立的企业, 是…的国际条约, 是…达成的权利义务约定, 是企业…的重要工具之一, a class of means): what the term means, not one agreement (not
 * 即将, 即可; nor 是…的首份协议, one counted).
 */
const DEFINITION_AFTER = new RegExp(
  String.raw`^(?:[（(][^）)]{1,60}[）)])?(?:又称|又稱|也称|也稱|是指|系指|係指|${MEANS}|即(?![将將可使])|是(?:一种|一種|一类|一類)|是[^，。；,;]{0,30}(?:工具|手段|方式|机制|機制)之一|是由?${ROLE_SIGNERS}(?:签署|签订|簽署|簽訂|签定|簽定|达成|達成)的[^，。；,;的份项項个個首第]{0,8}(?:合同|合约|合約|协议|協議|协定|協定)|是[^，。；,;]{0,30}(?:设立|設立|组成|組成)的(?:企业|企業|公司)|是[^，。；,;]{0,40}的(?:国际|國際)?(?:条约|條約|协议|協議|协定|協定)|是(?:(?!签署|签订|簽署|簽訂|签约|簽約)[^，。；,;]){0,40}的[^，。；,;的份项項个個首第]{0,4}(?:国际|國際)?(?:条约|條約|协议|協議|协定|協定|合同|约定|約定|契约|契約)|是[^。；;]{0,24}?${SIGNERS_OF_ANY_NUMBER}[^。；;]{0,24}?的[^，。；,;的份项項个個首第]{0,4}(?:条约|條約|协议|協議|协定|協定|合同|契约|契約|文件|文书|文書))`,
);
/** A deal phrase pointed at, valued or dated, which a definition's genus never is. */
const POINTED = /[该該此这這本那]|上述|\d{4}年|[亿億万萬]/;
/** A law's condition opening the sentence on an agreement (合同解除的，): the rule holds of any such one. */
const NORM_CONDITION = /^[^，。；,;]{0,16}?(?:合同|合约|合約|协议|協議)[^，。；,;]{0,12}的[，,]$/;
/** A practice of signing (签订长单销售合同的现象较为普遍): the signings of a class. */
const PRACTICE_AFTER = /^的(?:现象|現象|做法|惯例|慣例|风气|風氣)/;
/** A definition whose genus is the phrase (包销协议是指买方承诺购买产出的协议; 指 may open the phrase). */
const DEFINES = /是指|指的是/;
/** A rule stated in the clause before: 体育总局规定，运动员与商业机构签订代言协议须报备. */
const RULE_SAYS = /(?:规定|規定|明确|明確)[，,：:]$/;
/** Rules followed, not quoted: 依…規定，, 按照…规定，. */
const ACCORDING_TO_RULES = /(?:依|依照|依据|依據|按照|根据|根據|遵照)[^，。；,;]{0,24}(?:规定|規定)[，,]$/;

/** The reader addressed in the modifier (那张HR发你的期权协议, 您签的租房合同): any reader's own, a kind. */
const READER = /[你您]/;
/** A form's own words: 本合同, 本协议 in a sentence of 甲方 and 乙方 (a template's placeholders for the parties). */
const THIS_FORM = /^(?:本|除非本)$/;
/** 本 after a dotted clause number (2.1本协议, 1.1.2本合同): a form's clause about itself. */
const NUMBERED_CLAUSE_THIS = /^\d+(?:\.\d+)+\s*本$/;
/** A sentence opened by a dotted clause number and 本 (1.1.2本合同中，…). */
const NUMBERED_CLAUSE_OPENING = /^\s*\d+(?:\.\d+)+\s*本/;
/** An article's number opening the sentence (第三条协议期限：本协议…): a form's or a rule's own article. */
const ARTICLE_OPENING = /^第[一二三四五六七八九十百零〇两兩\d]+[条條]/;
/** 本 after a joining word (或本协议解除之日止), in an article a form's own number opens. */
const JOINED_THIS = /^[或及和与與]本$/;
/** The parties of a form, or a blank left to fill in (于[填写日期]签署, 【填写公司名称】): a template's words. */
const FORM_PARTIES = /甲方|乙方|甲、乙|甲乙双方|甲乙雙方|[\[【［][^\]】］]{0,10}(?:填写|填寫)/;
/** Sample texts gathered for readers: 小编整理的商铺转让合同, 合同范文. */
const GATHERED = /小编|小編|整理|收集|范文|範文|模版/;
/** What the phrase is said to be a kind of, type or purpose of: 关键协议的类型, 签订这些协议的目的. */
const KIND_OF_AFTER = /^的(?:类型|類型|种类|種類|分类|分類|目的|作用|意义|意義|特点|特點|要点|要點)/;
/** A share of agreements counted (仅31%的合同, 只有三成的租房合同): many of a kind, not one stake. */
const SHARE_OF = /(?:\d+(?:\.\d+)?\s*[%％]|百分之[一二两兩三四五六七八九十百]+|[一二两兩三四五六七八九]成)的[^的，。；、,;]{0,6}$/;
/** The genus of a predicate (授权…是一个…的综合合同): what something else is, a kind. */
const PREDICATE_GENUS = /是(?:一个|一個|一种|一種|一类|一類)/;
/** A class the subject is said to belong to, right before the phrase (谅解备忘录属于非正式协议，…). */
const BELONGS_TO = /(?:属于|屬於)$/;
/** A step of a procedure after the phrase (签订贸易合同后从事进出口业务): what is done after any signing. */
const STEP_AFTER = /^(?:后|後|之后|之後|以后|以後)[^。；;，,]{0,3}(?:从事|從事|进行|進行|办理|辦理|开始|開始|才|再|即可|方可|方能)/;

/**
 * A legal category of agreement named by its modifier alone (行政协议, 仲裁协议, 格式合同, 预约合同,
 * 对赌协议, 影视行业的对赌式合同): a class of the law's, talked about in commentary; one is pointed at,
 * dated or signed.
 */
const LEGAL_CATEGORY = /(?:^|的)(?:行政|仲裁|格式|预约|預約|本约|本約|有名|无名|無名|典型|非典型|要式|不要式|诺成|諾成|实践性|實踐性|双务|雙務|单务|單務|对赌|對賭)(?:式|型)?$/;
/**
 * A question of law about the phrase right after it (对赌协议的效力, 特许经营协议的法律性质, 仲裁协议
 * 独立性, 对赌协议案例): said of the kind, as commentary and judgments discuss it.
 */
const LEGAL_QUESTION_AFTER =
  /^(?:法律)?(?:效力|性质|性質|可履行性|有效性|独立性|獨立性|案例|案件)|^[的之](?:法律)?(?:效力|性质|性質|概念|定义|定義|本质|本質|称谓|稱謂|内涵|內涵|特征|特徵|要素|适用|適用|可履行性|有效性|独立性|獨立性|英文名称|英文名稱)/;
/**
 * The term of a definition or of another name right after the phrase (框架协议，又称意向协议; 对赌协议，
 * 简言之，即…; 特许协议是指…).
 */
const TERM_DEFINED_AFTER =
  /^[”"’」』]?[，,]?(?:又称|又稱|也称|也稱|亦称|亦稱|俗称|俗稱|是指|系指|係指|指的是|简言之|簡言之)/;
/** What the phrase serves as, a class of means (对赌协议作为一种融资工具, 框架协议作为复杂交易常用的协商工具). */
const SERVES_AS_MEANS_AFTER = /^(?:作为|作為)[^，。；,;]{0,20}(?:工具|手段|合同|合约|合約|协议|協議|方式|模式|制度|机制|機制)/;

/**
 * Parties before the phrase, with no verb of signing needed: 小米与投资人的对赌协议, 双方达成仲裁协议.
 * An agreement between named sides is one agreement, whatever its legal category. (同 of 合同, 共同,
 * 相同 is no preposition: 在“合同编”里所规定的有名合同.)
 */
const PARTIES_BEFORE = /(?:与|與|(?<![合共相不协協一])同|跟)[^，。；,;：:]{1,16}$|(?:双方|雙方|各方|达成|達成)[^，。；,;：:]{0,4}$/;

/** The agreement words the four rules below read (not money, stake or acquisition words). */
const AGREEMENT_WORD = /(?:协议|協議|协定|協定|合同|合约|合約)$/;

/** Regulating a class of agreements: 规范...中的特许经营协议, 整治阴阳合同. */
const REGULATED = /(?:规范|規範|整治|打击|打擊|治理|清理)[^，。；,;]{0,24}$/;

export interface KindContext {
  /** The deal word. */
  start: number;
  end: number;
  /** Where its noun phrase starts. */
  phraseStart: number;
  sentenceStart: number;
  sentenceEnd: number;
  /** The clause before the phrase, from its start (found once by the caller). */
  clause: { start: number; text: string };
  /** A quantifier or demonstrative of one (一项, 该, 这份), or a value in the phrase. */
  one: boolean;
  /** `one` only by an indefinite 一份, 一项, 一笔: advice can still be about any such one. */
  indefinite: boolean;
  /** A country is named in the clause before the deal word: the parties. */
  named: boolean;
  /** Signed between parties named in the clause (与埃及签署...). */
  partiesSigned: boolean;
  /** The word names an agreement or a contract (协议, 合同, 框架...), not money, a stake or a purchase. */
  agreementWord: boolean;
  /** A country is named anywhere in the sentence. */
  countryInSentence: boolean;
}

/**
 * Anything in a sentence that ties a deal word to one deal: a name in Latin letters or a title, a
 * figure, a pointer (该, 上述), the parties (双方, 中方, 与…), a time, a signing told, a government body.
 */
const TIES_TO_ONE =
  /[0-9０-９A-Za-z《》“”「」该該这這此本其与與跟院部]|上述|前述|双方|雙方|两国|兩國|三方|各方|[中美日俄欧歐英法德印韩韓澳越][方国國]|我国|我國|我方|[今去明前昨]年|[今昨明]天|近日|日前|此前|[上本下][周週月]|[一二三四五六七八九十]+月|签署|簽署|签订了|簽訂了|已[经經]?[签簽]|正式|宣布|仪式|儀式|[签簽]约|[签簽][下了]|[续續][签簽]|完成了|[达達]成|涉案|亿|億|万|萬|一[份笔筆项項家个個]|[两兩几幾多数數]家|[为為]期/;
/** Words of habit that make a clause about any agreement of its kind (一般, 通常, 往往). */
const HABIT_WORDS = /一般|通常|往往|大多|多[为為]/;
/** Words that name or define a term, read over the whole sentence (保理合同，又称保理协议，是…). */
const NAMING_WORDS = /又[称稱]|俗[称稱]|[称稱][为為]|是指|指的是|基[础礎]文件|法律文件|(?:协议|協議|协定|協定)中，/;
/** All of them, said in the clause before the deal word (一切有利于…的协议; not 协议所有条款). */
const ALL_BEFORE = /(?:一切|任何|所有|各[类類种種])[^，。；,;]*$/;

/**
 * Whether the words from the sentence's start to the phrase define a term (承购协议是…, 长协是发电企业与
 * 煤矿签订的…). After a signing told just before, a bare 协议是 or a 长协 defined by classes of signers
 * names that deal again (签署了锂供应协议。协议是双方签订的…), so the earlier text is read only then.
 */
function definesTerm(text: string, sentenceStart: number, phraseStart: number): boolean {
  const subject = text.slice(sentenceStart, phraseStart);
  const defined = DEFINED_SUBJECT.test(subject);
  const byClasses = !defined && LONG_TERM_DEFINED.test(subject);
  if (!defined && !byClasses) return false;
  const mayNameAgain = byClasses || (sentenceStart > 0 && BARE_SUBJECT.test(subject));
  // 协议是两国政府去年签署的一项…协议, 协议是双方在珀斯签署的…: the deal told again, not a kind.
  if (mayNameAgain && TOLD_ONCE.test(subject)) return false;
  return !mayNameAgain || !toldJustBefore(text, sentenceStart, EARLIER_SIGNING);
}
/** Why the deal word names a kind of agreement rather than one, or '' when nothing says so. */
export function kindOfAgreement(text: string, c: KindContext): string {
  const { clause } = c;
  const mods = text.slice(c.phraseStart, c.start);
  // (Character tests first: 每, 或 and a colon are rare next to a deal word.)
  if (mods.includes('每') && EACH_BEFORE.test(mods)) return 'each of many, a kind';
  if (c.phraseStart === c.start && /[：:]/.test(text.charAt(c.end)) && STEP_HEADING_BEFORE.test(text.slice(c.sentenceStart, c.start))) return 'the heading of a step';
  // 推动商签更多区域和双边协定: 更多 before a joined kind counts both kinds.
  if (MANY_IN_PHRASE.test(mods) || MORE_JOINED.test(clause.text)) return 'many agreements, not one';
  if (LIKENED.test(mods)) return 'an agreement likened to others, a kind';
  if (!POINTED.test(mods) && LIKENED_BEFORE.test(clause.text)) return 'an agreement likened to others, a kind';
  // Many signers, a habit of signing or a definition make a kind even where a country names the
  // signers or their buyers (不少澳大利亚锂矿企业与中国买家签订了包销协议): mineral news names
  // countries everywhere.
  const signers = c.one
    ? ''
    : MANY_SIGNERS.test(clause.text)
      ? 'signed by many of a kind'
      : HABITUAL_SIGNING.test(clause.text)
        ? 'signed as a habit'
        : DEFINES.test(text.slice(c.sentenceStart, c.start))
          ? 'a definition of a kind'
          : LISTED_SIGNERS.test(text.slice(clause.start, c.start))
            ? 'signed by many of a kind'
            : '';
  if (signers && !signedAsEvent(text, clause)) return signers;
  if (!c.one && WITH_MANY_COUNTRIES.test(clause.text)) return 'signed with many countries';
  // 中国已经签署了125个双边投资协定, 截至去年已签订30多项: a stock signed so far, counted in tens.
  if (SO_FAR.test(clause.text) && MANY_COUNTED.test(mods)) return 'a count of agreements signed so far';
  // 中国对外签署的双边投资协定: a country's agreements with abroad, one with each partner.
  // (中国对外签署的规模最大的自贸协定: the largest or the earliest is one.)
  if (!c.one && SIGNED_ABROAD.test(text.slice(clause.start, c.phraseStart) + mods) && !/最大|最早|首个|首個/.test(mods)) return 'signed with abroad, many';
  if (!c.one && !c.named && CLASS_PAIR.test(text.slice(clause.start, c.start))) return 'signed between classes of parties, a kind';
  // 最早的双边自贸协定之一: the class something is one of, not that thing.
  if (!c.one && /^之一/.test(text.slice(c.end, c.end + 2))) return 'the class of one of its members';
  // A definition at the sentence's start reaches a deal word in its own clause, or in a later one that
  // goes on defining (…，是…的协议; …，租户与房东达成的新协议); not a later clause that tells a signing
  // as news (两国协议指定…，双方还签署了…协议; 两国本周签署能源合作协议).
  const inDefinition = clause.start === c.sentenceStart || /^(?:是|即|指|为|為)/.test(clause.text) || !SIGNING_NEWS.test(clause.text);
  if (inDefinition && !POINTED.test(mods) && c.phraseStart > c.sentenceStart && definesTerm(text, c.sentenceStart, c.phraseStart)) return 'the genus of a definition';
  // 条约名词解释：国家…之间…的书面协议; 由两个或两个以上国家签订的…协议: a gloss or a definition's wording.
  if (!c.one && !POINTED.test(mods) && GLOSS_LABEL.test(text.slice(c.sentenceStart, Math.min(c.phraseStart, c.sentenceStart + 16)))) return 'the genus of a definition';
  if (!c.one && !POINTED.test(mods) && ANY_NUMBER_OF_PARTIES.test(text.slice(Math.max(clause.start, c.start - 64), c.start))) return 'parties of any number, a kind';
  // (The examples must be agreements too, 如特许经营合同、采购合同, 如《南京条约》: 签署了合作协议，例如共同开发镍矿 lists what one agreement does.)
  if (!c.one && !POINTED.test(mods) && EXAMPLES_AFTER.test(text.slice(c.end, c.end + 16)) && /协议|協議|协定|協定|合同|合约|合約|条约|條約/.test(text.slice(c.end, c.end + 40))) return 'a kind illustrated by examples';
  // (双方签署了多份协议（如锂矿包销协议、技术合作协议等）: examples of what was signed are agreements signed;
  // 如紫金矿业与藏格矿业签署的收购协议等交易: so is an example signed by parties named in it.)
  if (!c.one && !c.named && !c.partiesSigned && EXAMPLE_LIST_BEFORE.test(text.slice(clause.start, c.start)) && LIST_CLOSED_AFTER.test(text.slice(c.end, c.end + 14)) && !SIGNING_NEWS.test(text.slice(c.sentenceStart, c.phraseStart))) return 'an example of a kind';
  // 所谓中日合资企业, 什么是中美贸易协定: a term defined or asked about, however named its parties.
  if (/所谓|所謂|什么是|什麼是|何谓|何謂/.test(text.slice(Math.max(clause.start, c.phraseStart - 6), c.start))) return 'a kind of agreement, not one';
  // 那张HR发你的期权授予协议: the reader's own, any reader's.
  if (!c.named && READER.test(mods)) return 'an agreement of the reader, a kind';
  // 甲方将商铺出租给乙方…订立本合同: a template's words about whichever agreement is filled in.
  if (!c.named && THIS_FORM.test(mods) && FORM_PARTIES.test(text.slice(c.sentenceStart, c.sentenceEnd))) return "a form's own words";
  // 2.1本协议项下的费用, 1.1.2本合同中: a clause's number right before 本 is a template's own numbering;
  // so is 本合同 again in the sentence that number opens (1.1.2本合同中，…签订本合同的自然人).
  if (!c.named && (NUMBERED_CLAUSE_THIS.test(mods) || (THIS_FORM.test(mods) && NUMBERED_CLAUSE_OPENING.test(text.slice(c.sentenceStart, c.sentenceStart + 12))))) return "a form's own words";
  // 第三条协议期限：本协议期限为本协议签字生效之日起至…或本协议解除之日止: an article's number opening the
  // sentence is no count of agreements (第三条 is "Article 3"), and 本 in that article is the form's own.
  // (A character test first: 第 opens few sentences.)
  const article = !c.named && text.charAt(c.sentenceStart) === '第' ? ARTICLE_OPENING.exec(text.slice(c.sentenceStart, c.sentenceStart + 8)) : null;
  if (article) {
    if (c.phraseStart === c.sentenceStart && mods === article[0]) return "an article's number, not a count";
    if (THIS_FORM.test(mods) || JOINED_THIS.test(mods)) return "a form's own words";
  }
  // 与中國簽署此種協定的第一個國家: a kind pointed at (此種, 這類) is no one deal, even with countries named.
  if (POINTED_KIND.test(mods)) return 'a kind of agreement, not one';
  if (c.named) return '';
  if (KIND_MODIFIER.test(mods) || ERA_MODIFIER.test(mods)) return 'a kind of agreement, not one';
  // (此次三方协议, 该三方协议: pointed at, the one deal of those parties.)
  if (PARTY_COUNT_KIND.test(mods) && !c.one && !SIGNED_IN_CLAUSE.test(clause.text)) return 'a kind named by its count of parties';
  if (KIND_QUESTION.test(text.slice(Math.max(clause.start, c.phraseStart - 6), c.start))) return 'a kind of agreement, not one';
  // 合同解除的，该合同…终止: a norm's condition (…的，) names a kind, and 该 after it points back at that kind.
  if (/^[该該]/.test(mods) && NORM_CONDITION.test(text.slice(c.sentenceStart, c.phraseStart))) return 'said of any such agreement';
  if (c.one && !c.indefinite) return '';
  if (GATHERED.test(mods)) return 'a sample text gathered for readers';
  if (NATURE_MODIFIER.test(mods) && !c.partiesSigned && !signedAsEvent(text, clause)) return 'a kind named by its nature';
  // (Not a share of something else the phrase is measured by: 占年度营收35%的供货合同.)
  if (SHARE_OF.test(mods) && !/[占佔]/.test(mods)) return 'a share of agreements, many';
  if (KIND_OF_AFTER.test(text.slice(c.end, c.end + 4))) return 'the type or purpose of a kind';
  if (PREDICATE_GENUS.test(text.slice(clause.start, c.phraseStart) + mods) && !POINTED.test(mods)) return 'the genus of a predicate, a kind';
  // (Not one told as done: 与嘉能可签署了包销协议后才能获得融资.)
  if (STEP_AFTER.test(text.slice(c.end, c.end + 8)) && !/[了過过]/.test(text.slice(clause.start, c.phraseStart)) && !signedAsEvent(text, clause)) return 'a step of a procedure';
  if (PRACTICE_AFTER.test(text.slice(c.end, c.end + 4))) return 'a practice of signing, not one';
  // 运动员的商业合同须报备: a duty said right after the phrase, of no agreement pointed at.
  if (!c.one && !c.partiesSigned && DUTY_AFTER.test(text.slice(c.end, c.end + 6)) && !signedAsEvent(text, clause) && !COMPLETES_WHEN.test(text.slice(c.end, c.end + 56))) return 'a duty said of a kind of agreement';
  if (saidGenerally(text, c.sentenceStart, c.phraseStart)) return 'said of a kind of agreement';
  if (adviceToSign(text, clause)) return 'advice to sign one, not a signing';
  if (c.indefinite && clause.start === c.phraseStart && NORM_AFTER.test(text.slice(c.end, c.end + 8))) return 'said of any such agreement';
  // 去年全国企业签订的长期协议总量: a count of many, however dated their signings.
  if (!c.one && !c.partiesSigned && COUNTED.test(text.slice(c.end, c.end + 4))) return 'said of a kind of agreement';
  if (c.one || signedAsEvent(text, clause)) return '';
  if (NAMED_AS.test(clause.text)) return 'a name for a kind of agreement';
  if (prohibits(clause.text)) return 'a rule about a kind of deal';
  // 依《條約締結法》相關規定，將協定函請立法院審議: "according to the rules", a manner, not what a rule says.
  if (RULE_SAYS.test(text.slice(Math.max(c.sentenceStart, clause.start - 3), clause.start)) && !ACCORDING_TO_RULES.test(text.slice(c.sentenceStart, clause.start))) return 'a rule about a kind of deal';
  const after = clauseAfter(text, c.end, c.sentenceEnd, CITING.test(clause.text));
  if (WHEN_SIGNING_ADVICE.test(after)) return 'advice about any signing';
  if (REGULATED.test(clause.text)) return 'a kind of agreement regulated';
  if (IN_SETTING_AFTER.test(after) && /[在於于][^，。；,;]{0,4}$/.test(text.slice(clause.start, c.phraseStart))) return 'a kind of agreement as a setting';
  if (PRACTICE_OR_MANY.test(after)) return 'said of a kind of agreement';
  if (!c.partiesSigned && (KIND_PREDICATE.test(after) || COUNTED.test(after))) return 'said of a kind of agreement';
  // 消费者与美容院签订的预付卡协议，往往存在...: a habit said of it makes the signers a class, even
  // with a party after 与, when no determiner, time or country points at one signing (not
  // 这家车企与宁德时代签下的合同通常被视为风向标).
  if (c.partiesSigned && HABIT_AFTER.test(after) && !DEFINITE_OR_TIMED.test(clause.text)) return 'a habit said of a kind of agreement';
  // 股东协议与公司章程发生冲突时，应当...: a condition on the phrase, then a norm.
  if (!c.partiesSigned && /[时時]$/.test(after) && CLAUSE_END.has(text.charCodeAt(c.end + after.length))) {
    const next = clauseAfter(text, c.end + after.length + 1, c.sentenceEnd, false);
    if (KIND_PREDICATE.test(next)) return 'said of a kind of agreement';
  }
  // 行政协议的概念, 对赌协议的效力, 框架协议，又称意向协议: a category, a question of law or a term
  // defined; not when a signing by parties is told (A公司与B公司签订的对赌协议的效力).
  if ((c.phraseStart < c.start || c.end - c.start > 2) && AGREEMENT_WORD.test(text.slice(c.start, c.end)) && !c.one && !c.partiesSigned && !signedAsEvent(text, clause) && !PARTIES_BEFORE.test(text.slice(Math.max(0, c.phraseStart - 20), c.start))) {
    if (LEGAL_CATEGORY.test(text.slice(c.phraseStart, c.start))) return 'a legal category of agreement';
    const next = text.slice(c.end, c.end + 24);
    if (LEGAL_QUESTION_AFTER.test(next)) return 'a question of law about a kind of agreement';
    if (TERM_DEFINED_AFTER.test(next)) return 'a term defined';
    if (SERVES_AS_MEANS_AFTER.test(next)) return 'a kind of agreement as a means';
  }
  // 谅解备忘录属于非正式协议，…: the class a subject belongs to, when the phrase ends the predicate (not
  // 这份文件属于合作协议的附件, where the class is the annex and the agreement is one).
  if (!c.one && !POINTED.test(mods) && BELONGS_TO.test(text.slice(clause.start, c.phraseStart)) && /^(?:[，。；,;！？]|$)/.test(text.slice(c.end, c.end + 1))) return 'the genus of a predicate, a kind';
  // 特许权协议指…, 合资企业是…共同投资设立的企业: a term opening the sentence, then its definition.
  // (中刚合资企业（华刚矿业）是…设立的企业: a venture with its company's name in brackets, or of named countries, is one.)
  if (
    !c.one &&
    !c.named &&
    c.phraseStart === c.sentenceStart &&
    (c.end - c.phraseStart > 2 || c.sentenceStart === 0) &&
    TERM_WORD.test(text.slice(c.start, c.end)) &&
    !/的/.test(mods) &&
    !POINTED.test(mods) &&
    !/^[（(][^）)]*(?:矿业|礦業|公司|集团|集團|控股|资源|資源)[）)]/.test(text.slice(c.end, c.end + 16)) &&
    DEFINITION_AFTER.test(text.slice(c.end, c.end + 80))
  )
    return 'a term defined';
  // 特许权协议的期限一般为二十五至三十年: nothing in the whole sentence ties the phrase to one deal, and
  // it is said of any agreement of its kind. (A bare 协议 is left alone: it points back at the deal
  // of the sentence before as often as not; so is any sentence with a party, a time or a figure.)
  if (c.agreementWord && !c.countryInSentence && mods !== '' && !c.one) {
    const sentence = text.slice(c.sentenceStart, c.sentenceEnd);
    // A habit counts in the deal word's own clause only (镍矿供应合同已到期，新合同一般需要半年谈判 says
    // 一般 of the next); a name or a definition anywhere, but 称为 after a possessor and its own agent
    // names one deal (天齐锂业的锂精矿承购协议被分析师称为公司的生命线), where a bare 称为 or 被称为
    // defines a class (下游企业的长期采购合同称为长单).
    const clauseEnd = text.slice(c.end, c.sentenceEnd).search(/[，。；,;！？]/);
    const ownClause = text.slice(c.clause.start, clauseEnd < 0 ? c.sentenceEnd : c.end + clauseEnd + 1);
    const naming = NAMING_WORDS.exec(sentence);
    const namesTheKind = naming !== null && !(/[称稱][为為]/.test(naming[0]) && mods.includes('的') && /被[^，。；,;！？]{1,10}$/.test(sentence.slice(0, naming.index)));
    if ((HABIT_WORDS.test(ownClause) || namesTheKind || ALL_BEFORE.test(text.slice(c.clause.start, c.start))) && !TIES_TO_ONE.test(sentence)) return 'said of any agreement of its kind';
  }
  // 框架协议，又称意向协议或战略合作协议，是指双方…: another name of a term, right after 又称, even where
  // its definition goes on to name the two sides of any such agreement.
  if (!c.one && !c.named && OTHER_NAME.test(clause.text)) return 'a name for a kind of agreement';
  // (Read last: the tests above name most such kinds first, in their own words.)
  if (c.agreementWord && !POINTED.test(mods) && ((mods.endsWith('或') || /或(?:准|準|正式的?)$/.test(mods)) ? EITHER_KIND_BEFORE.test(mods) : text.charAt(c.end) === '或' && EITHER_KIND_AFTER.test(text.slice(c.end, c.end + 12)))) {
    return 'one kind or another';
  }
  // 包销协议又称承购协议，是…: the other name of a term defined, where nothing before it ties the
  // sentence to one deal (双方去年签署的《…协议》，也称“…协议” is one deal's other name).
  if (!POINTED.test(mods) && ALIAS_BEFORE.test(text.slice(Math.max(c.sentenceStart, c.phraseStart - 4), c.phraseStart)) && !TIES_TO_ONE.test(text.slice(c.sentenceStart, c.phraseStart).replace(ALIAS_BEFORE, ''))) {
    return 'another name of a term';
  }
  return '';
}
