/**
 * The rules of `recognizeDetailed` itself (not of the sense or deal modules it calls), on
 * sentences written for these tests (none from the gold sets): which entity a word shared by two
 * countries stands for, which checks each kind of match goes through, one sense per text, the
 * sentence a deal's parts come from, and the organisations named as a deal's party. Each row
 * asserts what the reader sees: the mentions with their ids, and in debug mode the reason given.
 */
import { describe, expect, it } from 'vitest';
import { buildAliasIndex, loadAliasIndex, PayloadKind, type IndexAlias, type IndexEntity } from '../../../lib/recognize/alias-index.ts';
import { recognizeDetailed } from '../../../lib/recognize/recognize.ts';
import { makeRecognizer } from '../../../scripts/lib/recognizer.ts';

const recognize = makeRecognizer(false);

/** Country and mineral mentions as `surface=id`. */
const found = (text: string) => recognize(text).mentions.filter((m) => m.type !== 'deal').map((m) => `${m.surface}=${m.id}`);
const cases = (rows: [string, string[]][]) => it.each(rows)('%s', (text, expected) => expect(found(text)).toEqual(expected));

/** Every match in debug mode, kept or dropped, as `surface | why`, in text order. */
function ruling(text: string): string[] {
  const r = recognize(text, { debug: true });
  const all = [...r.mentions.map((m) => ({ start: m.start, line: `${m.surface} | ${m.why}` })), ...(r.dropped ?? []).map((d) => ({ start: d.start, line: `${d.surface} | ${d.why}` }))];
  return all.sort((a, b) => a.start - b.start).map((x) => x.line);
}
const ruled = (rows: [string, string[]][]) => it.each(rows)('%s', (text, expected) => expect(ruling(text)).toEqual(expected));

/** The deals of the text: surface, then parties and minerals by id. */
const deals = (text: string) =>
  recognize(text)
    .mentions.filter((m) => m.type === 'deal')
    .map((m) => `${m.surface} | ${m.deal?.parties.join(' ')} | ${m.deal?.minerals.join(' ')}`);

describe('乌: Ukraine unless Uzbekistan is named in the text', () => {
  cases([
    ['中乌两国签署协议。', ['中=country:CN', '乌=country:UA']],
    ['乌兹别克斯坦总统到访，中乌两国签署协议。', ['乌兹别克斯坦=country:UZ', '中=country:CN', '乌=country:UZ']],
  ]);
});

describe('Congolese: the Democratic Republic unless Brazzaville or the Republic of the Congo is near', () => {
  const filler = ' Miners dug copper and cobalt in the south of the country for export all year round.'.repeat(3);
  cases([
    ['Congolese miners dig cobalt.', ['Congolese=country:CD', 'cobalt=mineral:cobalt']],
    ['Congolese troops crossed the river from Brazzaville.', ['Congolese=country:CG']],
    ['From Brazzaville, Congolese troops crossed the river.', ['Congolese=country:CG']],
    // Brazzaville more than 200 characters away says nothing about this word.
    [`Brazzaville hosted talks.${filler} Congolese troops crossed the river.`, ['copper=mineral:copper', 'cobalt=mineral:cobalt', 'copper=mineral:copper', 'cobalt=mineral:cobalt', 'copper=mineral:copper', 'cobalt=mineral:cobalt', 'Congolese=country:CD']],
    [`Congolese troops crossed the river.${filler} Brazzaville hosted talks.`, ['Congolese=country:CD', 'copper=mineral:copper', 'cobalt=mineral:cobalt', 'copper=mineral:copper', 'cobalt=mineral:cobalt', 'copper=mineral:copper', 'cobalt=mineral:cobalt']],
    ['Congolese officials said the Republic of Congo would sign.', ['Congolese=country:CG', 'Republic of Congo=country:CG']],
    ['Congolese officials in the Republic of the Congo said so.', ['Congolese=country:CG', 'Republic of the Congo=country:CG']],
    // The Democratic Republic's own name holds "Republic of the Congo": it is no cue for Brazzaville.
    ['Congolese officials in the Democratic Republic of the Congo said so.', ['Congolese=country:CD', 'Democratic Republic of the Congo=country:CD']],
    ['Congolese officials in the Democratic Republic of Congo said so.', ['Congolese=country:CD', 'Democratic Republic of Congo=country:CD']],
    // Both named, the Republic first: the Democratic Republic named after it still wins.
    [
      'Congolese officials from the Republic of the Congo and the Democratic Republic of the Congo met.',
      ['Congolese=country:CD', 'Republic of the Congo=country:CG', 'Democratic Republic of the Congo=country:CD'],
    ],
  ]);
});

