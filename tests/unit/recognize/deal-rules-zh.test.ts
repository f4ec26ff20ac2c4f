/**
 * Each rule of the Chinese deal recognizer on sentences written for these tests (none from the
 * gold sets): a sentence where the rule fires and a close one where it must not, with the span
 * the reader would see, the rule's reason when the word is dropped, and the value where there is
 * one. Kept Chinese deals carry no reason: the span and value say what the rules decided.
 */
import { describe, expect, it } from 'vitest';
import { makeRecognizer } from '../../../scripts/lib/recognizer.ts';

// The rules alone: the learned filter's last word on a kept phrase is tested in deal-filter.test.ts.
const recognize = makeRecognizer(true, { dealFilter: false });

/** Every deal word of the text: the span kept (with its value) or the word dropped, with the reason. */
function ruling(text: string): string[] {
  const r = recognize(text, { debug: true });
  const kept = r.mentions
    .filter((m) => m.type === 'deal')
    .map((m) => {
      const v = m.deal?.value;
      return `${m.surface} | ${m.why}${v ? ` | ${v.amount} ${v.currency}` : ''}`;
    });
  const dropped = (r.dropped ?? []).filter((d) => d.type === 'deal').map((d) => `${d.surface} | ${d.why}`);
  return [...kept, ...dropped].map((s) => s.replace('deal word ', ''));
}
const ruled = (rows: [string, string[]][]) => it.each(rows)('%s', (text, expected) => expect(ruling(text)).toEqual(expected));

describe('where the noun phrase opens', () => {
  ruled([
    // Punctuation and spaces end the modifiers, a no-break space as well as a plain one.
    ['据悉，日美稀土协议已生效。', ['日美稀土协议 | (zh-strong) → keep']],
    ['消息人士称 稀土合作协议已经签署。', ['稀土合作协议 | (zh-strong) → keep']],
    ['消息人士称\u00a0稀土合作协议已经签署。', ['稀土合作协议 | (zh-strong) → keep']],
    // A point or comma inside a number is part of it; an ASCII comma next to a word is punctuation.
    ['两国签署了价值2.5亿美元的框架协议。', ['价值2.5亿美元的框架协议 | (zh-strong) → keep | 250000000 USD']],
    ['据悉,5亿美元的锂矿协议已签署。', ['5亿美元的锂矿协议 | (zh-strong) → keep | 500000000 USD']],
    ['截至2024,中日稀土协议仍有效。', ['中日稀土协议 | (zh-strong) → keep']],
    // A run without stop words or punctuation is cut at 32 characters before the deal word.
    ['最新消息澳大利亚莱纳斯稀土公司美国德克萨斯州重稀土分离厂长期稀土精矿供应协议于周一公布。', ['澳大利亚莱纳斯稀土公司美国德克萨斯州重稀土分离厂长期稀土精矿供应协议 | (zh-strong) → keep']],
    // A strong stop word (a verb) ends the phrase.
    ['两国签署了贸易协议。', ['贸易协议 | (zh-strong) → keep']],
  ]);
});

describe('what the phrase leaves out and keeps at its start', () => {
  ruled([
    // A relative clause before 的 is left out, and 的 with it.
    ['双方签署的协议涵盖锂矿开发。', ['协议 | (zh-strong) → keep']],
    ['两国去年签订的框架协议仍然有效。', ['框架协议 | (zh-strong) → keep']],
    // 转让 is a transfer, not the causative 让.
    ['公司签订股份转让协议。', ['股份转让协议 | (zh-strong) → keep', '股份 | (zh-stake) → drop: the matter of an agreement']],
    ['政府不让外资签协议。', ['协议 | (zh-strong) → keep']],
    // 签证 is a visa, not the verb.
    ['双方签署签证便利化协议。', ['签证便利化协议 | (zh-strong) → keep']],
    // A ratio's colon between digits stays inside the phrase; a colon after a word ends it.
    ['双方签署3：7的合资协议。', ['3：7的合资协议 | (zh-strong) → keep', '合资 | (zh-venture) → drop: no parties founding something together']],
    ['消息称：稀土协议已生效。', ['稀土协议 | (zh-strong) → keep']],
  ]);
});

describe('与 at the start of the phrase', () => {
  ruled([
    // With a 的-modifier the preposition belongs to the phrase: the agreement with Kazakhstan.
    ['与哈萨克斯坦的协议于去年生效。', ['与哈萨克斯坦的协议 | (zh-strong) → keep']],
    ['與哈薩克斯坦的協議於去年生效。', ['與哈薩克斯坦的協議 | (zh-strong) → keep']],
    // Without 的 it is a stop word like any other.
    ['与哈萨克斯坦协议于去年生效。', ['哈萨克斯坦协议 | (zh-strong) → keep']],
    // A 的 later in the sentence, outside the phrase, does not count.
    ['与哈萨克斯坦协议的谈判仍在继续。', ['哈萨克斯坦协议 | (zh-strong) → keep']],
    // After a verb too: the party with its 与 is a complement of the deal word (gold rule 3).
    ['双方签署了与哈萨克斯坦的协议。', ['与哈萨克斯坦的协议 | (zh-strong) → keep']],
    // Without 的 after it the 与 joins the signers, not the phrase.
    ['中国与哈萨克斯坦签署了协议。', ['协议 | (zh-strong) → keep']],
  ]);
});

describe('a quantifier opens the phrase over light stop words', () => {
  ruled([
    ['两家公司签订了一项确保关键矿物及稀土供应的协议。', ['一项确保关键矿物及稀土供应的协议 | (zh-strong) → keep']],
    ['两家公司签订了确保关键矿物及稀土供应的协议。', ['稀土供应的协议 | (zh-strong) → keep']],
    // At the start of the sentence, with no verb before it, and after another word.
    ['一项确保稀土及锂供应的协议于周一生效。', ['一项确保稀土及锂供应的协议 | (zh-strong) → keep']],
    ['双方于周一签订了另一项确保稀土及锂供应的协议。', ['一项确保稀土及锂供应的协议 | (zh-strong) → keep']],
  ]);
});

describe('a price named before the verb', () => {
  ruled([
    ['该公司以1.5亿澳元出售了锂矿股份。', ['锂矿股份 | (zh-stake) → keep | 150000000 AUD']],
    // Only in the same clause: a price for something else before the comma is not the deal's.
    ['该公司以1.5亿澳元扩建工厂，出售了锂矿股份。', ['锂矿股份 | (zh-stake) → keep']],
    ['该公司以1.5亿澳元扩建工厂；出售了锂矿股份。', ['锂矿股份 | (zh-stake) → keep']],
    ['该公司以1.5亿澳元扩建工厂;出售了锂矿股份。', ['锂矿股份 | (zh-stake) → keep']],
    ['该公司以1.5亿澳元扩建工厂,出售了锂矿股份。', ['锂矿股份 | (zh-stake) → keep']],
    // The price belongs to the first deal of the clause, not to one after it.
    ['该公司以1.5亿澳元出售了锂矿股份并签署了包销协议。', ['锂矿股份 | (zh-stake) → keep | 150000000 AUD', '包销协议 | (zh-strong) → keep']],
  ]);
});

describe('a deal that was not made', () => {
  ruled([
    ['双方没有达成协议。', ['协议 | (zh-strong) → drop: negated']],
    ['双方尚未签署框架协议。', ['框架协议 | (zh-strong) → drop: negated']],
    ['双方达成协议。', ['协议 | (zh-strong) → keep']],
    // (stop 40 sweep) 未有, the written "have not", with a topic and a party between; a quotation mark before the word; 并未 is 未.
    ['伊朗外长称目前未有就停火问题与以色列达成“协议”。', ['协议 | (zh-strong) → drop: negated']],
    ['两国并未达成协议。', ['协议 | (zh-strong) → drop: negated']],
    ['双方已就停火问题达成“协议”。', ['协议 | (zh-strong) → keep']],
  ]);
});

describe('协议 that nobody signs: user agreements and protocols', () => {
  ruled([
    ['该网站更新了用户协议。', ['协议 | (zh-strong) → drop: a user agreement or a protocol']],
    ['设备采用TCP协议传输数据。', ['协议 | (zh-strong) → drop: a user agreement or a protocol']],
    ['终端通过HTTPS协议连接服务器。', ['协议 | (zh-strong) → drop: a user agreement or a protocol']],
    // A trade agreement named by its Latin initials is signed, not a network protocol.
    ['中国正式加入了RCEP协议。', ['RCEP协议 | (zh-strong) → keep']],
    ['两国签署了AUKUS协议。', ['AUKUS协议 | (zh-strong) → keep']],
    ['双方签署了协议授权书。', ['协议 | (zh-strong) → drop: a user agreement or a protocol']],
    // Other strong words and other modifiers stay deals.
    ['该网站更新了用户协定。', ['用户协定 | (zh-strong) → keep']],
    ['两国签署了服务贸易协议。', ['服务贸易协议 | (zh-strong) → keep']],
    // The rule is for 协议 alone: a service framework agreement between firms is a contract.
    ['两家公司签署了服务框架协议。', ['服务框架协议 | (zh-strong) → keep']],
    // 授权 must follow 协议 directly to make it a licence.
    ['两国签署了协议并授权部长执行。', ['协议 | (zh-strong) → keep']],
  ]);
});

describe('stakes: a transaction or a share', () => {
  ruled([
    ['该公司持有这家锂矿的股权。', ['这家锂矿的股权 | (zh-stake) → keep']],
    ['该公司持有这家锂矿的股份。', ['这家锂矿的股份 | (zh-stake) → keep']],
    ['该矿山的少数股权归国家所有。', ['该矿山的少数股权 | (zh-stake) → keep']],
    ['该矿山的股权归国家所有。', ['股权 | (zh-stake) → drop: no transaction or share']],
    ['这家锂矿的股权结构较为复杂。', ['股权 | (zh-stake) → drop: part of another term']],
    ['该公司持有的股权比例不变。', ['股权 | (zh-stake) → drop: part of another term']],
  ]);
});

describe('weak words: a quantifier, 的 or a value', () => {
  ruled([
    ['该公司签署了这项交易。', ['这项交易 | (zh-weak) → keep']],
    ['该公司签署了价值3亿元交易。', ['价值3亿元交易 | (zh-weak) → keep | 300000000 CNY']],
    ['该公司完成了出售锂矿的交易。', ['锂矿的交易 | (zh-weak) → keep']],
    ['市场交易清淡。', ['交易 | (zh-weak) → drop: no quantifier or modifier']],
    ['交易所将于周一开盘。', ['交易 | (zh-weak) → drop: part of another word']],
    ['合同工的待遇有所改善。', ['合同 | (zh-weak) → drop: part of another word']],
  ]);
});

describe('框架 and 备忘录: signed, or a framework of cooperation', () => {
  ruled([
    ['两国签署了框架。', ['框架 | (zh-weak) → keep']],
    ['两国签署了备忘录。', ['备忘录 | (zh-weak) → keep']],
    ['两国交换了备忘录。', ['备忘录 | (zh-weak) → drop: no quantifier or modifier']],
    ['两国交换了一份备忘录。', ['一份备忘录 | (zh-weak) → keep']],
    // Signing makes 框架 and 备忘录 deals, not 交易 or 合同.
    ['两国签署了合同。', ['合同 | (zh-weak) → drop: no quantifier or modifier']],
    ['企业正在建设新的监管框架。', ['框架 | (zh-weak) → drop: a framework in its ordinary sense']],
    ['企业正在完善监管框架。', ['框架 | (zh-weak) → drop: a framework in its ordinary sense']],
    ['企业正在完善贸易框架。', ['框架 | (zh-weak) → drop: no quantifier or modifier']],
    ['企业正在建立新的贸易框架。', ['新的贸易框架 | (zh-weak) → keep']],
    ['两国建立了新的合作框架。', ['新的合作框架 | (zh-strong) → keep']],
  ]);
});

describe('money words: one transaction, a value or a lender', () => {
  ruled([
    ['银行为该项目提供了一笔贷款。', ['一笔贷款 | (zh-money) → keep']],
    ['该公司获得了价值5亿元的投资。', ['价值5亿元的投资 | (zh-money) → keep | 500000000 CNY']],
    ['该公司从中国进出口银行获得了贷款。', ['贷款 | (zh-money) → keep']],
    ['企业扩大投资。', ['投资 | (zh-money) → drop: money word without a quantifier, value or lender']],
    ['他没有申请贷款。', ['贷款 | (zh-money) → drop: money word without a quantifier, value or lender']],
    ['投资者对锂价持谨慎态度。', ['投资 | (zh-money) → drop: part of another word']],
    ['该项目的总投资为30亿元。', ['投资 | (zh-money) → drop: total investment']],
    ['总投资为30亿元。', ['投资 | (zh-money) → drop: total investment']],
    // 总投资 elsewhere in the sentence leaves other money words alone.
    ['项目总投资30亿元，银行提供了一笔贷款。', ['一笔贷款 | (zh-money) → keep', '投资 | (zh-money) → drop: total investment']],
  ]);
});

describe('收购: a noun, not a verb', () => {
  ruled([
    ['这笔收购已经完成。', ['这笔收购 | (zh-acquisition) → keep']],
    ['收购案已经完成。', ['收购案 | (zh-acquisition) → keep']],
    ['收購案已經完成。', ['收購案 | (zh-acquisition) → keep']],
    ['对该公司的收购已经完成。', ['对该公司的收购 | (zh-acquisition) → keep']],
    ['该公司收购了一家锂矿。', ['收购 | (zh-acquisition) → drop: a verb here, not an acquisition']],
    ['锂矿收购价大幅上涨。', ['收购 | (zh-acquisition) → drop: part of another term']],
    // 收购价值 is not 收购价 (a purchase price): here 收购 is the verb.
    ['锂矿收购价值评估已经完成。', ['收购 | (zh-acquisition) → drop: a verb here, not an acquisition']],
  ]);
});

describe('入股 and 合资: verbs with their own span', () => {
  ruled([
    ['紫金矿业入股了一家锂矿企业。', ['入股 | (zh-buy-in) → keep']],
    ['入股比例尚未确定。', ['入股 | (zh-buy-in) → drop: part of another term']],
    ['入股是该公司的长期策略。', ['入股 | (zh-buy-in) → drop: part of another term']],
    ['该公司与力拓合资成立了一家锂加工厂。', ['合资 | (zh-venture) → keep']],
    ['该公司与力拓合资。', ['合资 | (zh-venture) → drop: no parties founding something together']],
    ['合资成立一家锂加工厂的计划被搁置。', ['合资 | (zh-venture) → drop: no parties founding something together']],
  ]);
});

describe('deal words side by side are one deal', () => {
  ruled([
    // 合作框架 and 框架协议 overlap: the reader sees one agreement, not 合作框架 and 协议.
    ['两国签署了合作框架协议。', ['合作框架协议 | (zh-strong) → keep']],
    ['两国签署了合资企业协议。', ['合资企业协议 | (zh-strong) → keep']],
    ['该公司出售了合资公司股权。', ['合资公司股权 | (zh-stake) → keep']],
    ['该公司以1.5亿澳元出售了合资公司股权。', ['合资公司股权 | (zh-stake) → keep | 150000000 AUD']],
    ['这笔收购交易已经完成。', ['这笔收购交易 | (zh-weak) → keep']],
    // The second word still has to pass its own rule: 交易 after a bare 收购 is no deal of its own.
    ['锂矿收购交易已经完成。', ['锂矿收购 | (zh-acquisition) → keep', '交易 | (zh-weak) → drop: no quantifier or modifier']],
    // Apart, they stay two deals.
    ['这项协议签署后，双方签署了合作框架。', ['这项协议 | (zh-strong) → keep', '合作框架 | (zh-strong) → keep']],
  ]);
});

describe('general news: a deal word that modifies the next word', () => {
  ruled([
    ['该平台的交易规则将于下月调整。', ['交易 | (zh-weak) → drop: modifies the next word']],
    ['该基金的投资组合包括多只科技股。', ['投资 | (zh-money) → drop: modifies the next word']],
    ['贷款利率维持不变。', ['贷款 | (zh-money) → drop: modifies the next word']],
    ['新的劳动合同法将于明年实施。', ['合同 | (zh-weak) → drop: modifies the next word']],
    // 价值 is the deal's worth, not a price it modifies.
    ['这笔交易价值20亿美元。', ['这笔交易 | (zh-weak) → keep']],
    ['这笔交易价格偏高。', ['交易 | (zh-weak) → drop: modifies the next word']],
    // 协议 as a manner: by agreement.
    ['她在协议离婚后独自抚养孩子。', ['协议 | (zh-strong) → drop: modifies the next word']],
    ['双方以协议转让的方式出让土地。', ['协议 | (zh-strong) → drop: modifies the next word']],
    ['该协议将于明年生效。', ['该协议 | (zh-strong) → keep']],
    // Paperwork every graduate signs.
    ['毕业生与用人单位签订三方协议。', ['协议 | (zh-strong) → drop: a user agreement or a protocol']],
  ]);
});

describe('general news: which 交易 is one deal', () => {
  ruled([
    ['本次交易尚需股东大会批准。', ['本次交易 | (zh-weak) → keep']],
    // The segmenter reads 交易会 (a trade fair) as a word; 这笔 counts a deal whatever it reads.
    ['本次交易会吸引了3000多家企业。', ['交易 | (zh-weak) → drop: part of another word']],
    ['这笔交易会在下月完成。', ['这笔交易 | (zh-weak) → keep']],
    ['这起交易中，买方支付了全部现金。', ['这起交易 | (zh-weak) → keep']],
    // A bare 该 points at the noun right after it: here the platform, the man.
    ['该平台上的二手交易十分活跃。', ['交易 | (zh-weak) → drop: a kind of trade, no parties']],
    ['该平台的交易十分活跃。', ['交易 | (zh-weak) → drop: a kind of trade, no parties']],
    ['该男子私下进行数字货币交易。', ['交易 | (zh-weak) → drop: no quantifier or modifier']],
    ['该交易已获批准。', ['该交易 | (zh-weak) → keep']],
    // A kind of trade, or one between parties.
    ['他们在网上进行的交易都被记录了。', ['交易 | (zh-weak) → drop: a kind of trade, no parties']],
    // 存在 ends in 在, which still ends the phrase: 之间 is not part of it.
    ['他们之间存在某种默契的交易。', ['交易 | (zh-weak) → drop: a kind of trade, no parties']],
    ['两队之间的交易已获联盟批准。', ['两队之间的交易 | (zh-weak) → keep']],
  ]);
});

describe('general news: money words', () => {
  ruled([
    ['这项投资将创造2000个岗位。', ['这项投资 | (zh-money) → keep']],
    ['该投资会议将于下月召开。', ['投资 | (zh-money) → drop: modifies the next word']],
    // 该 far from the money word belongs to the company.
    ['该公司计划融资5亿元用于研发。', ['融资 | (zh-money) → drop: money word without a quantifier, value or lender']],
    ['淡马锡领投了这家公司的B轮融资。', ['这家公司的B轮融资 | (zh-money) → keep']],
    // The value right after the money word, with the party it goes to: the phrase is the money and its value.
    ['微软向这家公司追加投资100亿美元。', ['投资100亿美元 | (zh-money) → keep | 10000000000 USD']],
    ['政府投资10亿元建设体育馆。', ['投资 | (zh-money) → drop: money word without a quantifier, value or lender']],
  ]);
});

describe('general news: agreements', () => {
  ruled([
    ['双方未能就薪资问题达成协议。', ['协议 | (zh-strong) → drop: negated']],
    ['双方就薪资问题达成协议。', ['协议 | (zh-strong) → keep']],
    ['双方建立了战略合作伙伴关系。', ['战略合作伙伴关系 | (zh-strong) → keep']],
    // Within a framework is the setting, not an agreement; a framework signed is one.
    ['在上合组织合作框架内，各方加强了合作。', ['合作框架 | (zh-strong) → drop: within a framework']],
    ['在现有的贸易框架下，关税将逐步降低。', ['框架 | (zh-weak) → drop: within a framework']],
    ['两国建立了新的合作框架。', ['新的合作框架 | (zh-strong) → keep']],
    // (stop 40 sweep) 框架性 is an adjective, "of a framework's nature": the agreement named before it stays.
    ['该协议属于框架性约定。', ['该协议 | (zh-strong) → keep', '框架 | (zh-weak) → drop: framework as an adjective']],
    // 和解 is one word: its 和 is not the conjunction that would end the phrase.
    ['双方就赔偿问题达成和解协议。', ['和解协议 | (zh-strong) → keep']],
    ['中国和日本签署了协议。', ['协议 | (zh-strong) → keep']],
    // Verbs of keeping or breaking an agreement end the phrase as signing does.
    ['他表示将严格遵守协议。', ['协议 | (zh-strong) → keep']],
    ['对方违反了合作协议。', ['合作协议 | (zh-strong) → keep']],
  ]);
});

describe('general news: signings, tenders, job titles and schemes', () => {
  ruled([
    // A weak word with a subject matter, signed between named parties, is a deal; advice, a duty
    // or a step timed by another names no particular signing (advice with no country named is
    // told apart as a kind, below; with one named the signing still needs to be told as done).
    ['秘鲁与一家韩国公司签署港口扩建合同。', ['港口扩建合同 | (zh-weak) → keep']],
    ['秘鲁应与一家韩国公司签署港口扩建合同。', ['合同 | (zh-weak) → drop: no quantifier or modifier']],
    ['租客应与房东签订房屋租赁合同。', ['合同 | (zh-weak) → drop: advice to sign one, not a signing']],
    ['学员须在入学前与学校签订培训合同。', ['合同 | (zh-weak) → drop: advice to sign one, not a signing']],
    ['两家医院与保险公司在年初签订医疗服务合同。', ['医疗服务合同 | (zh-weak) → keep']],
    ['应届生入职时与公司签订劳动合同。', ['合同 | (zh-weak) → drop: no quantifier or modifier']],
    // A contract's amount with its value makes the bare word one contract.
    ['该企业中标，合同金额约2亿元。', ['合同 | (zh-weak) → keep']],
    ['该企业中标，合同条款尚未公布。', ['合同 | (zh-weak) → drop: modifies the next word']],
    // A contract put out to tender is nobody's yet.
    ['新机场已完成全部航站楼施工合同的招标。', ['合同 | (zh-weak) → drop: out to tender']],
    ['新机场已完成全部航站楼施工合同的签订。', ['全部航站楼施工合同 | (zh-weak) → keep']],
    // Job titles in a job advert.
    ['本次招聘岗位包括交易经理和投资顾问。', ['交易 | (zh-weak) → drop: part of another word', '投资 | (zh-money) → drop: part of another word']],
    ['本次投资将用于扩建工厂。', ['本次投资 | (zh-money) → keep']],
    // An agreement ticked or read by its reader.
    ['报名时须勾选同意《志愿者安全协议》。', ['协议 | (zh-strong) → drop: an agreement a reader accepts']],
    ['两国同意签署《边境贸易协议》。', ['边境贸易协议 | (zh-strong) → keep']],
    // A share scheme's 持股 is no holding bought.
    ['员工持股计划已完成股份过户。', ['股份 | (zh-stake) → drop: no transaction or share']],
    ['该基金已持股并完成股份过户。', ['股份 | (zh-stake) → keep']],
    // A loan programme with its value is the loan; a loan plan without one is a plan.
    ['巴基斯坦与国际货币基金组织就30亿美元的贷款计划达成协议。', ['30亿美元的贷款 | (zh-money) → keep | 3000000000 USD', '协议 | (zh-strong) → keep']],
    ['银行公布了新的贷款计划。', ['贷款 | (zh-money) → drop: modifies the next word']],
    // 注资 with the party it goes to and its value; Hong Kong dollars and pounds are currencies.
    ['一家基金向这家航空公司注资5亿港元。', ['注资5亿港元 | (zh-money) → keep | 500000000 HKD']],
    ['政府注资稳定市场。', ['注资 | (zh-money) → drop: money word without a quantifier, value or lender']],
    ['俱乐部以3000万英镑收购了这家球场的全部股权。', ['这家球场的全部股权 | (zh-stake) → keep | 30000000 GBP', '收购 | (zh-acquisition) → drop: a verb here, not an acquisition']],
  ]);
});

