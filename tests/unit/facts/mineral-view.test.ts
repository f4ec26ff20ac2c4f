/**
 * A mineral card as laid out: the facts line, production bars (the leading six, China marked,
 * notes), mixed-form lists, the world line with withheld countries, the headline figures, the
 * price line, US import sources, reserves (the leading four), prose, what is not available,
 * the critical-minerals lists, and the order of it all. English and Chinese.
 */
import { describe, expect, it } from 'vitest';
import type { MineralFacts, TableRowView, TableView } from '../../../lib/facts/cards.ts';
import { mineralView } from '../../../lib/facts/mineral-view.ts';
import type { Inline, Item, Section } from '../../../lib/facts/view.ts';

const SRC = 'https://pubs.usgs.gov/periodicals/mcs2026/mcs2026-x.pdf';
const group = { en: 'Rare earths (group)', zh: '稀土（整组）' };

function table(rows: TableRowView[], over: Partial<TableView> = {}): TableView {
  return {
    kind: 'production',
    title: { en: 'Mine production, 2025', zh: '矿山产量，2025年' },
    unit: { en: 't (x content)', zh: '吨（x含量）' },
    unitShort: { en: 't', zh: '吨' },
    world: { value: 2_000_000 },
    rows,
    notes: [],
    source: SRC,
    asOf: '2026-02',
    ...over,
  };
}

const country = (id: string, label: string, labelZh: string, share: number, value: number, over: Partial<TableRowView> = {}): TableRowView =>
  ({ label, labelZh, country: `country:${id}`, share, value, ...over });

function facts(over: Partial<MineralFacts> = {}): MineralFacts {
  return {
    kind: 'mineral',
    id: 'mineral:x',
    names: { en: 'x', zh: '某矿' },
    groups: [],
    partOf: [],
    production: [],
    chinaShares: [],
    reliance: [],
    unavailable: [],
    criticalLists: { us2022: false, us2025: false, source: 'https://example.org/list', asOf: '2025-11' },
    controls: [],
    deals: [],
    ...over,
  };
}

const inline = (parts: Inline[]) => parts.map((p) => (typeof p === 'string' ? p : 'strong' in p ? p.strong : p.tag)).join('');
const titleOf = (s: Section) => (s.title ? inline(s.title) : '');
const texts = (s: Section) => s.items.map((i) => (i.t === 'p' ? inline(i.text) : i.t));
const sectionTitled = (f: MineralFacts, lang: 'en' | 'zh', title: string) => mineralView(f, lang).sections.find((s) => titleOf(s).startsWith(title))!;
const itemOf = <T extends Item['t']>(s: Section, t: T) => s.items.find((i) => i.t === t) as Extract<Item, { t: T }>;

describe('mineralView facts line', () => {
  it('gives the symbol, the worded groups and what it is part of', () => {
    const f = facts({ symbol: 'Nd', groups: ['rare-earth', 'battery', 'unknown-key'], partOf: [{ id: 'mineral:ree', label: 'rare earths', labelZh: '稀土' }, { id: 'mineral:y', label: 'y' }] });
    expect(mineralView(f, 'en').sections[0].items).toEqual([{ t: 'facts', symbol: 'Nd', text: 'rare earth · battery · unknown-key · part of rare earths, y' }]);
    expect(mineralView(f, 'zh').sections[0].items).toEqual([{ t: 'facts', symbol: 'Nd', text: '稀土 · 电池材料 · unknown-key · 属于 稀土, y' }]);
  });

  it('has no symbol key and no "part of" where there is none', () => {
    expect(mineralView(facts({ groups: ['ore'] }), 'en').sections[0].items).toStrictEqual([{ t: 'facts', text: 'ore' }]);
  });

  it("puts the mineral's note right after the facts line", () => {
    const card = mineralView(facts({ note: { en: 'About the figures.', zh: '关于数据。' } }), 'zh');
    expect(card.sections[1]).toEqual({ items: [{ t: 'p', text: ['关于数据。'], small: true, muted: true }], sources: [] });
  });
});

