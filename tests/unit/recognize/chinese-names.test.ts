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