describe('general news: a kind of agreement, or one', () => {
  ruled([
    // A kind pointed at, any or every one, the standard form: a kind, even with a quantifier.
    ['这类协议往往条款冗长。', ['协议 | (zh-strong) → drop: a kind of agreement, not one']],
    ['这项协议往往条款冗长。', ['这项协议 | (zh-strong) → keep']],
    // What it is and how to write one: a question or a how-to in the phrase or just before it.
    ['什么是框架协议？', ['框架协议 | (zh-strong) → drop: a kind of agreement, not one']],
    ['两国签署了框架协议。', ['框架协议 | (zh-strong) → keep']],
    ['讲师讲解了如何起草一份合作协议。', ['协议 | (zh-strong) → drop: a kind of agreement, not one']],
    ['双方起草了一份合作协议。', ['一份合作协议 | (zh-strong) → keep']],
    // A rule against a kind of deal.
    ['银行不得向学生发放贷款。', ['贷款 | (zh-money) → drop: a rule about a kind of deal']],
    ['银行向这家企业发放了一笔贷款。', ['一笔贷款 | (zh-money) → keep']],
    // Advice to sign one: a modal word of its own before the signing verb (not 应届, 要求).
    ['租客要与房东签订书面协议。', ['协议 | (zh-strong) → drop: advice to sign one, not a signing']],
    ['租客已与房东签订书面协议。', ['书面协议 | (zh-strong) → keep']],
    ['应届生与公司签订了实习协议。', ['实习协议 | (zh-strong) → keep']],
    ['中方要求与美方签署协议。', ['协议 | (zh-strong) → keep']],
    // A step of any signing with advice after it; a signing told as an event is one.
    ['签订合作协议时，应注意违约条款。', ['协议 | (zh-strong) → drop: advice about any signing']],
    ['两国领导人签署合作协议时表示，将加强合作。', ['合作协议 | (zh-strong) → keep']],
    // Regulating a class of agreements.
    ['新规规范了特许经营协议。', ['协议 | (zh-strong) → drop: a kind of agreement regulated']],
    ['新规公布后，双方签署了特许经营协议。', ['特许经营协议 | (zh-strong) → keep']],
    // A habit, a norm or a definition said of it, in its clause or in the next when a comma
    // follows the phrase at once; a demonstrative, a country or a signing between parties keeps it.
    ['保密协议一般包括违约责任。', ['协议 | (zh-strong) → drop: said of a kind of agreement']],
    ['该保密协议包括违约责任。', ['该保密协议 | (zh-strong) → keep']],
    ['供货协议，应明确交货期限。', ['协议 | (zh-strong) → drop: said of a kind of agreement']],
    ['供货协议，已于周一签署。', ['供货协议 | (zh-strong) → keep']],
    ['中美贸易协议通常每五年审议一次。', ['中美贸易协议 | (zh-strong) → keep']],
    ['公司与三家银行签署银团贷款协议，期限通常为五年。', ['银团贷款协议 | (zh-strong) → keep', '贷款 | (zh-money) → drop: money word without a quantifier, value or lender']],
    // A signing told as an event before the phrase is one agreement; one asked for is not.
    ['两国去年签订的框架协议一般被视为突破。', ['框架协议 | (zh-strong) → keep']],
    ['公司要求签署的竞业协议一般有期限。', ['协议 | (zh-strong) → drop: said of a kind of agreement']],
    // 新 counts as "new" only on its own, not inside 新型 (a new kind) or 新秀 (a rookie).
    ['构建新型伙伴关系需要超越零和思维。', ['伙伴关系 | (zh-weak) → drop: no quantifier or modifier']],
    ['两国建立了新伙伴关系。', ['新伙伴关系 | (zh-weak) → keep']],
    // 那份 points at one, like 这份.
    ['那份合同签于2019年。', ['那份合同 | (zh-weak) → keep']],
    ['合同签于2019年。', ['合同 | (zh-weak) → drop: no quantifier or modifier']],
    // A contract's renewal or clauses, a network of agreements: the deal word modifies the next.
    ['年轻球员的合同续约问题将统一处理。', ['合同 | (zh-weak) → drop: modifies the next word']],
    ['年轻球员的合同将统一处理。', ['年轻球员的合同 | (zh-weak) → keep']],
    ['自由贸易协定网络不断扩大。', ['协定 | (zh-strong) → drop: modifies the next word']],
    ['两国的自由贸易协定已生效。', ['两国的自由贸易协定 | (zh-strong) → keep']],
    // 合约 is a contract as 合同 is, weak like it.
    ['該球會已與這名中場簽下四年合約。', ['四年合約 | (zh-weak) → keep']],
    ['期货合约价格上涨。', ['合约 | (zh-weak) → drop: modifies the next word']],
    // 合资 with parties founds something, also after its place.
    ['该公司与日本企业合资在熊本设厂。', ['合资 | (zh-venture) → keep']],
    ['该公司合资在熊本设厂。', ['合资 | (zh-venture) → drop: no parties founding something together']],
    // A signing told as an event needs definite parties or a time; a class of signers is a kind.
    ['兩岸企業簽署的合作協議，須經核准後方可生效。', ['協議 | (zh-strong) → drop: said of a kind of agreement']],
    ['兩國去年簽署的合作協議，須經議會批准後生效。', ['合作協議 | (zh-strong) → keep']],
    // Many of a kind as the clause's subject; some banks as the other party is still one signing.
    ['不少用人单位要求求职者签订放弃社保协议。', ['协议 | (zh-strong) → drop: signed by many of a kind']],
    ['这家用人单位要求求职者签订放弃社保协议。', ['放弃社保协议 | (zh-strong) → keep']],
    ['该公司与一些银行签署了贷款协议。', ['贷款协议 | (zh-strong) → keep', '贷款 | (zh-money) → drop: money word without a quantifier, value or lender']],
    // A rule stated in the clause before.
    ['体育总局规定，运动员与商业机构签订代言协议须报备。', ['协议 | (zh-strong) → drop: a rule about a kind of deal']],
    ['体育总局透露，运动员与商业机构签订代言协议须报备。', ['代言协议 | (zh-strong) → keep']],
    // Advice with an indefinite 一份 is about any one; a signing done with it is one.
    ['孩子参加培训前最好与机构签订一份书面合同。', ['合同 | (zh-weak) → drop: advice to sign one, not a signing']],
    ['孩子参加培训前已与机构签订一份书面合同。', ['一份书面合同 | (zh-weak) → keep']],
    // 授信 is a credit line: with its value, one; 億 is 亿.
    ['该企业获得银行200亿元授信。', ['银行200亿元授信 | (zh-money) → keep | 20000000000 CNY']],
    ['银行授信额度上调。', ['授信 | (zh-money) → drop: part of another word']],
    ['兩國簽署了價值5億美元的協議。', ['價值5億美元的協議 | (zh-strong) → keep | 500000000 USD']],
    // A policy encouraging signings is no signing; a legal question is said of a kind.
    ['各地鼓励企业与高校签订产学研合作协议。', ['协议 | (zh-strong) → drop: advice to sign one, not a signing']],
    ['该市与高校签订了产学研合作协议。', ['产学研合作协议 | (zh-strong) → keep']],
    ['律师解读：口头约定的借款协议，在法律上同样有效吗？', ['协议 | (zh-strong) → drop: said of a kind of agreement']],
    ['律师解读：口头约定的借款协议，已由双方签字确认。', ['口头约定的借款协议 | (zh-strong) → keep']],
    // A contract's term in numbers, like its amount, makes the bare word one contract.
    ['这家球会已与阿根廷中场正式签约，合同为期三年。', ['合同 | (zh-weak) → keep']],
    ['这家球会已与阿根廷中场正式签约，合同细节未公布。', ['合同 | (zh-weak) → drop: no quantifier or modifier']],
  ]);
});

describe('mineral news: one agreement named again, or its terms', () => {
  ruled([
    // The same deal word again after a deal kept in the sentence is that deal: what it stipulates
    // is its terms, not a norm said of a kind.
    [
      '美国与乌克兰签署矿产协议，协议规定乌方必须将收入的一半存入基金。',
      ['矿产协议 | (zh-strong) → keep', '协议 | (zh-strong) → keep'],
    ],
    ['租房协议，协议一般包括押金条款。', ['协议 | (zh-strong) → drop: said of a kind of agreement', '协议 | (zh-strong) → drop: said of a kind of agreement']],
    // A deal word cited by 根据 or 按照 is the source of what the next clause says, not its topic.
    ['根据协议，美方不得干涉乌克兰的内政。', ['协议 | (zh-strong) → keep']],
    ['供货协议，不得随意变更。', ['协议 | (zh-strong) → drop: said of a kind of agreement']],
    // A prohibition inside a time phrase (在禁止出口期间) rules nothing about the deal signed in it.
    ['洛阳钼业在禁止出口期间与嘉能可达成钴销售协议。', ['钴销售协议 | (zh-strong) → keep']],
    ['企业不得与中间商达成钴销售协议。', ['协议 | (zh-strong) → drop: a rule about a kind of deal']],
    // An acquisition with its target named by 对…的 is one acquisition.
    ['力拓对Arcadium的收购必须获得监管机构批准。', ['对Arcadium的收购 | (zh-acquisition) → keep']],
    ['锂矿收购通常需要数月才能完成。', ['收购 | (zh-acquisition) → drop: said of a kind of agreement']],
  ]);
});

describe('mineral news: a country among signers of a kind', () => {
  ruled([
    // Many signers, or a habit of signing, make a kind even where a country names the signers or
    // their buyers (mineral news names countries everywhere).
    ['不少澳大利亚锂矿企业与中国买家签订了包销协议。', ['包销协议 | (zh-strong) → drop: signed by many of a kind']],
    ['这家澳大利亚锂矿企业与中国买家签订了包销协议。', ['包销协议 | (zh-strong) → keep']],
    ['澳大利亚锂矿企业普遍与中国买家签订包销协议。', ['包销协议 | (zh-strong) → drop: signed as a habit']],
    ['澳大利亚锂矿企业上月与中国买家签订包销协议。', ['包销协议 | (zh-strong) → keep']],
    // A definition's genus (…是指…的协议) is a kind.
    ['包销协议是指买方承诺购买矿山产出的协议。', ['包销协议 | (zh-strong) → drop: said of a kind of agreement', '协议 | (zh-strong) → drop: a definition of a kind']],
    ['矿业部长指出，双方上月签署了包销协议。', ['包销协议 | (zh-strong) → keep']],
  ]);
});

describe('portal check: values in Chinese numerals, countries as signers, kinds said after the phrase', () => {
  ruled([
    // A value in Chinese numerals before a unit of ten thousand or more makes one loan, as digits do.
    ['该省向这家企业提供兩億元貸款。', ['兩億元貸款 | (zh-money) → keep | 200000000 CNY']],
    ['银行向该公司发放三千五百万元贷款。', ['该公司发放三千五百万元贷款 | (zh-money) → keep | 35000000 CNY']],
    ['该省向这家企业提供大量贷款。', ['贷款 | (zh-money) → drop: money word without a quantifier, value or lender']],
    // Countries as the subject of the signing verb name its parties; a country before a class of signers does not.
    ['中俄两国签署天然气供应合同。', ['天然气供应合同 | (zh-weak) → keep']],
    ['中国企业签订工程合同时应注意汇率风险。', ['合同 | (zh-weak) → drop: no quantifier or modifier']],
    // A practice become common, or many signed, is said of a kind even with signers named.
    ['公司与员工签订保密协议，已成为普遍做法。', ['协议 | (zh-strong) → drop: said of a kind of agreement']],
    ['公司与员工签订保密协议，约定保密期限为两年。', ['保密协议 | (zh-strong) → keep']],
    ['合作协议签了不少，落实才是关键。', ['协议 | (zh-strong) → drop: said of a kind of agreement']],
    ['合作协议签了，落实才是关键。', ['合作协议 | (zh-strong) → keep']],
    // A lead investor named in the next clause makes the round one; the round's amount (融资金额)
    // is a term unless the money word is pointed at as one.
    ['公司完成B轮融资，由红杉中国领投，融资金额达5亿元。', ['B轮融资 | (zh-money) → keep', '融资 | (zh-money) → drop: modifies the next word']],
    ['公司完成新一轮融资，由多家机构参与。', ['融资 | (zh-money) → drop: money word without a quantifier, value or lender']],
    ['本次贷款金额为5亿元。', ['本次贷款 | (zh-money) → keep']],
    // 其 (its) points at one owner's contract; 其他 (other) does not.
    ['该企业正与政府重新谈判其铀矿开采合同。', ['其铀矿开采合同 | (zh-weak) → keep']],
    ['该企业正与政府重新谈判其他供货合同。', ['合同 | (zh-weak) → drop: no quantifier or modifier']],
  ]);
});

describe('mineral news check: generic openers, lists of manners, 长协, concessions, shares of rights, lead arrangers', () => {
  ruled([
    // Generally speaking (一般而言，…) makes what follows said of a kind; another opener does not.
    ['一般而言，供货协议的期限为三年。', ['协议 | (zh-strong) → drop: said of a kind of agreement']],
    ['据悉，供货协议的期限为三年。', ['供货协议 | (zh-strong) → keep']],
    // "is not the same as" (不等于) says something of any such agreement.
    ['签了框架协议不等于拿到了订单。', ['框架协议 | (zh-strong) → drop: said of a kind of agreement']],
    ['签了框架协议，等于拿到了订单。', ['框架协议 | (zh-strong) → keep']],
    // Items of a list of manners (通过贷款、入股等方式) are kinds of dealing, not one deal.
    ['企业可通过贷款、入股等方式参与。', ['贷款 | (zh-money) → drop: one of a list of manners', '入股 | (zh-buy-in) → drop: one of a list of manners']],
    ['企业可以合资或独资等形式设厂。', ['合资 | (zh-venture) → drop: one of a list of manners']],
    ['该基金已入股这家企业。', ['入股 | (zh-buy-in) → keep']],
    // An agreement word before 仲裁 names a kind of arbitration case.
    ['双边投资协定仲裁案件有所增加。', ['投资 | (zh-money) → drop: money word without a quantifier, value or lender', '协定 | (zh-strong) → drop: modifies the next word']],
    ['中韩投资协定已于去年生效。', ['中韩投资协定 | (zh-strong) → keep', '投资 | (zh-money) → drop: money word without a quantifier, value or lender']],
    // 长协 is a contract word (weak: a quantifier, 的 or signing parties); 长协定价 is a way of pricing.
    ['公司与日本商社签订了镍矿长协。', ['镍矿长协 | (zh-weak) → keep']],
    ['這份長協的定價機制與指數掛鉤。', ['這份長協 | (zh-weak) → keep']],
    ['长协定价模式被广泛采用。', ['长协 | (zh-weak) → drop: modifies the next word']],
    ['铁矿石长协被广泛采用。', ['长协 | (zh-weak) → drop: no quantifier or modifier']],
    // A concession (特许经营权) with its asset is one; bought as a kind it is not.
    ['公司获得了该港口30年的特许经营权。', ['该港口30年的特许经营权 | (zh-weak) → keep']],
    ['加盟商需购买特许经营权。', ['特许经营权 | (zh-weak) → drop: no quantifier or modifier']],
    // 权益 is a stake only with its percentage; otherwise rights.
    ['公司持有该矿山30%的权益。', ['该矿山30%的权益 | (zh-stake) → keep']],
    ['要保护投资者的合法权益。', ['投资 | (zh-money) → drop: part of another word', '权益 | (zh-stake) → drop: rights, not a share']],
    // A loan's lead arranger (牵头的) is its lender; a ministry leading a campaign lends nothing.
    ['该项目获得中国银行牵头的银团贷款。', ['中国银行牵头的银团贷款 | (zh-money) → keep']],
    ['该项目获得银团贷款。', ['贷款 | (zh-money) → drop: money word without a quantifier, value or lender']],
    ['由商务部牵头的投资促进活动将于下月举行。', ['投资 | (zh-money) → drop: money word without a quantifier, value or lender']],
  ]);
});

describe('long-form writing: agreements of a kind in essays, history and law', () => {
  ruled([
    // Many agreements, or one after another: not one, even with the signers' country named.
['近代中国的许多外债合同都是被迫签订的。', ['合同 | (zh-weak) → drop: many agreements, not one']],
    ['近代中国的这份外债合同是被迫签订的。', ['近代中国的这份外债合同 | (zh-weak) → keep']],
    ['与其追逐一笔笔大额投资，不如改善环境。', ['投资 | (zh-money) → drop: many agreements, not one']],
    ['与其追逐一笔大额投资，不如改善环境。', ['与其追逐一笔大额投资 | (zh-money) → keep']],
    // An era is a kind; a year dates one.
    ['历史上的借款合同附带抵押条款。', ['合同 | (zh-weak) → drop: a kind of agreement, not one']],
    ['1911年的借款合同附带抵押条款。', ['1911年的借款合同 | (zh-weak) → keep']],
    // A viewpoint framing the sentence: said in general.
    ['从经济学角度看，贸易协定降低了关税。', ['协定 | (zh-strong) → drop: said of a kind of agreement']],
    ['从去年起，贸易协定降低了关税。', ['贸易协定 | (zh-strong) → keep']],
    // A norm said of an indefinite subject; an indefinite object signed is one.
    ['一份好的合伙协议应当写明出资比例。', ['协议 | (zh-strong) → drop: said of any such agreement']],
    ['双方签订了一份合伙协议，应当于月底生效。', ['一份合伙协议 | (zh-strong) → keep']],
    // A name for a kind.
    ['这在业内被称为“背靠背”协议。', ['协议 | (zh-strong) → drop: a name for a kind of agreement']],
    ['这在业内被称为“背靠背”，双方签署了协议。', ['协议 | (zh-strong) → keep']],
    // A setting of a kind, not an agreement signed.
    ['在自由贸易协定框架下，商品享受零关税。', ['协定 | (zh-strong) → drop: a kind of agreement as a setting', '框架 | (zh-weak) → drop: within a framework']],
    ['在自由贸易协定签署后，商品享受零关税。', ['自由贸易协定 | (zh-strong) → keep']],
    // A count or share of agreements.
    ['双边投资协定的数量迅速增长。', ['投资 | (zh-money) → drop: money word without a quantifier, value or lender', '协定 | (zh-strong) → drop: said of a kind of agreement']],
    ['双边投资协定的签署迅速完成。', ['双边投资协定 | (zh-strong) → keep', '投资 | (zh-money) → drop: money word without a quantifier, value or lender']],
    // A condition on the phrase, then a norm.
    ['股东协议与章程冲突时，应当以章程为准。', ['协议 | (zh-strong) → drop: said of a kind of agreement']],
    ['股东协议与章程冲突时，双方已经修改。', ['股东协议 | (zh-strong) → keep']],
    // A law named after a kind of venture.
    ['合资企业法规规定了出资比例。', ['合资企业 | (zh-strong) → drop: names a law']],
    ['合资企业法方持股51%。', ['合资企业 | (zh-strong) → keep']],
    // Buying in said in general, or by a party of no one in particular.
    ['一般来说，战略投资者入股后会派驻董事。', ['投资 | (zh-money) → drop: said of a kind of agreement', '入股 | (zh-buy-in) → drop: buying in said in general']],
    ['去年，战略投资者入股后派驻了董事。', ['入股 | (zh-buy-in) → keep', '投资 | (zh-money) → drop: part of another word']],
    ['一方以技术入股，另一方出资。', ['入股 | (zh-buy-in) → drop: buying in said in general']],
    ['腾讯以技术入股，华为出资。', ['入股 | (zh-buy-in) → keep']],
    // A weak word after a signing told as an event (dated, or by definite parties) is one contract.
    ['在那份1995年签订的租赁合同中，承租方承诺付租金。', ['租赁合同 | (zh-weak) → keep']],
    ['在公司要求签订的租赁合同中，承租方承诺付租金。', ['合同 | (zh-weak) → drop: no quantifier or modifier']],
    ['租客签订的租赁合同中，承租方承诺付租金。', ['合同 | (zh-weak) → drop: no quantifier or modifier']],
  ]);
});

describe('general news, deals-zh-9: spans, denials, hopes and families', () => {
  // Rows for the rules of the deals-zh-9 round, each beside a close sentence where the rule must not fire.
  ruled([
    ['双方签署了关于扩大人文交流的协定。', ['关于扩大人文交流的协定 | (zh-strong) → keep']],
    // 关于 opens its phrase: the subject before it stays out, a quantifier before it comes in.
    ['两国关于自由贸易协定的谈判重启。', ['关于自由贸易协定 | (zh-strong) → keep']],
    ['一项关于稀土供应的协议已经签署。', ['一项关于稀土供应的协议 | (zh-strong) → keep']],
    ['两国签署了自由贸易协定。', ['自由贸易协定 | (zh-strong) → keep']],
    ['他在一家合资企业任职。', ['一家合资企业 | (zh-strong) → keep']],
    ['这份文件属于合作协议的附件。', ['合作协议 | (zh-strong) → keep']],
    ['如果双方达不成协议，案件将进入仲裁。', ['协议 | (zh-strong) → drop: negated']],
    ['双方达成协议，案件撤诉。', ['协议 | (zh-strong) → keep']],
    ['该集团否认与外国基金签署过入股协议。', ['入股 | (zh-buy-in) → drop: denied or hoped for', '协议 | (zh-strong) → drop: denied or hoped for']],
    ['该集团从未签署过入股协议。', ['入股 | (zh-buy-in) → drop: negated', '协议 | (zh-strong) → drop: negated']],
    ['该集团与外国基金签署过入股协议。', ['入股协议 | (zh-strong) → keep']],
    ['投资者期待尽快达成协议。', ['投资 | (zh-money) → drop: part of another word', '协议 | (zh-strong) → drop: denied or hoped for']],
    ['两国希望达成一项自由贸易协定。', ['一项自由贸易协定 | (zh-strong) → keep']],
    ['两人签订的婚前协议引发争议。', ['协议 | (zh-strong) → drop: a family arrangement']],
    ['两家公司签订的合作协议引发争议。', ['合作协议 | (zh-strong) → keep']],
    ['这份租赁合同范本可免费下载。', ['合同 | (zh-weak) → drop: modifies the next word']],
    ['这份租赁合同已经到期。', ['这份租赁合同 | (zh-weak) → keep']],
    ['不少员工以现金入股公司。', ['入股 | (zh-buy-in) → drop: buying in said in general']],
    ['一家国有基金以现金入股这家公司。', ['入股 | (zh-buy-in) → keep']],
    ['大股东减持股份，应当提前公告。', ['股份 | (zh-stake) → drop: said of a kind of agreement']],
    ['大股东减持了该公司5%的股份。', ['该公司5%的股份 | (zh-stake) → keep']],
    ['前述合同将于年底到期。', ['前述合同 | (zh-weak) → keep']],
    ['合同将于年底到期。', ['合同 | (zh-weak) → drop: no quantifier or modifier']],
    ['球队与主帅续签了执教合同。', ['执教合同 | (zh-weak) → keep']],
    ['球队续签执教合同需要董事会批准。', ['合同 | (zh-weak) → drop: no quantifier or modifier']],
    ['双方当天签署了供煤长协。', ['供煤长协 | (zh-weak) → keep']],
    ['双方应签署供煤长协。', ['长协 | (zh-weak) → drop: advice to sign one, not a signing']],
    ['公司完成了对一家德国企业的并购。', ['对一家德国企业的并购 | (zh-acquisition) → keep']],
    ['并购重组是企业扩张的常见手段。', ['并购 | (zh-acquisition) → drop: said of a kind of agreement']],
    ['去年企业在海外的并购交易金额下降。', ['并购 | (zh-acquisition) → drop: a statistic of many', '交易 | (zh-weak) → drop: a kind of trade, no parties']],
    ['这笔并购交易金额为5亿元。', ['这笔并购交易 | (zh-weak) → keep']],
    ['两国签署了自由贸易协定升级议定书。', ['自由贸易协定升级议定书 | (zh-weak) → keep']],
    ['《京都议定书》于2005年生效。', ['议定书 | (zh-weak) → drop: no quantifier or modifier']],
    ['该企业获得三家银行50亿元的授信额度。', ['三家银行50亿元的授信额度 | (zh-money) → keep | 5000000000 CNY']],
    ['银行的授信额度普遍收紧。', ['授信 | (zh-money) → drop: said of a kind of agreement']],
    ['该项目获得世界银行3亿美元融资支持。', ['世界银行3亿美元融资支持 | (zh-money) → keep | 300000000 USD']],
    ['公司解除了与这名高管的劳动合同。', ['与这名高管的劳动合同 | (zh-weak) → keep']],
    ['法院认定，公司解除与张某的劳动合同属于违法解除。', ['与张某的劳动合同 | (zh-weak) → keep']],
    ['法院认定，公司解除与员工的劳动合同属于违法解除。', ['合同 | (zh-weak) → drop: said of a kind of agreement']],
  ]);
});

