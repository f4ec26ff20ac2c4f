/**
 * The words a card puts around a figure, in English and Chinese: table titles, units, the basis
 * of China's share, what a missing figure means. The dataset stores keys (stage, unit, basis);
 * the background words them here, so the content script only places text and the Chinese
 * interface (issue 15) only picks the other half of each pair.
 */
import type { PriceUnit, QuantityBasis, QuantityUnit, Stage, Table, Unavailable } from '../dataset/figures.ts';

/** A text in both languages. */
export interface Bi {
  en: string;
  zh: string;
}

const bi = (en: string, zh: string): Bi => ({ en, zh });

export const STAGE: Record<Stage, Bi> = {
  mine: bi('mine production', '矿山产量'),
  refinery: bi('refinery production', '精炼产量'),
  smelter: bi('smelter production', '冶炼产量'),
  primary: bi('primary production', '原生产量'),
  plant: bi('production', '产量'),
};

const KIND: Record<Exclude<Table['kind'], 'production'>, Bi> = {
  reserves: bi('reserves', '储量'),
  resources: bi('identified resources', '已查明资源量'),
};

const UNIT: Record<QuantityUnit, Bi> = { 'metric-tons': bi('t', '吨'), kilograms: bi('kg', '千克') };

/** What a quantity counts; `{m}` is the mineral's name. */
const BASIS: Record<QuantityBasis, Bi> = {
  content: bi('{m} content', '{m}含量'),
  'gross-weight': bi('gross weight', '毛重'),
  metal: bi('metal', '金属量'),
  'rare-earth-oxide': bi('rare-earth oxide equivalent', '稀土氧化物当量'),
  'potassium-oxide': bi('K2O equivalent', '氧化钾当量'),
  'titanium-dioxide': bi('TiO2 content', '二氧化钛含量'),
  'marketable-rock': bi('marketable rock', '商品矿石'),
};

export const PRICE_UNIT: Record<PriceUnit, Bi> = {
  'usd-per-metric-ton': bi('US$/t', '美元/吨'),
  'usd-per-kilogram': bi('US$/kg', '美元/千克'),
  'usd-per-pound': bi('US$/lb', '美元/磅'),
  'cents-per-pound': bi('US¢/lb', '美分/磅'),
  'usd-per-troy-ounce': bi('US$/troy oz', '美元/金衡盎司'),
  'usd-per-metric-ton-unit': bi('US$/metric ton unit', '美元/吨度'),
};

export const UNAVAILABLE: Record<Unavailable['status'], Bi> = {
  withheld: bi('withheld by USGS', '美国地质调查局未公开'),
  'not-published': bi('not published', '未发布'),
  'not-covered': bi('not covered by the source', '资料来源未涵盖'),
  'not-listed': bi('not listed', '未列出'),
};

export const BLOCK: Record<'production' | 'reserves' | 'usNetImportReliance' | 'price' | 'chinaShare' | 'importSources', Bi> = {
  production: bi('Production', '产量'),
  reserves: bi('Reserves', '储量'),
  usNetImportReliance: bi('US net import reliance', '美国净进口依存度'),
  price: bi('Price', '价格'),
  chinaShare: bi("China's share", '中国份额'),
  importSources: bi('US import sources', '美国进口来源'),
};

const capitalise = (s: string) => s[0].toUpperCase() + s.slice(1);

function yearText(year: number | undefined, estimated: boolean | undefined): Bi {
  if (year === undefined) return bi('', '');
  return bi(`, ${year}${estimated ? ' (estimated)' : ''}`, `，${year}年${estimated ? '（估计）' : ''}`);
}

/** "Palladium mine production, 2025 (estimated)" / "钯矿山产量，2025年（估计）". */
export function tableTitle(t: Pick<Table, 'kind' | 'stage' | 'product' | 'productZh' | 'year' | 'estimated'>): Bi {
  const year = yearText(t.year, t.estimated);
  if (t.kind === 'production') {
    const stage = STAGE[t.stage ?? 'plant'];
    const en = t.product ? `${t.product} ${stage.en}` : stage.en;
    const zh = t.product ? `${t.productZh}${stage.zh}` : stage.zh;
    return bi(capitalise(en) + year.en, zh + year.zh);
  }
  const kind = KIND[t.kind];
  return bi(`${capitalise(kind.en)}${t.product ? ` (${t.product})` : ''}${year.en}`, `${kind.zh}${t.product ? `（${t.productZh}）` : ''}${year.zh}`);
}

/** "t (lithium content)", "kg (metal)", "t (rare-earth oxide equivalent)" / "吨（锂含量）". */
export function unitText(unit: QuantityUnit, basis: QuantityBasis, mineral: Bi): Bi {
  const u = UNIT[unit];
  const b = BASIS[basis];
  return bi(`${u.en} (${b.en.replace('{m}', mineral.en)})`, `${u.zh}（${b.zh.replace('{m}', mineral.zh)}）`);
}

/** Just the unit, where the basis was said once already: "t" / "吨". */
export function unitShort(unit: QuantityUnit): Bi {
  return UNIT[unit];
}