describe('the edge checks are for country names only', () => {
  ruled([
    // ", Nevada" after a country's name makes a US town of it; after a mineral it does nothing.
    ['The mine produces tungsten, Nevada regulators said.', ['tungsten | name "tungsten"']],
    ['Lebanon, Pennsylvania, opened a museum.', ['Lebanon | name → drop: a US town']],
    // A capital goes to the sense rules, not to the edge checks: its own reason, not "a US town".
    ['Moscow, Idaho, imposed a curfew.', ['Moscow | capital → drop: capital-not-metonym']],
    // 默 after 美 would continue a transliterated name after a full name; an abbreviation is not checked.
    ['中美默契十足。', ['中 | abbreviation → keep: pair', '美 | abbreviation → keep: pair']],
  ]);
});

describe('a blocking phrase blocks its plural too', () => {
  ruled([
    ['Fold in the Greek yogurt and a pinch of salt.', ['Greek yogurt | blocking phrase']],
    ['The Cuban heels are back this autumn.', ['Cuban heels | blocking phrase']],
    ['Silver linings were few this quarter.', ['Silver linings | blocking phrase']],
    ['The diner sells Danish pastries.', ['Danish pastries | blocking phrase']],
    ['The spa offers Swedish massages and a sauna.', ['Swedish massages | blocking phrase']],
    ['Messi lifted the Copa America in Miami.', ['Copa America | blocking phrase']],
    ['The bakery sells Swiss rolls.', ['Swiss rolls | blocking phrase']],
    ['It was an Indian summer.', ['Indian summer | blocking phrase']],
    ['The pub serves India pale ales.', ['India pale ales | blocking phrase']],
    ['Canada geese nest by the lake.', ['Canada geese | blocking phrase']],
    ['She inked the maps in India ink.', ['India ink | blocking phrase']],
    ['The deli sells Cuban sandwiches.', ['Cuban sandwiches | blocking phrase']],
    ['Norway spruces line the drive.', ['Norway spruces | blocking phrase']],
    ['The silver birch was felled.', ['silver birch | blocking phrase']],
    ['Players wore the silver fern on their shirts.', ['silver fern | blocking phrase']],
    ['Poland Spring raised prices.', ['Poland Spring | blocking phrase']],
    ['The Inter-American Development Bank lent $2 billion.', ['Inter-American | blocking phrase']],
    // 美 starting an ordinary word after a join or a preposition (senses-zh-12); 美方 after 与 stays.
    ['学校坚持德育与美育并重。', ['德 | abbreviation → drop: abbrev-without-context', '美育 | blocking phrase']],
    ['她在美妆店买了口红。', ['美妆 | blocking phrase']],
    ['中方与美方举行会谈。', ['中 | abbreviation → keep: compound', '美 | abbreviation → keep: compound']],
    ['演员们在华丽的舞台上谢幕。', ['华丽 | blocking phrase', '台 | abbreviation → drop: abbrev-without-context']],
    ['游客们在华山顶上看日出。', ['华山 | blocking phrase', '日 | abbreviation → drop: day']],
    ['草原上的蒙古包里飘出奶茶的香气。', ['蒙古包 | blocking phrase']],
    ['她有一颗金子般的心。', ['金子般 | blocking phrase']],
    // Digital gold, a name for a coin (audit-techzh); gold bought in an app is still gold.
    ['比特币常被称作数字黄金。', ['数字黄金 | blocking phrase']],
    // (Review) Without a naming verb too: 比特币被视为数字黄金.
    ['比特币被视为数字黄金。', ['数字黄金 | blocking phrase']],
    ['不少年轻人在手机上买黄金。', ['黄金 | name "黄金"']],
    ['蒙古国总统抵达北京。', ['蒙古国 | alias "蒙古国"', '北京 | capital → drop: capital-not-metonym']],
    ['外国企业在华投资持续增长。', ['华 | abbreviation → keep: after-preposition', '投资 | deal word (zh-money) → drop: money word without a quantifier, value or lender']],
    // A name among the phrases gets no plural: "Gold Coasts" is two words of their own.
    ['Both Gold Coasts voted.', ['Gold | name → drop: name-or-tier']],
  ]);
});

describe('an unambiguous metal hyphened to a colour word is a shade', () => {
  ruled([
    ['Zinc-grey skies hung over the port.', ['Zinc | name → drop: colour-compound']],
    ['Zinc-rich soils grow better wheat.', ['Zinc | name "Zinc"']],
  ]);
});

describe('neighbours reach the end of the sentence', () => {
  // Headlines without a full stop: the last word ends the sentence and still counts as a neighbour.
  ruled([
    ['Lead and zinc', ['Lead | name → keep: metal-list', 'zinc | name "zinc"']],
    ['Jordan and Egypt', ['Jordan | name → keep: country-context', 'Egypt | name "Egypt"']],
  ]);
});