describe('general news, deals-zh-9 second batch: reading verbs, negation after the word, duties, disputes', () => {
  // A reading verb opens the phrase; a negated verb after the word, 无 before it, a duty after a
  // phrase pointing at none, a question of legality make no deal; a dispute over the contract of
  // parties pointed at is that contract.
  ruled([
    ['不少租客并未仔细阅读租房合同中的条款。', ['合同 | (zh-weak) → drop: an agreement a reader accepts']],
    ['她仔细阅读了这份租房合同。', ['这份租房合同 | (zh-weak) → keep']],
    ['该基金认购了一家银行10%的股份。', ['一家银行10%的股份 | (zh-stake) → keep']],
    ['若协议无法达成，工厂将停产。', ['协议 | (zh-strong) → drop: negated']],
    ['协议已经达成，工厂将复产。', ['协议 | (zh-strong) → keep']],
    ['两国可能在年底前无协议脱欧。', ['协议 | (zh-strong) → drop: no deal']],
    ['两国在年底前无条件签署了协议。', ['协议 | (zh-strong) → keep']],
    ['运动员的商业合同须报备。', ['合同 | (zh-weak) → drop: a duty said of a kind of agreement']],
    ['该运动员的商业合同已经报备。', ['该运动员的商业合同 | (zh-weak) → keep']],
    // A signing as a step before something else is any such signing, unless told as done.
    ['双方签署合作协议后，将开始联合勘探。', ['合作协议 | (zh-strong) → keep']],
    ['公司签订了占年度营收35%的锂电池供货合同。', ['占年度营收35%的锂电池供货合同 | (zh-weak) → keep']],
    ['他说：“感谢上帝，我们和智利终于达成了锂矿协议。”', ['锂矿协议 | (zh-strong) → keep']],
    ['商户与商场签订租赁协议后方可营业。', ['协议 | (zh-strong) → drop: a step of a procedure']],
    ['该矿企与嘉能可签署了包销协议后才能获得融资。', ['包销协议 | (zh-strong) → keep', '融资 | (zh-money) → drop: money word without a quantifier, value or lender']],
    ['公司要求签的竞业协议合法吗？', ['协议 | (zh-strong) → drop: said of a kind of agreement']],
    ['公司与他签的竞业协议已到期。', ['竞业协议 | (zh-strong) → keep']],
    ['该歌手与唱片公司的合约纠纷今日开庭。', ['该歌手与唱片公司的合约 | (zh-weak) → keep']],
    ['主播与经纪公司之间的经纪合同纠纷近年来明显增多。', ['合同 | (zh-weak) → drop: modifies the next word']],
    ['这名球员与俱乐部的合同纠纷已经了结。', ['与俱乐部的合同 | (zh-weak) → keep']],
    ['球员与俱乐部的合同纠纷时有发生。', ['合同 | (zh-weak) → drop: modifies the next word']],
  ]);
});

describe('合作: a partnership only when reached between parties', () => {
  // 合作 is skipped unread unless 达成 (and 战略, 全面...) comes right before it; then it needs a
  // party named with 与 and no intent or relations word after it.
  ruled([
    ['蔚来与长安汽车宣布达成战略合作，双方将共同开发换电技术。', ['战略合作 | (zh-partnership) → keep']],
    ['两家公司达成战略合作意向。', ['合作 | (zh-partnership) → drop: cooperation, no partnership reached']],
    ['他们希望与更多企业达成合作。', ['合作 | (zh-partnership) → drop: denied or hoped for']],
    ['该公司未能与对方达成合作。', ['合作 | (zh-partnership) → drop: negated']],
    ['两国深化经贸合作。', []],
    ['双方有望达成合作。', ['合作 | (zh-partnership) → drop: cooperation, no partnership reached']],
    ['双方达成合作协议。', ['合作协议 | (zh-strong) → keep']],
  ]);
});

describe('general-zh-11: a stake word before 转让 as a noun names a kind of transfer', () => {
  ruled([
    ['减持是股东股份转让的一种途径。', ['股份 | (zh-stake) → drop: a kind of transfer']],
    ['该股东将所持5%股份转让给一家国有基金。', ['所持5%股份 | (zh-stake) → keep']],
    ['他把这部分股份转让出去后退出了董事会。', ['这部分股份 | (zh-stake) → keep']],
  ]);
});

describe('general-zh-11: protocols of devices, a habit said of signings, a priced sale named again', () => {
  ruled([
    ['这款耳机支持最新的蓝牙协议。', ['协议 | (zh-strong) → drop: a user agreement or a protocol']],
    ['两家公司签署了蓝牙耳机供货协议。', ['蓝牙耳机供货协议 | (zh-strong) → keep']],
    ['协议栈的更新修复了漏洞。', ['协议 | (zh-strong) → drop: modifies the next word']],
    ['租客与中介签订的居间协议，往往对收费写得很模糊。', ['协议 | (zh-strong) → drop: a habit said of a kind of agreement']],
    ['这名租客与中介签订的居间协议，往往被当作范例。', ['居间协议 | (zh-strong) → keep']],
    ['租客与中介签订的居间协议已提交法院。', ['居间协议 | (zh-strong) → keep']],
    ['该集团以12亿元出售旗下酒店，交易预计下月完成。', ['交易 | (zh-weak) → keep']],
    ['该集团出售旗下酒店，交易预计下月完成。', ['交易 | (zh-weak) → drop: no quantifier or modifier']],
    // A term and a value joined by 、 open one phrase at the term.
    ['两家公司签署为期三年、价值5亿元的供货协议。', ['为期三年、价值5亿元的供货协议 | (zh-strong) → keep | 500000000 CNY']],
    ['两家公司签署长期、价值5亿元的供货协议。', ['价值5亿元的供货协议 | (zh-strong) → keep | 500000000 CNY']],
  ]);
});

describe('senses-zh-12: 为 after a noun of size or worth belongs to the value', () => {
  ruled([
    ['两家银行签署了规模为80亿元的授信协议。', ['规模为80亿元的授信协议 | (zh-strong) → keep | 8000000000 CNY']],
    // 为 after another noun is still the preposition that ends the phrase before it.
    ['该公司为旗下工厂签署了价值5亿元的供货协议。', ['价值5亿元的供货协议 | (zh-strong) → keep | 500000000 CNY']],
    ['公司以旗下工厂为抵押签署了5亿元贷款协议。', ['5亿元贷款协议 | (zh-strong) → keep | 500000000 CNY']],
  ]);
});

// Rules from a real-text audit of Chinese political, trade and mining news (audit-zh-a); the
// sentences are written for these tests, none copied from the pages read.
describe('a loan whose lender is named', () => {
  ruled([
    // The loan's kind between the lender's verb and the word.
    ['该项目由亚洲开发银行提供低息贷款。', ['低息贷款 | (zh-money) → keep']],
    ['该省向这家企业提供大量贷款。', ['贷款 | (zh-money) → drop: money word without a quantifier, value or lender']],
    // 提供的 and 来自...的 with a country or a bank before them, not any provider.
    ['这座电站使用了日本提供的长期贷款。', ['长期贷款 | (zh-money) → keep']],
    ['农户可以申请合作社提供的小额贷款。', ['贷款 | (zh-money) → drop: money word without a quantifier, value or lender']],
    ['工厂偿还了来自世界银行的贷款。', ['来自世界银行的贷款 | (zh-money) → keep']],
    ['他偿还了来自亲戚的贷款。', ['贷款 | (zh-money) → drop: money word without a quantifier, value or lender']],
    // The lender right after the loan.
    ['贷款主要由欧洲投资银行提供。', ['贷款 | (zh-money) → keep', '投资 | (zh-money) → drop: part of another word']],
    ['贷款主要由借款人自行承担。', ['贷款 | (zh-money) → drop: money word without a quantifier, value or lender']],
  ]);
});

describe('a contract signed between parties, and named again', () => {
  ruled([
    // A party, its time and place before the verb, a long subject matter after it.
    ['该公司与马来西亚一家铁路公司昨天在吉隆坡签署了东部港口扩建工程设计施工总承包合同。', ['东部港口扩建工程设计施工总承包合同 | (zh-weak) → keep']],
    ['该公司上月签署了东部港口扩建工程设计施工总承包合同。', ['合同 | (zh-weak) → drop: no quantifier or modifier']],
    // A bare contract word after a kept one in the sentence is that contract.
    ['两家公司签署了港口疏浚合同，合同规定工期为两年。', ['港口疏浚合同 | (zh-weak) → keep', '合同 | (zh-weak) → keep']],
    ['合同规定工期为两年。', ['合同 | (zh-weak) → drop: no quantifier or modifier']],
    // The amount converted into yuan is still the contract's amount.
    ['项目合同金额折合人民币约为12亿元。', ['项目合同 | (zh-weak) → keep']],
    ['项目合同金额尚未公布。', ['合同 | (zh-weak) → drop: no quantifier or modifier']],
    // A verb of saying opens the phrase: the demonstrative after it points at the contract.
    ['部长表示这份合同将重新谈判。', ['这份合同 | (zh-weak) → keep']],
    ['部长表示合同将重新谈判。', ['合同 | (zh-weak) → drop: no quantifier or modifier']],
  ]);
});

describe('agreements of a kind in policy and trade news', () => {
  ruled([
    // Signed with a counted set of countries: one agreement with each.
    ['越南已与逾15个国家签署自由贸易协定。', ['协定 | (zh-strong) → drop: signed with many countries']],
    ['越南已与欧盟签署自由贸易协定。', ['自由贸易协定 | (zh-strong) → keep']],
    // More of them, as a policy aim.
    ['政府将推动商签更多双边投资协定。', ['投资 | (zh-money) → drop: many agreements, not one', '协定 | (zh-strong) → drop: many agreements, not one']],
    ['两国商签了一项双边投资协定。', ['一项双边投资协定 | (zh-strong) → keep']],
    // 更多 before two joined kinds counts the second as well.
    ['政府将推动商签更多区域和双边投资协定。', ['投资 | (zh-money) → drop: many agreements, not one', '协定 | (zh-strong) → drop: many agreements, not one']],
    ['两国去年签署了海关合作和双边投资协定。', ['双边投资协定 | (zh-strong) → keep', '投资 | (zh-money) → drop: money word without a quantifier, value or lender']],
    // The conventional tariff rate and the contracted investment are terms.
    ['对原产于东盟的货物实施协定税率。', ['协定 | (zh-strong) → drop: modifies the next word']],
    ['今年一季度全省协议投资额达30亿元。', ['协议 | (zh-strong) → drop: modifies the next word', '投资 | (zh-money) → drop: part of another word']],
    // 不 before the join or the verb negates the signing; 不久前 dates it.
    ['他说，政府不与任何私营公司签订协议。', ['协议 | (zh-strong) → drop: negated']],
    ['他说，政府不久前与一家私营公司签订协议。', ['协议 | (zh-strong) → keep']],
    // 不会 (will not) refuses the signing; a 不会 elsewhere in the clause does not.
    ['他说，政府不会与任何外国企业签署采矿协议。', ['协议 | (zh-strong) → drop: negated']],
    ['他说，政府不会轻易改变去年签署的采矿协议。', ['采矿协议 | (zh-strong) → keep']],
    // Investing in a sector is a plan to spend; in a company, a deal.
    ['据报道，该国将向太阳能领域投资1000亿美元。', ['投资 | (zh-money) → drop: money word without a quantifier, value or lender']],
    ['据报道，该国将向这家太阳能企业投资10亿美元。', ['投资10亿美元 | (zh-money) → keep | 1000000000 USD']],
    // An agreement likened to others' (如...般的) is a kind; a term makes one.
    ['德国对是否与卡塔尔签订如日本买家般的长期合约一直犹豫。', ['合约 | (zh-weak) → drop: an agreement likened to others, a kind']],
    ['德国与卡塔尔签订了为期十五年的长期合约。', ['为期十五年的长期合约 | (zh-weak) → keep']],
    // 交易伙伴 is a trading partner.
    ['该国对上述交易伙伴的商品降低关税。', ['交易 | (zh-weak) → drop: part of another word']],
    ['该国批准了上述交易。', ['上述交易 | (zh-weak) → keep']],
    // A partnership written with 夥, and China and Russia's 协作 partnership.
    ['兩國宣布建立全面戰略合作夥伴關係。', ['全面戰略合作夥伴關係 | (zh-strong) → keep']],
    ['中俄全面戰略協作伙伴關係不斷深化。', ['中俄全面戰略協作伙伴關係 | (zh-strong) → keep']],
    ['該公司是我們的合作夥伴。', []],
  ]);
});

describe('audit-zh-b: numbers set with spaces, ordinals and demonstratives of one, stakes of no one', () => {
  ruled([
    // A space set around a number stays inside the phrase (近 30% 的股权), as if it were not there.
    ['该集团将旗下工厂近 30% 的股权出售给一家基金。', ['旗下工厂近 30% 的股权 | (zh-stake) → keep']],
    ['该集团将旗下工厂近30%的股权出售给一家基金。', ['旗下工厂近30%的股权 | (zh-stake) → keep']],
    // 第N份 counts one contract as 一份 does; 此份 is a demonstrative of one, 此地 of a place.
    ['这是该厂今年签下的第三份锂盐供货合同。', ['第三份锂盐供货合同 | (zh-weak) → keep']],
    ['这是该厂今年签下的锂盐供货合同。', ['合同 | (zh-weak) → drop: no quantifier or modifier']],
    ['据悉，此份光伏组件供货合约将在年底到期。', ['此份光伏组件供货合约 | (zh-weak) → keep']],
    ['据悉，此地光伏组件供货合约将在年底到期。', ['合约 | (zh-weak) → drop: no quantifier or modifier']],
    // 本合同 in an announcement is this one contract.
    ['本合同的签订有利于公司长期稳定经营。', ['本合同 | (zh-weak) → keep']],
    ['合同的签订有利于公司长期稳定经营。', ['合同 | (zh-weak) → drop: no quantifier or modifier']],
    // 长单, like 长协, needs a quantifier or modifier.
    ['该厂与下游企业签订了总金额超80亿元的硅片长单。', ['总金额超80亿元的硅片长单 | (zh-weak) → keep | 8000000000 CNY']],
    ['硅片企业普遍偏好长单。', ['长单 | (zh-weak) → drop: no quantifier or modifier']],
    // A stake bought (买进) is a transaction, and 四成 a share; 买进, 掌握, 取得 and 订立 open the phrase.
    ['该基金去年积极买进这家银行的股权。', ['这家银行的股权 | (zh-stake) → keep']],
    ['该基金去年积极研究这家银行的股权。', ['股权 | (zh-stake) → drop: no transaction or share']],
    ['创始团队仍掌握四成股权。', ['四成股权 | (zh-stake) → keep']],
    ['创始团队仍掌握核心股权。', ['股权 | (zh-stake) → drop: no transaction or share']],
    ['该公司取得了这家矿企30%的股权。', ['这家矿企30%的股权 | (zh-stake) → keep']],
    ['双方订立了一份铜精矿包销协议。', ['一份铜精矿包销协议 | (zh-strong) → keep']],
    // A stake in no company in particular (认购公司股份, 取得其他上市公司股权); one company's is a stake.
    ['投资者可以通过认购公司股份成为股东。', ['投资 | (zh-money) → drop: part of another word', '股份 | (zh-stake) → drop: a holding in any company']],
    ['投资者通过认购该公司股份成为第二大股东。', ['该公司股份 | (zh-stake) → keep', '投资 | (zh-money) → drop: part of another word']],
    ['收购方往往借此取得其他上市公司股权。', ['收购 | (zh-acquisition) → drop: said of a kind of agreement', '股权 | (zh-stake) → drop: a holding in any company']],
    // A stake that an agreement transfers leaves the deal to the agreement.
    ['两家公司签订股权转让协议。', ['股权转让协议 | (zh-strong) → keep', '股权 | (zh-stake) → drop: the matter of an agreement']],
    // 投资团队, 投资机构: the money word inside another term.
    ['该基金组建了规模超10亿美元的私募股权投资团队。', ['股权 | (zh-stake) → drop: part of another term', '投资 | (zh-money) → drop: part of another word']],
    ['该基金完成了规模超10亿美元的一笔投资。', ['规模超10亿美元的一笔投资 | (zh-money) → keep | 1000000000 USD']],
  ]);
});

describe('audit-zh-b: definitions, every agreement, kinds, steps, practices and many signers', () => {
  ruled([
    // A definition anywhere before in the sentence (X是指...，签订...协议) makes a kind.
    ['保理融资是指卖方将应收账款转让给银行，并与银行签订保理协议的融资方式。', ['融资 | (zh-money) → drop: said of a kind of agreement', '协议 | (zh-strong) → drop: a definition of a kind', '融资 | (zh-money) → drop: a definition of a kind']],
    ['该公司表示，卖方已将应收账款转让给银行，并与银行签订保理协议。', ['保理协议 | (zh-strong) → keep']],
    // The genus of a definition whose subject is an agreement of a kind (X合同是…的合同); not of one pointed at.
    ['经纪合同是由艺人和经纪公司签署的一份三到八年的合同。', ['合同 | (zh-weak) → drop: no quantifier or modifier', '合同 | (zh-weak) → drop: the genus of a definition']],
    ['该经纪合同是由艺人和经纪公司去年签署的一份八年合同。', ['该经纪合同 | (zh-weak) → keep', '一份八年合同 | (zh-weak) → keep']],
    // Every agreement (全部合同) is a kind, even between named signers; all of one company's shares are one stake.
    ['借款人须提交与贷款人签署的全部合同。', ['贷款 | (zh-money) → drop: part of another word', '合同 | (zh-weak) → drop: a kind of agreement, not one']],
    ['这家企业与银行签订的全部协议均已备案。', ['协议 | (zh-strong) → drop: a kind of agreement, not one']],
    ['该公司签署了收购这家矿企全部股权的协议。', ['这家矿企全部股权的协议 | (zh-strong) → keep', '收购 | (zh-acquisition) → drop: a verb here, not an acquisition']],
    // A kind named with 类 (冶炼类合资企业); the venture pointed at is one.
    ['钢铁冶炼类合资企业的外资股比受到限制。', ['合资企业 | (zh-strong) → drop: a kind of agreement, not one']],
    ['该钢铁冶炼合资企业的外资股比受到限制。', ['该钢铁冶炼合资企业 | (zh-strong) → keep']],
    // A step of any signing after the agreement word (在投资协议签署阶段); this agreement's step is its own.
    ['在投资协议签署阶段，双方须明确估值条款。', ['投资 | (zh-money) → drop: money word without a quantifier, value or lender', '协议 | (zh-strong) → drop: a step of any signing']],
    ['在该投资协议签署阶段，双方明确了估值条款。', ['该投资协议 | (zh-strong) → keep']],
    // A practice of signing (签订包销协议的现象); news of one signing is not.
    ['电池厂与矿企签订包销协议的现象越来越多。', ['包销协议 | (zh-strong) → drop: a practice of signing, not one']],
    ['电池厂与矿企签订包销协议的消息推高了股价。', ['包销协议 | (zh-strong) → keep']],
    // A class of signers listed with 等 as the subject: many contracts counted together.
    ['宁德时代等电池企业签下的长期合同已超过2000亿元。', ['长期合同 | (zh-strong) → drop: signed by many of a kind']],
    ['宁德时代签下的长期合同已超过2000亿元。', ['长期合同 | (zh-strong) → keep']],
    // Signed as a habit even before a quoted name (往往签订有“…协议”).
    ['开发商与施工方之间往往签订有“联合开发协议”。', ['协议 | (zh-strong) → drop: signed as a habit']],
    ['开发商与施工方去年签订了“联合开发协议”。', ['联合开发协议 | (zh-strong) → keep']],
    // The total of many agreements (协议总量) is a count.
    ['光伏玻璃企业签订的长期协议总量已超过去年。', ['协议 | (zh-strong) → drop: said of a kind of agreement']],
    ['光伏玻璃企业签订的长期协议已于去年到期。', ['长期协议 | (zh-strong) → keep']],
    // ...however dated their signings (去年签订的): a count of many is no one agreement.
    ['光伏玻璃企业去年签订的长期协议总量已超过前年。', ['协议 | (zh-strong) → drop: said of a kind of agreement']],
    ['光伏玻璃企业去年签订的长期协议已于年初生效。', ['长期协议 | (zh-strong) → keep']],
    // A model text of contracts (合同示范文本) is no contract; this new contract is one.
    ['监管部门发布的新版合同示范文本下月施行。', ['合同 | (zh-weak) → drop: modifies the next word']],
    ['这份新版合同下月生效。', ['这份新版合同 | (zh-weak) → keep']],
  ]);
});

describe('audit-zh-b: where the phrase opens, 正极 and 被动, a relative clause before a quantifier', () => {
  ruled([
    // 正极材料 (a cathode material) and 被动元件 (a passive component) are words, not the stops 正 and 被.
    ['该厂与车企签订了一份正极材料供货协议。', ['一份正极材料供货协议 | (zh-strong) → keep']],
    ['该基金收购了这家被动元件厂30%的股权。', ['这家被动元件厂30%的股权 | (zh-stake) → keep', '收购 | (zh-acquisition) → drop: a verb here, not an acquisition']],
    // A relative clause before 的 and a quantifier of one (的该, 的第六份) is left out, as before 的 alone.
    ['吉宝企业提出的该收购协议总值34亿元。', ['该收购协议 | (zh-strong) → keep']],
    ['吉宝企业提出的收购协议总值34亿元。', ['吉宝企业提出的收购协议 | (zh-strong) → keep']],
    ['这是该厂今年拿下的第六份铜精矿合同。', ['第六份铜精矿合同 | (zh-weak) → keep']],
    ['这是该厂今年拿下的铜精矿合同。', ['该厂今年拿下的铜精矿合同 | (zh-weak) → keep']],
  ]);
});

describe('audit-zh-b: money contracted for in counts of projects, and 投资 as the verb of building', () => {
  ruled([
    // 协议总投资, 协议资金, 协议引资: a count of projects' contracted money, not an agreement.
    ['县政府与投资方签约项目15个，项目协议总投资6.4亿元。', ['投资 | (zh-money) → drop: money word without a quantifier, value or lender', '协议 | (zh-strong) → drop: modifies the next word', '投资 | (zh-money) → drop: total investment']],
    ['两家公司签署的项目协议总值6.4亿元。', ['项目协议 | (zh-strong) → keep']],
    // 投资建设: the verb of building inside a project's name, even after a total investment's value.
    ['该县对接了总投资20亿元的某县投资建设光伏电站项目。', ['投资 | (zh-money) → drop: total investment', '投资 | (zh-money) → drop: a verb of building']],
    ['该基金向这家车企追加投资20亿元。', ['投资20亿元 | (zh-money) → keep | 2000000000 CNY']],
  ]);
});

describe('agreements known by their Latin initials, in Chinese text', () => {
  ruled([
    // Beside Chinese characters the Chinese reading of the same initials, an agreement on its own.
    ['两岸于2010年签署ECFA。', ['ECFA | (zh-strong) → keep']],
    ['越南已于2018年加入CPTPP。', ['CPTPP | (zh-strong) → keep']],
    ['RCEP协议覆盖东亚15国。', ['RCEP协议 | (zh-strong) → keep']],
    // Full-width brackets are Chinese punctuation too.
    ['两岸签署的《海峡两岸经济合作框架协议》（ECFA）于当年生效。', ['海峡两岸经济合作框架协议 | (zh-strong) → keep', 'ECFA | (zh-strong) → keep']],
    // Other Latin initials are no agreement.
    ['两岸于2010年签署MOUX。', []],
  ]);
});

describe("audit-gen-zh: a page's own terms, rules' titles, share capital, and the manner of ending a contract", () => {
  ruled([
    // A sentence that speaks to its reader and points at the page's own agreement or terms is a user agreement's text.
    ['本协议适用于您在本平台购买的全部课程。', ["协议 | (zh-strong) → drop: a page's terms for its reader"]],
    ['本协议及其他服务协议可由平台随时修订。', ["协议 | (zh-strong) → drop: a page's terms for its reader", "协议 | (zh-strong) → drop: a page's terms for its reader"]],
    // An agreement's own clause quoted in news speaks to no reader; 会员国 are member states, not members.
    ['协议第十条写明，本协议自双方签字之日起生效。', ['协议 | (zh-strong) → keep', '本协议 | (zh-strong) → keep']],
    ['欧盟会员国代表签署的协议条款已公布。', ['协议 | (zh-strong) → keep']],
    // A deal word inside the title of a rule or notice; an agreement's own title is that agreement.
    ['证监会发布《关于上市公司股东减持股份的若干规定》。', ['股份 | (zh-stake) → drop: in the title of a rule']],
    ['双方签署了《稀土合作框架协议》。', ['稀土合作框架协议 | (zh-strong) → keep']],
    // 已发行股份 is a company's share capital, a measure; a share bought is a stake.
    ['持股比例不得超过已发行股份的5%。', ["股份 | (zh-stake) → drop: a company's share capital"]],
    ['该公司以3亿元收购其5%的股份。', ['其5%的股份 | (zh-stake) → keep | 300000000 CNY', '收购 | (zh-acquisition) → drop: a verb here, not an acquisition']],
    // 协议解除 bare is a way a contract ends (by agreement); a named agreement that ends is still that deal.
    ['合同可以协议解除，也可以单方解除。', ['合同 | (zh-weak) → drop: no quantifier or modifier', '协议 | (zh-strong) → drop: a manner of ending a contract']],
    ['双方的合作协议解除后，设备将归还。', ['双方的合作协议 | (zh-strong) → keep']],
  ]);
});

