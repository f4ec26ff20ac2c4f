/**
 * Which figures of the MCS 2026 extract each mineral ships, and how they are labelled. Every
 * table here was checked against its world total and the sheet's text (see data/README.md,
 * "Checking"); what is not listed (garbled lists, columns the extraction lost) is left out.
 * Prose is given as [English, Chinese].
 */
import type { PriceUnit, QuantityBasis, QuantityUnit, Stage } from '../../lib/dataset/figures.ts';

type Bilingual = [en: string, zh: string];

export interface ProductionSpec {
  stage: Stage;
  product?: Bilingual;
  productMineral?: string;
  /** A sub-product column of the row notes ("Platinum"); default: the latest-year column. */
  column?: string;
  /** Ship the previous year's column (2024) when the latest one disagrees with the sheet's text. */
  previousYear?: true;
  unit: QuantityUnit;
  basis: QuantityBasis;
  /** 1000 for sheets in thousand metric tons: every table is stored in metric tons or kilograms. */
  scale?: number;
  /** The world total leaves out US output (a footnote of the sheet says so). */
  excludesUS?: boolean;
  /** USGS country names left out of the table (rows the extraction mangled, pigment-only rows). */
  drop?: string[];
  rowNotes?: Record<string, Bilingual>;
  note?: Bilingual;
  /** Rows give different product forms (boron): no world total, no shares, no ranks. */
  mixedForms?: Record<string, Bilingual>;
}

export interface ReservesSpec {
  unit: QuantityUnit;
  basis: QuantityBasis;
  scale?: number;
  product?: Bilingual;
  drop?: string[];
  rowNotes?: Record<string, Bilingual>;
  note?: Bilingual;
}

export interface NirSpec {
  /** The salient row's label, when the sheet gives several reliance rows. */
  label?: string;
  product?: Bilingual;
  note?: Bilingual;
}

export interface PriceSpec {
  /** Start of the salient row's label. */
  label: string;
  product: Bilingual;
  unit: PriceUnit;
  note?: Bilingual;
}

export interface ImportSpec {
  /** USGS's product group, or 'all' when the sheet gives one list. */
  category: string;
  label?: Bilingual;
}

export interface Selection {
  mineral: string;
  slug: string;
  production?: ProductionSpec[];
  reserves?: ReservesSpec;
  nir?: NirSpec[];
  price?: PriceSpec;
  /** The main list first (the mineral card shows it), then lists of single product groups. */
  imports?: ImportSpec[];
}

const T = 'metric-tons' as const;
const KG = 'kilograms' as const;
const THOUSAND = 1000;