describe('one sense per text', () => {
  ruled([
    [
      'Lithium buyers met in Atlanta, Georgia. Later she drove across Georgia at night.',
      ['Lithium | name "Lithium"', 'Georgia | name → drop: us-state', 'Georgia | name → keep: default-country → drop: one sense per text'],
    ],
    // A cue of its own is not overruled by the other uses, however many.
    [
      'Savannah, Georgia and Atlanta, Georgia grew. Georgia and Armenia signed.',
      ['Georgia | name → drop: us-state', 'Georgia | name → drop: us-state', 'Georgia | name → keep: caucasus', 'Armenia | name "Armenia"'],
    ],
    // Lower-case "china" (porcelain) says nothing about "China".
    ['She exports fine china. China exports graphite.', ['china | name → drop: lower-case-common-noun', 'China | name → keep: no-rule', 'graphite | name "graphite"']],
    // Nor does a reading tied to its construction: a language, a given name.
    ['It was dubbed in French. French voters went to the polls.', ['French | demonym → drop: language', 'French | demonym → keep: no-rule']],
    ['Ireland Baldwin visited. Ireland raised taxes.', ['Ireland | name → drop: first-name', 'Ireland | name → keep: default-country']],
  ]);

  it('drops the one mention it overrules, not another', () => {
    expect(found('Lithium buyers met in Atlanta, Georgia. Later she drove across Georgia at night.')).toEqual(['Lithium=mineral:lithium']);
  });
});

describe('a deal takes its parties and minerals from its own sentence', () => {
  it.each<[string, string[]]>([
    ['Peru exports zinc. Chile signed a lithium agreement with Japan. Prices fell in Bolivia.', ['a lithium agreement with Japan | country:CL country:JP | mineral:lithium']],
    // A later sentence that needed a sense decision is not the deal's sentence.
    ['Chile signed a lithium agreement with Japan. Prices in China fell.', ['a lithium agreement with Japan | country:CL country:JP | mineral:lithium']],
    // The last party ends the text: it is still inside the sentence.
    ['Chile signed a lithium agreement with Japan', ['a lithium agreement with Japan | country:CL country:JP | mineral:lithium']],
    // A currency named after a country is money, not a party.
    ['Chile signed a lithium agreement worth 5 billion Singapore dollars.', ['a lithium agreement worth 5 billion Singapore dollars | country:CL | mineral:lithium']],
    // Chinese sentences have no space between them: the second starts where the first ends.
    ['中乌签署协议。美日签署协议。', ['协议 | country:CN country:UA | ', '协议 | country:US country:JP | ']],
  ])('%s', (text, expected) => {
    expect(deals(text)).toEqual(expected);
  });
});

describe('deal names', () => {
  it('finds the countries and minerals inside a deal name, but not a blocking phrase', () => {
    expect(recognize('The Lithium Americas deal was signed.').mentions.map((m) => `${m.surface}=${m.id}`)).toEqual(['Lithium Americas deal=deal:doe-lithium-americas-2025']);
  });

  it('a deal phrase that runs into a deal name gives way to it', () => {
    expect(deals('Tokyo hailed the US-Japan critical minerals framework deal.')).toEqual(['US-Japan critical minerals framework | country:US country:JP | ']);
    expect(deals('Tokyo signed a deal with the US-Japan critical minerals framework partners.')).toEqual(['US-Japan critical minerals framework | country:JP country:US | ']);
  });

  it('a deal word inside a deal name makes no second deal; one before or after it does', () => {
    expect(deals('The US-Japan critical minerals framework was signed.')).toEqual(['US-Japan critical minerals framework | country:US country:JP | ']);
    expect(deals('Japan signed a supply agreement with Vale before the US-Japan critical minerals framework.').map((d) => d.split(' | ')[0])).toEqual([
      'a supply agreement with Vale',
      'US-Japan critical minerals framework',
    ]);
    expect(deals('After the US-Japan critical minerals framework, Japan signed a supply agreement with Vale.').map((d) => d.split(' | ')[0])).toEqual([
      'US-Japan critical minerals framework',
      'a supply agreement with Vale',
    ]);
  });

  it('says why a deal was kept only in debug mode', () => {
    expect(ruling('The Lithium Americas deal was signed.')).toEqual(['Lithium Americas deal | deal name']);
    expect(ruling('中乌两国签署协议。').filter((l) => l.startsWith('协议'))).toEqual(['协议 | deal word (zh-strong) → keep']);
    const plain = recognize('The Lithium Americas deal was signed. 中乌两国签署协议。').mentions.filter((m) => m.type === 'deal');
    expect(plain.map((m) => Object.keys(m).sort().join(','))).toEqual(['deal,end,id,start,surface,type', 'deal,end,id,start,surface,type']);
  });

  it('gives a deal a value and organisations only when it has them', () => {
    const [deal] = recognize('Chile signed a lithium agreement with Japan.').mentions.filter((m) => m.type === 'deal');
    expect(Object.keys(deal.deal ?? {}).sort()).toEqual(['minerals', 'parties']);
  });
});