describe('audit-gen-zh: definitions with 即, a contract term, and a contract valued in the next clause', () => {
  ruled([
    // X合同即Y合同，是…的第一份合同: the genus of a definition, whatever quantifier it carries.
    ['新秀合同即A类合同，是球员职业生涯的第一份合同。', ['合同 | (zh-weak) → drop: no quantifier or modifier', '合同 | (zh-weak) → drop: a kind of agreement, not one', '合同 | (zh-weak) → drop: the genus of a definition']],
    ['该合同即双方上月签署的一份合同。', ['该合同 | (zh-weak) → keep', '一份合同 | (zh-weak) → keep']],
    // 合同有效期 is the contract's term, as 合同期限.
    ['新规要求运动员的合同有效期不少于一年。', ['合同 | (zh-weak) → drop: modifies the next word']],
    ['双方签署的合同为期一年。', ['合同 | (zh-weak) → keep']],
    // A bare contract signed with a party whose next clause gives its term and value (合同为3年2400万欧元).
    ['这名前锋与俱乐部签订合同，合同为3年2400万欧元。', ['合同 | (zh-weak) → keep', '合同 | (zh-weak) → keep']],
    // Advice not to sign (切勿与…签订) is advice about any signing, as advice to sign is.
    ['教育局提醒，切勿与培训机构签订预付三个月以上的合同。', ['合同 | (zh-weak) → drop: advice to sign one, not a signing']],
    // An example of a kind (比如…合同) and a law's condition (合同解除的，该合同…) name kinds; a dated
    // signing before 该 names one.
    ['当事人可以提交证据，比如附有违约条款的买卖合同。', ['合同 | (zh-weak) → drop: a kind of agreement, not one']],
    ['可以提交证据，比如双方上月签署的那份合同。', ['那份合同 | (zh-weak) → keep']],
    ['合同解除的，该合同项下的担保随之终止。', ['合同 | (zh-weak) → drop: no quantifier or modifier', '合同 | (zh-weak) → drop: said of any such agreement']],
    ['两国去年签署的协议，该协议将于明年到期。', ['协议 | (zh-strong) → keep', '该协议 | (zh-strong) → keep']],
    // A term in numbers before a contract just signed (签下3年合同) names it; without the signing it is a kind.
    ['这名后卫正式加盟，并签下4年合同。', ['4年合同 | (zh-weak) → keep']],
    ['4年合同对年轻球员来说并不算长。', ['合同 | (zh-weak) → drop: no quantifier or modifier']],
    ['这名前锋与俱乐部签订合同，合同细节尚未公布。', ['合同 | (zh-weak) → drop: no quantifier or modifier', '合同 | (zh-weak) → drop: no quantifier or modifier']],
  ]);
});

describe('audit-blog-zh: contracts of a kind on lifestyle pages (habits, rare cases, likened, counted parties, classes of parties, topics and terms)', () => {
  ruled([
    // A habit of signing said with 都会 or 倾向于: the signings of a class; a dated signing is one.
    ['员工入职时，公司都会签署保密协议。', ['协议 | (zh-strong) → drop: signed as a habit']],
    ['员工入职时，公司昨天签署了保密协议。', ['保密协议 | (zh-strong) → keep']],
    ['唱片公司会倾向于与新歌手签订较短的合约。', ['合约 | (zh-weak) → drop: signed as a habit']],
    ['该唱片公司上月与这名歌手签订了三年合约。', ['三年合约 | (zh-weak) → keep']],
    // 极少数情况下 (in rare cases) says what happens in general, as 一般情况下.
    ['极少数情况下，球队会与球员签下终身合同。', ['合同 | (zh-weak) → drop: said of a kind of agreement']],
    ['去年，球队与这名球员签下了五年合同。', ['五年合同 | (zh-weak) → keep']],
    // Likened (类似, 相当于) in the clause before: the kind compared with, not a signing.
    ['实习确认函，类似你与雇主签的录用协议。', ['协议 | (zh-strong) → drop: an agreement likened to others, a kind']],
    ['你与雇主上周签的录用协议已经生效。', ['录用协议 | (zh-strong) → keep']],
    // A kind named by its count of parties and talked about; signed, it is one.
    ['关于两方协议的区别，下文再讲。', ['协议 | (zh-strong) → drop: a kind named by its count of parties']],
    ['两家公司上月签署了两方协议。', ['两方协议 | (zh-strong) → keep']],
    // Classes on both sides (房东与租客): any such pair's contract; a party pointed at (这位租客) names one.
    ['房东与租客的合同里写着押金数额。', ['合同 | (zh-weak) → drop: signed between classes of parties, a kind']],
    ['房东与这位租客的合同里写着押金数额。', ['与这位租客的合同 | (zh-weak) → keep']],
    // A contract word before 问题 (a topic) or 期 (its term) modifies that word.
    ['网友最关心的是劳动合同问题。', ['合同 | (zh-weak) → drop: modifies the next word']],
    ['合约期内月费不变。', ['合约 | (zh-weak) → drop: modifies the next word']],
    // 协议概念: the idea of an agreement; an agreement signed is one.
    ['我们先把租赁协议概念讲清楚。', ['协议 | (zh-strong) → drop: modifies the next word']],
    ['双方签署的租赁协议已经生效。', ['租赁协议 | (zh-strong) → keep']],
    ['双方签署的合约为期两年。', ['合约 | (zh-weak) → keep']],
  ]);
});

describe('audit-web-zh: an acquisition counted, a history of them, agreements beside mechanisms, a quoted contract model', () => {
  ruled([
    // A count and an adjective before 收购 make it a noun; after a verb of intent it is the verb.
    ['這是該公司本月的第二項重大收購。', ['第二項重大收購 | (zh-acquisition) → keep']],
    ['公司宣布将收购两家工厂。', ['收购 | (zh-acquisition) → drop: a verb here, not an acquisition']],
    ['在收购完成时支付余款。', ['收购 | (zh-acquisition) → keep']],
    // 收购史: a history of many.
    ['本文梳理了这家企业的收购史。', ['收购 | (zh-acquisition) → drop: part of another term']],
    // Agreements joined to mechanisms are a kind of arrangement.
    ['双方应建立合作协议和机制。', ['协议 | (zh-strong) → drop: a kind, beside mechanisms']],
    ['双方签署了合作协议。', ['合作协议 | (zh-strong) → keep']],
    // A closing quote between a contract word and the noun it modifies (模式).
    ['发展局将推行「新工程合約」模式。', ['合約 | (zh-weak) → drop: modifies the next word']],
    ['双方签订的「新工程合約」已生效。', ['新工程合約 | (zh-weak) → keep']],
  ]);
});

describe('audit-biz-zh: contract forms, announcements and funding rounds on business pages', () => {
  ruled([
    // A contract form: both parties by their letters, blanks to fill, the preamble of its clauses,
    // its formulas of breach and signature. A deal the news pointed at before stays one.
    ['甲方同意将所持仓库租给乙方，本合同自签订之日起生效。', ['合同 | (zh-weak) → drop: a contract form\'s own text']],
    ['经甲乙双方协商一致，达成如下协议：', ['协议 | (zh-strong) → drop: a contract form\'s own text']],
    ['转让方将其持有的×××公司股份转让给受让方。', ['股份 | (zh-stake) → drop: a contract form\'s own text']],
    ['若任何一方违反本协议，应赔偿对方全部损失。', ['协议 | (zh-strong) → drop: a contract form\'s own text']],
    ['根据上述协议，乙方须在明年三月前完成付款。', ['上述协议 | (zh-strong) → keep']],
    ['星辉集团与蓝海物流签署了仓储合作协议(以下简称“甲方”和“乙方”)。', ['仓储合作协议 | (zh-strong) → keep']],
    // A demonstrative of one right before the word, whatever opens the phrase (关于, 因); 该等 of announcements.
    ['董事会关于本次交易构成关联交易的说明', ['本次交易构成关联交易 | (zh-weak) → keep']],
    ['因本次交易产生的税费由买方承担。', ['本次交易 | (zh-weak) → keep']],
    ['由于先决条件尚未达成，故该等交易未必会进行。', ['该等交易 | (zh-weak) → keep']],
    ['关于交易的常见问题请见下文。', ['交易 | (zh-weak) → drop: said of a kind of agreement']],
    // 交易 then 所 and a verb after a demonstrative of one: not an exchange.
    ['监管机构对本次交易所作的决定不代表任何保证。', ['本次交易 | (zh-weak) → keep']],
    ['该股票在深圳证券交易所上市。', ['交易 | (zh-weak) → drop: part of another word']],
    // 收购事项 is "the acquisition" of Hong Kong announcements; 收购 before its object is a verb.
    ['由于收购事项须待先决条件达成，股东务请审慎。', ['收购 | (zh-acquisition) → keep']],
    ['公司计划收购一家物流企业。', ['收购 | (zh-acquisition) → drop: a verb here, not an acquisition']],
    // 交易 named by the purchase it is, with its target; a 的-modifier alone is a kind.
    ['若剔除蓝星集团收购欧力化工的交易，今年对外投资下降。', ['欧力化工的交易 | (zh-weak) → keep', '收购 | (zh-acquisition) → drop: a verb here, not an acquisition', '投资 | (zh-money) → drop: money word without a quantifier, value or lender']],
    ['平台上进行的交易须缴纳服务费。', ['交易 | (zh-weak) → drop: a duty said of a kind of agreement']],
    // A funding round by its letter, completed: one company's round; a round in general is none.
    ['近日，云帆机器人完成B++轮融资。', ['B++轮融资 | (zh-money) → keep']],
    ['天使轮融资通常面向早期项目。', ['融资 | (zh-money) → drop: said of a kind of agreement']],
    // Review 33: a report naming the firm after its letter is no form (甲方紫金矿业将向乙方支付).
    ['根据协议，甲方星海矿业将向乙方支付10亿元。', ['协议 | (zh-strong) → keep']],
    ['甲方应于签约后十日内向乙方支付货款，本协议一式两份。', ['协议 | (zh-strong) → drop: a contract form\'s own text']],
  ]);
  ruled([
    // Stakes: a part or all of them taken over (受让部份股份, 收購全數股權), a percentage of the issued capital.
    ['宏达医药以3亿元受让青松科技股份。', ['青松科技股份 | (zh-stake) → keep | 300000000 CNY']],
    ['远方资本持有的天成科技部份股份已转让完毕。', ['天成科技部份股份 | (zh-stake) → keep']],
    ['嘉盛电子以约500万美元收购英国Bright Future Holdings Limited全數股權。', ['Limited全數股權 | (zh-stake) → keep', '收购 | (zh-acquisition) → drop: a verb here, not an acquisition']],
    ['买方同意收购目标公司15%已发行股份。', ['目标公司15%已发行股份 | (zh-stake) → keep', '收购 | (zh-acquisition) → drop: a verb here, not an acquisition']],
    ['配售股份约占已发行股份的8%。', ['股份 | (zh-stake) → drop: no transaction or share', '股份 | (zh-stake) → drop: a company\'s share capital']],
    ['占公司股份总数的3%。', ['股份 | (zh-stake) → drop: part of another term']],
    // A listed company's short name ending in 股份 before what it does; a stake sold is a stake.
    ['以及远航股份收购星辉电子的案例。', ['股份 | (zh-stake) → drop: a company\'s short name', '收购 | (zh-acquisition) → drop: a verb here, not an acquisition']],
    ['该基金出售所持华光股份10%股份。', ['所持华光股份10%股份 | (zh-stake) → keep']],
    // A stake word before 来源 or 计划 heads a disclosure's item (减持股份来源, 增持股份计划).
    ['增持股份计划已实施完毕。', ['股份 | (zh-stake) → drop: part of another term']],
    // 协议受让 is a manner of transfer, not an agreement.
    ['股份来源：协议受让方式取得。', ['股份 | (zh-stake) → drop: part of another term', '协议 | (zh-strong) → drop: modifies the next word']],
    // Acquisitions counted or measured are statistics; one pointed at is a deal.
    ['去年中国企业共完成跨境并购交易312起。', ['并购 | (zh-acquisition) → drop: a statistic of many', '交易 | (zh-weak) → drop: no quantifier or modifier']],
    ['中资企业在欧洲完成186个收购交易。', ['收购 | (zh-acquisition) → drop: a statistic of many', '交易 | (zh-weak) → drop: no quantifier or modifier']],
    ['该公司去年完成1个收购项目。', ['收购 | (zh-acquisition) → drop: modifies a noun of the field']],
    ['这笔收购交易额达12亿欧元。', ['这笔收购 | (zh-acquisition) → keep', '交易 | (zh-weak) → drop: part of another word']],
    // 双方 before 合资: the two parties founding something together.
    ['双方合资成立的电池公司在常州投产。', ['合资 | (zh-venture) → keep']],
    ['合资成立的公司在常州投产。', ['合资 | (zh-venture) → drop: no parties founding something together']],
    // A memorandum whose title names its parties is an agreement's, not a rule's (备忘录 also ends rules' titles).
    ['双方签署了《青松科技与远景电子合作备忘录》。', ['远景电子合作备忘录 | (zh-strong) → keep']],
  ]);
});

describe('Taiwan and Hong Kong press: brackets, sports contracts, initials after Chinese words (audit tw-zh)', () => {
  ruled([
    // A value restated in brackets goes on with the phrase; a bracket that is no value ends it.
    ['球隊與他簽下一份3年價值6,000萬美元（約新台幣18億元）的合約。', ['一份3年價值6,000萬美元（約新台幣18億元）的合約 | (zh-weak) → keep | 60000000 USD']],
    ['球隊與他簽下一份（據傳）三年的合約。', ['三年的合約 | (zh-weak) → keep']],
    // 這件 counts one transaction as 這筆 does; a bare 交易 does not.
    ['這件交易預計明年初完成。', ['這件交易 | (zh-weak) → keep']],
    ['這件事與交易無關。', ['交易 | (zh-weak) → drop: no quantifier or modifier']],
    // 且 opens the phrase after it, so 該 points at the contract.
    ['球團已完成續約，且該合約包含兩年選擇權。', ['該合約 | (zh-weak) → keep']],
    // A term and the signing of a player right after the word; a term alone is no contract.
    ['獅隊以3年合約簽下這名投手。', ['3年合約 | (zh-weak) → keep']],
    ['獅隊以3年合約為上限。', ['合約 | (zh-weak) → drop: no quantifier or modifier']],
    // 新約 and 長約 of the sports pages need a quantifier or value as 合約 does.
    ['他與球團簽下一紙4年2億元新約。', ['一紙4年2億元新約 | (zh-weak) → keep | 200000000 CNY']],
    ['他在書房讀新約。', ['新約 | (zh-weak) → drop: no quantifier or modifier']],
    // Initials after Chinese words that name the parties or the signing; initials talked about are not one.
    ['雙方上月簽署的台日投資MOU已生效。', ['台日投資MOU | (agreement) → keep: initials after Chinese words', '投資 | (zh-money) → drop: money word without a quantifier, value or lender']],
    ['研討會討論MOU的寫法。', ['MOU | (agreement) → drop: no determiner, value or party']],
    // The span starts after the signing's 了 as after its 的.
    ['两家公司签署了一份MOU，约定共建电池回收厂。', ['一份MOU | (agreement) → keep: initials after Chinese words']],
    // 交易補償金 (a trade kicker) is another word; a relationship described by its quality is no arrangement.
    ['他可獲得50萬美元交易補償金。', ['交易 | (zh-weak) → drop: part of another word']],
    ['兩地擁有緊密的夥伴關係。', ['夥伴關係 | (zh-weak) → drop: a relationship described']],
    ['兩家公司上月建立戰略夥伴關係。', ['戰略夥伴關係 | (zh-strong) → keep']],
    // 依…規定， is a manner ("according to the rules"); 條例規定， quotes a rule about a kind.
    ['政府將依相關規定，儘速將投資協定送交國會。', ['投資協定 | (zh-strong) → keep', '投資 | (zh-money) → drop: money word without a quantifier, value or lender']],
    ['條例規定，投資協定須經國會同意。', ['投資 | (zh-money) → drop: a rule about a kind of deal', '協定 | (zh-strong) → drop: a duty said of a kind of agreement']],
    // A kind pointed at (此種) is no one deal even with countries named; 此項 points at one.
    ['紐西蘭成為與中國簽署此種協定的第一個國家。', ['協定 | (zh-strong) → drop: a kind of agreement, not one']],
    ['紐西蘭與中國簽署此項協定後，貿易額倍增。', ['此項協定 | (zh-strong) → keep']],
    // 爭取到 (won) opens the phrase as 取得 does.
    ['該公司爭取到政府3億美元合約。', ['政府3億美元合約 | (zh-weak) → keep | 300000000 USD']],
  ]);
});

describe('academic prose: deal words of a field of study, of any bank, of one official', () => {
  ruled([
    // 并购 before a noun of the field (绩效, 动机, 案例, 交易定价) is about acquisitions of a kind; one pointed at stays.
    ['他们比较了两组企业的并购动机。', ['并购 | (zh-acquisition) → drop: modifies a noun of the field']],
    ['本文以海外并购案例为样本，考察估值方法的影响。', ['并购 | (zh-acquisition) → drop: modifies a noun of the field']],
    ['本次并购交易定价公允，不存在损害股东利益的情形。', ['本次并购 | (zh-acquisition) → keep', '交易 | (zh-weak) → drop: modifies the next word']],
    ['该公司对一家德国机床厂的收购已于上月完成。', ['该公司对一家德国机床厂的收购 | (zh-acquisition) → keep']],
    // A clause opened by a supposition (如果...) makes no deal; the same holding told as a fact is one.
    ['如果外资股东在合资公司中仅拥有小部分股权，其话语权将十分有限。', ['合资公司 | (zh-strong) → drop: a condition supposed', '股权 | (zh-stake) → drop: a condition supposed']],
    // A deal already signed, or pointed at as one, in a supposed clause is no supposition; one acquisition's target after 对 keeps it one.
    ['如果双方签署的协议得以落实，刚果（金）的钴出口将大增。', ['协议 | (zh-strong) → keep']],
    // The phrase opens after the word of condition (该协议, not 如果该协议).
    ['一旦这项协议获得批准，锂精矿出口将增加三成。', ['这项协议 | (zh-strong) → keep']],
    ['五矿资源对该公司的并购案例被视为典范。', ['对该公司的并购 | (zh-acquisition) → keep']],
    ['外资股东在合资公司中仅拥有小部分股权。', ['合资公司中仅拥有小部分股权 | (zh-stake) → keep']],
    // Become a means of a kind of firm (已成为…的途径): acquisitions in general; one pointed at stays.
    ['在经济转型的背景下，并购交易已成为上市公司进行产业整合的途径。', ['并购 | (zh-acquisition) → drop: said of a kind of agreement', '交易 | (zh-weak) → drop: said of a kind of agreement']],
    ['这笔并购交易已成为该行业今年最大的一宗。', ['这笔并购交易 | (zh-weak) → keep']],
    // A noun a deal word modifies (收购计划) after 收购 too; and buying of produce beside other trade is no acquisition.
    ['监管部门正在审查两家外国企业的收购计划。', ['收购 | (zh-acquisition) → drop: modifies a noun of the field']],
    ['当地合作社负责蚕茧的收购与销售。', ['收购 | (zh-acquisition) → drop: an activity of trade']],
    ['该公司完成了对一家矿企的收购与整合。', ['对一家矿企的收购 | (zh-acquisition) → keep']],
    // 向 inside 倾向 is no preposition naming a lender; a bank of a kind (从银行获得) is no lender named.
    ['中小银行更倾向于为小微企业提供贷款。', ['贷款 | (zh-money) → drop: money word without a quantifier, value or lender']],
    ['不少小微企业反映，从银行获得贷款仍然困难。', ['贷款 | (zh-money) → drop: money word without a quantifier, value or lender']],
    ['该项目从亚洲开发银行获得贷款。', ['贷款 | (zh-money) → keep']],
    ['这家钢厂向两家国有银行取得了贷款。', ['贷款 | (zh-money) → keep']],
    // A head of government signing a memorandum alone gives an order; signed with another, it is an accord.
    ['美国总统昨日签署备忘录，指示财政部对三家外国企业展开调查。', ["备忘录 | (zh-weak) → drop: an official's own memorandum"]],
    ['美国总统昨日与墨西哥总统签署备忘录，双方将合作打击走私。', ['备忘录 | (zh-weak) → keep']],
    // 一种 makes the word a kind; 一项 counts one.
    ['这是双方订立的一种合同。', ['合同 | (zh-weak) → drop: a kind of agreement, not one']],
    ['双方签署了一项合同。', ['一项合同 | (zh-weak) → keep']],
    // Joint ventures of Chinese and foreign owners, or the word before a noun of a study, are a kind of company.
    ['中外合资企业在改革开放初期发挥了重要作用。', ['合资企业 | (zh-strong) → drop: a kind of company']],
    ['合资企业绩效的影响因素众多。', ['合资企业 | (zh-strong) → drop: a kind of company']],
    ['这家合资企业绩效良好。', ['这家合资企业 | (zh-strong) → keep']],
    ['该中外合资企业去年扩建了厂房。', ['该中外合资企业 | (zh-strong) → keep']],
  ]);
});

describe('consumer, Q&A and game-industry pages (the qa-zh audit)', () => {
  ruled([
    // A partnership reached with a party: its kind may read 战略级, it may be told as reached (达成的), or
    // its subject matter may stand between (达成了…的战略合作); no party, or one only talked about, stays out.
    ['一家动画公司与一家游戏厂商宣布达成战略级合作，共同开发三部新番。', ['战略级合作 | (zh-partnership) → keep']],
    ['这家车企与一家德国零部件商达成的战略合作将于明年落地。', ['战略合作 | (zh-partnership) → keep']],
    ['工作室上月和一家发行商达成了海外发行的战略合作。', ['战略合作 | (zh-partnership) → keep']],
    ['去年秋天，两家动画公司宣布达成战略级合作，共同开发三部新番。', ['合作 | (zh-partnership) → drop: cooperation, no partnership reached']],
    // 合作伙伴关系 reached with a party is one arrangement; one talked about is not.
    ['随后，这家游戏公司又和一家日本工作室达成合作伙伴关系。', ['合作伙伴关系 | (zh-weak) → keep']],
    ['两家公司目前仍在商谈建立合作伙伴关系的可能。', ['伙伴关系 | (zh-weak) → drop: no quantifier or modifier']],
    // A counted demonstrative (这笔, 这两笔) right before 交易 points at the deals already told.
    ['一家面板厂商的发言人拒绝证实这笔交易。', ['这笔交易 | (zh-weak) → keep']],
    ['这两笔交易让该厂商的出货量翻了一番。', ['这两笔交易 | (zh-weak) → keep']],
    ['厂商的发言人拒绝评论平台上的交易。', ['交易 | (zh-weak) → drop: a kind of trade, no parties']],
    // The reader's own contract (发给你的) is anyone's; a firm's signed one is one.
    ['那张中介发给你的租房合同，一定要逐条核对。', ['合同 | (zh-weak) → drop: an agreement of the reader, a kind']],
    ['这家公司与对方签署的租房合同已经生效。', ['租房合同 | (zh-weak) → keep']],
    // A template's 本合同 between 甲方 and 乙方; a board's 本协议 beside named parties is one.
    ['甲方将仓库出租给乙方使用，双方据此订立本合同。', ["合同 | (zh-weak) → drop: a form's own words"]],
    ['公司董事会审议通过了本协议，三方将于下月完成交割。', ['本协议 | (zh-strong) → keep']],
    // Sample texts gathered for readers.
    ['下面是小编整理的门面租赁合同，供大家参考。', ['合同 | (zh-weak) → drop: a sample text gathered for readers']],
    ['这家连锁超市与供货商签订的采购合同价值3000万元。', ['采购合同 | (zh-weak) → keep']],
    // A share of contracts counted is many of them.
    ['调查发现，仅四成的合同写明了违约金的计算方法。', ['合同 | (zh-weak) → drop: a share of agreements, many']],
    ['抽查显示，只有两成的装修合同约定了工期延误的赔偿。', ['合同 | (zh-weak) → drop: a share of agreements, many']],
    // The type or purpose of agreements is said of a kind; the content of one pointed at is that one's.
    ['本文将介绍出版社之间版权协议的类型和签订这些协议的目的。', ['协议 | (zh-strong) → drop: the type or purpose of a kind', '协议 | (zh-strong) → drop: the type or purpose of a kind']],
    ['该协议的内容已于昨日公布。', ['该协议 | (zh-strong) → keep']],
    // The genus of a predicate (是一个…的合同) is a kind; one counted with its value is one.
    ['简单来说，分成不过是一个包含期限、地域和比例的授权合同。', ['合同 | (zh-weak) → drop: the genus of a predicate, a kind']],
    ['这是一份价值20亿元的供货合同。', ['一份价值20亿元的供货合同 | (zh-weak) → keep | 2000000000 CNY']],
    // A step of a procedure after the signing; a signing by definite parties with its outcome is one.
    ['外贸专员须在签订销售合同后进行备货。', ['合同 | (zh-weak) → drop: a step of a procedure']],
    ['两家公司签订销售合同后，股价双双上涨。', ['销售合同 | (zh-weak) → keep']],
    // 合同约束 (contractual constraint) is a noun the word modifies, not 合同约束着 (a contract binds).
    ['两份协议的条款之间存在合同约束不足的问题。', ['两份协议 | (zh-strong) → keep', '合同 | (zh-weak) → drop: modifies the next word']],
    // A term defined after 所谓, even with the countries of its kind named; a joint venture of two
    // countries' owners, or one whose running or staff is talked about, is a kind of company.
    ['所谓中美合资企业，是指中美两国投资者共同出资设立的企业。', ['合资企业 | (zh-strong) → drop: a kind of agreement, not one', '投资 | (zh-money) → drop: a definition of a kind']],
    ['在普遍印象中，中德合资企业的待遇较好。', ['合资企业 | (zh-strong) → drop: a kind of company']],
    ['他们的收入直接关系到合资企业的运营效率。', ['合资企业 | (zh-strong) → drop: a kind of company']],
    ['去年成立的那家中德合资企业已经投产。', ['那家中德合资企业 | (zh-strong) → keep']],
    ['这家合资企业的运营效率去年提高了一成。', ['这家合资企业 | (zh-strong) → keep']],
  ]);
});