describe('mineralView production', () => {
  const seven = [
    country('CN', 'China', '中国', 0.6, 1_200_000, { note: { en: 'China note', zh: '中国说明' } }),
    country('AU', 'Australia', '澳大利亚', 0.2, 400_000, { note: { en: 'estimated', zh: '估计' } }),
    country('US', 'United States', '美国', 0.1, 200_000),
    country('BR', 'Brazil', '巴西', 0.04, 80_000),
    country('CA', 'Canada', '加拿大', 0.03, 60_000),
    country('IN', 'India', '印度', 0.02, 40_000),
    country('ZA', 'South Africa', '南非', 0.01, 20_000),
  ];

  it('draws the leading six producers as bars scaled to the largest, China highlighted', () => {
    const section = mineralView(facts({ production: [table(seven)] }), 'en').sections[1];
    expect(section.title).toEqual(['Mine production, 2025']);
    const bars = itemOf(section, 'bars');
    expect(bars.label).toBe('Mine production, 2025: China 60%, Australia 20%, United States 10%, Brazil 4%, Canada 3%, India 2%');
    expect(bars.rows[0]).toEqual({ label: 'China', frac: 1, value: '60% · 1.2 million', highlight: true });
    expect(bars.rows[1]).toEqual({ label: 'Australia', frac: 0.2 / 0.6, value: '20% · 400,000' });
    expect(bars.rows).toHaveLength(6);
  });

  it("says the world total and notes under the chart, other rows' notes but not China's", () => {
    const section = mineralView(facts({ production: [table(seven, { notes: [{ en: 'Table note.', zh: '表注。' }] })] }), 'en').sections[1];
    expect(texts(section)).toEqual(['bars', 'World: 2 million t (x content)', 'Australia: estimated', 'Table note.']);
    expect(section.sources).toEqual([{ source: SRC, asOf: '2026-02' }]);
  });

  it('leaves out rows without a country or a share, and draws no bars when none is left', () => {
    const rows = [country('CN', 'China', '中国', 0.5, 10), { label: 'Other countries', labelZh: '其他国家', value: 10, share: 0.5 }, country('US', 'United States', '美国', 0, 0, { share: undefined })];
    expect(itemOf(mineralView(facts({ production: [table(rows)] }), 'en').sections[1], 'bars').rows.map((r) => r.label)).toEqual(['China']);
    const none = mineralView(facts({ production: [table([rows[1]])] }), 'en').sections[1];
    expect(texts(none)).toEqual(['World: 2 million t (x content)']);
  });

  it('names withheld countries after the world total, or after the unit where there is no total', () => {
    const rows = [country('CN', 'China', '中国', 0.9, 9), { label: 'United States', labelZh: '美国', country: 'country:US', withheld: true }, { label: 'Canada', labelZh: '加拿大', country: 'country:CA', withheld: true }];
    expect(texts(mineralView(facts({ production: [table(rows, { world: { value: 10, qualifier: '>' } })] }), 'en').sections[1])[1])
      .toBe('World: >10 t (x content). Withheld by USGS: United States, Canada');
    expect(texts(mineralView(facts({ production: [table(rows, { world: { value: 10 } })] }), 'zh').sections[1])[1])
      .toBe('全球：10 吨（x含量）。美国地质调查局未公开：美国、加拿大');
    const unnamed = [rows[0], { label: 'Elsewhere', country: 'country:ZZ', withheld: true as const }];
    expect(texts(mineralView(facts({ production: [table(unnamed)] }), 'zh').sections[1])[1]).toBe('全球：200万 吨（x含量）。美国地质调查局未公开：Elsewhere');
    expect(texts(mineralView(facts({ production: [table([rows[0]], { world: undefined })] }), 'en').sections[1])[1]).toBe('Figures in t (x content)');
    expect(texts(mineralView(facts({ production: [table([rows[0]], { world: undefined })] }), 'zh').sections[1])[1]).toBe('单位：吨（x含量）');
  });

  it("tags a group's table as the group's", () => {
    expect(mineralView(facts({ production: [table(seven, { group })] }), 'zh').sections[1].title).toEqual(['矿山产量，2025年', ' ', { tag: '稀土（整组）', tone: 'group' }]);
  });

  it('lists mixed forms with their figures and notes, without withheld rows, bars or separate notes', () => {
    const rows: TableRowView[] = [
      { label: 'Ulexite', labelZh: '钠硼解石', value: 1_500_000, note: { en: 'gross weight', zh: '毛重' } },
      { label: 'Borates', labelZh: '硼酸盐', value: 500 },
      { label: 'Colemanite', labelZh: '硬硼钙石', withheld: true },
      { label: 'Blank', labelZh: '空白' },
    ];
    const section = mineralView(facts({ production: [table(rows.slice(0, 3), { mixedForms: true, world: undefined })] }), 'en').sections[1];
    expect(section.items[0]).toEqual({ t: 'list', items: [['Ulexite 1.5 million t (gross weight)'], ['Borates 500 t']] });
    expect(texts(section)).toEqual(['list', 'Figures in t (x content). Withheld by USGS: Colemanite']);
    const zh = mineralView(facts({ production: [table(rows.slice(0, 1), { mixedForms: true })] }), 'zh').sections[1];
    expect(zh.items[0]).toEqual({ t: 'list', items: [['钠硼解石 150万 吨（毛重）']] });
  });
});

