import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../lib/dataset/load.ts';
import { cardFor, factsFor, type CountryFacts, type Inline, type Item, type MineralFacts, type ViewCard } from '../../../lib/facts/cards.ts';
import { formatDate, formatMoney, formatQuantity, groupDigits, formatShare, safeHref } from '../../../components/cards/format.ts';
import { formatQuantity as quantity, ordinal } from '../../../lib/facts/numbers.ts';

const dataset = loadDataset();
const mineral = (id: string) => factsFor(dataset, id) as MineralFacts;
const country = (id: string) => factsFor(dataset, id) as CountryFacts;

const inline = (parts: Inline[]) => parts.map((p) => (typeof p === 'string' ? p : 'strong' in p ? p.strong : p.tag)).join('');
function itemText(item: Item): string {
  switch (item.t) {
    case 'p':
      return inline(item.text);
    case 'facts':
      return `${item.symbol ?? ''} ${item.text}`;
    case 'bars':
      return item.rows.map((r) => `${r.label} ${r.value}`).join(' ');
    case 'list':
      return item.items.map(inline).join(' ');
    case 'stats':
      return item.items.map((s) => `${s.value} ${inline(s.label)} ${s.lines.join(' ')}`).join(' ');
    case 'spark':
      return item.text;
    case 'grid':
      return item.rows.map((r) => `${r.head} ${r.sub} ${r.cells.join(' ')}`).join(' ');
    case 'entry':
      return `${inline(item.head)} ${item.lines.join(' ')}`;
  }
}
/** Everything a view card says, as text (what a reader sees, minus the source links). */
const cardText = (card: ViewCard) => card.sections.map((s) => [s.title ? inline(s.title) : '', ...s.items.map(itemText)].join(' ')).join('\n');

describe('mineral facts', () => {
  it('shows a mineral its own tables, shares with their stage, reliance, price, imports and prose', () => {
    const graphite = mineral('mineral:graphite');
    expect(graphite.production[0].title.en).toBe('Natural graphite mine production, 2025 (estimated)');
    expect(graphite.production[0].rows[0]).toMatchObject({ label: 'China', country: 'country:CN', share: 0.778 });
    expect(graphite.chinaShares[0]).toMatchObject({ value: 0.778, stage: 'mine', year: 2025 });
    expect(graphite.chinaShares[0].basis.en).toBe('of world mine production of natural graphite, 2025 (estimated)');
    expect(graphite.chinaShares[0].note?.en).toMatch(/about 82%/);
    expect(graphite.reliance[0]).toMatchObject({ text: { en: '100%', zh: '100%' }, year: 2025 });
    expect(graphite.price?.points).toHaveLength(5);
    expect(graphite.imports?.rows[0]).toMatchObject({ label: 'China', share: 0.46 });
    expect(graphite.uses?.text.zh).toMatch(/电池/);
    expect(graphite.substitutes && graphite.recycling).toBeTruthy();
    expect(graphite.controls.map((c) => c.id)).toContain('control:cn-2023-39');
  });

  it("shows a rare earth its group's figures, labelled as the group's, and its own price", () => {
    const nd = mineral('mineral:neodymium');
    expect(nd.production[0].group?.en).toBe('Rare earths (group)');
    expect(nd.production[0].unit.en).toBe('t (rare-earth oxide equivalent)');
    expect(nd.chinaShares[0]).toMatchObject({ value: 0.692, group: { en: 'Rare earths (group)' } });
    expect(nd.reliance[0].group?.en).toBe('Rare earths (group)');
    expect(nd.price?.product.en).toMatch(/^neodymium oxide/);
    // Dysprosium has no USGS price, and says so rather than borrowing the group's NdPr price.
    const dy = mineral('mineral:dysprosium');
    expect(dy.price).toBeUndefined();
    expect(dy.unavailable.find((u) => u.key === 'price')).toMatchObject({ status: 'not-published' });
  });

  it("shows platinum its own table from the group's sheet, iridium the group's", () => {
    const pt = mineral('mineral:platinum');
    expect(pt.production.map((t) => [t.title.en, t.group])).toEqual([['Platinum mine production, 2025 (estimated)', undefined]]);
    const ir = mineral('mineral:iridium');
    expect(ir.production.map((t) => t.group?.en)).toEqual(['Platinum-group metals (group)', 'Platinum-group metals (group)']);
    expect(ir.unavailable.find((u) => u.key === 'usNetImportReliance')?.note.en).toMatch(/platinum and palladium only/);
  });

  it("gives copper China's refinery share and its mine share, each with its year", () => {
    const copper = mineral('mineral:copper');
    expect(copper.chinaShares.map((s) => [Math.round(s.value * 100), s.basis.en])).toEqual([
      [48, 'of world refinery production of refined copper, 2025 (estimated)'],
      [8, 'of world mine production, 2024 (estimated)'],
    ]);
  });

  it("puts germanium's 2022 figures under their own year, not beside 2025 ones", () => {
    const ge = mineral('mineral:germanium');
    expect(ge.production[0].title.en).toBe('Refinery production, 2022 (estimated)');
    expect(ge.chinaShares[0].basis.en).toMatch(/2022/);
    expect(ge.reliance[0].year).toBe(2025);
  });

  it("shows all of titanium's tables, not the first of a tie", () => {
    expect(mineral('mineral:titanium').production.map((t) => t.title.en)).toEqual([
      'Titanium sponge production, 2025 (estimated)',
      'Ilmenite mine production, 2024 (estimated)',
      'Rutile mine production, 2024 (estimated)',
    ]);
  });

  it('says plainly that the lithium world total leaves out US output', () => {
    expect(mineral('mineral:lithium').production[0].notes[0].en).toBe('The world total leaves out United States output, which USGS withholds.');
  });

  it('calls uranium resources resources', () => {
    expect(mineral('mineral:uranium').reserves?.title.en).toBe('Identified resources (recoverable at under USD 130/kg U), 2023');
  });
});