describe('audit-med-zh: policy clauses, covenants of faith, negated alternatives and trends', () => {
  ruled([
    // An insurance policy's own clauses name its parties by role and point at its own contract.
    ['被保险人身故的，本合同自身故之日起终止。', ['合同 | (zh-weak) → drop: a policy\'s own clause']],
    ['投保人可在犹豫期内书面申请解除本协议。', ['协议 | (zh-strong) → drop: a policy\'s own clause']],
    ['在本合同保险期间内发生的意外伤害，均属保障范围。', ['合同 | (zh-weak) → drop: a policy\'s own clause']],
    // A company's own announcement of its contract names no policy role; a report names the insurer.
    ['本合同的履行将有利于公司铝材业务的长期发展。', ['本合同 | (zh-weak) → keep']],
    ['投保人与宏泰保险公司签署了该合同。', ['该合同 | (zh-weak) → keep']],
    // A covenant between God and people is no deal; the same words between two firms are.
    ['耶和华与挪亚之间立下的新约永不改变。', ['新约 | (zh-weak) → drop: a covenant of faith']],
    ['星河矿业与远洋物流之间的协议永不改变。', ['与远洋物流之间的协议 | (zh-strong) → keep']],
    // A negated alternative right before the phrase.
    ['这份文件并非供货协议，只是一封意向信。', ['协议 | (zh-strong) → drop: a negated alternative']],
    ['这份文件是一份供货协议，已由双方签字。', ['一份供货协议 | (zh-strong) → keep']],
    // A prenuptial or divorce contract is a family arrangement, whatever its word (协议, 合约, 合同).
    ['她与未婚夫签下的婚前合约已经公证。', ['合约 | (zh-weak) → drop: a family arrangement']],
    ['她与星光影业签下的演出合约已经公证。', ['演出合约 | (zh-weak) → keep']],
    // A trend of a class of deals; one deal's phrase pointed at keeps its trend.
    ['近年来医药企业的并购交易持续增长。', ['并购 | (zh-acquisition) → drop: a trend of a class of deals', '交易 | (zh-weak) → drop: a trend of a class of deals']],
    ['这笔并购交易持续升温，双方已进入尽职调查。', ['这笔并购交易 | (zh-weak) → keep']],
  ]);
});

describe('commentary on kinds of agreements (legal and policy prose)', () => {
  ruled([
    // A legal category named by its modifier alone is a class of the law's; one pointed at or signed is a deal.
    ['行政协议的识别标准一直众说纷纭。', ['协议 | (zh-strong) → drop: a legal category of agreement']],
    ['县政府与华达公司上月签订的行政协议已报市里备案。', ['行政协议 | (zh-strong) → keep']],
    ['仲裁协议独立于主合同而存在。', ['协议 | (zh-strong) → drop: a legal category of agreement', '合同 | (zh-weak) → drop: no quantifier or modifier']],
    ['该仲裁协议已由双方签字确认。', ['该仲裁协议 | (zh-strong) → keep']],
    ['影视公司的对赌式合同在业内颇为流行。', ['合同 | (zh-weak) → drop: a legal category of agreement']],
    // 对赌 is one word: the phrase takes it in, not the preposition 对.
    ['对赌协议在私募投资中渐渐流行。', ['协议 | (zh-strong) → drop: a legal category of agreement', '投资 | (zh-money) → drop: money word without a quantifier, value or lender']],
    ['恒远资本与星河锂业签订的对赌协议于去年到期。', ['对赌协议 | (zh-strong) → keep']],
    // (Review) Its parties named before it, with no verb of signing, make it one agreement.
    ['星河锂业与投资人的对赌协议的效力引发争议。', ['与投资人的对赌协议 | (zh-strong) → keep', '投资 | (zh-money) → drop: part of another word']],
    ['双方达成仲裁协议，约定在新加坡仲裁。', ['仲裁协议 | (zh-strong) → keep']],
    // A question of law right after the phrase (its validity, its legal nature) is asked of the kind.
    ['特许经营协议的效力问题困扰着许多地方政府。', ['协议 | (zh-strong) → drop: a question of law about a kind of agreement']],
    ['在理论界，承包协议的可履行性争议不断。', ['协议 | (zh-strong) → drop: a question of law about a kind of agreement']],
    ['该特许经营协议的效力已获法院确认。', ['该特许经营协议 | (zh-strong) → keep']],
    ['这份特许经营协议的效力已获法院确认。', ['这份特许经营协议 | (zh-strong) → keep']],
    // A term defined or given another name; a signing told keeps the agreement.
    ['框架协议，简言之，即为后续合作定下规则的文件。', ['框架协议 | (zh-strong) → drop: a term defined']],
    ['两家矿企签署了框架协议，即日起生效。', ['框架协议 | (zh-strong) → keep']],
    // What a kind serves as (a means, a tool); one pointed at serving as a basis is still one.
    ['委托协议作为一种融资工具，被不少企业采用。', ['协议 | (zh-strong) → drop: a kind of agreement as a means', '融资 | (zh-money) → drop: a kind of agreement, not one']],
    ['该协议作为双方合作的基础，将于明年续签。', ['该协议 | (zh-strong) → keep']],
  ]);
});

describe("stakes in company-law rules", () => {
  ruled([
    // The shareholders of a rule (股东以外的人, 未经其他股东同意) hold any stake; a firm selling its share
    // sells one, and so does a firm buying one with the others' approval (review).
    ['向股东以外的人转让股权，须经其他股东过半数同意。', ['股权 | (zh-stake) → drop: a holding of any shareholder, in a rule']],
    ['未经其他股东同意转让的股权，其效力待定。', ['股权 | (zh-stake) → drop: a holding of any shareholder, in a rule']],
    ['金山矿业拟向新华控股转让其所持30%股权。', ['新华控股转让其所持30%股权 | (zh-stake) → keep']],
    ['宏达集团经董事会同意转让股权给远洋资本。', ['宏达集团经董事会同意转让股权 | (zh-stake) → keep']],
    ['经其他股东同意，洛阳钼业收购其股权。', ['其股权 | (zh-stake) → keep', '收购 | (zh-acquisition) → drop: a verb here, not an acquisition']],
  ]);
});

describe('a weak deal word signed right after it, and a market busy or quiet', () => {
  ruled([
    // The word as the subject of its signing, told as news, is that one document.
    ['两国海上划界议定书正式签署。', ['两国海上划界议定书 | (zh-weak) → keep']],
    ['东线天然气供应合同日前签订，为期三十年。', ['东线天然气供应合同 | (zh-weak) → keep']],
    // A signing as a point in time belongs to a rule about any contract.
    ['劳动合同签订后，单位应在一个月内办理社保。', ['合同 | (zh-weak) → drop: no quantifier or modifier']],
    ['租赁合同签署之日起，承租人即应付租金。', ['合同 | (zh-weak) → drop: no quantifier or modifier']],
    // Trading said to be busy or thin is a market's; a transaction that livens one is a deal.
    ['该股午后交易清淡，成交额明显萎缩。', ['交易 | (zh-weak) → drop: a market\'s trading']],
    ['这笔交易活跃了沉寂已久的并购市场。', ['这笔交易 | (zh-weak) → keep', '并购 | (zh-acquisition) → drop: modifies a noun of the field']],
  ]);
});

describe('the market of acquisitions', () => {
  ruled([
    // 并购市场 and 并购活动 are the field's, not one acquisition; one pointed at stays one.
    ['沉寂已久的并购市场开始回暖。', ['并购 | (zh-acquisition) → drop: modifies a noun of the field']],
    ['这次并购市场反应积极。', ['这次并购 | (zh-acquisition) → keep']],
  ]);
});

describe('protocols of devices and programs on a chain', () => {
  ruled([
    // A wireless standard named in Latin letters, perhaps with its version, before 协议 is a protocol.
    ['新款网关支持Wi-Fi 6协议，传输更稳定。', ['协议 | (zh-strong) → drop: a user agreement or a protocol']],
    ['这家芯片厂与两家车企签署了供货协议。', ['供货协议 | (zh-strong) → keep']],
    // 智能合约 is a program on a blockchain; a contract for smart things is still a contract.
    ['一份智能合约被黑客利用，损失超过千万美元。', ['合约 | (zh-weak) → drop: a smart contract, a program']],
    ['该公司与市政府签署了一份智能路灯改造合同。', ['一份智能路灯改造合同 | (zh-weak) → keep']],
  ]);
});

describe('audit-sportzh: the term and clauses of one contract, averages, 签定, a deal awaiting approval, private equity', () => {
  ruled([
    // A contract pointed at (的, a count, a term in numbers) before its term or clauses is that one
    // contract; a bare 合同 before 期限 is a term of any contract.
    ['双方的首份合同期限为五年。', ['双方的首份合同 | (zh-weak) → keep']],
    ['据悉双方的首次合同期限为五年。', ['据悉双方的首次合同 | (zh-weak) → keep']],
    ['新的合约条款规定了肖像权的分成比例。', ['新的合约 | (zh-weak) → keep']],
    ['这名后卫在5年合同期内只出场了12次。', ['5年合同 | (zh-weak) → keep']],
    ['合同期限届满后，员工可以选择续签。', ['合同 | (zh-weak) → drop: modifies the next word']],
    // An average over a league's contracts is no one contract; one player's is.
    ['联赛球员的平均合同年限为三年。', ['合同 | (zh-weak) → drop: an average of many']],
    ['这名中锋的合同年限为三年。', ['这名中锋的合同 | (zh-weak) → keep']],
    // 签定 (a common spelling of 签订) is a signing verb: the term after it is the contract's.
    ['俱乐部与这名门将签定3年合同。', ['3年合同 | (zh-weak) → keep']],
    ['俱乐部与这名门将签定合同。', ['合同 | (zh-weak) → drop: no quantifier or modifier']],
    // 作为交易的一部分: part of the deal, one deal; 交易的一部分款项 names no deal.
    ['作为交易的一部分，买方将承担卖方的债务。', ['交易 | (zh-weak) → keep']],
    ['交易的一部分款项已经支付。', ['交易 | (zh-weak) → drop: no quantifier or modifier']],
    // A bare 交易 opening its clause with an approval still awaited is one deal under way; not
    // every 交易 with a condition after it.
    ['交易尚需获得股东大会批准。', ['交易 | (zh-weak) → keep']],
    ['公司出售子公司股权，交易仍需监管部门审批。', ['子公司股权 | (zh-stake) → keep', '交易 | (zh-weak) → keep']],
    ['交易尚未完成。', ['交易 | (zh-weak) → drop: no quantifier or modifier']],
    ['交易需要双方同意。', ['交易 | (zh-weak) → drop: no quantifier or modifier']],
    // 私募股权 is private equity, a kind of finance; a share of a company bought is a stake.
    ['美国私募股权机构纷纷入场。', ['股权 | (zh-stake) → drop: private equity, a kind of finance']],
    ['该机构收购了这家公司30%的股权。', ['这家公司30%的股权 | (zh-stake) → keep', '收购 | (zh-acquisition) → drop: a verb here, not an acquisition']],
  ]);
});

describe('audit-govzh: a round of signings counted, and a memorandum between states', () => {
  ruled([
    // 协议金额, 协议总金额, 正式协议项目12个: the money or projects of a round of signings, not one agreement.
    ['今年一季度全区签约项目27个，协议金额达到46亿元。', ['协议 | (zh-strong) → drop: a sum of a round of signings']],
    ['园区当天集中签约，协议总金额为18.2亿元。', ['协议 | (zh-strong) → drop: a sum of a round of signings']],
    ['招商会上签订正式协议项目12个。', ['协议 | (zh-strong) → drop: a sum of a round of signings']],
    ['该县签约正式项目12个，意向协议项目5个。', ['协议 | (zh-strong) → drop: a sum of a round of signings']],
    // One agreement's amount: a demonstrative or a clause with 的 before it.
    ['两家企业签署的协议金额为3亿元。', ['协议 | (zh-strong) → keep']],
    ['该协议总金额约为9亿元。', ['该协议 | (zh-strong) → keep']],
    // A memorandum whose title names a country is one between states, not a rule's title.
    ['两国外长签署了《中华人民共和国政府和蒙古国政府关于矿产资源合作的谅解备忘录》。', ['关于矿产资源合作的谅解备忘录 | (zh-strong) → keep']],
    ['各部门联合签署了《关于对失信企业实施联合惩戒的合作备忘录》。', ['合作备忘录 | (zh-strong) → drop: in the title of a rule']],
  ]);
});

describe('audit-techzh: protocols of networks and devices, open-source licences, code on a chain', () => {
  ruled([
    // A layer or kind of a network's protocol before 协议; a supply agreement for network gear stays.
    ['路由器按照传输层协议重新排序数据包。', ['协议 | (zh-strong) → drop: a user agreement or a protocol']],
    ['交换机厂商与电信运营商签订了以太网设备采购协议。', ['以太网设备采购协议 | (zh-strong) → keep']],
    ['这款网关同时支持以太网协议和私有协议。', ['协议 | (zh-strong) → drop: a user agreement or a protocol', '协议 | (zh-strong) → drop: a user agreement or a protocol']],
    // An open-source licence, and a licence named in Latin letters apart from the word (MIT 协议);
    // a patent licence between two firms is a deal.
    ['这个图表库遵循开源协议，可以免费商用。', ['协议 | (zh-strong) → drop: a user agreement or a protocol']],
    ['该组件采用 MIT 协议发布，源码托管在代码平台上。', ['协议 | (zh-strong) → drop: a user agreement or a protocol']],
    ['两家车企签署了专利许可协议，授权费未披露。', ['专利许可协议 | (zh-strong) → keep']],
    // A charging or audio protocol by its Latin name, a version or a hyphened suffix after it.
    ['这款充电头兼容 QC 3.0 协议，也支持 USB-PD 3.0 协议。', ['协议 | (zh-strong) → drop: a user agreement or a protocol', '协议 | (zh-strong) → drop: a user agreement or a protocol']],
    ['耳机只能以 SBC 协议连接旧款手机。', ['协议 | (zh-strong) → drop: a user agreement or a protocol']],
    // Latin initials that are no protocol's name keep the agreement (a trade agreement by its initials).
    ['越南与欧盟的EVFTA协议已于去年生效。', ['与欧盟的EVFTA协议 | (zh-strong) → keep']],
    // A protocol's family, message or fields: the word modifies the next noun.
    ['网络课程讲解了协议族的分层设计。', ['协议 | (zh-strong) → drop: modifies the next word']],
    // A contract called, deployed or found at an address is code on a chain; a signed one is not.
    ['钱包会先校验合约地址，再发起合约调用。', ['合约 | (zh-weak) → drop: a smart contract, a program', '合约 | (zh-weak) → drop: a smart contract, a program']],
    ['该矿企与贸易商签订的三年期合约已经生效。', ['三年期合约 | (zh-weak) → keep']],
    // The outputs and hash of a transaction on a chain; a transaction between firms stays.
    ['节点会检查这笔交易输出是否已被花费。', ['交易 | (zh-weak) → drop: a transaction on a chain']],
    ['双方确认这笔交易已于上周完成交割。', ['这笔交易 | (zh-weak) → keep']],
  ]);
});

describe('(review, stop 37) 签定, memorandums of states, rules of any contract, protocol words, sums of signings', () => {
  ruled([
    // 签定 (a spelling of 签订) in every list of signing verbs: negated, and signed by parties.
    ['两家矿企未能签定供货协议，谈判破裂。', ['协议 | (zh-strong) → drop: negated']],
    ['两国没有签定自由贸易协定。', ['协定 | (zh-strong) → drop: negated']],
    ['公司与赣锋锂业签定了锂精矿长期供货合同。', ['锂精矿长期供货合同 | (zh-weak) → keep']],
    // A memorandum's title names two states, or one joined to another party; an organ of a state issues a rule.
    ['市场关注《中国证监会关于上市公司并购重组的监管备忘录》。', ['并购 | (zh-acquisition) → drop: in the title of a rule', '备忘录 | (zh-weak) → drop: in the title of a rule']],
    ['双方签署了《关于中国和印尼加强矿业合作的备忘录》。', ['印尼加强矿业合作的备忘录 | (zh-weak) → keep']],
    // A contract's term or clauses under a rule's modal are any contract's; 双方的 must open the modifiers.
    ['在买卖双方的合同条款中应明确质量标准。', ['合同 | (zh-weak) → drop: modifies the next word']],
    ['一份合同期限不得超过三年。', ['合同 | (zh-weak) → drop: modifies the next word']],
    // An approval awaited after a rule cited (根据新规) is asked of any deal; one still awaited is of one.
    ['根据新规，交易需报请商务部审批。', ['交易 | (zh-weak) → drop: no quantifier or modifier']],
    ['交易尚需获得股东大会批准。', ['交易 | (zh-weak) → keep']],
    // Protocol words that are also a deal's (接收, 混合, 私有) give way to a signing or a pointer before them.
    ['双方签署了资产接收协议，矿山将于明年移交。', ['资产接收协议 | (zh-strong) → keep']],
    ['这份混合协议涵盖了铜矿和钴矿的开采权。', ['这份混合协议 | (zh-strong) → keep']],
    ['该软件采用私有协议传输数据。', ['协议 | (zh-strong) → drop: a user agreement or a protocol']],
    // The sum of a round of signings, but not a bare 协议 after one agreement kept in the sentence.
    ['公司与特斯拉签订锂精矿采购协议，协议金额为5亿元。', ['锂精矿采购协议 | (zh-strong) → keep', '协议 | (zh-strong) → keep']],
    ['本届投洽会签约项目120个，协议金额超过300亿元。', ['协议 | (zh-strong) → drop: a sum of a round of signings']],
    // An annex is part of any contract; a buyer's debts are part of one deal.
    ['附件作为合同的一部分，具有同等法律效力。', ['合同 | (zh-weak) → drop: no quantifier or modifier']],
    ['作为交易的一部分，买方将承担卖方的债务。', ['交易 | (zh-weak) → keep']],
  ]);
});

describe('(second review, stop 37) a filing of the company is no rule, organs joined in the title of a memorandum, sums after counted agreements', () => {
  ruled([
    // A filing cited (根据公告) or 需 alone before an approval keeps the deal; organs joined by 与 are parties; a contract's own duties (应收) are no rule's; a count between agreement and bare 协议 makes it the round's; 达成 reaches no protocol.
    ['根据公告，交易尚需获得股东大会批准。', ['交易 | (zh-weak) → keep']],
    ['赣锋锂业宣布收购阿根廷锂矿项目，交易需获得阿根廷政府批准。', ['交易 | (zh-weak) → keep', '收购 | (zh-acquisition) → drop: a verb here, not an acquisition']],
    ['两国签署《中国海关与澳大利亚海关关于矿产品检验的谅解备忘录》。', ['关于矿产品检验的谅解备忘录 | (zh-strong) → keep']],
    ['双方的合同有效期内应收账款由买方担保。', ['双方的合同 | (zh-weak) → keep']],
    ['按照劳动法，双方的合同期限应依法约定。', ['合同 | (zh-weak) → drop: modifies the next word']],
    ['博览会期间签署合作协议12项，协议金额达120亿元。', ['合作协议 | (zh-strong) → keep', '协议 | (zh-strong) → drop: a sum of a round of signings']],
    ['为达成更高的传输速率，厂商在路由器里采用了私有协议。', ['协议 | (zh-strong) → drop: a user agreement or a protocol']],
  ]);
});