describe('mineralView headline figures', () => {
  const share = (value: number, basis: string, over = {}) => ({ value, stage: 'mine' as const, basis: { en: basis, zh: `${basis}（中）` }, source: SRC, asOf: '2026-02', ...over });
  const reliance = (text: string, over = {}) => ({ text: { en: text, zh: text }, year: 2025, source: 'https://example.org/nir', asOf: '2026-01', ...over });
  const stats = (f: MineralFacts, lang: 'en' | 'zh' = 'en') => mineralView(f, lang).sections.flatMap((s) => s.items).find((i) => i.t === 'stats') as Extract<Item, { t: 'stats' }> | undefined;

  it("shows China's share with its basis, other shares and the note, and its source", () => {
    const f = facts({ chinaShares: [share(0.69, 'of world mine production', { note: { en: 'About 70% by another count.', zh: '另一统计约70%。' } }), share(0.9, 'of world refinery production')] });
    expect(stats(f)?.items).toEqual([{
      value: '69%',
      label: ["China's share"],
      lines: ['of world mine production', '90% of world refinery production', 'About 70% by another count.'],
      source: f.chinaShares[0],
    }]);
    expect(stats(facts({ chinaShares: [share(0.69, 'b', { group })] }), 'zh')?.items[0]).toMatchObject({ label: ['中国份额', ' ', { tag: '稀土（整组）', tone: 'group' }], lines: ['b（中）'] });
  });

  it('shows US import reliance with its product, year, estimate, other forms and note', () => {
    const f = facts({ reliance: [
      reliance('>50%', { product: { en: 'refined copper', zh: '精炼铜' }, estimated: true, note: { en: 'A note.', zh: '说明。' } }),
      reliance('net exporter', { product: { en: 'ore', zh: '矿石' } }),
      reliance('25%'),
    ] });
    expect(stats(f)?.items).toEqual([{
      value: '>50%',
      label: ['US net import reliance'],
      lines: ['refined copper, 2025 (estimated)', 'net exporter ore', '25%', 'A note.'],
      source: f.reliance[0],
    }]);
    expect(stats(f, 'zh')?.items[0].lines).toEqual(['精炼铜，2025年（估计）', 'net exporter 矿石', '25%', '说明。']);
    expect(stats(facts({ reliance: [reliance('100%')] }))?.items[0].lines).toEqual(['2025']);
    expect(stats(facts({ reliance: [reliance('100%')] }), 'zh')?.items[0].lines).toEqual(['2025年']);
  });

  it('puts both side by side, share first, and shows no stats without either', () => {
    expect(stats(facts({ chinaShares: [share(0.5, 'b')], reliance: [reliance('100%', { group })] }))?.items.map((i) => inline(i.label))).toEqual(["China's share", 'US net import reliance Rare earths (group)']);
    expect(stats(facts())).toBeUndefined();
  });
});

