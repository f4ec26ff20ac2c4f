/**
 * The dictionary pass's rules at their edges, on an index made for these tests and text written
 * for them: where a match may start and end, which characters the walk skips or treats as a
 * separator, when a Chinese blocker and a name give way to each other, which payloads count,
 * and when a match is flagged as lower case or mixed script. Each row is what the scanner
 * returns: the matched text and what it stands for.
 */
import { describe, expect, it } from 'vitest';
import { buildAliasIndex, loadAliasIndex, PayloadKind, type IndexAlias, type IndexEntity } from '../../../lib/recognize/alias-index.ts';
import { scanAliases } from '../../../lib/recognize/scan.ts';

const entities: IndexEntity[] = [
  // First on purpose: entity 0 must count like any other.
  { id: 'country:CN', type: 'country', label: 'China' },
  { id: 'country:US', type: 'country', label: 'United States' },
  { id: 'mineral:rare-earths', type: 'mineral', label: 'rare earths' },
  { id: 'mineral:platinum', type: 'mineral', label: 'platinum' },
  { id: 'mineral:pgm', type: 'mineral', label: 'platinum-group metals' },
  { id: 'mineral:kaolin', type: 'mineral', label: 'kaolin' },
  { id: 'country:CU', type: 'country', label: 'Cuba' },
  { id: 'country:PA', type: 'country', label: 'Panama' },
  { id: 'country:BR', type: 'country', label: 'Brazil' },
  { id: 'country:ES', type: 'country', label: 'Spain' },
  { id: 'country:BS', type: 'country', label: 'Bahamas' },
];
const A = (text: string, entity: number, kind: PayloadKind = PayloadKind.Name, zh = false): IndexAlias => ({ text, entity, kind, zh });
const B = (text: string, zh = false, tag?: string): IndexAlias => ({ text, entity: -1, kind: PayloadKind.Blocker, zh, tag });
const aliases: IndexAlias[] = [
  A('China', 0), A('中国', 0, PayloadKind.Name, true), A('Sino-', 0, PayloadKind.Alias),
  A('US', 1, PayloadKind.Alias), A('U.S.', 1, PayloadKind.Alias), A('美', 1, PayloadKind.Abbrev, true),
  A('rare earth', 2, PayloadKind.Alias), A('rare earths', 2, PayloadKind.Alias),
  // Two aliases that part after "platin": the trie has a node boundary there.
  A('platinum', 3), A('platinoids', 3, PayloadKind.Alias),
  A('PGM', 4), A('china clay', 5, PayloadKind.Alias),
  A('古巴', 6, PayloadKind.Name, true), A('巴拿马', 7, PayloadKind.Name, true),
  // A spelling that is both a name and a blocking phrase.
  A('巴西', 8, PayloadKind.Name, true), B('巴西', true), A('西班牙', 9, PayloadKind.Name, true),
  A('巴哈马', 10, PayloadKind.Name, true), B('巴哈马', true),
  B('Bank of China'), B('中国银行', true), B('无锡', true), B('年中', true), B('下巴', true), B('巴比伦', true),
  B('美元', true, '首'),
  { text: '协议', entity: -1, kind: PayloadKind.DealTrigger, zh: true, tag: 'zh-strong' },
];
const index = loadAliasIndex(JSON.parse(JSON.stringify(buildAliasIndex(entities, aliases))));

const what = (kind: PayloadKind, entity: number) => (kind === PayloadKind.Blocker ? 'blocked' : kind === PayloadKind.DealTrigger ? 'deal word' : entities[entity].id);
const found = (text: string) => scanAliases(text, index).map((c) => `${text.slice(c.start, c.end)}=${c.payloads.map((p) => what(p.kind, p.entity)).join('|')}`);
const cases = (rows: [string, string[]][]) => it.each(rows)('%s', (text, expected) => expect(found(text)).toEqual(expected));