describe('(audit of encyclopedia and explainer text, stop 38) definitions, glosses, terms and counts of a kind', () => {
  ruled([
    // A definition by a bare 指 after the term: its genus is a kind; a side that 指出 (points out) defines nothing.
    ['狭义合同指平等主体之间设立民事权利义务的协议。', ['合同 | (zh-weak) → drop: no quantifier or modifier', '协议 | (zh-strong) → drop: the genus of a definition']],
    ['美方指出，双方的协议已经生效。', ['双方的协议 | (zh-strong) → keep']],
    // A glossary's label (释义：) opens a definition.
    ['公约释义：多个国家为共同事项缔结的协议。', ['协议 | (zh-strong) → drop: the genus of a definition']],
    ['两国签署了关于共同开发锂矿的协议。', ['关于共同开发锂矿的协议 | (zh-strong) → keep']],
    // Parties of any number (两个或两个以上) are a definition's; two named firms sign one.
    ['由两个或两个以上企业共同签订的合作协议，称为联营协议。', ['协议 | (zh-strong) → drop: parties of any number, a kind', '协议 | (zh-strong) → drop: a name for a kind of agreement']],
    ['由两家企业共同签订的合作协议今天生效。', ['合作协议 | (zh-strong) → keep']],
    // Examples after a comma (，如…、…) illustrate a class; 如 before a verb is "if".
    ['由政府一方与企业订立的合同，如特许经营合同、采购合同，属于行政合同。', ['合同 | (zh-weak) → drop: a kind illustrated by examples', '合同 | (zh-weak) → drop: no quantifier or modifier', '合同 | (zh-weak) → drop: said of a kind of agreement', '合同 | (zh-weak) → drop: a legal category of agreement']],
    ['双方签订的合同，如获批准，将于明年生效。', ['合同 | (zh-weak) → keep']],
    // A class named by its nature (担保性质的合同), unless one is signed with a party.
    ['抵押合同等担保性质的合同适用物权规则。', ['合同 | (zh-weak) → drop: said of a kind of agreement', '合同 | (zh-weak) → drop: a kind named by its nature']],
    ['该公司与银行签下一份担保性质的合同。', ['一份担保性质的合同 | (zh-weak) → keep']],
    // Contracts of different types are a kind.
    ['律师会针对不同类型合同给出建议。', ['合同 | (zh-weak) → drop: a kind of agreement, not one']],
    ['律师审查了这份合同。', ['这份合同 | (zh-weak) → keep']],
    // 同 of 合同 is no preposition: a legal category stays a category after “合同编”; 同 before a party is one.
    ['在“合同编”里所规定的有名合同共有十九种。', ['合同 | (zh-weak) → drop: no quantifier or modifier', '合同 | (zh-weak) → drop: a legal category of agreement']],
    ['锂业公司同嘉能可的对赌协议引发关注。', ['锂业公司同嘉能可的对赌协议 | (zh-strong) → keep']],
    // A stock signed so far, counted in tens or hundreds; two are counted agreements.
    ['中国已经签署了一百多个双边投资协定。', ['投资 | (zh-money) → drop: a count of agreements signed so far', '协定 | (zh-strong) → drop: a count of agreements signed so far']],
    ['中国已经签署了两个双边投资协定。', ['两个双边投资协定 | (zh-strong) → keep', '投资 | (zh-money) → drop: money word without a quantifier, value or lender']],
    // Signed with abroad (对外签署的): one with each partner; with one country named, one.
    ['日本对外签署的经济伙伴关系协定大多包含投资章节。', ['伙伴关系 | (zh-weak) → drop: signed with abroad, many', '协定 | (zh-strong) → drop: signed with abroad, many', '投资 | (zh-money) → drop: signed with abroad, many']],
    ['日本与澳大利亚签署的经济伙伴关系协定包含投资章节。', ['经济伙伴关系协定 | (zh-strong) → keep', '投资 | (zh-money) → drop: money word without a quantifier, value or lender']],
    // 协定关税, a treaty tariff: 协定 modifies it.
    ['协定关税使进口税率长期被锁定。', ['协定 | (zh-strong) → drop: modifies the next word']],
    ['两国签署的协定将关税降至零。', ['协定 | (zh-strong) → keep']],
    // M&A as a field (起步较晚, 并购环境) and a wave of many, even pointed at (这次的并购浪潮).
    ['我国的并购起步较晚。', ['并购 | (zh-acquisition) → drop: modifies a noun of the field']],
    ['我国企业的这次并购进展顺利。', ['这次并购 | (zh-acquisition) → keep']],
    ['在这次的并购浪潮中，许多矿企被整合。', ['并购 | (zh-acquisition) → drop: a wave of many']],
    ['这次的并购完成后，矿企产能翻倍。', ['这次的并购 | (zh-acquisition) → keep']],
    // Another company's shares (另一家公司的股份) are any company's; a share of them bought is a stake.
    ['收购是指购买另一家公司的股份以取得控制权。', ['收购 | (zh-acquisition) → drop: said of a kind of agreement', '股份 | (zh-stake) → drop: a holding in any company']],
    ['紫金矿业购买了另一家锂矿公司51%的股份。', ['另一家锂矿公司51%的股份 | (zh-stake) → keep']],
    // 股权转移 as a noun is a kind of transfer; moved to a taker (转移给) it is a stake.
    ['股权转移须办理变更登记。', ['股权 | (zh-stake) → drop: a kind of transfer']],
    ['公司将所持股权转移给母公司。', ['所持股权 | (zh-stake) → keep']],
    // 股权交易的成本: a kind of trade; one trade pointed at keeps its deal.
    ['相比资产交易，股权交易的成本低。', ['交易 | (zh-weak) → drop: no quantifier or modifier', '股权 | (zh-stake) → drop: a kind of trade', '交易 | (zh-weak) → drop: no quantifier or modifier']],
    ['公司以5亿元完成了这笔股权交易。', ['这笔股权交易 | (zh-weak) → keep | 500000000 CNY', '股权 | (zh-stake) → drop: no transaction or share']],
    // By agreement (通过协议取得): a manner; a parliament passing one (通过协议后) approves an agreement.
    ['企业可以通过协议取得特许经营权。', ['协议 | (zh-strong) → drop: by agreement, a manner', '特许经营权 | (zh-weak) → drop: no quantifier or modifier']],
    ['国会通过协议后，关税将下调。', ['协议 | (zh-strong) → keep']],
    // A quoted term talked about (“…协议”这一表述); one signed in quotes is a deal.
    ['新法首次引入了“特许经营协议”这一表述。', ['协议 | (zh-strong) → drop: a word talked about']],
    ['双方签署了“特许经营协议”。', ['特许经营协议 | (zh-strong) → keep']],
    // Advice to sign reaches a title in 《》 as it reaches a bare one.
    ['在实践中，股份转让需要签订《股权转让协议》。', ['股份 | (zh-stake) → drop: a kind of transfer', '股权 | (zh-stake) → drop: advice to sign one, not a signing', '协议 | (zh-strong) → drop: advice to sign one, not a signing']],
    ['双方已签订《股权转让协议》。', ['股权转让协议 | (zh-strong) → keep', '股权 | (zh-stake) → drop: the matter of an agreement']],
    // A term opening the sentence before its definition (指, 是…设立的企业); 指出 points something out.
    ['特许权协议指政府授权企业建设并经营公共设施的协议。', ['协议 | (zh-strong) → drop: a term defined', '协议 | (zh-strong) → drop: the genus of a definition']],
    ['特许权协议指出的期限已经届满。', ['特许权协议 | (zh-strong) → keep']],
    ['合资企业是外国投资者与本国投资者共同投资设立的企业。', ['合资企业 | (zh-strong) → drop: a term defined', '投资 | (zh-money) → drop: part of another word', '投资 | (zh-money) → drop: part of another word', '投资 | (zh-money) → drop: money word without a quantifier, value or lender']],
    ['合资企业是在两国元首见证下签约的。', ['合资企业 | (zh-strong) → keep']],
    // 之一: the class one thing belongs to, not the thing.
    ['该协议是两国迄今最大的能源协议之一。', ['该协议 | (zh-strong) → keep', '协议 | (zh-strong) → drop: the class of one of its members']],
    ['两国签署了最大的能源协议。', ['最大的能源协议 | (zh-strong) → keep']],
    // A term, its gloss in brackets, then its genus (是…的国际条约); with its gloss and a signing, one.
    ['双边投资协定(Bilateral Investment Treaty)是两国为保护投资而签署的国际条约。', ['Investment | (money) → drop: money word without value, named party or transaction verb', '投资 | (zh-money) → drop: money word without a quantifier, value or lender', '协定 | (zh-strong) → drop: a term defined', '投资 | (zh-money) → drop: money word without a quantifier, value or lender']],
    ['双边投资协定(BIT)今天在北京签署。', ['双边投资协定 | (zh-strong) → keep', '投资 | (zh-money) → drop: money word without a quantifier, value or lender']],
    // Not concluded (未订立, 尚未缔结) is no deal; 缔结 ends the phrase as 订立 does.
    ['两国至今未订立正式协定。', ['协定 | (zh-strong) → drop: negated']],
    ['两国去年订立了正式协定。', ['正式协定 | (zh-strong) → keep']],
    ['两国尚未缔结自由贸易协定。', ['协定 | (zh-strong) → drop: negated']],
    ['两国缔结的自由贸易协定明年生效。', ['自由贸易协定 | (zh-strong) → keep']],
  ]);
});

describe('(review, stop 38) a signing told, a named venture, another firm bought, the tariffs of a named agreement, 不同 and 不同意', () => {
  ruled([
    ['两国协议指定中国银行为人民币清算行，双方还签署了货币互换协议。', ['两国协议 | (zh-strong) → keep', '货币互换协议 | (zh-strong) → keep']],
    ['中俄条约是两国关系的基石，两国本周还签署了能源合作协议。', ['能源合作协议 | (zh-strong) → keep']],
    ['针对条款释义，洛阳钼业与刚果（金）国家矿业公司签署了补充协议。', ['补充协议 | (zh-strong) → keep']],
    ['为规避美国或其他国家的制裁，天齐锂业与智利SQM签署了股权收购协议。', ['协议 | (zh-strong) → keep', '股权 | (zh-stake) → drop: the matter of an agreement', '收购 | (zh-acquisition) → drop: a verb here, not an acquisition']],
    ['印尼与日本或其他国家签署的协议均须经国会批准，而青山集团的投资协议已获批。', ['而青山集团的投资协议 | (zh-strong) → keep', '协议 | (zh-strong) → drop: parties of any number, a kind', '投资 | (zh-money) → drop: money word without a quantifier, value or lender']],
    ['青山集团与淡水河谷签署了合作协议，例如共同开发苏拉威西镍矿。', ['合作协议 | (zh-strong) → keep']],
    ['公司已与宁德时代签订了为期12个月的锂精矿供货合同。', ['为期12个月的锂精矿供货合同 | (zh-weak) → keep']],
    ['赣锋锂业已签署价值12个亿的锂盐供货合同。', ['价值12个亿的锂盐供货合同 | (zh-weak) → keep']],
    ['中国已签署涵盖15个国家的区域全面经济伙伴关系协定。', ['涵盖15个国家的区域全面经济伙伴关系协定 | (zh-strong) → keep']],
    ['这是中国对外签署的规模最大的自贸协定。', ['规模最大的自贸协定 | (zh-strong) → keep']],
    ['中刚合资企业（华刚矿业）是由中国中铁、中国电建与刚果国家矿业公司共同设立的企业。', ['中刚合资企业 | (zh-strong) → keep']],
    ['紫金矿业本月还收购了另一家加拿大矿企的股权。', ['另一家加拿大矿企的股权 | (zh-stake) → keep', '收购 | (zh-acquisition) → drop: a verb here, not an acquisition']],
    ['洛阳钼业所持TFM股权转移手续已办理完毕。', ['洛阳钼业所持TFM股权 | (zh-stake) → keep']],
    ['嘉能可出售Mutanda股权交易价格为5亿美元。', ['Mutanda股权 | (zh-stake) → keep', '交易 | (zh-weak) → drop: modifies the next word']],
    ['中澳自贸协定关税全部取消后，澳大利亚锂精矿出口增长30%。', ['中澳自贸协定 | (zh-strong) → keep']],
    ['中国与不同类型的伙伴缔结了关键矿产协议。', ['关键矿产协议 | (zh-strong) → keep']],
    ['两国不同意缔结新的稀土协议。', ['协议 | (zh-strong) → drop: negated']],
    ['中国已与不同国家签署了双边投资协定。', ['双边投资协定 | (zh-strong) → keep', '投资 | (zh-money) → drop: money word without a quantifier, value or lender']],
  ]);
});

describe('(second review, stop 38) textbook wording stays a kind, news told after a definition is a deal, counts round or exact, a holding named', () => {
  ruled([
    ['当两个或两个以上国家签订了自由贸易协定，就形成了自由贸易区。', ['协定 | (zh-strong) → drop: parties of any number, a kind']],
    ['二战后，各国签订了大量双边投资协定，如中德协定、中英协定。', ['如中德协定 | (zh-strong) → keep', '中英协定 | (zh-strong) → keep', '投资 | (zh-money) → drop: money word without a quantifier, value or lender', '协定 | (zh-strong) → drop: a kind illustrated by examples']],
    ['历史上，中国与列强签订的不平等协定，如《南京条约》、《马关条约》，给中国带来了深重灾难。', ['协定 | (zh-strong) → drop: a kind illustrated by examples']],
    ['青山集团与淡水河谷签署合作协议，例如共同开发苏拉威西镍矿。', ['合作协议 | (zh-strong) → keep']],
    ['截至目前，中国已签署了近20个自贸协定。', ['协定 | (zh-strong) → drop: a count of agreements signed so far']],
    ['一家公司收购另一家公司的股权，称为股权收购。', ['收购 | (zh-acquisition) → drop: a verb here, not an acquisition', '股权 | (zh-stake) → drop: a holding in any company', '股权 | (zh-stake) → drop: a name for a kind of agreement', '收购 | (zh-acquisition) → drop: a name for a kind of agreement']],
    ['国有股东所持股权转移应当报国资委审批。', ['股权 | (zh-stake) → drop: a kind of transfer']],
    ['企业可申请享受自贸协定关税优惠。', ['协定 | (zh-strong) → drop: modifies the next word']],
    ['合资企业（又称合营企业）是由两家或两家以上公司共同出资设立的企业。', ['合资企业 | (zh-strong) → drop: a term defined']],
    ['中国对外签署的最主要的经贸协定包括自贸协定和投资协定。', ['协定 | (zh-strong) → drop: signed with abroad, many', '协定 | (zh-strong) → drop: signed with abroad, many', '投资 | (zh-money) → drop: signed with abroad, many', '协定 | (zh-strong) → drop: signed with abroad, many']],
    ['中俄条约是两国关系的基石，两国本周签署能源合作协议。', ['能源合作协议 | (zh-strong) → keep']],
    ['续租合同是在原合同到期后，租户与房东重新协商达成的新协议。', ['合同 | (zh-weak) → drop: no quantifier or modifier', '合同 | (zh-weak) → drop: the genus of a definition', '协议 | (zh-strong) → drop: the genus of a definition']],
    ['中国与不同类型的伙伴缔结了关键矿产协议。', ['关键矿产协议 | (zh-strong) → keep']],
  ]);
});

describe('(audit of market reports, stop 39) one deal priced or completed, premiums of long-term orders', () => {
  ruled([
    // The stated price of the one deal pointed at; a price judged, with no sum, stays a kind of price.
    ['本次交易价格为每股8.5元。', ['本次交易 | (zh-weak) → keep']],
    ['本次交易价格偏高。', ['交易 | (zh-weak) → drop: modifies the next word']],
    // 交易 opening its clause, completed, with the holding it gives: one deal; points a buyer earns are any sale's.
    ['交易完成后，该公司将持有目标矿企60%的股权。', ['交易 | (zh-weak) → keep', '目标矿企60%的股权 | (zh-stake) → keep']],
    ['交易完成后，买家将获得积分奖励。', ['交易 | (zh-weak) → drop: no quantifier or modifier']],
    // 长单升水 is the premium of long-term orders, a price; a long-term order signed with a party is one.
    ['冶炼厂将陆续公布明年的长单升水。', ['长单 | (zh-weak) → drop: modifies the next word']],
    ['冶炼厂与下游企业签订了明年的铜长单。', ['明年的铜长单 | (zh-weak) → keep']],
    // A futures contract by its month code or its delivery, pointed at or not; a contract pointed at
    // that two parties will renew is one contract.
    ['沪锌2502合约收涨百分之一。', ['合约 | (zh-weak) → drop: a futures contract']],
    ['该合约交割月临近，多头陆续移仓。', ['合约 | (zh-weak) → drop: a futures contract']],
    ['该合约将于明年到期，双方正在商谈续约。', ['该合约 | (zh-weak) → keep']],
    // (mend, stop 39) A contract signed, of supply or of both parties before it is one contract, whatever
    // follows; a year is no month code; 交割 counts only in a sentence of an exchange; 主力 only of a metal or futures.
    ['两家公司签订的2026合约交割地点为青岛港。', ['2026合约 | (zh-weak) → keep']],
    ['双方签署的长期供货合约交割方式为CIF。', ['长期供货合约 | (zh-weak) → keep']],
    ['这两名主力合约明年到期。', ['合约 | (zh-weak) → drop: no quantifier or modifier']],
    ['沪镍2507合约收跌。', ['合约 | (zh-weak) → drop: a futures contract']],
    ['锌主力合约收涨。', ['合约 | (zh-weak) → drop: a futures contract']],
    ['该合约交割日临近，空头减仓。', ['合约 | (zh-weak) → drop: a futures contract']],
    // The stated price: about, in a currency, in total, fixed at.
    ['本次交易价格约为人民币9.6亿元。', ['本次交易 | (zh-weak) → keep']],
    ['本次交易价格确定为每股5.2港元。', ['本次交易 | (zh-weak) → keep']],
    // A completed trade's holding: a stake, not shares any investor holds; 持股比例 is one.
    ['交易完成后，投资人将持有相应的股票。', ['交易 | (zh-weak) → drop: no quantifier or modifier', '投资 | (zh-money) → drop: part of another word']],
    ['交易完成后，洛钼对该矿的持股比例将升至80%。', ['交易 | (zh-weak) → keep']],
    // (second review) a supply agreement earlier in the sentence, a settlement price with no exchange; a qualified investor is one buyer, a client's account any.
    ['根据包销协议，该合约结算价按月均价确定。', ['包销协议 | (zh-strong) → keep', '该合约 | (zh-weak) → keep']],
    ['沪镍2507合约结算价下调，多头减仓。', ['合约 | (zh-weak) → drop: a futures contract']],
    ['交易完成后，日本投资者将持有该项目30%的权益。', ['交易 | (zh-weak) → keep', '该项目30%的权益 | (zh-stake) → keep', '投资 | (zh-money) → drop: part of another word']],
    ['交易完成后，客户账户将持有相应数量的股份。', ['相应数量的股份 | (zh-stake) → keep', '交易 | (zh-weak) → drop: no quantifier or modifier']],
    // (third review) a named exchange and its swaps; an exchange only referred to for a price; investors at large.
    ['新加坡交易所铁矿石掉期，该合约结算价报105美元/吨。', ['交易 | (zh-weak) → drop: part of another word', '合约 | (zh-weak) → drop: a futures contract']],
    ['该合约交割价格参照伦敦金属交易所现货月均价。', ['该合约 | (zh-weak) → keep', '交易 | (zh-weak) → drop: part of another word']],
    ['交易完成后，广大投资者将持有新公司股份。', ['新公司股份 | (zh-stake) → keep', '交易 | (zh-weak) → drop: no quantifier or modifier', '投资 | (zh-money) → drop: part of another word']],
    // (stop 40 review) 期 before a metal after a time word, an exchange referred to by 以/按 with a price, a party's contract.
    ['受近期铜价大涨影响，该合约结算价较签约时上调15%。', ['该合约 | (zh-weak) → keep']],
    ['该合约结算价以伦敦金属交易所三个月期铜均价为基准。', ['该合约 | (zh-weak) → keep', '交易 | (zh-weak) → drop: part of another word']],
    ['公司向宁德时代供应锂盐，该合约结算价参照上期所碳酸锂期货价格。', ['该合约 | (zh-weak) → keep']],
    ['根据商品交易所规则，该合约交割品级为标准阴极铜。', ['交易 | (zh-weak) → drop: part of another word', '合约 | (zh-weak) → drop: a futures contract']],
    // (fifth review) 期 before a metal after a weekday or a time of day is the futures price; iron-ore swaps are an exchange's;
    // a futures contract after 与…的 stays one; a price source with 根据 needs a pricing ending.
    ['周一期铜走高，该合约结算价报每吨9750美元。', ['合约 | (zh-weak) → drop: a futures contract']],
    ['新加坡铁矿石掉期走高，该合约结算价报105美元。', ['合约 | (zh-weak) → drop: a futures contract']],
    ['与伦铜走势高度相关的沪铜2501合约收涨1%。', ['合约 | (zh-weak) → drop: a futures contract']],
    ['根据上海期货交易所公布的价格，该合约结算价下跌2%。', ['交易 | (zh-weak) → drop: part of another word', '合约 | (zh-weak) → drop: a futures contract']],
  ]);
});

describe('a term a sentence opens by defining, with a genus a few characters after 的 (stop 40 sweep)', () => {
  ruled([
    // A sentence that opens with an agreement word, then 是…的 and a genus a few characters on (权利义务约定), defines a kind.
    ['合作协议是商事主体之间就共同经营达成的权利义务约定。', ['协议 | (zh-strong) → drop: a term defined']],
    // Not one pointed at, nor one told of as signed, nor one opened by its signers, nor one counted (首份).
    ['合作协议是两国签署的首份矿产协议。', ['合作协议 | (zh-strong) → keep', '协议 | (zh-strong) → drop: the genus of a definition']],
    ['该协议是两国元首见证下签署的。', ['该协议 | (zh-strong) → keep']],
    ['协议是在去年签署的。', ['协议 | (zh-strong) → keep']],
    ['两国签署的矿产协议是一份为期十年的长期供货合同。', ['矿产协议 | (zh-strong) → keep', '一份为期十年的长期供货合同 | (zh-weak) → keep']],
  ]);
});

describe('(stop 40, review of the Chinese sweep) narrower sweep rules', () => {
  ruled([
    // A framework signed stays a deal; a definition whose genus is signed by named parties is no definition; a negation inside a party's clause negates nothing.
    ["天齐锂业与智利SQM签署了框架性文件。", ["框架性文件 | (zh-weak) → keep"]],
    ["补充协议是华友钴业与淡水河谷上月签订的镍矿合同。", ["补充协议 | (zh-strong) → keep","合同 | (zh-weak) → drop: the genus of a definition"]],
    ["国内尚未就此表态的宁德时代与玻利维亚签署了锂矿开发协议。", ["锂矿开发协议 | (zh-strong) → keep"]],
  ]);
});

describe('(stop 40, seventh review) a negation across a list of two parties', () => {
  ruled([
    // 和 between two parties after a 的 is a list, not a party's clause: the negation still reaches the signing.
    ["中方未与澳大利亚的企业和加拿大企业签署协议。", ["协议 | (zh-strong) → drop: negated"]],
    ["该公司尚未与刚果（金）的矿业部门和中国买家达成协议。", ["协议 | (zh-strong) → drop: negated"]],
  ]);
});

describe('(stop 41) a clause closing in 的 before two signers joined by 和', () => {
  ruled([
    // After a topic (就此表态的) or after a party and a verb done with it (与中方达成协议的, 与中方签约的),
    // the 的 closes a clause that holds the negation; A和B after it are the two that signed.
    ['国内尚未就此表态的宁德时代和玻利维亚签署了锂矿开发协议。', ['锂矿开发协议 | (zh-strong) → keep']],
    ['尚未与中方达成协议的力拓和淡水河谷今天签署了合作协议。', ['合作协议 | (zh-strong) → keep', '协议 | (zh-strong) → drop: negated']],
    ['此前未与中方签约的嘉能可和托克公司签署了钴供应合同。', ['钴供应合同 | (zh-weak) → keep']],
    // A party's 的 with no verb before it: 和 joins a list of parties, and the negation reaches the signing.
    ['印尼尚未与日本的住友金属矿山和韩国的浦项制铁签署镍矿供应协议。', ['协议 | (zh-strong) → drop: negated']],
    ['中方尚未与智利国家铜业公司的董事会和秘鲁政府达成协议。', ['协议 | (zh-strong) → drop: negated']],
    ['尚未就此问题与澳大利亚的企业和加拿大企业签署协议。', ['协议 | (zh-strong) → drop: negated']],
  ]);
});

describe('(stop 41) negations over a long list of parties, and in a clause before 的', () => {
  ruled([
    // 21 to 28 characters between the party's 与 and the signing: a list of parties (和, 、, 以及) with
    // no verb or predicate word in it; the negation reaches the signing.
    ['中方未与任何一家澳大利亚的锂矿企业和加拿大的锂矿企业签署协议。', ['协议 | (zh-strong) → drop: negated']],
    ['刚果（金）政府至今没有与嘉能可、洛阳钼业以及欧亚资源集团等外国矿企签署新的合作协议。', ['协议 | (zh-strong) → drop: negated']],
    // A predicate of its own in the stretch (就…进行磋商便, 有过…的): the negation stops there.
    ['中方未与美方就此事进行任何事先磋商便直接与澳大利亚和加拿大签署了协议。', ['协议 | (zh-strong) → keep']],
    ['从未与中方有过任何业务关系的澳大利亚莱纳斯公司和美国政府签署了稀土加工合同。', ['稀土加工合同 | (zh-weak) → keep']],
    // A negated signing in the relative clause before 的: the deal was not made, unless made later in the clause.
    ['未有与中国的稀土企业签署的协议被公开。', ['协议 | (zh-strong) → drop: negated']],
    ['双方尚未签署的协议草案涉及锂矿开采权。', ['协议 | (zh-strong) → drop: negated']],
    ['双方此前未能达成的协议终于在今天签署。', ['协议 | (zh-strong) → keep']],
    ['双方已签署的协议涉及锂矿开采权。', ['协议 | (zh-strong) → keep']],
  ]);
});

describe('(stop 41) an arrangement signed', () => {
  ruled([
    // 安排 after a verb of signing or reaching, with only its kind between: an arrangement made between parties.
    ['双方签订了货币掉期安排。', ['货币掉期安排 | (zh-arrangement) → keep']],
    ['两国央行续签了货币互换安排。', ['货币互换安排 | (zh-arrangement) → keep']],
    ['双方尚未签订货币掉期安排。', ['安排 | (zh-arrangement) → drop: negated']],
    // A time after the signing, or 安排 as a verb with no signing: no arrangement made.
    ['双方签订合同后的工作安排另行通知。', ['合同 | (zh-weak) → drop: no quantifier or modifier']],
    ['公司将根据市场情况安排生产。', []],
  ]);
});

describe('(stop 41) spans that open or close inside a word', () => {
  ruled([
    // A framework signed before 性: the noun after 性 heads the phrase (and 签署的 before it is a signing too).
    ['中国与沙特签署了框架性文件。', ['框架性文件 | (zh-weak) → keep']],
    ['双方达成一项框架性共识。', ['一项框架性共识 | (zh-weak) → keep']],
    ['双方签署的框架性文件明确了合作方向。', ['框架性文件 | (zh-weak) → keep']],
    // An agreement word after 性 heads its own phrase; 框架性 in a list of adjectives stays no framework.
    ['双方签署了框架性协议。', ['框架性协议 | (zh-strong) → keep']],
    ['这属于框架性、意向性约定。', ['框架 | (zh-weak) → drop: framework as an adjective']],
    // The frame 以…为准 (按…为基准) is one modifier: the phrase opens at its 以 or 按, not inside 为准.
    ['该公司与江铜签署了以上期所铜价为准的长期合约。', ['以上期所铜价为准的长期合约 | (zh-weak) → keep']],
    ['按上期所铜价为基准的供货合同已经签署。', ['按上期所铜价为基准的供货合同 | (zh-weak) → keep']],
    ['该公司签署了一份以LME价格为基础的长期合同。', ['一份以LME价格为基础的长期合同 | (zh-strong) → keep']],
    // 为 after a noun of size joins it to the value, as before.
    ['规模为300亿元的协议已经签署。', ['规模为300亿元的协议 | (zh-strong) → keep | 30000000000 CNY']],
  ]);
});

