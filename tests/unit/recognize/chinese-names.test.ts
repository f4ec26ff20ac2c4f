/**
 * Country names as Taiwan and Hong Kong write them (CLDR zh-Hant and zh-Hant-HK) where they are
 * other words than the mainland's, not only other characters: the phrase conversion that derives
 * traditional spellings does not produce them, so data/country-overrides.json lists them. Sentences
 * written for this test; each row names the whole span, so a shorter alias winning (剛果 for the
 * Republic of the Congo, 蒙 for Mongolia inside Montenegro) fails too.
 */
import { describe, expect, it } from 'vitest';
import { makeRecognizer } from '../../../scripts/lib/recognizer.ts';

const recognize = makeRecognizer(false);
const countries = (text: string) =>
  recognize(text)
    .mentions.filter((m) => m.type === 'country')
    .map((m) => `${m.surface}=${m.id}`);

describe('Taiwan and Hong Kong country names', () => {
  it.each([
    ['馬拉威政府週二宣布暫停鈾礦出口。', ['馬拉威=country:MW']],
    ['賽普勒斯的航運公司表示。', ['賽普勒斯=country:CY']],
    ['蒙特內哥羅總理訪問中國。', ['蒙特內哥羅=country:ME', '中國=country:CN']],
    ['馬爾他央行發布報告。', ['馬爾他=country:MT']],
    ['吉布地港口擴建完成。', ['吉布地=country:DJ']],
    ['史瓦帝尼國王出席會議。', ['史瓦帝尼=country:SZ']],
    ['聖多美普林西比發現石油。', ['聖多美普林西比=country:ST']],
    ['波士尼亞與赫塞哥維納的選舉結果出爐。', ['波士尼亞與赫塞哥維納=country:BA']],
    ['孟加拉工廠發生爆炸。', ['孟加拉=country:BD']],
    ['亞塞拜疆天然氣出口增加。', ['亞塞拜疆=country:AZ']],
    ['毛里裘斯的離岸基金。', ['毛里裘斯=country:MU']],
    ['沙地阿拉伯調高油價。', ['沙地阿拉伯=country:SA']],
    ['巴布亞新畿內亞的銅礦。', ['巴布亞新畿內亞=country:PG']],
    ['千里達和多巴哥的天然氣。', ['千里達和多巴哥=country:TT']],
    ['剛果（布拉薩）與剛果（金夏沙）隔河相望。', ['剛果（布拉薩）=country:CG', '剛果（金夏沙）=country:CD']],
  ])('%s', (text, expected) => expect(countries(text)).toEqual(expected));
});

describe('places named after Bangladesh are not the country', () => {
  it.each([
    ['气旋在孟加拉湾形成。', []],
    ['氣旋在孟加拉灣形成。', []],
    ['印度西孟加拉邦举行选举。', ['印度=country:IN']],
    ['孟加拉与印度签署协议。', ['孟加拉=country:BD', '印度=country:IN']],
  ])('%s', (text, expected) => expect(countries(text)).toEqual(expected));
});

/**
 * The same Taiwan names in simplified characters, as overseas Chinese papers print them (寮国,
 * 汶莱): the phrase conversion gives only their traditional spelling, so the overrides list them.
 * Sentences written for this test.
 */
describe('Taiwan country names in simplified characters', () => {
  it.each([
    ['外长将会见寮国、汶莱及纽西兰的同行。', ['寮国=country:LA', '汶莱=country:BN', '纽西兰=country:NZ']],
    ['义大利与肯亚签署锂矿合作备忘录。', ['义大利=country:IT', '肯亚=country:KE']],
    ['奈及利亚和迦纳的黄金出口增加。', ['奈及利亚=country:NG', '迦纳=country:GH']],
    ['沙乌地阿拉伯向莫三比克提供贷款。', ['沙乌地阿拉伯=country:SA', '莫三比克=country:MZ']],
    ['坦尚尼亚、尚比亚与辛巴威的铜矿带。', ['坦尚尼亚=country:TZ', '尚比亚=country:ZM', '辛巴威=country:ZW']],
    ['克罗埃西亚与斯洛维尼亚边境。', ['克罗埃西亚=country:HR', '斯洛维尼亚=country:SI']],
    ['瓜地马拉、宏都拉斯和哥斯大黎加的咖啡。', ['瓜地马拉=country:GT', '宏都拉斯=country:HN', '哥斯大黎加=country:CR']],
    ['叶门与卡达的谈判。', ['叶门=country:YE', '卡达=country:QA']],
    ['他在厄瓜多和衣索比亚工作多年。', ['厄瓜多=country:EC', '衣索比亚=country:ET']],
    // The US state and Gaddafi, in either script, are no Georgia and no Qatar.
    ['美国乔治亚州州长签署法案。', ['美国=country:US']],
    ['喬治亞州州長簽署法案。', []],
    ['卡达菲政权倒台后利比亚陷入混乱。', ['利比亚=country:LY']],
    ['卡達菲政權倒台後利比亞陷入混亂。', ['利比亞=country:LY']],
    ['乔治亚与亚塞拜然签署天然气协议。', ['乔治亚=country:GE', '亚塞拜然=country:AZ']],
  ])('%s', (text, expected) => expect(countries(text)).toEqual(expected));
});

describe("a politician's name that opens with Korea's is no Korea", () => {
  it.each([
    ['韩国瑜在高雄市长任内推动多项建设。', []],
    ['韓國瑜出席立法院會議。', []],
    ['韩国瑜与韩国总统会面。', ['韩国=country:KR']],
  ])('%s', (text, expected) => expect(countries(text)).toEqual(expected));
});

describe('(stop 45) real-text sweep of senses, traps in general news: gulfs named after a country', () => {
  it.each([
    // The Gulf of Thailand in weather news, and the Gulfs of Finland and Oman, are seas, as 孟加拉湾.
    ['东北季风影响泰国湾，渔船暂停出海。', []],
    ['泰國灣南部浪高可達三米。', []],
    ['芬兰湾沿岸出现大面积结冰。', []],
    ['一艘油轮在阿曼湾遇袭。', []],
    // Near misses: the countries themselves.
    ['泰国北部气温明显下降。', ['泰国=country:TH']],
    ['泰国与越南举行边境会谈。', ['泰国=country:TH', '越南=country:VN']],
    ['芬兰总统访问中国。', ['芬兰=country:FI', '中国=country:CN']],
    ['阿曼外交大臣出席会议。', ['阿曼=country:OM']],
  ])('%s', (text, expected) => expect(countries(text)).toEqual(expected));
});