describe('where a Latin match starts and ends', () => {
  cases([
    // A match ending on a dot: the next word starts right after it, and may be a match itself.
    ['the U.S.China trade war', ['U.S.=country:US', 'China=country:CN']],
    ['talks with the U.S.', ['U.S.=country:US']],
    // An alias is stored without its trailing separator: "Sino-" matches "Sino", and "US" starts after the hyphen.
    ['Sino-US ties', ['Sino=country:CN', 'US=country:US']],
    ['Sino-', ['Sino=country:CN']],
    // The ideographic space (U+3000, used in Chinese text) is a separator like any other.
    ['rare\u3000earth prices', ['rare\u3000earth=mineral:rare-earths']],
    // An invisible soft hyphen where two aliases part ("platin|um", "platin|oids").
    ['platin\u00adum and platin\u00adoids', ['platin\u00adum=mineral:platinum', 'platin\u00adoids=mineral:platinum']],
    ['platin\u00ad', []],
  ]);
});

describe('when a Chinese match gives way to a longer one', () => {
  cases([
    // A blocker yields to a name starting inside it that runs past it (年中 in 2024年中国).
    ['2024年中国出口', ['中国=country:CN']],
    // ...not to another blocker running past it...
    ['2024年中国银行', ['年中=blocked']],
    // ...nor to a name starting right after it.
    ['无锡中国', ['无锡=blocked', '中国=country:CN']],
    // A spelling that is a name as well as a blocker counts as a name both ways.
    ['下巴西', ['巴西=country:BR|blocked']],
    ['巴西班牙', ['巴西=country:BR|blocked']],
    // A name yields only to a blocking place name, not to another country's name.
    ['古巴拿马', ['古巴=country:CU']],
    ['古巴比伦', ['巴比伦=blocked']],
    // ...and only when every reading of that place name blocks.
    ['古巴哈马', ['古巴=country:CU']],
    // A Latin blocker never yields: "China clay" inside "Bank of China clay" is not looked for.
    ['Bank of China clay', ['Bank of China=blocked']],
    // 美元 gives way only when the character its tag names follows, not at the end of the text.
    ['汇率兑美元', ['美元=blocked']],
    ['中美元首', ['美=country:US']],
    // A deal word's tag is its class, not characters that make it give way.
    ['签署协议-新华网', ['协议=deal word']],
  ]);
});

describe('lower case and mixed script', () => {
  const flags = (text: string) => scanAliases(text, index).map((c) => [text.slice(c.start, c.end), c.lowerCase ?? false, c.mixedScript ?? false]);
  it.each<[string, (string | boolean)[][]]>([
    // The first entity of the index is a country like the others.
    ['exports to china', [['china', true, false]]],
    // Only a country's name written all in lower case is passed on: not a mineral's ("PGM" is a
    // mineral's name here), not one in mixed case.
    ['pgm prices', []],
    ['cHINA', []],
    // A Cyrillic word glued after the match is not part of it.
    ['U.S.Россия', [['U.S.', false, false]]],
    ['U.\u0405.', [['U.\u0405.', false, true]]],
  ])('%s', (text, expected) => {
    expect(flags(text)).toEqual(expected);
  });
});

describe('a long chain of aliases sharing their start', () => {
  // "w z", "w w z", ... 40 of them: the trie has a node for each "w " and only the "z" ends are aliases.
  const chain = Array.from({ length: 40 }, (_, k) => `${'w '.repeat(k + 1)}z`);
  const chainIndex = loadAliasIndex(
    JSON.parse(JSON.stringify(buildAliasIndex([{ id: 'mineral:w', type: 'mineral', label: 'w' }], chain.map((text) => ({ text, entity: 0, kind: PayloadKind.Alias }))))),
  );
  it('matches the longest alias however many nodes lie on the way that end none', () => {
    const text = chain[39];
    expect(scanAliases(text, chainIndex).map((c) => [c.start, c.end])).toEqual([[0, text.length]]);
  });
});