describe('mineralView price, imports and reserves', () => {
  const price = {
    product: { en: 'battery-grade lithium carbonate, average', zh: '电池级碳酸锂均价' },
    unit: { en: 'US$/t', zh: '美元/吨' },
    points: [{ year: 2021, value: 11_700 }, { year: 2022, value: 5.314 }, { year: 2023, value: 97.5, estimated: true }],
    source: 'https://example.org/price',
    asOf: '2026-01',
  };

  it('draws the price line with its years, estimate marks, unit and a sentence of what is priced', () => {
    const section = sectionTitled(facts({ price }), 'en', 'Price');
    expect(section.title).toEqual(['Price, 2021–2023']);
    expect(section.items).toEqual([
      { t: 'spark', points: [11_700, 5.314, 97.5], text: '2021: 11,700 · 2022: 5.31 · 2023e: 97.5 US$/t' },
      { t: 'p', text: ['Battery-grade lithium carbonate, average.'], small: true, muted: true },
    ]);
    expect(section.sources).toEqual([{ source: price.source, asOf: price.asOf }]);
    const zh = sectionTitled(facts({ price: { ...price, note: { en: 'Spot.', zh: '现货。' } } }), 'zh', '价格');
    expect(zh.title).toEqual(['价格，2021–2023']);
    expect(zh.items[0]).toMatchObject({ text: '2021: 11,700 · 2022: 5.31 · 2023（估计）: 97.5 美元/吨' });
    expect(zh.items[1]).toMatchObject({ text: ['电池级碳酸锂均价。 现货。'] });
  });

  it('gives US import sources with their category and years', () => {
    const imports = { category: { en: 'ores', zh: '矿石' }, years: '2021–24', rows: [{ label: 'Chile', labelZh: '智利', share: 0.5 }, { label: 'Other', share: 0.001 }], source: SRC, asOf: '2026-02' };
    expect(sectionTitled(facts({ imports }), 'en', 'US imports')).toEqual({
      title: ['US imports (ores), 2021–24'],
      items: [{ t: 'p', text: ['Chile 50% · Other 0.1%'], small: true }],
      sources: [{ source: SRC, asOf: '2026-02' }],
    });
    const { category: _c, ...plain } = imports;
    expect(sectionTitled(facts({ imports: { ...plain, group } }), 'zh', '美国进口来源')).toMatchObject({
      title: ['美国进口来源，2021–24', ' ', { tag: '稀土（整组）', tone: 'group' }],
      items: [{ t: 'p', text: ['智利 50% · Other 0.1%'], small: true }],
    });
    expect(sectionTitled(facts({ imports }), 'zh', '美国进口来源').title).toEqual(['美国进口来源（矿石），2021–24']);
  });

  it('numbers the leading four reserve holders with their qualified figures and shares', () => {
    const rows = [
      country('CL', 'Chile', '智利', 0.4, 9_300_000),
      { label: 'Other countries', labelZh: '其他国家', value: 100 },
      country('AU', 'Australia', '澳大利亚', 0.3, 7_000_000, { qualifier: '>' }),
      country('AR', 'Argentina', '阿根廷', 0.1, 4_000_000, { share: undefined }),
      { label: 'United States', labelZh: '美国', country: 'country:US', withheld: true },
      country('CN', 'China', '中国', 0.05, 3_000_000),
      country('CA', 'Canada', '加拿大', 0.01, 1_000),
    ];
    const reserves = table(rows, { kind: 'reserves', title: { en: 'Reserves, 2025', zh: '储量，2025年' }, notes: [{ en: 'Reserve note.', zh: '储量说明。' }] });
    const section = mineralView(facts({ reserves }), 'en').sections.find((s) => titleOf(s) === 'Reserves, 2025')!;
    expect(section.items).toEqual([
      { t: 'list', ordered: true, items: [['Chile 9.3 million (40%)'], ['Australia >7 million (30%)'], ['Argentina 4 million'], ['China 3 million (5%)']] },
      { t: 'p', text: ['World: 2 million t (x content). Withheld by USGS: United States'], small: true, muted: true },
      { t: 'p', text: ['Reserve note.'], small: true, muted: true },
    ]);
    const zh = mineralView(facts({ reserves: { ...reserves, group } }), 'zh').sections.find((s) => titleOf(s).startsWith('储量'))!;
    expect(zh.title).toEqual(['储量，2025年', ' ', { tag: '稀土（整组）', tone: 'group' }]);
    expect((zh.items[0] as Extract<Item, { t: 'list' }>).items[0]).toEqual(['智利 930万（40%）']);
  });
});

