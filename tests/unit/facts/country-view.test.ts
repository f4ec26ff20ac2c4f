/**
 * A country card as laid out: the introduction's parts each given or not, what it produces and
 * holds in reserve (ranks, shares, qualified figures, the year said once when most rows share it),
 * its place among US import sources, the limits of each list, and the line for a country without
 * figures. English and Chinese.
 */
import { describe, expect, it } from 'vitest';
import type { CountryFacts, CountryImport, CountryMineral } from '../../../lib/facts/cards.ts';
import { countryView } from '../../../lib/facts/country-view.ts';
import type { Inline, Item, Section } from '../../../lib/facts/view.ts';

function row(n: number, over: Partial<CountryMineral> = {}): CountryMineral {
  return {
    mineral: { id: `mineral:m${n}`, label: `metal ${n}`, labelZh: `金属${n}` },
    what: { en: 'mine production', zh: '矿山产量' },
    year: 2025,
    rank: n,
    of: 20,
    value: 1000 * n,
    unit: { en: `t (metal ${n} content)`, zh: `吨（金属${n}含量）` },
    unitShort: { en: 't', zh: '吨' },
    share: 0.1,
    source: `https://example.org/sheet-${n}.pdf`,
    asOf: '2026-02',
    ...over,
  };
}

function imports(n: number, over: Partial<CountryImport> = {}): CountryImport {
  return {
    mineral: { id: `mineral:m${n}`, label: `metal ${n}`, labelZh: `金属${n}` },
    years: '2021–24',
    rows: [{ label: 'Chile', labelZh: '智利', share: 0.5 }, { label: 'Here', labelZh: '此国', share: 0.3, self: true }],
    share: 0.3,
    rank: 2,
    source: `https://example.org/imports-${n}.pdf`,
    asOf: '2026-02',
    ...over,
  };
}

function facts(over: Partial<CountryFacts> = {}): CountryFacts {
  return { kind: 'country', id: 'country:XX', names: { en: 'Here', zh: '此国' }, status: 'sovereign', production: [], reserves: [], usImports: [], deals: [], controls: [], ...over };
}

const inline = (parts: Inline[]) => parts.map((p) => (typeof p === 'string' ? p : 'strong' in p ? p.strong : p.tag)).join('');
const titled = (sections: Section[], title: string) => sections.find((s) => s.title && inline(s.title).startsWith(title));
const grid = (s: Section | undefined) => (s?.items[0] as Extract<Item, { t: 'grid' }>).rows;
const firstText = (s: Section) => (s.items[0].t === 'p' ? inline(s.items[0].text) : s.items[0].t);

describe('countryView introduction', () => {
  it('gives the official name (in English only), the capital and a status that is not sovereign', () => {
    const f = facts({ names: { en: 'Here', zh: '此国', official: 'Republic of Here' }, capital: { en: 'Town', zh: '城' }, status: 'territory' });
    expect(firstText(countryView(f, 'en').sections[0])).toBe('Republic of Here. Capital: Town. A territory, not a sovereign state.');
    expect(firstText(countryView(f, 'zh').sections[0])).toBe('首都：城。 这是一个地区，不是主权国家。');
    expect(firstText(countryView(facts({ status: 'former' }), 'en').sections[0])).toBe('A former state.');
  });

  it('leaves out an official name equal to the short one, and falls back to the English capital', () => {
    const f = facts({ names: { en: 'Here', zh: '此国', official: 'Here' }, capital: { en: 'Town' } });
    expect(firstText(countryView(f, 'en').sections[0])).toBe('Capital: Town.');
    expect(firstText(countryView(f, 'zh').sections[0])).toBe('首都：Town。');
  });

  it('has no introduction for a sovereign state with neither, and says when it has no figures', () => {
    const card = countryView(facts(), 'en');
    expect(card).toMatchObject({ kind: 'country', id: 'country:XX', lang: 'en', names: { en: 'Here' } });
    expect(card.sections).toEqual([{ items: [{ t: 'p', text: ['No production or reserves figures for this country in the bundled USGS tables.'], muted: true }], sources: [] }]);
    expect(firstText(countryView(facts(), 'zh').sections[0])).toBe('随附的美国地质调查局表格中没有该国的产量或储量数据。');
    // Reserves alone are figures.
    expect(countryView(facts({ reserves: [row(1)] }), 'en').sections.map(firstText)).toEqual(['grid']);
  });

  it("ends with the country's note in the card's language", () => {
    const card = countryView(facts({ note: { en: 'A note.', zh: '说明。' } }), 'zh');
    expect(card.sections.at(-1)).toEqual({ items: [{ t: 'p', text: ['说明。'], small: true, muted: true }], sources: [] });
  });
});

