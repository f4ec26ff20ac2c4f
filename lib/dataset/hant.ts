/**
 * Traditional-character spellings of the dataset's Chinese names. Pages from Taiwan, Hong Kong
 * and overseas Chinese media write 美國, 鋰, 剛果; the data is kept in simplified characters and
 * the traditional variant of each alias is derived here, so nobody has to keep two lists in step.
 *
 * The table only holds characters whose traditional form is unambiguous in names of countries,
 * capitals, minerals and deals. Characters with several traditional forms (台/臺, 干/乾/幹, 里/裡)
 * are left alone; where the other form matters, the whole word is listed in WORD_FORMS (臺灣), so
 * the data itself stays in simplified characters.
 */

const PAIRS =
  '国國兰蘭鲁魯奥奧岛島尔爾亚亞联聯长長属屬萨薩极極达達贝貝宁寧纳納马馬维維圣聖体體库庫罗羅兹茲' +
  '区區莱萊华華麦麥刚剛伦倫诞誕开開爱愛济濟颠顛几幾内內冈岡绍紹腊臘关關别別当當劳勞领領买買泽澤' +
  '约約韩韓挝撾卢盧会會义義脱脫门門众眾缅緬诺諾纽紐苏蘇凯凱宾賓鲜鮮乔喬叙敘东東汤湯图圖湾灣乌烏' +
  '屿嶼坚堅独獨赞贊韦韋顿頓辅輔万萬边邊贾賈' +
  '铝鋁锑銻铍鈹铋鉍铈鈰铯銫铬鉻钴鈷铜銅镝鏑铒鉺铕銪萤螢钆釓镓鎵锗鍺铪鉿钬鈥铟銦铱銥镧鑭铅鉛' +
  '锂鋰镥鑥镁鎂锰錳钕釹镍鎳铌鈮钯鈀盐鹽铂鉑钾鉀镨鐠铼錸铑銠铷銣钌釕钐釤钪鈧银銀钽鉭铽鋱铥銩' +
  '锡錫钛鈦钨鎢铀鈾钒釩镱鐿钇釔锌鋅锆鋯钷鉕钼鉬铁鐵矿礦锇鋨锶鍶黄黃炼煉钢鋼轻輕电電钙鈣' +
  '关關键鍵产產协協议議资資组組团團储儲设設备備发發经經贸貿战戰略略伙夥伴伴计計划劃项項际際' +
  '国國务務库庫权權实實现現应應链鏈军軍两兩对對业業营營员員书書录錄单單价價质質础礎问問题題' +
  '龙龍码碼来來硅矽';

const TO_TRADITIONAL: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  const chars = [...PAIRS];
  for (let i = 0; i + 1 < chars.length; i += 2) {
    if (chars[i] !== chars[i + 1]) map.set(chars[i], chars[i + 1]);
  }
  return map;
})();

/**
 * Traditional spellings a character table cannot derive: 台 is written 臺 in Taiwan's own name, and
 * Peru is 祕魯 in Taiwan's usage (祕, the older form of 秘, which the table keeps for 秘 in other words).
 */
const WORD_FORMS: Readonly<Record<string, readonly string[]>> = { 台湾: ['臺灣'], 秘鲁: ['祕魯'] };

/** Every traditional-character spelling of `text` (the derived one, then whole-word forms), without `text` itself. */
export function traditionalForms(text: string): string[] {
  return [...new Set([toTraditional(text), ...(WORD_FORMS[text] ?? [])])].filter((t) => t !== text);
}

/** The traditional-character spelling of `text`, or `text` itself when nothing changes. */
export function toTraditional(text: string): string {
  let out = '';
  for (const ch of text) out += TO_TRADITIONAL.get(ch) ?? ch;
  return out;
}