describe('mineralView prose, gaps and lists', () => {
  const text = (en: string, over = {}) => ({ text: { en, zh: `${en}（中）` }, source: `https://example.org/${en}`, asOf: '2026-02', ...over });

  it('gives uses, substitutes and recycling with their sources, a group\'s tagged', () => {
    const card = mineralView(facts({ uses: text('Batteries.'), substitutes: text('None.', { group }), recycling: text('Little.') }), 'en');
    expect(card.sections.find((s) => titleOf(s) === 'Used for')).toEqual({ title: ['Used for'], items: [{ t: 'p', text: ['Batteries.'] }], sources: [{ source: 'https://example.org/Batteries.', asOf: '2026-02' }] });
    expect(card.sections.find((s) => titleOf(s).startsWith('Substitutes'))?.title).toEqual(['Substitutes', ' ', { tag: 'Rare earths (group)', tone: 'group' }]);
    expect(mineralView(facts({ recycling: text('Little.') }), 'zh').sections.find((s) => titleOf(s) === '回收')?.items).toEqual([{ t: 'p', text: ['Little.（中）'] }]);
  });

  it('says which blocks are not available, why, and from whose record', () => {
    const u = { key: 'price' as const, status: 'not-published' as const, block: { en: 'Price', zh: '价格' }, statusText: { en: 'not published', zh: '未发布' }, note: { en: 'No US price.', zh: '无美国价格。' }, source: SRC, asOf: '2026-02' };
    expect(sectionTitled(facts({ unavailable: [u, { ...u, group }] }), 'en', 'Not available').items).toEqual([
      { t: 'entry', head: [{ strong: 'Price' }, ' (not published)'], lines: ['No US price.'], source: u },
      { t: 'entry', head: [{ strong: 'Price' }, ' (not published)', ' ', { tag: 'Rare earths (group)', tone: 'group' }], lines: ['No US price.'], source: { ...u, group } },
    ]);
    expect(sectionTitled(facts({ unavailable: [u] }), 'zh', '暂无数据').items[0]).toMatchObject({ head: [{ strong: '价格' }, '（未发布）'], lines: ['无美国价格。'] });
    expect(mineralView(facts(), 'en').sections.some((s) => titleOf(s) === 'Not available')).toBe(false);
  });

  it('names the critical-minerals lists it is on, or says it is on none', () => {
    const lists = (us2022: boolean, us2025: boolean, lang: 'en' | 'zh' = 'en') => {
      const s = mineralView(facts({ criticalLists: { us2022, us2025, source: 'https://example.org/list', asOf: '2025-11' } }), lang).sections.at(-1)!;
      return [titleOf(s), ...texts(s)];
    };
    expect(lists(true, true)).toEqual(['Critical-minerals lists', 'On the US critical minerals list 2025 and the 2022 list.']);
    expect(lists(false, true)).toEqual(['Critical-minerals lists', 'On the US critical minerals list 2025.']);
    expect(lists(true, false)).toEqual(['Critical-minerals lists', 'On the 2022 list.']);
    expect(lists(false, false)).toEqual(['Critical-minerals lists', 'Not on the US critical minerals lists.']);
    expect(lists(true, true, 'zh')).toEqual(['关键矿产清单', '列入美国2025年关键矿产清单和2022年清单。']);
    expect(lists(false, false, 'zh')).toEqual(['关键矿产清单', '不在美国关键矿产清单上。']);
    expect(mineralView(facts(), 'en').sections.at(-1)?.sources).toEqual([{ source: 'https://example.org/list', asOf: '2025-11' }]);
  });
});

describe('mineralView order', () => {
  it('gives a mineral without figures or prose only its facts line and the lists', () => {
    expect(mineralView(facts(), 'en').sections.map((s) => titleOf(s) || s.items[0].t)).toEqual(['facts', 'Critical-minerals lists']);
  });


  it('lays the sections out from producers to lists, and gives the card its names and language', () => {
    const src = { source: SRC, asOf: '2026-02' };
    const card = mineralView(facts({
      note: { en: 'Note.', zh: '说明。' },
      production: [table([country('CN', 'China', '中国', 1, 1)])],
      chinaShares: [{ value: 1, stage: 'mine', basis: { en: 'b', zh: 'b' }, ...src }],
      uses: { text: { en: 'U.', zh: 'U' }, ...src },
      price: { product: { en: 'p', zh: 'p' }, unit: { en: 'US$/t', zh: '美元/吨' }, points: [{ year: 2024, value: 1 }, { year: 2025, value: 2 }], ...src },
      imports: { years: '2021–24', rows: [{ label: 'A', share: 1 }], ...src },
      reserves: table([], { kind: 'reserves', title: { en: 'Reserves', zh: '储量' } }),
      substitutes: { text: { en: 'S.', zh: 'S' }, ...src },
      recycling: { text: { en: 'R.', zh: 'R' }, ...src },
      unavailable: [{ key: 'reserves', status: 'withheld', block: { en: 'Reserves', zh: '储量' }, statusText: { en: 'withheld', zh: '未公开' }, note: { en: 'n', zh: 'n' }, ...src }],
      controls: [{ id: 'control:a', instrument: 'N', instrumentZh: '公告', title: 'C', titleZh: '管制', announced: '2025', effective: '2025', state: 'lapsed', statusText: 'Ended.', statusTextZh: '已结束。', ...src }],
      deals: [{ id: 'deal:a', title: 'A', titleZh: '甲', date: '2025', kinds: ['loan'], state: 'signed' }],
    }), 'en');
    expect(card).toMatchObject({ kind: 'mineral', id: 'mineral:x', names: { en: 'x', zh: '某矿' }, lang: 'en' });
    expect(card.sections.map((s) => titleOf(s) || s.items[0].t)).toEqual([
      'facts', 'p', 'Mine production, 2025', 'stats', 'Used for', 'Price, 2024–2025', 'US imports, 2021–24', 'Reserves', 'Substitutes', 'Recycling',
      'Not available', "China's export controls", 'Related deals', 'Critical-minerals lists',
    ]);
  });
});