describe('countryView figures', () => {
  it('lays out a row with its rank, share, qualified figure, unit and the count of countries ranked', () => {
    const card = countryView(facts({ production: [row(1, { qualifier: '>', value: 2_400_000, share: 0.0009 }), row(2, { share: undefined })] }), 'en');
    expect(card.sections).toHaveLength(1);
    const section = card.sections[0];
    expect(section.title).toEqual(['What it produces (world rank, share), 2025']);
    expect(grid(section)).toEqual([
      { head: 'metal 1', sub: 'mine production', cells: ['1st', '<0.1%', '>2.4 million t'], hint: 'of 20 countries listed · t (metal 1 content)' },
      { head: 'metal 2', sub: 'mine production', cells: ['2nd', '', '2,000 t'], hint: 'of 20 countries listed · t (metal 2 content)' },
    ]);
    // Two sheets of one site and date make one note.
    expect(section.sources).toEqual([{ source: row(1).source, asOf: '2026-02', count: 2, more: [row(2).source] }]);
  });

  it('words the same rows in Chinese, a mineral without a Chinese name under its English one', () => {
    const section = countryView(facts({ reserves: [row(1, { what: { en: 'reserves', zh: '储量' }, mineral: { id: 'mineral:x', label: 'xenotime' } })] }), 'zh').sections[0];
    expect(section.title).toEqual(['储量（全球排名），2025年']);
    expect(grid(section)).toEqual([{ head: 'xenotime', sub: '储量', cells: ['第1', '10%', '1,000 吨'], hint: '共列出20个国家 · 吨（金属1含量）' }]);
  });

  it('says the year in the title when most rows share it, and other years beside their rows', () => {
    const section = countryView(facts({ production: [row(1), row(2), row(3, { year: 2023 })] }), 'en').sections[0];
    expect(section.title).toEqual(['What it produces (world rank, share), 2025']);
    expect(grid(section).map((r) => r.sub)).toEqual(['mine production', 'mine production', 'mine production, 2023']);
    const zh = countryView(facts({ production: [row(1), row(2), row(3, { year: 2023 })] }), 'zh').sections[0];
    expect(grid(zh).map((r) => r.sub)).toEqual(['矿山产量', '矿山产量', '矿山产量，2023年']);
    expect(grid(zh).map((r) => r.head)).toEqual(['金属1', '金属2', '金属3']);
  });

  it('says no year in the title when only half the rows share it', () => {
    const section = countryView(facts({ production: [row(1), row(2, { year: 2023 })] }), 'en').sections[0];
    expect(section.title).toEqual(['What it produces (world rank, share)']);
    expect(grid(section).map((r) => r.sub)).toEqual(['mine production, 2025', 'mine production, 2023']);
    const undated = countryView(facts({ production: [row(1, { year: undefined })] }), 'en').sections[0];
    expect(undated.title).toEqual(['What it produces (world rank, share)']);
    expect(grid(undated)[0].sub).toBe('mine production');
  });

  it('lists eight productions and five reserves, and counts the rest', () => {
    const nine = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => row(n));
    const card = countryView(facts({ production: nine.slice(0, 8), reserves: nine.slice(0, 5) }), 'en');
    expect(card.sections.map((s) => s.items.length)).toEqual([1, 1]);
    const over = countryView(facts({ production: nine, reserves: nine.slice(0, 6) }), 'en');
    expect(grid(over.sections[0])).toHaveLength(8);
    expect(over.sections[0].items[1]).toEqual({ t: 'p', text: ['and 1 more'], small: true, muted: true });
    expect(grid(over.sections[1])).toHaveLength(5);
    expect(over.sections[1].items[1]).toEqual({ t: 'p', text: ['and 1 more'], small: true, muted: true });
    // Sources are those of the rows shown only.
    expect(over.sections[1].sources).toHaveLength(1);
    expect(over.sections[1].sources[0]).toMatchObject({ count: 5 });
  });
});

