import { describe, expect, it } from 'vitest';
import { buildAliasIndex, loadAliasIndex, PayloadKind, type IndexAlias, type IndexEntity } from '../../../lib/recognize/alias-index.ts';
import { scanAliases } from '../../../lib/recognize/scan.ts';

const entities: IndexEntity[] = [
  { id: 'mineral:tungsten', type: 'mineral', label: 'tungsten' },
  { id: 'mineral:rare-earths', type: 'mineral', label: 'rare earths' },
  { id: 'country:US', type: 'country', label: 'United States' },
  { id: 'country:CN', type: 'country', label: 'China' },
  { id: 'country:GN', type: 'country', label: 'Guinea' },
  { id: 'country:GW', type: 'country', label: 'Guinea-Bissau' },
  { id: 'country:TR', type: 'country', label: 'Türkiye' },
  { id: 'mineral:tin', type: 'mineral', label: 'tin' },
  { id: 'country:JP', type: 'country', label: 'Japan' },
  { id: 'country:CU', type: 'country', label: 'Cuba' },
];
const A = (text: string, entity: number, kind: PayloadKind = PayloadKind.Alias, zh = false): IndexAlias => ({ text, entity, kind, zh });
const aliases: IndexAlias[] = [
  A('tungsten', 0), A('钨', 0, PayloadKind.Name, true), A('rare earth', 1), A('rare earths', 1), A('rare earth elements', 1), A('稀土', 1, PayloadKind.Name, true),
  A('US', 2), A('U.S.', 2), A('United States', 2), A('美国', 2, PayloadKind.Name, true),
  A('China', 3), A('中国', 3, PayloadKind.Name, true), A('Guinea', 4), A('Guinea-Bissau', 5), A('Türkiye', 6), A('锡', 7, PayloadKind.Name, true),
  A('Japan', 8, PayloadKind.Name), A('Japanese', 8, PayloadKind.Demonym),
  { text: 'Bank of China', entity: -1, kind: PayloadKind.Blocker }, { text: '中国银行', entity: -1, kind: PayloadKind.Blocker, zh: true },
  { text: '无锡', entity: -1, kind: PayloadKind.Blocker, zh: true },
  A('古巴', 9, PayloadKind.Name, true), A('美', 2, PayloadKind.Abbrev, true),
  { text: '巴比伦', entity: -1, kind: PayloadKind.Blocker, zh: true }, { text: '巴士', entity: -1, kind: PayloadKind.Blocker, zh: true },
  // 美元 (US dollar) unless 首 follows: 中美元首 is 中美 + 元首 (heads of state).
  { text: '美元', entity: -1, kind: PayloadKind.Blocker, zh: true, tag: '首' },
];
const index = loadAliasIndex(JSON.parse(JSON.stringify(buildAliasIndex(entities, aliases))));
const found = (text: string) =>
  scanAliases(text, index).map((c) => `${text.slice(c.start, c.end)}=${c.payloads.map((p) => (p.entity >= 0 ? entities[p.entity].id : 'blocked')).join('|')}`);