describe('country facts', () => {
  it('ranks what a country produces by stage, its reserves, and its place among US import sources', () => {
    const kz = country('country:KZ');
    expect(kz.names.zh).toBe('哈萨克斯坦');
    expect(kz.production.find((p) => p.mineral.id === 'mineral:tungsten')).toMatchObject({ what: { en: 'mine production' }, rank: 3, year: 2025 });
    expect(kz.production.find((p) => p.mineral.id === 'mineral:uranium')).toMatchObject({ rank: 1, year: 2023 });
    expect(kz.production.some((p) => p.mineral.id === 'mineral:zinc')).toBe(true);
    expect(kz.reserves.find((p) => p.mineral.id === 'mineral:uranium')?.what.en).toBe('identified resources (recoverable at under USD 130/kg U)');
    const beryllium = kz.usImports.find((i) => i.mineral.id === 'mineral:beryllium')!;
    expect(beryllium).toMatchObject({ share: 0.31, rank: 1, years: '2021–24' });
    expect(beryllium.rows.find((r) => r.self)?.label).toBe('Kazakhstan');
    expect(kz.deals.map((d) => d.id)).toContain('deal:us-kazakhstan-tungsten-2025');
    for (const row of [...kz.production, ...kz.reserves, ...kz.usImports]) {
      expect(row.source).toBeTruthy();
      expect(row.asOf).toMatch(/^\d{4}/);
    }
  });

  it('shows refinery beside mine production, and every US import list that names the country', () => {
    const cd = country('country:CD');
    expect(cd.usImports.map((i) => `${i.mineral.label} (${i.category?.en})`).sort()).toEqual(['niobium (niobium and tantalum ores and concentrates)', 'tantalum (ores and concentrates)']);
    expect(cd.production.filter((p) => p.mineral.id === 'mineral:copper').map((p) => p.what.en).sort()).toEqual(['mine production', 'refined copper refinery production']);
  });
});