describe('countryView US imports', () => {
  it("gives each list with the country's own share in bold", () => {
    const card = countryView(facts({ production: [row(1)], usImports: [imports(1, { category: { en: 'ores', zh: '矿石' } }), imports(2)] }), 'en');
    const section = titled(card.sections, 'Where the US gets its minerals')!;
    expect(section.items).toEqual([{
      t: 'list',
      items: [
        ['US imports of metal 1 (ores), 2021–24: ', 'Chile 50%', ' · ', { strong: 'Here 30%' }],
        ['US imports of metal 2, 2021–24: ', 'Chile 50%', ' · ', { strong: 'Here 30%' }],
      ],
    }]);
    expect(section.sources).toEqual([{ source: 'https://example.org/imports-1.pdf', asOf: '2026-02', count: 2, more: ['https://example.org/imports-2.pdf'] }]);
  });

  it('words the lists in Chinese', () => {
    const card = countryView(facts({ usImports: [imports(1, { category: { en: 'ores', zh: '矿石' }, rows: [{ label: 'Other', share: 0.2 }] })] }), 'zh');
    const section = titled(card.sections, '美国从这里进口的矿产')!;
    expect(section.items[0]).toEqual({ t: 'list', items: [['美国金属1进口（矿石），2021–24：', 'Other 20%']] });
    const noZh = countryView(facts({ usImports: [imports(1, { mineral: { id: 'mineral:x', label: 'xenotime' } })] }), 'zh');
    expect(inline((titled(noZh.sections, '美国从这里进口的矿产')!.items[0] as Extract<Item, { t: 'list' }>).items[0])).toBe('美国xenotime进口，2021–24：智利 50% · 此国 30%');
  });

  it('lists five and counts the rest', () => {
    const six = [1, 2, 3, 4, 5, 6].map((n) => imports(n));
    const five = titled(countryView(facts({ usImports: six.slice(0, 5) }), 'en').sections, 'Where')!;
    expect(five.items).toHaveLength(1);
    const over = titled(countryView(facts({ usImports: six }), 'en').sections, 'Where')!;
    expect((over.items[0] as Extract<Item, { t: 'list' }>).items).toHaveLength(5);
    expect(over.items[1]).toEqual({ t: 'p', text: ['and 1 more'], small: true, muted: true });
  });
});

describe('countryView sections in order', () => {
  it('puts intro, production, reserves, imports, deals, controls, note in that order', () => {
    const card = countryView(facts({
      capital: { en: 'Town' },
      production: [row(1)],
      reserves: [row(1, { what: { en: 'reserves', zh: '储量' } })],
      usImports: [imports(1)],
      deals: [{ id: 'deal:a', title: 'A', titleZh: '甲', date: '2025', kinds: ['loan'], state: 'signed' }],
      controls: [{ id: 'control:a', instrument: 'N', instrumentZh: '公告', title: 'C', titleZh: '管制', announced: '2025', effective: '2025', state: 'lapsed', statusText: 'Ended.', statusTextZh: '已结束。', source: 'https://example.org/s', asOf: '2025' }],
      note: { en: 'A note.', zh: '说明。' },
    }), 'en');
    expect(card.sections.map((s) => (s.title ? inline(s.title) : firstText(s)))).toEqual([
      'Capital: Town.',
      'What it produces (world rank, share), 2025',
      'Reserves (world rank), 2025',
      'Where the US gets its minerals',
      'Related deals',
      "China's export controls",
      'A note.',
    ]);
  });
});