describe('(stop 41) a definition whose signers are named by role', () => {
  ruled([
    // Signers by their role (买卖双方, 矿商与买方, 供需双方): a definition's wording; the term and its genus are both a kind.
    ['承购协议是买卖双方签订的一种长期供货合同。', ['承购协议 | (zh-strong) → drop: a term defined', '合同 | (zh-weak) → drop: the genus of a definition']],
    ['包销协议是由矿商与买方签署的长期合同。', ['包销协议 | (zh-strong) → drop: a term defined', '长期合同 | (zh-strong) → drop: the genus of a definition']],
    ['长协是指供需双方签订的长期合同。', ['长协 | (zh-weak) → drop: said of a kind of agreement', '长期合同 | (zh-strong) → drop: the genus of a definition']],
    // Signers by name, or a signing dated: one agreement.
    ['补充协议是华友钴业与淡水河谷上月签订的镍矿合同。', ['补充协议 | (zh-strong) → keep', '合同 | (zh-weak) → drop: the genus of a definition']],
    ['承购协议是双方今天签订的长期供货合同。', ['承购协议 | (zh-strong) → keep', '合同 | (zh-weak) → drop: the genus of a definition']],
  ]);
});

describe('(stop 41) a settlement price that moves', () => {
  ruled([
    // A settlement price moving by a figure or to the limit: a futures contract, with no exchange word.
    ['受印尼镍矿供应收紧影响，该合约结算价上涨3%。', ['合约 | (zh-weak) → drop: a futures contract']],
    ['该合约结算价涨停。', ['合约 | (zh-weak) → drop: a futures contract']],
    // A settlement price set by the parties, or a signed contract in the sentence before: the contract signed.
    ['该合约的结算价由双方协商确定。', ['该合约 | (zh-weak) → keep']],
    ['该合约结算价上涨的幅度由双方约定。', ['该合约 | (zh-weak) → keep']],
    ['根据包销协议，该合约结算价上涨3%。', ['包销协议 | (zh-strong) → keep', '该合约 | (zh-weak) → keep']],
  ]);
});

describe('(stop 41) 对外 before a negated verb', () => {
  ruled([
    // 对外 (abroad) is an adverb, not the 对 that opens a topic: after 未对外公布细节的 the negation stays in its clause.
    ['一直未对外公布细节的力拓和中铝签署了铁矿石长期合同。', ['铁矿石长期合同 | (zh-strong) → keep']],
    ['此前从未对外披露的洛阳钼业和嘉能可签署了钴矿长期合同。', ['钴矿长期合同 | (zh-strong) → keep']],
    // Right before the verb, 对外 leaves the negation on it; 对此 still opens a topic.
    ['该公司从未对外签署任何稀土供应协议。', ['协议 | (zh-strong) → drop: negated']],
    ['中方尚未对此签署任何协议。', ['协议 | (zh-strong) → drop: negated']],
  ]);
});

describe('(stop 41, eighth review) narrower Chinese mends: 安排 after a decision, a definition after a signing, long negations, 该合约 signed before, frame spans', () => {
  ruled([
    ['双方达成一致安排专家组赴刚果（金）矿区考察。', []],
    ['特朗普签署行政令安排对华加征关税。', []],
    ['两国央行签订了货币互换安排。', ['货币互换安排 | (zh-arrangement) → keep']],
    ['双方签署了债务重组安排。', ['债务重组安排 | (zh-arrangement) → keep']],
    ['宁德时代与雅保签署了锂供应协议。协议是双方签订的长期供货合同，为期五年。', ['锂供应协议 | (zh-strong) → keep', '协议 | (zh-strong) → keep', '长期供货合同 | (zh-weak) → keep']],
    ['长协是宝武与力拓签订的铁矿石合同。', ['铁矿石合同 | (zh-weak) → keep', '长协 | (zh-weak) → drop: no quantifier or modifier']],
    ['承购协议是买卖双方签订的一种长期供货合同。', ['承购协议 | (zh-strong) → drop: a term defined', '合同 | (zh-weak) → drop: the genus of a definition']],
    ['此前从未与外国企业打过交道的两家江西民营锂盐企业和一家湖南企业签署了协议。', ['协议 | (zh-strong) → keep']],
    ['中方未与任何一家澳大利亚的锂矿企业和加拿大的锂矿企业签署协议。', ['协议 | (zh-strong) → drop: negated']],
    ['宁德时代与天华超净签订了碳酸锂供应合同。该合约结算价较上月下跌12%。', ['碳酸锂供应合同 | (zh-weak) → keep', '该合约 | (zh-weak) → keep']],
    ['受印尼镍矿供应收紧影响，该合约结算价上涨3%。', ['合约 | (zh-weak) → drop: a futures contract']],
    ['中方为两国的贸易协议奠定了基础。', ['两国的贸易协议 | (zh-strong) → keep']],
    ['以上期所铜价为准的长期合约于本月生效。', ['以上期所铜价为准的长期合约 | (zh-weak) → keep']],
    ['双方签署了资产处置协议。', ['资产处置协议 | (zh-strong) → keep']],
    ['欧佩克与俄罗斯达成产量冻结协议。', ['产量冻结协议 | (zh-strong) → keep']],
  ]);
});

describe('(stop 41, ninth review) 安排 ending its phrase, definitions by classes of signers, 冻结 after a noun, 参照 frames', () => {
  ruled([
    ['双方签署了债务减免安排，赞比亚铜矿收入将用于偿债。', ['债务减免安排 | (zh-arrangement) → keep']],
    ['两国签署了互免签证安排，将于下月生效。', ['互免签证安排 | (zh-arrangement) → keep']],
    ['特朗普签署行政令安排对华加征关税。', []],
    ['电煤长协是发电企业与煤矿签订的年度合同。', ['长协 | (zh-weak) → drop: no quantifier or modifier', '合同 | (zh-weak) → drop: the genus of a definition']],
    ['美国决定冻结协议的执行。', ['协议 | (zh-strong) → keep']],
    ['欧佩克与俄罗斯达成产量冻结协议。', ['产量冻结协议 | (zh-strong) → keep']],
    ['参照伦敦金属交易所价格为基准的铜精矿长协于本月签署。', ['参照伦敦金属交易所价格为基准的铜精矿长协 | (zh-weak) → keep', '交易 | (zh-weak) → drop: part of another word']],
  ]);
});

describe('(stop 42) tenth review: a signing told with its time or place, 安排 before its object, what is frozen or disposed of', () => {
  ruled([
    ['中国与刚果（金）的钴矿合作取得进展。协议是两国政府去年签署的一项资源换基础设施协议。', ['协议 | (zh-strong) → keep', '一项资源换基础设施协议 | (zh-strong) → keep']],
    ['天齐锂业与SQM的纠纷升级。协议是天齐入股时双方签署的一份股东协议。', ['协议 | (zh-strong) → keep', '入股 | (zh-buy-in) → keep', '一份股东协议 | (zh-strong) → keep']],
    ['天齐锂业草签了澳洲锂矿包销协议。协议是双方在珀斯签署的一份为期五年的包销协议。', ['澳洲锂矿包销协议 | (zh-strong) → keep', '协议 | (zh-strong) → keep', '一份为期五年的包销协议 | (zh-strong) → keep']],
    ['神华与华能敲定了2025年煤炭长协。长协是神华煤矿与华能电厂之间签订的一份为期三年的合同。', ['2025年煤炭长协 | (zh-weak) → keep', '一份为期三年的合同 | (zh-weak) → keep', '长协 | (zh-weak) → drop: no quantifier or modifier']],
    ['双方达成共识安排下一轮谈判。', []],
    ['外交部安排与会代表参观矿山。', []],
    ['两国签署了互免签证安排，将于明年生效。', ['互免签证安排 | (zh-arrangement) → keep']],
    ['两国央行签署了货币互换安排，规模为3500亿元。', ['货币互换安排 | (zh-arrangement) → keep']],
    ['该公司签署了尾矿处置协议。', ['尾矿处置协议 | (zh-strong) → keep']],
    ['该公司与买方签署了股份处置协议。', ['股份处置协议 | (zh-strong) → keep']],
    ['美国决定冻结协议的执行。', ['协议 | (zh-strong) → keep']],
  ]);
});

describe('(stop 42) said of any agreement of its kind: nothing in the sentence ties it to one deal', () => {
  ruled([
    ['特许权协议的期限一般为二十五至三十年。', ['协议 | (zh-strong) → drop: said of a kind of agreement']],
    ['矿业特许权协议通常包括环境条款。', ['协议 | (zh-strong) → drop: said of a kind of agreement']],
    ['我们欢迎一切有利于贸易便利化的协议。', ['协议 | (zh-strong) → drop: said of any agreement of its kind']],
    ['保理合同，又称保理协议，是一种融资安排。', ['合同 | (zh-weak) → drop: a term defined', '协议 | (zh-strong) → drop: said of a kind of agreement', '融资 | (zh-money) → drop: a kind of agreement, not one']],
    ['知识产权许可协议中，许可期限是核心条款。', ['协议 | (zh-strong) → drop: said of any agreement of its kind']],
    ['股权转让协议是收购方取得股权的核心法律文件。', ['股权 | (zh-stake) → drop: the matter of an agreement', '协议 | (zh-strong) → drop: said of any agreement of its kind', '收购 | (zh-acquisition) → drop: the genus of a definition', '股权 | (zh-stake) → drop: the genus of a definition']],
    ['投资协议所有条款均已生效。', ['投资协议 | (zh-strong) → keep', '投资 | (zh-money) → drop: money word without a quantifier, value or lender']],
    ['锂精矿承购协议锁定了未来三年的供应。', ['锂精矿承购协议 | (zh-strong) → keep']],
    ['停火协议是脆弱的。', ['停火协议 | (zh-strong) → keep']],
    ['减产协议可能在年底到期。', ['减产协议 | (zh-strong) → keep']],
    ['稀土供应协议通常在年底续签。', ['协议 | (zh-strong) → drop: said of a kind of agreement']],
    ['这份承购协议通常被视为项目融资的基础文件。', ['这份承购协议 | (zh-strong) → keep', '融资 | (zh-money) → drop: money word without a quantifier, value or lender']],
  ]);
});

describe('(stop 42) a bare 长协 after a signing, talks verbs, a valued 安排, negations in a clause about the signers, 未经, a volume traded', () => {
  ruled([
    // A bare 长协, 长单 or 长约 with a plain 双方 after a signing told just before: that deal, its genus kept.
    ['宝武与力拓签署了铁矿石长协。长协是双方签订的五年期合同。', ['铁矿石长协 | (zh-weak) → keep', '五年期合同 | (zh-weak) → keep', '长协 | (zh-weak) → drop: no quantifier or modifier']],
    ['华友钴业与嘉能可签订了钴原料长约。长约是双方签订的长期合同，为期五年。', ['钴原料长约 | (zh-weak) → keep', '长期合同 | (zh-strong) → keep', '长约 | (zh-weak) → drop: no quantifier or modifier']],
    // Sides by role, or no signing before: still a definition.
    ['宝武与力拓签署了铁矿石长协。长协是供需双方签订的长期合同。', ['铁矿石长协 | (zh-weak) → keep', '长协 | (zh-weak) → drop: no quantifier or modifier', '长期合同 | (zh-strong) → drop: the genus of a definition']],
    ['铁矿石价格上涨。长协是双方签订的长期合同。', ['长协 | (zh-weak) → drop: no quantifier or modifier', '长期合同 | (zh-strong) → drop: the genus of a definition']],
    // 讨论 and 磋商 take the agreement as their object: it opens after them.
    ['欧佩克成员国正在讨论产量冻结协议。', ['产量冻结协议 | (zh-strong) → keep']],
    ['两国正在磋商自由贸易协定。', ['自由贸易协定 | (zh-strong) → keep']],
    ['欧佩克成员国讨论的产量冻结协议将于下月生效。', ['产量冻结协议 | (zh-strong) → keep']],
    ['美国决定冻结协议的执行。', ['协议 | (zh-strong) → keep']],
    // An arrangement signed with its value as a 的-modifier before its kind.
    ['中国人民银行与阿根廷央行签署了总额为3500亿元人民币的双边本币互换安排。', ['总额为3500亿元人民币的双边本币互换安排 | (zh-arrangement) → keep | 350000000000 CNY']],
    ['印尼与中国达成了规模约200亿美元的融资安排，用于镍矿开发。', ['规模约200亿美元的融资安排 | (zh-arrangement) → keep | 20000000000 USD']],
    ['公司签订了3亿元的订单安排生产。', []],
    ['双方签订了总额为10亿元的采购合同，并安排专家组赴矿区考察。', ['总额为10亿元的采购合同 | (zh-weak) → keep | 1000000000 CNY']],
    // A verb done with a party closed by 的: the negation is in that clause about the signers.
    ['长期未与外界联系的朝鲜和俄罗斯签署了军事合作协议。', ['军事合作协议 | (zh-strong) → keep']],
    ['从未与中方合作过的力拓签署了铁矿石长期合同。', ['铁矿石长期合同 | (zh-strong) → keep']],
    ['中方尚未与澳大利亚的锂矿企业签署协议。', ['协议 | (zh-strong) → drop: negated']],
    ['该公司未与嘉能可签署钴矿包销协议。', ['包销协议 | (zh-strong) → drop: negated']],
    // 未经 and the signer wanting: not signed.
    ['未经双方签署的合同不具有法律效力。', ['合同 | (zh-weak) → drop: negated']],
    ['该锂矿供应协议未经双方签署，尚未生效。', ['协议 | (zh-strong) → drop: negated']],
    ['经双方签署的稀土供应合同于今日生效。', ['稀土供应合同 | (zh-weak) → keep']],
    ['两国签署的锂矿协议未经议会批准。', ['锂矿协议 | (zh-strong) → keep']],
    // A volume traded: an exchange's contract, unless a contract signed is told before.
    ['该合约成交量大增。', ['合约 | (zh-weak) → drop: a futures contract']],
    ['碳酸锂期货上市首日，该合约成交量达到10万手。', ['合约 | (zh-weak) → drop: a futures contract']],
    ['宁德时代与天华超净签订了碳酸锂供应合同。该合约成交量为5000吨。', ['碳酸锂供应合同 | (zh-weak) → keep', '该合约 | (zh-weak) → keep']],
    ['根据包销协议，该合约成交量为每年3万吨。', ['包销协议 | (zh-strong) → keep', '该合约 | (zh-weak) → keep']],
  ]);
});

describe('(stop 42) verbs that renew or deepen a partnership end its span; 敲定, 草签, 缔结 with a party sign', () => {
  ruled([
    ['双方重申中巴全面战略合作伙伴关系。', ['中巴全面战略合作伙伴关系 | (zh-strong) → keep']],
    ['双方同意深化中巴全面战略合作伙伴关系。', ['中巴全面战略合作伙伴关系 | (zh-strong) → keep']],
    ['神华与华能敲定了2025年煤炭长协。', ['2025年煤炭长协 | (zh-weak) → keep']],
    ['宝武与力拓签订了铁矿石长协。', ['铁矿石长协 | (zh-weak) → keep']],
    ['双方签署了2026年铜精矿长单。', ['2026年铜精矿长单 | (zh-weak) → keep']],
    ['双方签署了共同意向书。', ['共同意向书 | (zh-strong) → keep']],
    ['两国领导人同意深化全面战略合作伙伴关系。', ['全面战略合作伙伴关系 | (zh-strong) → keep']],
    ['神华与华能敲定了会谈时间。', []],
    ['中国与秘鲁缔结了自由贸易协定。', ['自由贸易协定 | (zh-strong) → keep']],
    ['公司与客户敲定了锂盐供货合同。', ['锂盐供货合同 | (zh-weak) → keep']],
  ]);
});

describe('(stop 42) eleventh review: 未经 an approval, a habit in another clause, a definition in its own wording, 安排和谅解', () => {
  ruled([
    ['该公司未经董事会批准签署的铜矿包销协议引发股东不满。', ['铜矿包销协议 | (zh-strong) → keep']],
    ['这份未经公开招标签署的采矿合同已被审计署列为重点问题。', ['采矿合同 | (zh-weak) → keep']],
    ['未经双方签署的合同不具有法律效力。', ['合同 | (zh-weak) → drop: negated']],
    ['淡水河谷的镍矿供应合同已到期，新合同一般需要半年谈判。', ['淡水河谷的镍矿供应合同 | (zh-weak) → keep', '新合同 | (zh-weak) → keep']],
    ['嘉能可的钴包销协议终止后，钴价往往承压。', ['嘉能可的钴包销协议 | (zh-strong) → keep']],
    ['天齐锂业的锂精矿承购协议被分析师称为公司的生命线。', ['天齐锂业的锂精矿承购协议 | (zh-strong) → keep']],
    ['保理合同，又称保理协议，是一种融资安排。', ['合同 | (zh-weak) → drop: a term defined', '协议 | (zh-strong) → drop: said of a kind of agreement', '融资 | (zh-money) → drop: a kind of agreement, not one']],
    ['不少企业询问包销。协议是买卖双方在平等协商后签订的合同。', ['协议 | (zh-strong) → keep', '合同 | (zh-weak) → drop: the genus of a definition']],
    ['很多人分不清两者。合同是当事人在平等自愿基础上签订的协议。', ['合同 | (zh-weak) → drop: no quantifier or modifier', '协议 | (zh-strong) → drop: the genus of a definition']],
    ['中方与巴方达成了有关安排和谅解。', ['安排 | (zh-arrangement) → keep']],
    ['双方达成共识安排下一轮谈判。', []],
  ]);
});

describe("(stop 42) twelfth review: 深化 inside a title, 未经双方同意, 称为 with and without its agent", () => {
  ruled([
    ['两国签署了《关于深化矿产资源合作的谅解备忘录》。', ['关于深化矿产资源合作的谅解备忘录 | (zh-strong) → keep']],
    ['中智签署深化锂矿合作协议。', ['深化锂矿合作协议 | (zh-strong) → keep']],
    ['双方重申中巴全面战略合作伙伴关系。', ['中巴全面战略合作伙伴关系 | (zh-strong) → keep']],
    ['未经双方同意签署的合同不具有法律效力。', ['合同 | (zh-weak) → drop: negated']],
    ['该公司未经董事会批准签署的铜矿包销协议引发股东不满。', ['铜矿包销协议 | (zh-strong) → keep']],
    ['下游电池企业的长期采购合同称为长单。', ['合同 | (zh-weak) → drop: said of any agreement of its kind', '长单 | (zh-weak) → drop: a name for a kind of agreement']],
    ['天齐锂业的锂精矿承购协议被分析师称为公司的生命线。', ['天齐锂业的锂精矿承购协议 | (zh-strong) → keep']],
  ]);
});

describe("(stop 43) real-text sweep: farmland put in for shares, a rule's title, cues of a kind in explainers, 第N起", () => {
  ruled([
    ['村民将承包地经营权入股合作社，年底按股分红。', ['入股 | (zh-buy-in) → drop: farmland put in for shares']],
    ['老张家把8亩耕地入股了当地的果业公司。', ['入股 | (zh-buy-in) → drop: farmland put in for shares']],
    ['合作社鼓励农户带田入股。', ['入股 | (zh-buy-in) → drop: farmland put in for shares']],
    ['宁德时代去年入股了一家澳大利亚锂矿商。', ['入股 | (zh-buy-in) → keep']],
    ['紫金矿业以现金入股该铜矿公司。', ['入股 | (zh-buy-in) → keep']],
    ['工信部印发《关于规范稀土长期合同签订工作的通知》。', ['长期合同 | (zh-strong) → drop: in the title of a rule']],
    ['两家公司签署了《稀土长期供货合同》。', ['稀土长期供货合同 | (zh-weak) → keep']],
    ['双方签署了《关于加强稀土合作的谅解备忘录》。', ['关于加强稀土合作的谅解备忘录 | (zh-strong) → keep']],
    ['有些采购协议只约定价格区间。', ['协议 | (zh-strong) → drop: a kind of agreement, not one']],
    ['矿企与冶炼厂有时会签订长期供货协议。', ['协议 | (zh-strong) → drop: signed as a habit']],
    ['矿企与冶炼厂去年签订了长期供货协议。', ['长期供货协议 | (zh-strong) → keep']],
    ['谅解备忘录属于非正式协议，主要记录双方的合作意向。', ['谅解备忘录 | (zh-strong) → drop: said of a kind of agreement', '协议 | (zh-strong) → drop: the genus of a predicate, a kind']],
    ['该清单属于锂矿供应协议的一部分。', ['锂矿供应协议 | (zh-strong) → keep']],
    ['本协议由以下双方于【填写日期】签署。', ['协议 | (zh-strong) → drop: a form\'s own words']],
    ['本协议由以下双方于2024年5月签署。', ['本协议 | (zh-strong) → keep']],
    ['研究表明总体上合资企业的出口更多。', ['合资企业 | (zh-strong) → drop: a kind of company']],
    ['总体上，这家合资企业运转良好。', ['这家合资企业 | (zh-strong) → keep']],
    ['框架协议，又称意向协议或合作协议，是指双方或多方就合作达成的初步共识。', ['框架协议 | (zh-strong) → drop: a term defined', '协议 | (zh-strong) → drop: a name for a kind of agreement', '协议 | (zh-strong) → drop: said of a kind of agreement']],
    ['天齐锂业与泰利森签署了包销协议，又与雅保签署了承购协议。', ['包销协议 | (zh-strong) → keep', '承购协议 | (zh-strong) → keep']],
    ['创始人可以通过协议安排（如一致行动人协议、表决权委托协议等）保持控制权。', ['协议 | (zh-strong) → drop: by agreement, a manner', '协议 | (zh-strong) → drop: an example of a kind', '协议 | (zh-strong) → drop: an example of a kind']],
    ['双方签署了多份协议（如锂矿包销协议、技术合作协议等）。', ['多份协议 | (zh-strong) → keep', '如锂矿包销协议 | (zh-strong) → keep', '技术合作协议 | (zh-strong) → keep']],
    ['紫金矿业本月完成两笔收购，第二起交易涉及一座铜矿。', ['两笔收购 | (zh-acquisition) → keep', '第二起交易 | (zh-weak) → keep']],
  ]);
});

describe("(stop 43) real-text sweep, second round: a term defined after its gloss in brackets or by signers of any number, a bare 交易 with its completion's holding or effect or its board's approval, an example signed by named parties", () => {
  ruled([
    ['包销协议(offtake agreement)是两个或两个以上企业之间签订的长期购销协议。', ['offtake agreement | (agreement) → drop: no determiner, value or party', '包销协议 | (zh-strong) → drop: a term defined', '协议 | (zh-strong) → drop: parties of any number, a kind']],
    ['谅解备忘录(MOU)是在磋商初期，由多个当事方签署的意向性文件。', ['MOU | (agreement) → drop: no determiner, value or party', '谅解备忘录 | (zh-strong) → drop: a term defined']],
    ['交易(transaction)，是买卖双方之间就标的物达成的协议。', ['transaction | (contract) → drop: a transaction in general', '交易 | (zh-weak) → drop: no quantifier or modifier', '协议 | (zh-strong) → drop: the genus of a definition']],
    ['该协定(RCEP)是东盟十国与中日韩澳新签署的自由贸易协定。', ['该协定 | (zh-strong) → keep', 'RCEP | (agreement) → keep: agreement by its initials', '自由贸易协定 | (zh-strong) → keep']],
    ['赣锋锂业与皮尔巴拉签署的包销协议(offtake)是双方的第三份协议。', ['包销协议 | (zh-strong) → keep', '第三份协议 | (zh-strong) → keep', 'offtake | (contract) → drop: no determiner, value or party']],
    ['交易完成后，其持股总量将增至3亿股。', ['交易 | (zh-weak) → keep']],
    ['公司表示，交易完成后预计将显著提升其锂资源储量。', ['交易 | (zh-weak) → keep']],
    ['交易已获天齐锂业董事会通过，预计年底交割。', ['交易 | (zh-weak) → keep']],
    ['交易完成后，系统将更新您的持股总量。', ['交易 | (zh-weak) → drop: no quantifier or modifier']],
    ['交易完成后，预计将提升您的会员等级。', ['交易 | (zh-weak) → drop: no quantifier or modifier']],
    ['如紫金矿业与藏格矿业签署的收购协议等交易，均需监管批准。', ['收购协议等交易 | (zh-weak) → keep']],
    ['企业可以签订多种合同（如采购合同、租赁合同等）。', ['合同 | (zh-weak) → drop: advice to sign one, not a signing', '合同 | (zh-weak) → drop: no quantifier or modifier', '合同 | (zh-weak) → drop: no quantifier or modifier']],
  ]);
});