describe('scanAliases', () => {
  it.each([
    ['China imposed controls on tungsten.', ['China=country:CN', 'tungsten=mineral:tungsten']],
    ['Let us talk about the US and U.S. policy', ['US=country:US', 'U.S.=country:US']],
    ['tungsten\'s price and TUNGSTEN and Tungsten', ["tungsten=mineral:tungsten", 'TUNGSTEN=mineral:tungsten', 'Tungsten=mineral:tungsten']],
    ['rare-earth magnets and rare  earths and rare earth elements', ['rare-earth=mineral:rare-earths', 'rare  earths=mineral:rare-earths', 'rare earth elements=mineral:rare-earths']],
    ['fine china and CHINA', ['CHINA=country:CN']],
    ['Guinea-Bissau is not Guinea', ['Guinea-Bissau=country:GW', 'Guinea=country:GN']],
    ['Turkiye and TÜRKIYE', ['Turkiye=country:TR', 'TÜRKIYE=country:TR']],
    ['the Bank of China said', ['Bank of China=blocked']],
    ['tungstens? untungsten tungstenite', []],
    ['美国和中国在稀土和钨上竞争', ['美国=country:US', '中国=country:CN', '稀土=mineral:rare-earths', '钨=mineral:tungsten']],
    ['中国银行在无锡，锡价', ['中国银行=blocked', '无锡=blocked', '锡=mineral:tin']],
    ['美国和US的关系', ['美国=country:US', 'US=country:US']],
    // A name gives way to a place name of three characters starting on its last one, not to a two-character word.
    ['古巴比伦的遗址', ['巴比伦=blocked']],
    ['古巴士兵回国', ['古巴=country:CU']],
    ['美元汇率和中美元首会晤', ['美元=blocked', '美=country:US']],
    ['tung\u00ad\u200bsten', ['tung\u00ad\u200bsten=mineral:tungsten']],
    // An invisible unit right after the first letter: the pair the two begin is no guide, the walk decides.
    ['t\u00adungsten and C\u200bhina', ['t\u00adungsten=mineral:tungsten', 'C\u200bhina=country:CN']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('passes a lower-case country name on, flagged, for the sense rules to decide', () => {
    const text = 'exports to japan, the japanese and US';
    const got = scanAliases(text, index).map((c) => [text.slice(c.start, c.end), c.lowerCase ?? false]);
    // Only names: a lower-case demonym or alias stays unmatched.
    expect(got).toEqual([['japan', true], ['US', false]]);
  });

  it('folds Cyrillic and Greek look-alike letters and flags the mixed spelling', () => {
    const text = 'To \u0421hina and \u0392ermuda, not \u0421\u041d\u0406\u039d\u0410; China too';
    const got = scanAliases(text, index).map((c) => [text.slice(c.start, c.end), c.mixedScript ?? false]);
    expect(got).toEqual([['\u0421hina', true], ['China', false]]);
  });

  it('walks over separators and invisible units between the words of an alias', () => {
    // Space, soft hyphen, space: one separator run.
    expect(found('rare \u00ad earths and rare\u2011earth')).toEqual(['rare \u00ad earths=mineral:rare-earths', 'rare\u2011earth=mineral:rare-earths']);
  });

  it('flags only Greek or Cyrillic letters as another script, not punctuation of the General Punctuation block', () => {
    const text = 'rare\u2011earth, rare\u200d earth, rare e\u0430rth';
    expect(scanAliases(text, index).map((c) => [text.slice(c.start, c.end), c.mixedScript ?? false])).toEqual([
      ['rare\u2011earth', false],
      ['rare\u200d earth', false],
      ['rare e\u0430rth', true],
    ]);
  });

  it('reports UTF-16 offsets into the original text', () => {
    const text = '🙂 tungsten';
    const [c] = scanAliases(text, index);
    expect(text.slice(c.start, c.end)).toBe('tungsten');
    expect(c.start).toBe(3);
  });
});

describe('a Chinese character that starts only longer aliases', () => {
  // 巴 starts 巴西 and 巴拿马 but is no alias (a label of one unit, no output, three children);
  // 阿根廷 is a label of three units; 美 is an alias of its own with children.
  const zh = loadAliasIndex(buildAliasIndex(
    [{ id: 'country:BR', type: 'country', label: 'Brazil' }, { id: 'country:PA', type: 'country', label: 'Panama' }, { id: 'country:AR', type: 'country', label: 'Argentina' }, { id: 'country:US', type: 'country', label: 'US' }],
    [
      A('巴西', 0, PayloadKind.Name, true), A('巴拿马', 1, PayloadKind.Name, true), { text: '巴士', entity: -1, kind: PayloadKind.Blocker, zh: true },
      A('阿根廷', 2, PayloadKind.Name, true), A('美国', 3, PayloadKind.Name, true), A('美', 3, PayloadKind.Abbrev, true),
    ],
  ));
  const names = (text: string) => scanAliases(text, zh).map((c) => text.slice(c.start, c.end));
  it.each([
    ['巴黎和巴西，巴拿马运河，巴士站', ['巴西', '巴拿马', '巴士']],
    ['阿拉伯和阿根廷', ['阿根廷']],
    ['美方和美国', ['美', '美国']],
    // A unit that is no CJK character after the first one goes to the walk, which skips or stops on it.
    ['巴\u00ad西、阿\u200b根廷、巴 西、巴', ['巴\u00ad西', '阿\u200b根廷']],
    ['巴巴西阿阿根廷美美', ['巴西', '阿根廷', '美', '美']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('the case rule, kept as a mask of upper-case positions', () => {
  it('counts the letters the scanner compares, not separators', async () => {
    const { caseMask } = await import('../../../lib/recognize/fold.ts');
    expect(caseMask('United States')).toBe('06');
    expect(caseMask('U.S.')).toBe('02');
    expect(caseMask('Guinea-Bissau')).toBe('06');
    expect(caseMask('tungsten')).toBe('');
  });

  it.each([
    ['United  States', true],
    ['UNITED STATES', true],
    ['United\u00adStates', true],
    ['united States', false],
    ['United states', false],
    ['Guinea Bissau', true],
    ['Guinea-bissau', false],
  ])('%s keeps the case of "United States" or "Guinea-Bissau": %s', async (text, expected) => {
    const { caseMask, caseMatches } = await import('../../../lib/recognize/fold.ts');
    const alias = text.toLowerCase().startsWith('guinea') ? 'Guinea-Bissau' : 'United States';
    expect(caseMatches(caseMask(alias), text, 0, text.length)).toBe(expected);
  });
});

describe('UNIT_CLASS', () => {
  it('agrees with isWordUnit and isCjkUnit for every UTF-16 unit', async () => {
    const { UNIT_CLASS, isWordUnit, isCjkUnit } = await import('../../../lib/recognize/fold.ts');
    for (let c = 0; c < 0x10000; c++) expect(UNIT_CLASS[c]).toBe(isWordUnit(c) ? 1 : isCjkUnit(c) ? 2 : 0);
  });
});

describe('a Latin word start settled by its first four units, without a walk', async () => {
  const { collectAliases } = await import('../../../lib/dataset/aliases.ts');
  const { loadDataset } = await import('../../../lib/dataset/load.ts');
  const { buildRecognizerIndex } = await import('../../../lib/recognize/build-index.ts');
  const { foldUnit, UNIT_CLASS } = await import('../../../lib/recognize/fold.ts');
  const dataset = loadDataset();
  const shipped = loadAliasIndex(JSON.parse(JSON.stringify(buildRecognizerIndex(dataset, collectAliases(dataset)))));
  // Aliases that open with a letter folded to no ASCII one (ł), or to a unit of no class (Ⱥ to ⱥ).
  const odd = loadAliasIndex(buildAliasIndex(
    [{ id: 'country:PL', type: 'country', label: 'Poland' }],
    [A('Łódź', 0), A('ⱥbcd', 0), A('ⱥb', 0), A('ßx', 0)],
  ));
  type Index = typeof shipped;

  /** Every alias the trie holds but those that open with a CJK unit, folded. */
  const latinKeys = (index: Index) => {
    const keys: string[] = [];
    const visit = (node: number, key: string) => {
      key += index.labels.slice(index.labelStart[node], index.labelEnd[node]);
      if (index.outCount[node] > 0) keys.push(key);
      for (let e = index.childStart[node]; e < index.childStart[node] + index.childCount[node]; e++) visit(index.childTarget[e], key);
    };
    for (let e = 0; e < index.childCount[0]; e++) if (UNIT_CLASS[index.childFirst[e]] !== 2) visit(index.childTarget[e], '');
    return keys;
  };

  /** An alias as texts that try the table's edges: a text's end, a letter after, separators run together, invisible units inside. */
  const variants = (alias: string) => {
    const out = [alias, `${alias}s`, `a ${alias}.`, `${alias} and more`];
    for (let k = 1; k < Math.min(alias.length, 5); k++) out.push(`${alias.slice(0, k)}\u00ad${alias.slice(k)} x`);
    if (alias.includes(' ')) out.push(`${alias.replace(' ', '  ')} x`, `${alias.replace(' ', ' \u200b\n')} x`, `${alias.replace(' ', '-')} x`);
    return out;
  };

  /** The texts of `aliases` on which the scan finds otherwise than with every bit set, where every Latin word start walks. */
  const disagreements = (index: Index, aliases: string[]) => {
    const walksEverywhere = { ...index, latinStarts: new Int32Array(index.latinStarts.length).fill(-1) };
    const spans = (text: string, by: Index) =>
      scanAliases(text, by).map((c) => `${c.start}-${c.end}:${c.payloads.map((p) => `${p.kind}/${p.entity}`).join(',')}${c.lowerCase ? ' lower' : ''}`).join();
    const wrong: string[] = [];
    for (const alias of new Set(aliases)) for (const text of variants(alias)) if (spans(text, index) !== spans(text, walksEverywhere)) wrong.push(text);
    return wrong;
  };

  it('holds few bits, so that most starts settle', () => {
    let set = 0;
    for (const word of shipped.latinStarts) for (let b = 0; b < 32; b++) if (word & (1 << b)) set++;
    expect(latinKeys(shipped).length).toBeGreaterThan(1000);
    expect(set).toBeLessThan(shipped.latinStarts.length * 32 * 0.02);
  });

  it('finds what the walk from every Latin word start finds, for every alias of the shipped index', () => {
    const keys = latinKeys(shipped);
    const english = collectAliases(dataset).filter((a) => a.lang === 'en').map((a) => a.text);
    expect(disagreements(shipped, [...keys, ...keys.map((k) => k.toUpperCase()), ...english])).toEqual([]);
  });

  it('finds aliases that open with a letter of no ASCII fold, or of a fold of no class', () => {
    expect(disagreements(odd, ['Łódź', 'ŁÓDŹ', 'Ⱥbcd', 'Ⱥb', 'ⱥbcd', 'ßx'])).toEqual([]);
    expect(scanAliases('in Ⱥbcd and Łódź', odd).length).toBe(2);
  });

  it('leaves out the aliases that open with a CJK unit, as no Latin word unit folds to one', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (UNIT_CLASS[c] === 1 && UNIT_CLASS[foldUnit(c)] === 2) wrong.push(c);
    expect(wrong).toEqual([]);
  });
});