describe('organisations named as a deal\'s party', () => {
  const organisations = (text: string) => recognize(text).mentions.find((m) => m.type === 'deal')?.deal?.organisations;
  it.each<[string, string[] | undefined]>([
    ['Lynas signed a supply agreement with Vale SA.', ['Vale SA']],
    ['Lynas signed a supply agreement with Vale SA and The Mining Group.', ['Vale SA', 'The Mining Group']],
    ['Lynas signed a supply agreement with the Bank of Montreal.', ['Bank of Montreal']],
    ['Lynas signed a supply agreement with the Bank  of Montreal.', ['Bank  of Montreal']],
    ['Lynas signed a supply agreement with the Bank of  Montreal.', ['Bank of  Montreal']],
    ['Lynas signed a supply agreement with Compañía de Minas.', ['Compañía de Minas']],
    ['Lynas signed a supply agreement with Compañía de  Minas.', ['Compañía de  Minas']],
    ['Lynas signed a supply agreement with Ivan the Great Mining.', ['Ivan the Great Mining']],
    ['Lynas signed a supply agreement with Ivan the  Great Mining.', ['Ivan the  Great Mining']],
    ["Lynas signed a supply agreement with Australia's Iluka Resources.", ['Iluka Resources']],
    ["Lynas signed a supply agreement with Australia's  Iluka Resources.", ['Iluka Resources']],
    ['Lynas signed a supply agreement with Japan.', undefined],
  ])('%s', (text, expected) => {
    expect(organisations(text)).toEqual(expected);
  });
});

describe('with a small index of its own', () => {
  const entities: IndexEntity[] = [
    { id: 'country:JP', type: 'country', label: 'Japan' },
    { id: 'country:GN', type: 'country', label: 'Guinea' },
    { id: 'country:GW', type: 'country', label: 'Guinea-Bissau' },
    { id: 'country:PE', type: 'country', label: 'Peru' },
  ];
  const aliases: IndexAlias[] = [
    { text: 'Japan', entity: 0, kind: PayloadKind.Name },
    // A language's demonym not marked ambiguous still goes through the language check.
    { text: 'Japanese', entity: 0, kind: PayloadKind.Demonym },
    // One spelling, two countries: the one whose reading is not in doubt wins.
    { text: 'Guinean', entity: 1, kind: PayloadKind.Demonym, ambiguous: true },
    { text: 'Guinean', entity: 2, kind: PayloadKind.Demonym },
    // A spelling that is a name and also a blocking phrase: the blocker's payload names no entity.
    { text: 'Peru', entity: 3, kind: PayloadKind.Name },
    { text: 'Peru', entity: -1, kind: PayloadKind.Blocker },
  ];
  const index = loadAliasIndex(JSON.parse(JSON.stringify(buildAliasIndex(entities, aliases))));
  const own = (text: string) => {
    const r = recognizeDetailed(text, { index, debug: true });
    return [...r.mentions.map((m) => `${m.surface}=${m.id} | ${m.why}`), ...(r.dropped ?? []).map((d) => `${d.surface} | ${d.why}`)];
  };

  it.each<[string, string[]]>([
    ['She speaks fluent Japanese.', ['Japanese | demonym → drop: language']],
    ['Japanese buyers signed.', ['Japanese=country:JP | demonym "Japanese"']],
    ['Guinean buyers signed.', ['Guinean=country:GW | demonym "Guinean"']],
    ['Peru signed.', ['Peru=country:PE | name "Peru"']],
  ])('%s', (text, expected) => {
    expect(own(text)).toEqual(expected);
  });
});

describe('full-width Latin letters, as Chinese text types them', () => {
  cases([
    ['中国从ＵＳ进口稀土。', ['中国=country:CN', 'ＵＳ=country:US', '稀土=mineral:rare-earths']],
    ['ＣＨＩＮＡ exports rose.', ['ＣＨＩＮＡ=country:CN']],
    ['Ｃｈｉｎａ raised tariffs.', ['Ｃｈｉｎａ=country:CN']],
    // A word boundary still holds: full-width letters around a name make one longer word.
    ['ＡＣＨＩＮＡＢ rose.', []],
  ]);
});

describe('a region before 国家 (countries): 美国 is not read across the region word', () => {
  cases([
    ['拉美国家的经济增长放缓。', []],
    ['美国与拉美的贸易增长。', ['美国=country:US']],
    ['南美國家與中國簽署協議。', ['中國=country:CN']],
  ]);
});