describe('cardFor', () => {
  it('lays a mineral card out in English', () => {
    const card = cardFor(dataset, 'mineral:graphite') as ViewCard;
    expect(card).toMatchObject({ kind: 'mineral', lang: 'en', names: { en: 'graphite', zh: '石墨' } });
    const text = cardText(card);
    expect(text).toContain('Natural graphite mine production, 2025 (estimated)');
    expect(text).toContain("78% China's share of world mine production of natural graphite, 2025 (estimated)");
    expect(text).toContain('World: 1.8 million t (gross weight)');
    expect(text).toContain('US imports, 2021–24');
    const bars = card.sections.flatMap((s) => s.items).find((i) => i.t === 'bars');
    expect(bars?.t === 'bars' && bars.rows[0]).toMatchObject({ label: 'China', value: '78% · 1.4 million', highlight: true });
    for (const s of card.sections) for (const src of s.sources) expect(src.asOf).toMatch(/^\d{4}/);
  });

  it('lays the same card out in Chinese, from the Chinese versions of every text', () => {
    const card = cardFor(dataset, 'mineral:graphite', 'zh') as ViewCard;
    const text = cardText(card);
    expect(text).toContain('天然石墨矿山产量，2025年（估计）');
    expect(text).toContain('中国份额');
    expect(text).toContain('全球：180万 吨（毛重）');
    // The estimated year of the price line without English's "e".
    expect(text).toMatch(/2025（估计）: [\d,]+/);
    expect(text).not.toMatch(/\d{4}e:/);
    // No English sentence leaks into the Chinese card: every paragraph holds Chinese.
    const paragraphs = card.sections.flatMap((s) => s.items).filter((item) => item.t === 'p' || item.t === 'entry');
    expect(paragraphs.length).toBeGreaterThanOrEqual(4); // uses, substitutes, recycling, a control or note
    for (const item of paragraphs) expect(itemText(item), itemText(item)).toMatch(/[\u3400-\u9fff]|^[\d\s.,%·:：-]+$/);
  });

  it('words every card of the 2025 list in Chinese, its controls and deals too', () => {
    const listed = dataset.minerals.filter((x) => x.criticalLists.us2025);
    expect(listed.length).toBeGreaterThanOrEqual(50); // the 2025 list names 60 minerals
    let worded = 0;
    for (const m of listed) {
      for (const section of (cardFor(dataset, m.id, 'zh') as ViewCard).sections) {
        for (const item of section.items) {
          if (item.t === 'p' || item.t === 'entry' || item.t === 'stats' || item.t === 'list') {
            worded += 1;
            expect(itemText(item), `${m.id}: ${itemText(item)}`).toMatch(/[\u3400-\u9fff]/);
          }
          if (item.t === 'entry') for (const line of item.lines) expect(line, `${m.id}: ${line}`).toMatch(/[\u3400-\u9fff]/);
        }
      }
    }
    expect(worded).toBeGreaterThan(listed.length * 2);
  });

  it('lays a country card out with ranks and the US import lines', () => {
    const text = cardText(cardFor(dataset, 'country:KZ') as ViewCard);
    expect(text).toContain('What it produces (world rank, share), 2025');
    expect(text).toMatch(/tungsten mine production 3rd 3% 2,400 t/);
    expect(text).toMatch(/US imports of beryllium, 2021–24: Kazakhstan 31% · Latvia 25%/);
  });

  it("lists a country's newest six export controls and counts the rest", () => {
    const card = cardFor(dataset, 'country:CN') as ViewCard;
    const controls = card.sections.find((s) => s.title && inline(s.title) === "China's export controls")!;
    const entries = controls.items.filter((i) => i.t === 'entry');
    const total = dataset.country('country:CN')!.controls.length;
    expect(entries).toHaveLength(Math.min(6, total));
    if (total > 6) expect(itemText(controls.items.at(-1)!)).toMatch(new RegExp(`^and ${total - 6} more: `));
  });

  it('answers undefined for an unknown id, and still builds deal cards', () => {
    expect(cardFor(dataset, 'mineral:unobtainium')).toBeUndefined();
    const deal = cardFor(dataset, 'deal:us-australia-framework-2025');
    if (deal?.kind !== 'deal') throw new Error('expected a deal card');
    expect(deal.parties.map((p) => p.label)).toEqual(expect.arrayContaining(['United States', 'Australia']));
  });
});

describe('card formatting', () => {
  it.each([
    [67000, '67,000'],
    [2_400_000, '2.4 million'],
    [8.5e9, '8.5 billion'],
    [1234.5678, '1,234.57'],
    [999, '999'],
    [0.05, '0.05'],
    [1e9, '1 billion'],
  ])('formatQuantity(%d) = %s', (value, text) => expect(formatQuantity(value)).toBe(text));

  it.each([
    [1_800_000, '180万'],
    [270_000, '27万'],
    [85_000_000, '8500万'],
    [1.2e9, '12亿'],
    [9_400, '9,400'],
  ])('in Chinese, quantity(%d) = %s', (value, text) => expect(quantity(value, 'zh')).toBe(text));

  it('groups digits the way Intl does in English, over many values', () => {
    const intl = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
    for (const v of [0, 1, 12, 123, 1234, 12345.6, 999999.999, 1e6, 123456789.12, -1234.5, -0.001, 0.1 + 0.2]) {
      expect(groupDigits(v, 2)).toBe(intl.format(v).replace('-0', '0'));
    }
  });

  it('formats shares, money, dates and ranks', () => {
    expect(formatShare(0.827)).toBe('83%');
    expect(formatShare(0.004)).toBe('0.4%');
    expect(formatShare(0)).toBe('<0.1%');
    expect(formatMoney(8.5e9, 'USD')).toBe('US$8.5 billion');
    expect(formatMoney(1.55e9, 'USD', 'en', 2)).toBe('US$1.55 billion');
    expect(formatMoney(1.3e9, 'USD', 'en', 2)).toBe('US$1.3 billion');
    expect(formatDate('2025-11-07')).toBe('7 Nov 2025');
    expect(formatDate('2025-01')).toBe('Jan 2025');
    expect(formatDate('2025-11-07', 'zh')).toBe('2025年11月7日');
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101].map((n) => ordinal(n))).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '101st']);
    expect(ordinal(3, 'zh')).toBe('第3');
  });

  it('only links http(s) sources', () => {
    expect(safeHref('https://pubs.usgs.gov/x.pdf')).toBe('https://pubs.usgs.gov/x.pdf');
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref('USGS Mineral Commodity Summaries 2025')).toBeUndefined();
  });
});