/** "of world mine production of palladium, 2025 (estimated)" — what China's share is a share of. */
export function chinaShareBasis(share: { stage: Stage; product?: string; productZh?: string; year?: number; estimated?: boolean }): Bi {
  const stage = STAGE[share.stage];
  const year = yearText(share.year, share.estimated);
  const what = share.product ? bi(` of ${share.product}`, `${share.productZh}`) : bi('', '');
  return bi(`of world ${stage.en}${what.en}${year.en}`, `占全球${what.zh}${stage.zh}的份额${year.zh}`);
}

/** "100%", ">50%", "net exporter" / "净出口". */
export function relianceText(n: { value?: number; qualifier?: string; netExporter?: true }): Bi {
  if (n.netExporter || n.value === undefined) return bi('net exporter', '净出口');
  const pct = `${n.qualifier ?? ''}${Math.round(n.value * 100)}%`;
  return bi(pct, pct);
}

/** "The world total leaves out United States output, which USGS withholds." */
export function excludesText(names: Bi[], withheld: boolean): Bi {
  const en = names.map((n) => n.en).join(', ');
  const zh = names.map((n) => n.zh).join('、');
  return withheld
    ? bi(`The world total leaves out ${en} output, which USGS withholds.`, `全球合计不含${zh}的产量（美国地质调查局未公开该数据）。`)
    : bi(`The world total leaves out ${en} output.`, `全球合计不含${zh}的产量。`);
}

/** "Rare earths (group)" — the label of a block a member shows from its group. */
export function groupLabel(group: Bi): Bi {
  return bi(`${capitalise(group.en)} (group)`, `${group.zh}（整组）`);
}

/** The fixed words of the mineral and country cards. */
export const UI = {
  usedFor: bi('Used for', '用途'),
  substitutes: bi('Substitutes', '替代品'),
  recycling: bi('Recycling', '回收'),
  world: bi('World', '全球'),
  in: bi('Figures in', '单位：'),
  withheld: bi('Withheld by USGS', '美国地质调查局未公开'),
  chinaShare: bi("China's share", '中国份额'),
  reliance: bi('US net import reliance', '美国净进口依存度'),
  usPrice: bi('Price', '价格'),
  usImports: bi('US imports', '美国进口来源'),
  notAvailable: bi('Not available', '暂无数据'),
  controls: bi("China's export controls", '中国出口管制'),
  deals: bi('Related deals', '相关协议'),
  lists: bi('Critical-minerals lists', '关键矿产清单'),
  onLists: bi('On the {lists}.', '列入{lists}。'),
  list2025: bi('US critical minerals list 2025', '美国2025年关键矿产清单'),
  list2022: bi('2022 list', '2022年清单'),
  listJoin: bi(' and the ', '和'),
  notOnLists: bi('Not on the US critical minerals lists.', '不在美国关键矿产清单上。'),
  partOf: bi('part of', '属于'),
  estimated: bi('estimated', '估计'),
  produces: bi('What it produces (world rank, share)', '生产（全球排名、份额）'),
  reserves: bi('Reserves (world rank)', '储量（全球排名）'),
  usSources: bi('Where the US gets its minerals', '美国从这里进口的矿产'),
  usImportsOf: bi('US imports of {m}', '美国{m}进口'),
  more: bi('and {n} more', '另有{n}项'),
  noFigures: bi('No production or reserves figures for this country in the bundled USGS tables.', '随附的美国地质调查局表格中没有该国的产量或储量数据。'),
  capital: bi('Capital: {c}.', '首都：{c}。'),
  territory: bi('A territory, not a sovereign state.', '这是一个地区，不是主权国家。'),
  former: bi('A former state.', '已不存在的国家。'),
  ofCountries: bi('of {n} countries listed', '共列出{n}个国家'),
  announced: bi('announced', '公布于'),
  effective: bi('effective', '生效于'),
  until: bi('until', '至'),
  status: bi('Status', '状态'),
  moreDeals: bi('and {n} more, all on the dossier\'s timeline', '另有{n}项，均见资料页的时间线'),
} satisfies Record<string, Bi>;

/** "rare-earth" → "rare earth" / "稀土". Group keys of the dataset. */
export const GROUP: Record<string, Bi> = {
  'rare-earth': bi('rare earth', '稀土'),
  'light-rare-earth': bi('light rare earth', '轻稀土'),
  'heavy-rare-earth': bi('heavy rare earth', '重稀土'),
  'light-metal': bi('light metal', '轻金属'),
  'minor-metal': bi('minor metal', '小金属'),
  'base-metal': bi('base metal', '贱金属'),
  'precious-metal': bi('precious metal', '贵金属'),
  pgm: bi('platinum-group metal', '铂族金属'),
  metalloid: bi('metalloid', '准金属'),
  'industrial-mineral': bi('industrial mineral', '工业矿物'),
  'alkali-metal': bi('alkali metal', '碱金属'),
  alloying: bi('alloying', '合金元素'),
  battery: bi('battery', '电池材料'),
  semiconductor: bi('semiconductor', '半导体材料'),
  fertilizer: bi('fertilizer', '肥料'),
  energy: bi('energy', '能源'),
  steelmaking: bi('steelmaking', '炼钢'),
  group: bi('group', '元素组'),
  ore: bi('ore', '矿石'),
  'industrial-gas': bi('industrial gas', '工业气体'),
};