export const SELECTION: Selection[] = [
  {
    mineral: 'mineral:aluminum',
    slug: 'aluminum',
    production: [{ stage: 'smelter', unit: T, basis: 'metal', scale: THOUSAND }],
    nir: [{}],
    price: { label: 'Price, ingot', product: ['aluminum ingot, average US market (spot) price', '铝锭，美国市场（现货）均价'], unit: 'cents-per-pound' },
    imports: [{ category: 'all' }],
  },
  {
    mineral: 'mineral:antimony',
    slug: 'antimony',
    production: [{ stage: 'mine', unit: T, basis: 'content', excludesUS: true }],
    reserves: {
      unit: T,
      basis: 'content',
      rowNotes: { 'United States': ['Company-reported probable reserves of one Idaho project.', '爱达荷州一个项目由公司申报的概略储量。'] },
    },
    nir: [{}],
    price: { label: 'Price, metal', product: ['antimony metal, 99.65% minimum, cost, insurance and freight', '锑金属，纯度不低于99.65%，到岸价'], unit: 'usd-per-pound' },
    imports: [{ category: 'Total metal and oxide', label: ['antimony metal and oxide', '锑金属和氧化锑'] }, { category: 'Ore and concentrates', label: ['ore and concentrates', '矿石和精矿'] }, { category: 'Oxide', label: ['oxide', '氧化锑'] }, { category: 'Unwrought metal and powder', label: ['unwrought metal and powder', '未锻轧金属和粉末'] }],
  },
  {
    mineral: 'mineral:arsenic',
    slug: 'arsenic',
    production: [{ stage: 'plant', product: ['arsenic trioxide', '三氧化二砷'], unit: T, basis: 'content' }],
    nir: [{ product: ['all forms', '各种形态'] }],
    price: { label: 'Price, metal', product: ['arsenic metal, US warehouse', '砷金属，美国仓库价'], unit: 'usd-per-pound' },
    imports: [{ category: 'All forms of arsenic', label: ['all forms of arsenic', '各种形态的砷'] }, { category: 'Arsenic metal', label: ['arsenic metal', '砷金属'] }, { category: 'Arsenic trioxide', label: ['arsenic trioxide', '三氧化二砷'] }, { category: 'Arsenic acid', label: ['arsenic acid', '砷酸'] }],
  },
  {
    mineral: 'mineral:barite',
    slug: 'barite',
    production: [{ stage: 'mine', unit: T, basis: 'gross-weight', scale: THOUSAND, excludesUS: true }],
    reserves: { unit: T, basis: 'gross-weight', scale: THOUSAND, note: ['USGS gives no world total for barite reserves.', '美国地质调查局没有给出重晶石储量的全球合计。'] },
    nir: [{}],
    price: { label: 'Price, average unit value, ground', product: ['ground barite, ex-works', '重晶石粉，出厂价'], unit: 'usd-per-metric-ton' },
    imports: [{ category: 'all' }],
  },
  {
    mineral: 'mineral:beryllium',
    slug: 'beryllium',
    production: [{ stage: 'mine', unit: T, basis: 'content' }],
    nir: [{}],
    price: {
      label: 'Price, annual average unit value, beryllium-copper',
      product: ['beryllium-copper master alloy, per kilogram of contained beryllium', '铍铜中间合金，按所含铍每千克计'],
      unit: 'usd-per-kilogram',
    },
    imports: [{ category: 'all' }],
  },
  {
    mineral: 'mineral:bismuth',
    slug: 'bismuth',
    production: [{ stage: 'refinery', unit: T, basis: 'metal' }],
    nir: [{}],
    price: { label: 'Price, average', product: ['bismuth metal, Rotterdam warehouse', '铋金属，鹿特丹仓库价'], unit: 'usd-per-pound' },
    imports: [{ category: 'all' }],
  },
  {
    mineral: 'mineral:boron',
    slug: 'boron',
    production: [{
      stage: 'plant',
      unit: T,
      basis: 'gross-weight',
      scale: THOUSAND,
      note: ['Each country reports a different form, so USGS gives no world total and the figures cannot be compared or added up.', '各国申报的产品形态不同，因此美国地质调查局没有给出全球合计，各国数字也无法相互比较或相加。'],
      mixedForms: {
        'Argentina, crude ore': ['crude ore', '原矿'],
        'Bolivia, ulexite': ['ulexite', '钠硼解石'],
        'Chile, ulexite': ['ulexite', '钠硼解石'],
        'China, boric oxide equivalent': ['boric oxide equivalent', '折合氧化硼'],
        'Germany, compounds': ['compounds', '硼化合物'],
        'Peru, crude borates': ['crude borates', '粗硼酸盐'],
        'Russia, datolite ore': ['datolite ore', '硅硼钙石矿'],
        'Turkey, refined borates': ['refined borates', '精制硼酸盐'],
      },
    }],
    nir: [{}],
    price: { label: 'Price, average unit value of combined imports', product: ['average value of imported borates, cost, insurance and freight', '进口硼酸盐平均价值（到岸价）'], unit: 'usd-per-metric-ton' },
    imports: [{ category: 'All forms', label: ['all forms', '各种形态'] }],
  },
  {
    mineral: 'mineral:chromium',
    slug: 'chromium',
    production: [{ stage: 'mine', product: ['chromite', '铬铁矿'], unit: T, basis: 'content', scale: THOUSAND }],
    reserves: { unit: T, basis: 'content', scale: THOUSAND },
    nir: [{}],
    price: { label: 'Ferrochromium', product: ['ferrochromium, per pound of chromium content', '铬铁，按所含铬每磅计'], unit: 'usd-per-pound' },
    imports: [{ category: 'Total imports', label: ['all chromium materials', '全部含铬物料'] }, { category: 'Chromite (ores and concentrates)', label: ['chromite ore and concentrates', '铬铁矿矿石和精矿'] }, { category: 'Chromium-containing chemicals', label: ['chromium chemicals', '含铬化学品'] }, { category: 'Chromium metal', label: ['chromium metal', '金属铬'] }, { category: 'Chromium-containing scrap', label: ['chromium-bearing scrap', '含铬废料'] }],
  },
  {
    mineral: 'mineral:cobalt',
    slug: 'cobalt',
    production: [{ stage: 'mine', unit: T, basis: 'content' }],
    reserves: { unit: T, basis: 'content' },
    nir: [{}],
    price: { label: 'U.S. spot, cathode', product: ['cobalt cathode, US spot', '钴阴极，美国现货价'], unit: 'usd-per-pound' },
    imports: [{ category: 'Metal, oxide, and salts', label: ['metal, oxide and salts', '金属、氧化物和盐类'] }],
  },
  {
    mineral: 'mineral:copper',
    slug: 'copper',
    production: [{ stage: 'refinery', product: ['refined copper', '精炼铜'], unit: T, basis: 'content', scale: THOUSAND }],
    reserves: { unit: T, basis: 'content', scale: THOUSAND },
    nir: [{ product: ['refined copper', '精炼铜'] }],
    price: { label: 'U.S. producer, cathode', product: ['copper cathode, US producer price', '铜阴极，美国生产商价格'], unit: 'cents-per-pound' },
    imports: [{ category: 'Refined copper', label: ['refined copper', '精炼铜'] }, { category: 'Copper content of ore and concentrate', label: ['ore and concentrate', '矿石和精矿'] }, { category: 'Copper content of blister and anodes', label: ['blister and anodes', '粗铜和阳极铜'] }, { category: 'Copper content of matte, ash, and precipitate', label: ['matte, ash and precipitate', '铜锍、铜灰和沉淀铜'] }, { category: 'Copper content of scrap', label: ['scrap', '废料'] }],
  },
  {
    mineral: 'mineral:fluorspar',
    slug: 'fluorspar',
    production: [{ stage: 'mine', unit: T, basis: 'gross-weight', scale: THOUSAND }],
    reserves: { unit: T, basis: 'gross-weight', scale: THOUSAND },
    nir: [{}],
    price: { label: 'Acid grade', product: ['acid-grade fluorspar, average value of imports', '酸级萤石，进口平均价值'], unit: 'usd-per-metric-ton' },
    imports: [{ category: 'all' }],
  },
  {
    mineral: 'mineral:gallium',
    slug: 'gallium',
    production: [{
      stage: 'primary',
      product: ['low-purity gallium', '低纯度镓'],
      unit: KG,
      basis: 'content',
      rowNotes: { China: ['USGS\'s text puts China at 99% of world output; the rounded table figures give 100%.', '美国地质调查局的正文称中国占全球产量的99%；按表中取整后的数字计算为100%。'] },
    }],
    nir: [{}],
    price: { label: 'Price, average unit value of imports', product: ['gallium metal, average value of imports', '镓金属，进口平均价值'], unit: 'usd-per-kilogram' },
    imports: [{ category: 'Metal', label: ['gallium metal', '镓金属'] }],
  },
  {
    mineral: 'mineral:germanium',
    slug: 'germanium',
    nir: [{}],
    price: { label: 'Germanium metal', product: ['germanium metal, Europe, 99.999% purity', '锗金属，欧洲，纯度99.999%'], unit: 'usd-per-kilogram' },
    imports: [{ category: 'Combined total', label: ['metal and dioxide', '金属锗和二氧化锗'] }, { category: 'Germanium metal', label: ['germanium metal', '金属锗'] }, { category: 'Germanium dioxide (Ge content)', label: ['germanium dioxide', '二氧化锗'] }],
  },
  {
    mineral: 'mineral:graphite',
    slug: 'graphite',
    production: [{
      stage: 'mine',
      product: ['natural graphite', '天然石墨'],
      unit: T,
      basis: 'gross-weight',
      rowNotes: { China: ['USGS\'s text puts China at about 82% of 2025 output; the rounded world total gives 78%.', '美国地质调查局的正文称中国约占2025年产量的82%；按取整后的全球合计计算为78%。'] },
    }],
    reserves: { unit: T, basis: 'gross-weight' },
    nir: [{}],
    price: { label: 'Flake', product: ['flake graphite, average value of imports', '鳞片石墨，进口平均价值'], unit: 'usd-per-metric-ton' },
    imports: [{ category: 'all' }],
  },
  {
    mineral: 'mineral:indium',
    slug: 'indium',
    production: [{ stage: 'refinery', unit: T, basis: 'metal' }],
    nir: [{}],
    price: { label: 'U.S. warehouse', product: ['indium, US warehouse', '铟，美国仓库价'], unit: 'usd-per-kilogram' },
  },
  {
    mineral: 'mineral:lead',
    slug: 'lead',
    production: [{ stage: 'mine', unit: T, basis: 'content', scale: THOUSAND }],
    reserves: { unit: T, basis: 'content', scale: THOUSAND },
    nir: [{ product: ['refined lead', '精炼铅'] }],
    price: { label: 'Price, average, North American', product: ['lead, North American average', '铅，北美均价'], unit: 'cents-per-pound' },
    imports: [{ category: 'Refined metal', label: ['refined lead', '精炼铅'] }],
  },
  {
    mineral: 'mineral:lithium',
    slug: 'lithium',
    production: [{ stage: 'mine', unit: T, basis: 'content', excludesUS: true }],
    reserves: { unit: T, basis: 'content' },
    nir: [{}],
    price: { label: 'Price, annual average', product: ['battery-grade lithium carbonate', '电池级碳酸锂'], unit: 'usd-per-metric-ton' },
    imports: [{ category: 'all' }],
  },
  {
    mineral: 'mineral:magnesium',
    slug: 'magnesium',
    production: [{ stage: 'primary', unit: T, basis: 'metal', scale: THOUSAND }],
    nir: [{}],
    price: { label: 'U.S. spot Western', product: ['magnesium, US spot (Western)', '镁，美国现货价（西部）'], unit: 'usd-per-pound' },
    imports: [{ category: 'Magnesium alloys (magnesium content)', label: ['magnesium alloys', '镁合金'] }, { category: 'Sheet, powder, and other (magnesium content)', label: ['sheet, powder and other forms', '板材、粉末及其他形态'] }, { category: 'Scrap', label: ['scrap', '废料'] }],
  },
  {
    mineral: 'mineral:manganese',
    slug: 'manganese',
    production: [{ stage: 'mine', unit: T, basis: 'content', scale: THOUSAND }],
    reserves: { unit: T, basis: 'content', scale: THOUSAND },
    nir: [{}],
    price: {
      label: 'Price, average, manganese content',
      product: ['metallurgical-grade ore (44% manganese), delivered to China, per unit of manganese', '冶金级锰矿石（含锰44%），中国到岸价，按锰单位计'],
      unit: 'usd-per-metric-ton-unit',
    },
    imports: [{ category: 'Manganese contained in principal manganese imports', label: ['manganese in ore and alloys', '矿石和合金中所含的锰'] }, { category: 'Manganese ore', label: ['manganese ore', '锰矿石'] }, { category: 'Ferromanganese', label: ['ferromanganese', '锰铁'] }, { category: 'Silicomanganese', label: ['silicomanganese', '硅锰合金'] }],
  },
  {
    mineral: 'mineral:molybdenum',
    slug: 'molybdenum',
    production: [{ stage: 'mine', unit: T, basis: 'content' }],
    reserves: { unit: T, basis: 'content', scale: THOUSAND },
    nir: [{}],
    price: { label: 'Price, average', product: ['US molybdic oxide, 57% molybdenum', '美国氧化钼价格，含钼57%'], unit: 'usd-per-kilogram' },
    imports: [{ category: 'Total', label: ['all forms', '各种形态'] }, { category: 'Ferromolybdenum', label: ['ferromolybdenum', '钼铁'] }, { category: 'Molybdenum ore and concentrates', label: ['ore and concentrates', '矿石和精矿'] }],
  },
  {
    mineral: 'mineral:nickel',
    slug: 'nickel',
    production: [{ stage: 'mine', unit: T, basis: 'content' }],
    reserves: { unit: T, basis: 'content' },
    nir: [{}],
    price: { label: 'Dollars per metric ton', product: ['nickel, London Metal Exchange cash', '镍，伦敦金属交易所现货'], unit: 'usd-per-metric-ton' },
    imports: [{ category: 'Primary nickel', label: ['primary nickel', '原生镍'] }],
  },
  {
    mineral: 'mineral:niobium',
    slug: 'niobium',
    production: [{ stage: 'mine', unit: T, basis: 'content' }],
    reserves: { unit: T, basis: 'content' },
    nir: [{}],
    price: { label: 'Price, average unit value, ferroniobium', product: ['ferroniobium, average value', '铌铁平均价值'], unit: 'usd-per-kilogram' },
    imports: [{ category: 'Total imports', label: ['all niobium materials', '全部含铌物料'] }, { category: 'Niobium and tantalum ores and concentrates', label: ['niobium and tantalum ores and concentrates', '铌钽矿石和精矿'] }, { category: 'Niobium oxide', label: ['niobium oxide', '氧化铌'] }, { category: 'Ferroniobium and niobium metal', label: ['ferroniobium and niobium metal', '铌铁和金属铌'] }],
  },
  {
    mineral: 'mineral:phosphate',
    slug: 'phosphate',
    production: [{
      stage: 'mine',
      product: ['phosphate rock', '磷矿石'],
      unit: T,
      basis: 'marketable-rock',
      scale: THOUSAND,
      rowNotes: { China: ['China\'s figure counts large mines only.', '中国的数字只统计大型矿山。'] },
    }],
    reserves: { unit: T, basis: 'marketable-rock', scale: THOUSAND },
    nir: [{}],
    price: { label: 'Price, average value, f.o.b. mine', product: ['phosphate rock, free on board at the mine', '磷矿石，矿山离岸价'], unit: 'usd-per-metric-ton' },
    imports: [{ category: 'all' }],
  },
  {
    mineral: 'mineral:platinum-group-metals',
    slug: 'platinum-group-metals',
    production: [
      { stage: 'mine', product: ['palladium', '钯'], productMineral: 'mineral:palladium', column: 'Palladium', unit: KG, basis: 'metal' },
      { stage: 'mine', product: ['platinum', '铂'], productMineral: 'mineral:platinum', column: 'Platinum', unit: KG, basis: 'metal' },
    ],
    reserves: { unit: KG, basis: 'metal', product: ['all platinum-group metals', '全部铂族金属'] },
  },
  {
    mineral: 'mineral:platinum',
    slug: 'platinum-group-metals',
    nir: [{ label: 'Platinum' }],
    price: { label: 'Platinum', product: ['platinum, unfabricated metal, annual average', '铂，未加工金属，年均价'], unit: 'usd-per-troy-ounce' },
    imports: [{ category: 'Platinum', label: ['platinum', '铂'] }],
  },
  {
    mineral: 'mineral:palladium',
    slug: 'platinum-group-metals',
    nir: [{ label: 'Palladium' }],
    price: { label: 'Palladium', product: ['palladium, unfabricated metal, annual average', '钯，未加工金属，年均价'], unit: 'usd-per-troy-ounce' },
  },
  { mineral: 'mineral:iridium', slug: 'platinum-group-metals', price: { label: 'Iridium', product: ['iridium, unfabricated metal, annual average', '铱，未加工金属，年均价'], unit: 'usd-per-troy-ounce' } },
  { mineral: 'mineral:rhodium', slug: 'platinum-group-metals', price: { label: 'Rhodium', product: ['rhodium, unfabricated metal, annual average', '铑，未加工金属，年均价'], unit: 'usd-per-troy-ounce' } },
  { mineral: 'mineral:ruthenium', slug: 'platinum-group-metals', price: { label: 'Ruthenium', product: ['ruthenium, unfabricated metal, annual average', '钌，未加工金属，年均价'], unit: 'usd-per-troy-ounce' } },
  {
    mineral: 'mineral:potash',
    slug: 'potash',
    production: [{ stage: 'mine', unit: T, basis: 'potassium-oxide', scale: THOUSAND }],
    reserves: { unit: T, basis: 'potassium-oxide', scale: THOUSAND },
    nir: [{}],
    price: { label: 'All products', product: ['all potash products, free on board at the mine, per ton of K2O', '全部钾盐产品，矿山离岸价，按每吨氧化钾计'], unit: 'usd-per-metric-ton' },
    imports: [{ category: 'all' }],
  },
  {
    mineral: 'mineral:rare-earths',
    slug: 'rare-earths',
    production: [{ stage: 'mine', unit: T, basis: 'rare-earth-oxide' }],
    reserves: { unit: T, basis: 'rare-earth-oxide' },
    nir: [
      { label: 'Compounds and metals', product: ['compounds and metals', '化合物和金属'] },
      { label: 'Mineral concentrates', product: ['mineral concentrates', '精矿'] },
    ],
    price: { label: 'Neodymium-praseodymium (NdPr) oxide', product: ['neodymium-praseodymium (NdPr) oxide, 99% minimum', '氧化镨钕，纯度不低于99%'], unit: 'usd-per-kilogram' },
    imports: [{ category: 'Rare-earth compounds and metals', label: ['compounds and metals', '化合物和金属'] }],
  },
  ...(
    [
      ['lanthanum', 'Lanthanum oxide', ['lanthanum oxide, 99.5% minimum', '氧化镧，纯度不低于99.5%']],
      ['cerium', 'Cerium oxide', ['cerium oxide, 99.5% minimum', '氧化铈，纯度不低于99.5%']],
      ['praseodymium', 'Praseodymium oxide', ['praseodymium oxide, 99.99% minimum', '氧化镨，纯度不低于99.99%']],
      ['neodymium', 'Neodymium oxide', ['neodymium oxide, 99.5% minimum', '氧化钕，纯度不低于99.5%']],
      ['samarium', 'Samarium oxide', ['samarium oxide, 99.5% minimum', '氧化钐，纯度不低于99.5%']],
      ['europium', 'Europium oxide', ['europium oxide, 99.99% minimum', '氧化铕，纯度不低于99.99%']],
      ['gadolinium', 'Gadolinium oxide', ['gadolinium oxide, 99.99% minimum', '氧化钆，纯度不低于99.99%']],
    ] as [string, string, Bilingual][]
  ).map(([element, label, product]): Selection => ({
    mineral: `mineral:${element}`,
    slug: 'rare-earths',
    price: { label, product, unit: 'usd-per-kilogram' },
  })),
  {
    mineral: 'mineral:rhenium',
    slug: 'rhenium',
    production: [{ stage: 'mine', unit: KG, basis: 'content' }],
    reserves: { unit: KG, basis: 'content', note: ['USGS describes world reserves only as large, so no shares are given.', '美国地质调查局只称全球储量"很大"，因此不计算份额。'] },
    nir: [{}],
    price: { label: 'Metal, 99.99% pure', product: ['rhenium metal, 99.99% pure', '铼金属，纯度99.99%'], unit: 'usd-per-kilogram' },
    imports: [{ category: 'Total imports', label: ['all forms', '各种形态'] }, { category: 'Ammonium perrhenate', label: ['ammonium perrhenate', '高铼酸铵'] }, { category: 'Rhenium metal', label: ['rhenium metal', '金属铼'] }],
  },
  {
    mineral: 'mineral:scandium',
    slug: 'scandium',
    nir: [{}],
    price: { label: 'Scandium metal', product: ['scandium metal ingot, 99.999% purity', '钪金属锭，纯度99.999%'], unit: 'usd-per-kilogram' },
    imports: [{ category: 'all', label: ['scandium oxide', '氧化钪'] }],
  },
  {
    mineral: 'mineral:silicon',
    slug: 'silicon',
    production: [
      { stage: 'plant', product: ['silicon metal', '工业硅'], column: 'Silicon metal', unit: T, basis: 'content', scale: THOUSAND, excludesUS: true },
      { stage: 'plant', product: ['ferrosilicon', '硅铁'], column: 'Ferrosilicon', unit: T, basis: 'content', scale: THOUSAND, excludesUS: true },
    ],
    nir: [
      { label: 'Total', product: ['all silicon materials', '全部含硅物料'] },
      { label: 'Silicon metal', product: ['silicon metal', '工业硅'] },
      { label: 'Ferrosilicon, all grades', product: ['ferrosilicon', '硅铁'] },
    ],
    price: { label: 'Silicon metal', product: ['metallurgical-grade silicon metal, import price', '冶金级工业硅，进口价格'], unit: 'cents-per-pound' },
    imports: [{ category: 'Total', label: ['all silicon materials', '全部含硅物料'] }, { category: 'Ferrosilicon', label: ['ferrosilicon', '硅铁'] }, { category: 'Silicon metal', label: ['silicon metal', '工业硅'] }],
  },
  {
    mineral: 'mineral:silver',
    slug: 'silver',
    production: [{ stage: 'mine', unit: T, basis: 'content' }],
    reserves: { unit: T, basis: 'content' },
    nir: [{}],
    price: { label: 'Price, bullion', product: ['silver bullion', '银锭'], unit: 'usd-per-troy-ounce' },
  },
  {
    mineral: 'mineral:tantalum',
    slug: 'tantalum',
    production: [{ stage: 'mine', unit: T, basis: 'content' }],
    reserves: { unit: T, basis: 'content', note: ['USGS gives reserves for a few countries only and no world total.', '美国地质调查局只给出少数国家的储量，没有全球合计。'] },
    nir: [{}],
    price: { label: 'Price, tantalite', product: ['tantalite, per kilogram of tantalum oxide content', '钽铁矿，按所含氧化钽每千克计'], unit: 'usd-per-kilogram' },
    imports: [{ category: 'Total', label: ['all tantalum materials', '全部含钽物料'] }, { category: 'Tantalum ores and concentrates', label: ['ores and concentrates', '矿石和精矿'] }, { category: 'Tantalum metal and powder', label: ['metal and powder', '金属和粉末'] }, { category: 'Tantalum waste and scrap', label: ['waste and scrap', '废碎料'] }],
  },
  {
    mineral: 'mineral:tellurium',
    slug: 'tellurium',
    production: [{
      stage: 'refinery',
      unit: T,
      basis: 'content',
      excludesUS: true,
      rowNotes: { 'Sweden (concentrate)': ['Tellurium in concentrate.', '精矿中所含的碲。'] },
    }],
    nir: [{}],
    price: { label: 'United States', product: ['tellurium, US price', '碲，美国价格'], unit: 'usd-per-kilogram' },
    imports: [{ category: 'all' }],
  },
  {
    mineral: 'mineral:tin',
    slug: 'tin',
    production: [{ stage: 'mine', unit: T, basis: 'content' }],
    reserves: { unit: T, basis: 'content' },
    nir: [{ product: ['refined tin', '精炼锡'] }],
    price: { label: 'New York dealer', product: ['tin, New York dealer price', '锡，纽约经销商价格'], unit: 'cents-per-pound' },
    imports: [{ category: 'Refined tin', label: ['refined tin', '精炼锡'] }, { category: 'Waste and scrap', label: ['waste and scrap', '废碎料'] }],
  },
  {
    mineral: 'mineral:titanium',
    slug: 'titanium',
    production: [{
      stage: 'plant',
      product: ['titanium sponge', '海绵钛'],
      unit: T,
      basis: 'metal',
      excludesUS: true,
      // The US row mixes a withheld 2024 figure with a dash for 2025; the world total leaves US output out either way.
      drop: ['United States'],
    }],
    nir: [
      { label: 'Net import reliance as a percentage of apparent consumption [sponge metal]', product: ['titanium sponge', '海绵钛'] },
      { label: 'Net import reliance as a percentage of apparent consumption [TiO2 pigment]', product: ['titanium dioxide pigment', '钛白粉'] },
    ],
    price: { label: 'Price, dollars per kilogram [sponge metal]', product: ['titanium sponge, landed value of US imports', '海绵钛，美国进口完税价值'], unit: 'usd-per-kilogram' },
    imports: [{ category: 'Sponge metal', label: ['titanium sponge', '海绵钛'] }, { category: 'TiO pigment', label: ['titanium dioxide pigment', '钛白粉'] }],
  },
  {
    mineral: 'mineral:tungsten',
    slug: 'tungsten',
    production: [{ stage: 'mine', unit: T, basis: 'content' }],
    reserves: { unit: T, basis: 'content' },
    nir: [{}],
    price: {
      label: 'Price, concentrate',
      product: ['tungsten concentrate, Rotterdam, per unit of tungsten trioxide', '钨精矿，鹿特丹，按三氧化钨单位计'],
      unit: 'usd-per-metric-ton-unit',
    },
    imports: [{ category: 'Ores, concentrates, and other forms', label: ['ores, concentrates and other forms', '矿石、精矿及其他形态'] }],
  },
  {
    mineral: 'mineral:vanadium',
    slug: 'vanadium',
    production: [{ stage: 'mine', unit: T, basis: 'content' }],
    reserves: { unit: T, basis: 'content', scale: THOUSAND },
    nir: [{}],
    price: { label: 'Price, average, vanadium pentoxide', product: ['vanadium pentoxide (98%), China annual average', '五氧化二钒（98%），中国年均价'], unit: 'usd-per-pound' },
    imports: [{ category: 'Total', label: ['all vanadium materials', '全部含钒物料'] }, { category: 'Ferrovanadium', label: ['ferrovanadium', '钒铁'] }, { category: 'Vanadium pentoxide', label: ['vanadium pentoxide', '五氧化二钒'] }],
  },
  {
    mineral: 'mineral:zinc',
    slug: 'zinc',
    production: [{ stage: 'mine', unit: T, basis: 'content', scale: THOUSAND }],
    reserves: { unit: T, basis: 'content', scale: THOUSAND },
    nir: [
      { label: 'Refined zinc', product: ['refined zinc', '精炼锌'] },
      { label: 'Ores and concentrates', product: ['ores and concentrates', '矿石和精矿'] },
    ],
    price: { label: 'North American', product: ['zinc, North American price', '锌，北美价格'], unit: 'cents-per-pound' },
    imports: [{ category: 'Combined total (includes gross weight of waste and scrap)', label: ['all zinc materials', '全部含锌物料'] }, { category: 'Ores and concentrates', label: ['ores and concentrates', '矿石和精矿'] }, { category: 'Refined metal', label: ['refined zinc', '精炼锌'] }, { category: 'Waste and scrap (gross weight)', label: ['waste and scrap', '废碎料'] }],
  },
  {
    mineral: 'mineral:zirconium',
    slug: 'zirconium-and-hafnium',
    production: [{
      stage: 'mine',
      product: ['zirconium mineral concentrates', '锆矿物精矿'],
      unit: T,
      basis: 'gross-weight',
      scale: THOUSAND,
      // The 2025 column falls 4% on 2024, where the sheet's text says output fell 12% to about 1 million tons.
      previousYear: true,
      note: ['This table is for 2024: the 2025 figures we hold do not match the fall USGS describes for that year.', '这张表为2024年数据：我们掌握的2025年数据与美国地质调查局所述的当年降幅不符。'],
    }],
    nir: [{ label: 'Zirconium ores and concentrates', product: ['zirconium ores and concentrates', '锆矿石和精矿'] }],
    price: { label: 'Premium grade', product: ['premium-grade zircon, delivered to China', '优质锆英砂，中国到岸价'], unit: 'usd-per-metric-ton' },
    imports: [{ category: 'Zirconium ores and concentrates', label: ['zirconium ores and concentrates', '锆矿石和精矿'] }, { category: 'Zirconium, unwrought', label: ['unwrought zirconium', '未锻轧锆'] }, { category: 'Zirconium, wrought', label: ['wrought zirconium', '锻轧锆'] }],
  },
  {
    mineral: 'mineral:hafnium',
    slug: 'zirconium-and-hafnium',
    price: { label: 'Hafnium, unwrought', product: ['unwrought hafnium', '未锻轧铪'], unit: 'usd-per-kilogram' },
    imports: [{ category: 'Hafnium, unwrought', label: ['unwrought hafnium', '未锻轧铪'] }, { category: 'Hafnium, wrought', label: ['wrought hafnium', '锻轧铪'] }],
  },
];
