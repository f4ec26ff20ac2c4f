/**
 * Rules from the Chinese deal sweep of stop 41 (financial, trade and diplomacy news), on sentences
 * written for these tests: a row where the rule fires and a close row where it must not.
 */
import { describe, expect, it } from 'vitest';
import { makeRecognizer } from '../../../scripts/lib/recognizer.ts';

// The rules alone: the learned filter's last word on a kept phrase is tested in deal-filter.test.ts.
const recognize = makeRecognizer(true, { dealFilter: false });

/** Every deal word of the text: the span kept or the word dropped, with the reason. */
function ruling(text: string): string[] {
  const r = recognize(text, { debug: true });
  const kept = r.mentions.filter((m) => m.type === 'deal').map((m) => `${m.surface} | ${m.why}`);
  const dropped = (r.dropped ?? []).filter((d) => d.type === 'deal').map((d) => `${d.surface} | ${d.why}`);
  return [...kept, ...dropped].map((s) => s.replace('deal word ', ''));
}
const ruled = (rows: [string, string[]][]) => it.each(rows)('%s', (text, expected) => expect(ruling(text)).toEqual(expected));

describe("a listed company's short name in 股份 is the company, not a stake (stop 41 deal sweep)", () => {
  ruled([
    // Before the company's roles (控股股东) or what it holds (持有的): the company.
    ['收购完成后，华东重机将成为锦泰股份控股股东。', ['收购 | (zh-acquisition) → keep', "股份 | (zh-stake) → drop: a company's short name"]],
    ['收购完成后，远山集团将成为华锂股份第一大股东。', ['收购 | (zh-acquisition) → keep', "股份 | (zh-stake) → drop: a company's short name"]],
    ['紫金矿业拟收购海港股份持有的铜业公司股份。', ['铜业公司股份 | (zh-stake) → keep', '收购 | (zh-acquisition) → drop: a verb here, not an acquisition', "股份 | (zh-stake) → drop: a company's short name"]],
    // Shown with its stock code earlier in the text, the same name again is the company.
    ['凯盛科技公告，公司与鸿达股份(600888)签署合作协议，公司与鸿达股份将共建锂电材料工厂。', ['合作协议 | (zh-strong) → keep', '股份 | (zh-stake) → drop: no transaction or share', "股份 | (zh-stake) → drop: a company's short name"]],
    // A share held or bought with its percentage or owner stays a stake.
    ['收购完成后，华东重机将持有锦泰公司51%的股份，成为其控股股东。', ['收购 | (zh-acquisition) → keep', '锦泰公司51%的股份 | (zh-stake) → keep']],
    ['紫金矿业拟收购海港集团持有的铜业公司20%股份。', ['铜业公司20%股份 | (zh-stake) → keep', '收购 | (zh-acquisition) → drop: a verb here, not an acquisition']],
    ['凯盛科技公告，公司与鸿达集团签署合作协议，公司将收购鸿达集团的股份。', ['合作协议 | (zh-strong) → keep', '鸿达集团的股份 | (zh-stake) → keep', '收购 | (zh-acquisition) → drop: a verb here, not an acquisition']],
  ]);
});

describe('a company buying back its own shares makes no deal (stop 41 deal sweep)', () => {
  ruled([
    ['该公司拟以集中竞价方式回购公司股份，回购的股份将用于员工持股计划。', ['股份 | (zh-stake) → drop: own shares bought back', '股份 | (zh-stake) → drop: own shares bought back']],
    // Shares bought back from a named holder are a stake changing hands.
    ['该公司拟回购合作伙伴持有的子公司30%股份。', ['子公司30%股份 | (zh-stake) → keep']],
  ]);
});

describe('a negation reaches a title after 正式的 (stop 41 deal sweep)', () => {
  ruled([
    ['截至目前，双方仍未签署正式的《资产重组协议》。', ['协议 | (zh-strong) → drop: negated']],
    ['双方已于上月签署正式的《资产重组协议》。', ['资产重组协议 | (zh-strong) → keep']],
  ]);
});

describe('verbs that take an agreement as their object open its phrase (stop 41 deal sweep)', () => {
  ruled([
    ['歐洲議會宣佈凍結中歐投資協定。', ['中歐投資協定 | (zh-strong) → keep', '投資 | (zh-money) → drop: money word without a quantifier, value or lender']],
    ['有议员抹黑中欧投资协定，外交部作出回应。', ['中欧投资协定 | (zh-strong) → keep', '投资 | (zh-money) → drop: money word without a quantifier, value or lender']],
    ['两国同意加快中新自贸协定升级谈判。', ['中新自贸协定 | (zh-strong) → keep']],
    ['董事长形容该协议为公司发展的里程碑。', ['该协议 | (zh-strong) → keep']],
    ['市场担心相关协议难以落实。', ['相关协议 | (zh-strong) → keep']],
    // Without such a verb the name is whole.
    ['中欧投资协定已被冻结。', ['中欧投资协定 | (zh-strong) → keep', '投资 | (zh-money) → drop: money word without a quantifier, value or lender']],
    ['公司将在相关协议签署后公告。', ['相关协议 | (zh-strong) → keep']],
  ]);
});

describe('angle brackets inside a title end the phrase, as title marks do (stop 41 deal sweep)', () => {
  ruled([
    ['公司收到《关于锦泰股份有限公司<战略合作协议>相关事项的问询函》。', ['战略合作协议 | (zh-strong) → keep', '股份 | (zh-stake) → drop: part of another term']],
    ['公司收到《关于锦泰股份有限公司〈战略合作协议〉相关事项的问询函》。', ['战略合作协议 | (zh-strong) → keep', '股份 | (zh-stake) → drop: part of another term']],
  ]);
});

describe("a period's investment total told with its change is no deal (stop 41 deal sweep)", () => {
  ruled([
    ['一季度我国对外非金融类直接投资1850亿元，同比增长12%。', ['投资 | (zh-money) → drop: a total with its change']],
    ['中國對歐盟直接投資16.9億美元,增長了70.8%。', ['投資 | (zh-money) → drop: a total with its change']],
    // One investment with its amount stays, and a growth not in figures changes nothing.
    ['紫金矿业向该铜矿项目直接投资5亿美元，持股比例升至60%。', ['投资5亿美元 | (zh-money) → keep']],
    ['该基金向这家电池企业投资3亿元，增长潜力可观。', ['投资3亿元 | (zh-money) → keep']],
  ]);
});