describe("(stop 43) real-text sweep, third round: each of many (每份), one kind or another (合同或协议), a step's heading (签订协议：), ships counted in a building contract, a pointed 三方协议, a list after 包括但不限于, a term's other name after 又称, a homestead put in for shares", () => {
  ruled([
    ['公司应当在年报中列出每一份合同的签署日期和金额。', ['合同 | (zh-weak) → drop: each of many, a kind']],
    ['双方签署两份合同,每份合同价值约2亿元。', ['两份合同 | (zh-weak) → keep', '合同 | (zh-weak) → drop: each of many, a kind']],
    ['企业之间签订协议或合同时应当注意审查对方资质。', ['协议 | (zh-strong) → drop: said of a kind of agreement', '合同 | (zh-weak) → drop: advice about any signing']],
    ['谈判结束后要把共识写成正式的合同或协议。', ['合同 | (zh-weak) → drop: one kind or another', '协议 | (zh-strong) → drop: one kind or another']],
    ['该协议或将于年底生效。', ['该协议 | (zh-strong) → keep']],
    ['三、履行合同:双方应按约定交付货物。', ['合同 | (zh-weak) → drop: the heading of a step']],
    ['2. 签订协议:学生须在开学前与学校签约。', ['协议 | (zh-strong) → drop: the heading of a step']],
    ['锂矿包销协议:赣锋锂业将获得全部产量。', ['锂矿包销协议 | (zh-strong) → keep']],
    ['江南造船本周又签下4艘汽车运输船建造合同。', ['4艘汽车运输船建造合同 | (zh-weak) → keep']],
    ['一艘船的建造合同通常包括付款节点和交船日期。', ['合同 | (zh-weak) → drop: said of a kind of agreement']],
    ['据悉,此次三方协议涉及总投资80亿元。', ['此次三方协议 | (zh-strong) → keep', '投资 | (zh-money) → drop: total investment']],
    ['该三方协议约定了中资企业持股51%。', ['该三方协议 | (zh-strong) → keep']],
    ['毕业生签订的三方协议由学校、用人单位和学生共同签署。', ['协议 | (zh-strong) → drop: a user agreement or a protocol']],
    ['投资者签署的文件包括但不限于认购协议、风险揭示书等。', ['投资 | (zh-money) → drop: part of another word', '协议 | (zh-strong) → drop: an example of a kind']],
    ['各类合同(包括但不限于采购合同、租赁合同等)均须法务审核。', ['合同 | (zh-weak) → drop: a kind of agreement, not one', '合同 | (zh-weak) → drop: an example of a kind', '合同 | (zh-weak) → drop: an example of a kind']],
    ['双方签署了多份协议(如锂矿包销协议、技术合作协议等)。', ['多份协议 | (zh-strong) → keep', '如锂矿包销协议 | (zh-strong) → keep', '技术合作协议 | (zh-strong) → keep']],
    ['包销协议又称承购协议,是买方承诺购买产出的协议。', ['包销协议 | (zh-strong) → drop: a term defined', '承购协议 | (zh-strong) → drop: another name of a term', '协议 | (zh-strong) → drop: said of any agreement of its kind']],
    ['双方去年签署的《关键矿产供应链协议》,也称“华盛顿协议”,已于3月生效。', ['关键矿产供应链协议 | (zh-strong) → keep', '华盛顿协议 | deal name']],
    ['村民以宅基地入股民宿合作社,年底按股分红。', ['入股 | (zh-buy-in) → drop: farmland put in for shares']],
    ['该集团以土地使用权入股与当地政府合资成立的矿业公司,占股30%。', ['入股 | (zh-buy-in) → keep', '合资 | (zh-venture) → keep']],
  ]);
});

describe("(stop 43) real-text sweep, fourth round: new shares issued or subscribed (认购股份, 发售股份, 增资股份, 等值股份), a template clause numbered before 本 (2.1本协议)", () => {
  ruled([
    ['该矿企拟发行合共5200万股认购股份,每股作价2.1港元。', ['股份 | (zh-stake) → drop: new shares issued or subscribed']],
    ['基石投资者同意按发售价认购发售股份。', ['投资 | (zh-money) → drop: part of another word', '股份 | (zh-stake) → drop: new shares issued or subscribed']],
    ['天华超能将认购其发行的850万股股份。', ['股份 | (zh-stake) → drop: new shares issued or subscribed']],
    ['天华超能认购其发行的850万股股份,成为第三大股东。', ['其发行的850万股股份 | (zh-stake) → keep']],
    ['承配人将认购约3.5亿元等值股份。', ['股份 | (zh-stake) → drop: new shares issued or subscribed']],
    ['港商申请汇入资金,认购子公司增资股份2000万股。', ['股份 | (zh-stake) → drop: new shares issued or subscribed']],
    ['洛阳钼业已认购该锂业公司15%的股份。', ['该锂业公司15%的股份 | (zh-stake) → keep']],
    ['赣锋锂业持有该公司约12%的股份。', ['该公司约12%的股份 | (zh-stake) → keep']],
    ['3.1本协议项下的服务费用为人民币[填写金额]元。', ['协议 | (zh-strong) → drop: a form\'s own words']],
    ['2.4本合同中,“出租方”指将房屋出租给承租方的一方。', ['合同 | (zh-weak) → drop: a form\'s own words']],
  ]);
});

describe('(stop 43) spans: 对等 is one word, and seeking or mending opens the phrase after it', () => {
  ruled([
    ['双方今日正式签署台美对等贸易协定。', ['台美对等贸易协定 | (zh-strong) → keep']],
    ['雙方今日正式簽署「台美對等貿易協定」。', ['台美對等貿易協定 | (zh-strong) → keep']],
    ['此外，将寻求弥补美墨加贸易协定漏洞。', ['美墨加贸易协定 | (zh-strong) → keep']],
    ['两国寻求签署自由贸易协定。', ['自由贸易协定 | (zh-strong) → keep']],
    ['该公司与投资方签订了对赌协议。', ['对赌协议 | (zh-strong) → keep', '投资 | (zh-money) → drop: money word without a quantifier, value or lender']],
  ]);
});

describe("(stop 44) real-text sweep, round 5: a form's preamble without its colon (达成如下协议，以资共同遵守; 达成协议如下), an article's number opening a form (第五条协议期限：本协议…), new shares counted after 认购 (最多8000万股新股份), a bare contract its signer signed at a time just before (已于周四签署合同), a Hong Kong filing's 须待…方告完成 (no duty), a term defined as one of a class of means (…是…工具之一), a three-party pact signed by named countries", () => {
  ruled([
    ['经双方友好协商,达成如下协议,以资共同遵守。', ['协议 | (zh-strong) → drop: a contract form\'s own text']],
    ['出租方与承租方就厂房租赁事宜达成以下协议。', ['协议 | (zh-strong) → drop: a contract form\'s own text']],
    ['上列作品的作者和出版社于某年某月某日签订本合同,双方达成协议如下。', ['合同 | (zh-weak) → drop: a contract form\'s own text', '协议 | (zh-strong) → drop: a contract form\'s own text']],
    ['两国上月签署的锂矿合作协议如下所述分三期实施。', ['锂矿合作协议 | (zh-strong) → keep']],
    ['第五条协议期限:本协议自签字之日起生效,至项目结束或本协议终止之日止。', ['协议 | (zh-strong) → drop: an article\'s number, not a count', '协议 | (zh-strong) → drop: a form\'s own words', '协议 | (zh-strong) → drop: a form\'s own words']],
    ['该钴业公司于3月与刚果(金)政府签署第五份供应协议。', ['第五份供应协议 | (zh-strong) → keep']],
    ['公司与配售代理订立配售协议,承配人将认购最多8000万股新股份。', ['配售协议 | (zh-strong) → keep', '股份 | (zh-stake) → drop: new shares issued or subscribed']],
    ['公司与配售代理订立配售协议,承配人将认购最多8000万股新股份,认购后持有其21%股份。', ['配售协议 | (zh-strong) → keep', '其21%股份 | (zh-stake) → keep', '股份 | (zh-stake) → drop: new shares issued or subscribed']],
    ['该前锋已于当地时间周四上午签署合同,正式加盟曼城。', ['合同 | (zh-weak) → keep']],
    ['澳洲Lynas今年3月與馬來西亞州政府簽署合約,供應稀土碳酸鹽。', ['合約 | (zh-weak) → keep']],
    ['去年5月签订合同的员工可以申请补贴。', ['合同 | (zh-weak) → drop: no quantifier or modifier']],
    ['员工入职时须于当日签署合同。', ['合同 | (zh-weak) → drop: advice to sign one, not a signing']],
    ['认购协议须待联交所批准新股上市后,方告完成。', ['协议 | (zh-strong) → keep']],
    ['收购协议须待股东大会批准后方可生效。', ['收购 | (zh-acquisition) → drop: a verb here, not an acquisition', '协议 | (zh-strong) → drop: a duty said of a kind of agreement']],
    ['保密协议(Non-Disclosure Agreement)是企业保护商业秘密的常用工具之一。', ['Agreement | (agreement) → drop: no determiner, value or party', '协议 | (zh-strong) → drop: a term defined']],
    ['中国、俄罗斯和蒙古签署的三方协议将推动天然气管道建设。', ['三方协议 | (zh-strong) → keep']],
    ['毕业生与学校、用人单位签订的三方协议具有法律效力。', ['协议 | (zh-strong) → drop: said of a kind of agreement']],
  ]);
});

describe("(stop 44) real-text sweep, round 6: 契约 as a contract word (终止与X的契约, 这份采购契约), a bare contract word opening its sentence with its own terms or start told (合同约定，…; 监理合约已于3月1日展开), three or more countries counted as signers of a three-party pact (中俄蒙三国签署三方协议), a form's preamble formula needs a form's parties or consulting (工会与资方达成以下协议 is news)", () => {
  ruled([
    ['市政府昨日终止了与绿源餐饮公司的午餐契约。', ['与绿源餐饮公司的午餐契约 | (zh-weak) → keep']],
    ['双方于去年签订的这份采购契约将于明年到期。', ['这份采购契约 | (zh-weak) → keep']],
    ['契约精神是市场经济的基础。', ['契约 | (zh-weak) → drop: no quantifier or modifier']],
    ['租赁契约一般由房东提供范本。', ['契约 | (zh-weak) → drop: said of a kind of agreement']],
    ['合同约定,华星影业负责该片在内地的全部发行工作。', ['合同 | (zh-weak) → keep']],
    ['监理合约已于今年3月1日展开,预计2028年完成。', ['监理合约 | (zh-weak) → keep']],
    ['合同的诞生,成为当年出版界的一件大事。', ['合同 | (zh-weak) → keep']],
    ['合同约定的违约金过高的,可以请求法院调整。', ['合同 | (zh-weak) → drop: no quantifier or modifier']],
    ['合同已生效的,双方应当全面履行义务。', ['合同 | (zh-weak) → drop: no quantifier or modifier']],
    ['合同一般自双方签字之日起生效。', ['合同 | (zh-weak) → drop: said of a kind of agreement']],
    ['中国、俄罗斯和蒙古三国签署了关于建设经济走廊的三方协议。', ['关于建设经济走廊的三方协议 | (zh-strong) → keep']],
    ['中俄蒙三国签署三方协议,推动铁路联通。', ['三方协议 | (zh-strong) → keep']],
    ['毕业生与用人单位、学校签订三方协议后方可办理派遣。', ['协议 | (zh-strong) → drop: a step of a procedure']],
    ['经过艰苦谈判,工会与资方达成以下协议。', ['以下协议 | (zh-strong) → keep']],
    ['出租方与承租方就仓库租赁事宜达成以下协议。', ['协议 | (zh-strong) → drop: a contract form\'s own text']],
    ['甲乙双方经友好协商,达成以下协议。', ['协议 | (zh-strong) → drop: a contract form\'s own text']],
  ]);
});

describe('(stop 44, review) a signing still to come is no contract signed at a time; shares a holder holds are a stake bought', () => {
  ruled([
    ['双方将于周五签署合同。', ['合同 | (zh-weak) → drop: no quantifier or modifier']],
    ['公司计划于5月10日与力拓签署合同。', ['合同 | (zh-weak) → drop: no quantifier or modifier']],
    ['拉什福德已于当地时间周二下午签署合同。', ['合同 | (zh-weak) → keep']],
    ['紫金矿业拟以每股5元认购大股东所持2000万股股份。', ['大股东所持2000万股股份 | (zh-stake) → keep']],
  ]);
});

describe('(stop 44) real-text sweep, round 7: memoranda of understanding by title, a filing\'s dated contract and a quoted clause, the kinds of monopoly agreement, a people\'s compact', () => {
  ruled([
    // 《…谅解备忘录》 is signed between parties, never a rule's title, whatever comes before it in the title.
    ['两国签署了《关于建立双边矿业伙伴关系的谅解备忘录》和《关于稀土贸易的谅解备忘录》两份文件。', ['双边矿业伙伴关系的谅解备忘录 | (zh-strong) → keep', '关于稀土贸易的谅解备忘录 | (zh-strong) → keep']],
    ['双方签署了《中国商务部与智利经济部关于锂资源合作的谅解备忘录(三年行动计划)》。', ['关于锂资源合作的谅解备忘录 | (zh-strong) → keep']],
    ['双方签署了《关于开展“绿色矿山·共建未来”合作的谅解备忘录》。', ['合作的谅解备忘录 | (zh-strong) → keep']],
    ['各部门联合签署了《关于对违规矿企实施联合惩戒的合作备忘录》。', ['合作备忘录 | (zh-strong) → drop: in the title of a rule']],
    // The party letters of a filing's contract signed on its day, or of a clause a court quotes, are no form's.
    ['甲乙双方于2019年3月5日在上海签订铜精矿采购协议(《2019年协议》)，该协议已到期。', ['铜精矿采购协议 | (zh-strong) → keep', '2019年协议 | (zh-strong) → keep', '该协议 | (zh-strong) → keep']],
    ['甲方于____年__月__日与乙方签订本协议，甲方应按时供货。', ["协议 | (zh-strong) → drop: a contract form's own text"]],
    ['法院查明，两家公司签订了一份铜矿石运输合同，其中『甲方应于每月五日前付款，乙方不得延期』的约定合法有效。', ['一份铜矿石运输合同 | (zh-weak) → keep']],
    ['判决书写道，双方签订的镍矿买卖合同约定「乙方须于收货后十日内付款，甲方有权解除合同」。', ['镍矿买卖合同 | (zh-weak) → keep', "合同 | (zh-weak) → drop: a contract form's own text"]],
    // 横向 and 纵向垄断协议 are the law's two kinds, not one agreement.
    ['该和解协议是否构成横向垄断协议，需由法院判断。', ['该和解协议 | (zh-strong) → keep', '协议 | (zh-strong) → drop: said of a kind of agreement']],
    ['依据反垄断法，纵向垄断协议的认定较为复杂。', ['协议 | (zh-strong) → drop: said of a kind of agreement']],
    // A people's compact in political thought is no contract signed (two firms' one stays).
    ['卢梭认为，国家的权力来自公民之间的契约。', ['契约 | (zh-weak) → drop: said of a kind of agreement']],
    ['社会契约论者把政府看作一种契约的产物。', ['契约 | (zh-weak) → drop: said of a kind of agreement', '契约 | (zh-weak) → drop: a kind of agreement, not one']],
    ['两家矿企之间的契约规定了铜精矿的交货期。', ['两家矿企之间的契约 | (zh-weak) → keep']],
  ]);
});

describe('(stop 44) real-text sweep, round 8: a loan with its value right after it and its bank or borrower named (利用…银行贷款20亿元, 向…提供股东贷款3.06亿元), a contract\'s clause quoted in “” (合同第七条“乙方…甲方…”)', () => {
  ruled([
    // A loan with its value right after it: named by the bank before it or the party it is lent to; a bank of a kind names no lender.
    ['该市利用德国复兴信贷银行贷款1.5亿欧元改造供热管网。', ['贷款1.5亿欧元 | (zh-money) → keep | 150000000 EUR']],
    ['两家股东按各自持股比例向双方共同控股的锂盐项目公司提供股东贷款2.4亿美元。', ['贷款2.4亿美元 | (zh-money) → keep | 240000000 USD']],
    ['该公司获得交通银行贷款8000万元用于锂盐扩产。', ['贷款8000万元 | (zh-money) → keep | 80000000 CNY']],
    ['中小企业可以通过商业银行贷款500万元周转资金。', ['贷款 | (zh-money) → drop: money word without a quantifier, value or lender']],
    ['利用银行贷款2亿元扩建厂房存在一定风险。', ['贷款 | (zh-money) → drop: money word without a quantifier, value or lender']],
    // A clause quoted in “” with a party's letter is a court's citation: the contract named outside it stays (a form's defined party does not count).
    ['仲裁庭查明,双方签订的铜精矿长协合同第九条“乙方未按期提货的,甲方有权另行处置”合法有效。', ['铜精矿长协合同 | (zh-weak) → keep']],
    ['判决书指出,双方签订的铁矿石采购合同约定“乙方逾期交货的,甲方可扣减货款”,该条款有效。', ['铁矿石采购合同 | (zh-weak) → keep']],
    ['甲方(以下简称“甲方”)与乙方经友好协商签订本合同,甲方应按期付款。', ['合同 | (zh-weak) → drop: a contract form\'s own text']],
  ]);
});

describe('(stop 45) real-text sweep, round 9: a funding round spaced from its letter (近亿元 A 轮融资) or pointed at (本轮融资), a bare contract whose end a party tells (声明表示，双方合约尚未解除; 提到合同已于…解除)', () => {
  ruled([
    // A space around the round's letter is typesetting; the round pointed at (本轮) is the one reported. Rounds in general stay out.
    ['据悉，星河智能近日完成近5亿元 Pre-A 轮融资，资金将用于产线建设。', ['近5亿元 Pre-A 轮融资 | (zh-money) → keep | 500000000 CNY']],
    ['这家机器人公司宣布完成数亿元 B 轮融资，由红杉中国领投。', ['数亿元 B 轮融资 | (zh-money) → keep']],
    ['云帆科技宣布完成C轮融资，本轮融资由苏州工业园区产业投资基金与两家地方国资平台共同领投。', ['C轮融资 | (zh-money) → keep', '本轮融资 | (zh-money) → keep', '投资 | (zh-money) → drop: part of another word']],
    ['本轮融资完成后，公司估值超过30亿元。', ['本轮融资 | (zh-money) → keep']],
    ['很多初创企业难以跨过下一轮融资门槛，只能选择缩减团队。', ['融资 | (zh-money) → drop: many agreements, not one']],
    ['本轮融资周期中，企业估值普遍下调。', ['融资 | (zh-money) → drop: modifies the next word']],
    ['每一轮融资都会稀释创始人的股权比例。', ['融资 | (zh-money) → drop: money word without a quantifier, value or lender', '股权 | (zh-stake) → drop: part of another term']],
    // A bare contract word opening what a party says, its own end told as done at a date or not yet come; a rule's talk stays out.
    ['经纪公司昨日发布声明表示，双方合约尚未解除，艺人仍须履行相关义务。', ['双方合约 | (zh-weak) → keep']],
    ['该歌手在采访中提到合约已于去年12月31日到期，今后将自主发展。', ['合约 | (zh-weak) → keep']],
    ['工作室回应称，双方合同已于2023年6月30日终止。', ['双方合同 | (zh-weak) → keep']],
    ['律师表示，合同已于约定日期解除的，应当及时结清款项。', ['合同 | (zh-weak) → drop: no quantifier or modifier']],
    ['如果合同尚未解除，一方不得擅自另行签约。', ['合同 | (zh-weak) → drop: a condition supposed']],
    ['专家指出，合同到期后双方可以协商续签。', ['合同 | (zh-weak) → drop: no quantifier or modifier']],
    ['文章提到合同一般包括标的、数量和价款等条款。', ['合同 | (zh-weak) → drop: said of a kind of agreement']],
  ]);
});

describe('(stop 45) real-text sweep, round 10: a contract signed under its own title (签署《…供应合同》), a pointer after a time adverb (目前该交易), Hong Kong\'s 今次 (今次贷款)', () => {
  ruled([
    // A contract word closing a book title with its subject matter, right after the signing verb, with a country in the clause: the signed document itself.
    ['近日，中国五矿宣布与秘鲁国家矿业开发公司(MINPE)于5日签署《安第斯铜矿选冶服务合同》。', ['安第斯铜矿选冶服务合同 | (zh-weak) → keep']],
    ['印尼国家镍业公司和中国青山集团(TSG)昨日签署了《苏拉威西镍铁冶炼服务合同》。', ['苏拉威西镍铁冶炼服务合同 | (zh-weak) → keep']],
    ['紫金礦業宣布與哈薩克斯坦國家礦業公司(TKS)於12日簽署了《北部鎢礦採選技術服務合約》。', ['北部鎢礦採選技術服務合約 | (zh-weak) → keep']],
    // A signing as the time of advice is any such signing.
    ['中国企业在海外签订《国际工程承包合同》时应注意仲裁条款。', ['合同 | (zh-weak) → drop: no quantifier or modifier']],
    // A time adverb before a demonstrative right at the word leaves it pointing at the word; the span opens at the demonstrative.
    ['目前該交易還需要獲得智利政府的批準。', ['該交易 | (zh-weak) → keep']],
    ['目前这笔贷款已全部到账。', ['这笔贷款 | (zh-money) → keep']],
    ['目前该平台上的交易十分活跃。', ['交易 | (zh-weak) → drop: a kind of trade, no parties']],
    // 今次 is Hong Kong's 本次; 今次 before 交易所 or a meeting points at no deal.
    ['提供今次貸款的銀團由三家香港銀行組成。', ['今次貸款 | (zh-money) → keep']],
    ['今次交易所推出的新规引发关注。', ['交易 | (zh-weak) → drop: part of another word']],
    ['今次会议讨论了贷款问题。', ['贷款 | (zh-money) → drop: modifies the next word']],
  ]);
});

describe('(stop 45) review: 称 as a verb of telling, not the end of 名称 or 简称', () => {
  ruled([
    ['公司名称，合同已于2021年5月1日终止。', ['合同 | (zh-weak) → drop: no quantifier or modifier']],
    ['公司简称，合同已于2021年5月1日终止。', ['合同 | (zh-weak) → drop: no quantifier or modifier']],
    ['他在声明中称，合同已于2021年5月1日解除。', ['合同 | (zh-weak) → keep']],
  ]);
});

describe('(stop 45) real-text sweep, round 11: 这些股份 pointing back at a holding, 还 of 还款 inside the word', () => {
  ruled([
    // 这些股份 after a holding told in the sentence is that holding; with the shares bought, sold or handed over it stays the stake.
    ['某基金通过旗下平台持有一家锂盐厂12%的股份，这些股份目前由托管银行保管。', ['一家锂盐厂12%的股份 | (zh-stake) → keep', '股份 | (zh-stake) → drop: held shares pointed back at']],
    ['員工通過持股平台持有集團股票，這些股份每年解鎖一次。', ['股份 | (zh-stake) → drop: held shares pointed back at']],
    ['铜业公司以3亿元收购该矿山10%股份，这些股份三年内不得转让。', ['该矿山10%股份 | (zh-stake) → keep | 300000000 CNY', '这些股份 | (zh-stake) → keep', '收购 | (zh-acquisition) → drop: a verb here, not an acquisition']],
    ['甲方持有乙公司20%股份，并同意将这些股份转让给丙方。', ['乙公司20%股份 | (zh-stake) → keep', '这些股份 | (zh-stake) → keep']],
    // 还 before 款 is "repay", part of 还款协议; 还 before 与 is still the adverb.
    ['双方签订了还款协议，约定欠款分三期付清。', ['还款协议 | (zh-strong) → keep']],
    ['该矿企与银团达成還款協議，贷款期限延长两年。', ['還款協議 | (zh-strong) → keep', '贷款 | (zh-money) → drop: modifies the next word']],
    ['公司还与当地政府签署了一份投资协议。', ['一份投资协议 | (zh-strong) → keep', '投资 | (zh-money) → drop: money word without a quantifier, value or lender']],
  ]);
});
