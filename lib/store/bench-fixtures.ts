/**
 * Deterministic, realistic-looking clippings and notes for benchmarks and load tests: the same
 * seed always gives the same records, so timings from different runs compare like with like.
 */
import type { EntityType } from '../model.ts';
import { ClippingStore } from './clippings.ts';
import type { AssayDb } from './db.ts';
import { NoteStore } from './notes.ts';
import type { Clipping, ClippingEntity, Note } from '../records/types.ts';
import { siteOf } from '../records/url.ts';

/** A small, fast, seedable PRNG (mulberry32): values in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];

function uuid(random: Random): string {
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 16).toString(16)).join('');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(random, ['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`;
}

interface Vocab {
  id: string;
  en: string;
  zh: string;
}

const MINERALS: readonly Vocab[] = [
  { id: 'mineral:tungsten', en: 'tungsten', zh: '钨' },
  { id: 'mineral:gallium', en: 'gallium', zh: '镓' },
  { id: 'mineral:germanium', en: 'germanium', zh: '锗' },
  { id: 'mineral:antimony', en: 'antimony', zh: '锑' },
  { id: 'mineral:graphite', en: 'graphite', zh: '石墨' },
  { id: 'mineral:lithium', en: 'lithium', zh: '锂' },
  { id: 'mineral:cobalt', en: 'cobalt', zh: '钴' },
  { id: 'mineral:nickel', en: 'nickel', zh: '镍' },
  { id: 'mineral:rare-earths', en: 'rare earths', zh: '稀土' },
  { id: 'mineral:uranium', en: 'uranium', zh: '铀' },
];

const COUNTRIES: readonly Vocab[] = [
  { id: 'country:CN', en: 'China', zh: '中国' },
  { id: 'country:US', en: 'United States', zh: '美国' },
  { id: 'country:AU', en: 'Australia', zh: '澳大利亚' },
  { id: 'country:KZ', en: 'Kazakhstan', zh: '哈萨克斯坦' },
  { id: 'country:CD', en: 'DR Congo', zh: '刚果（金）' },
  { id: 'country:ID', en: 'Indonesia', zh: '印度尼西亚' },
  { id: 'country:CL', en: 'Chile', zh: '智利' },
  { id: 'country:VN', en: 'Vietnam', zh: '越南' },
  { id: 'country:UA', en: 'Ukraine', zh: '乌克兰' },
  { id: 'country:CA', en: 'Canada', zh: '加拿大' },
];

const DEALS: readonly Vocab[] = [
  { id: 'deal:us-australia-framework-2025', en: 'US-Australia critical minerals framework', zh: '美澳关键矿产框架' },
  { id: 'deal:us-ukraine-minerals-2025', en: 'US-Ukraine minerals agreement', zh: '美乌矿产协议' },
  { id: 'deal:us-kazakhstan-tungsten-2025', en: 'Kazakhstan tungsten deal', zh: '哈萨克斯坦钨矿协议' },
];

const SITES = [
  'https://www.reuters.com/markets/commodities/',
  'https://www.ft.com/content/',
  'https://www.bloomberg.com/news/articles/',
  'https://www.mining.com/',
  'https://www.scmp.com/economy/china-economy/article/',
  'https://www.caixinglobal.com/',
  'https://www.theguardian.com/business/',
  'https://apnews.com/article/',
  'https://www.nikkei.com/article/',
  'https://www.argusmedia.com/en/news-and-insights/',
];

const EN_SENTENCES = [
  '{country} accounted for roughly {pct}% of global {mineral} output last year, according to the USGS.',
  'Prices for {mineral} rose {pct}% after {country} tightened export licences.',
  'Analysts said the {deal} could take years to deliver new {mineral} supply.',
  'Western buyers are scrambling to secure {mineral} outside {country}.',
  'The ministry said shipments of {mineral} to the {country2} would need special approval.',
  'Refiners in {country} process most of the world\u2019s {mineral}, giving Beijing leverage.',
  'A new {mineral} mine in {country} is expected to start production in {year}.',
  'Under the {deal}, both governments pledged ${amount} billion for processing capacity.',
];

const ZH_SENTENCES = [
  '{countryZh}宣布对{mineralZh}实施出口管制，自{year}年起生效。',
  '分析人士认为，{dealZh}短期内难以改变{mineralZh}供应格局。',
  '{countryZh}的{mineralZh}产量约占全球的{pct}%。',
  '受出口许可收紧影响，{mineralZh}价格上涨了{pct}%。',
];

const NOTE_TEXTS = [
  'Check this against the USGS figure.',
  'Compare with last year\u2019s export numbers.',
  'Useful for the supply-chain piece.',
  'Contradicts what the ministry said in March.',
  'Follow up: who finances the refinery?',
  '',
  '',
];

const TAGS = ['supply-chain', 'export-controls', 'prices', 'policy', 'to-read', 'refining', 'batteries', 'defence', 'china', 'deals'];

function fill(template: string, random: Random, mineral: Vocab, country: Vocab, deal: Vocab): string {
  return template
    .replace('{mineral}', mineral.en)
    .replace('{mineralZh}', mineral.zh)
    .replace('{country}', country.en)
    .replace('{countryZh}', country.zh)
    .replace('{country2}', pick(random, COUNTRIES).en)
    .replace('{deal}', deal.en)
    .replace('{dealZh}', deal.zh)
    .replace('{pct}', String(5 + Math.floor(random() * 90)))
    .replace('{year}', String(2024 + Math.floor(random() * 4)))
    .replace('{amount}', String(1 + Math.floor(random() * 20)));
}

function entity(type: EntityType, vocab: Vocab, chinese: boolean): ClippingEntity {
  return { id: vocab.id, type, label: chinese ? vocab.zh : vocab.en };
}

/** Which records to generate. */
export interface FixtureOptions {
  seed?: number;
  /** The newest record's time (default 2025-11-01); older ones spread over the two years before. */
  newest?: number;
}

const DEFAULT_NEWEST = Date.UTC(2025, 10, 1);
const TWO_YEARS = 2 * 365 * 24 * 3600 * 1000;

/** `count` clippings, about one in six in Chinese, from ten news sites over two years. */
export function generateClippings(count: number, options: FixtureOptions = {}): Clipping[] {
  const random = seededRandom(options.seed ?? 1);
  const newest = options.newest ?? DEFAULT_NEWEST;
  return Array.from({ length: count }, () => {
    const chinese = random() < 0.16;
    const mineral = pick(random, MINERALS);
    const country = pick(random, COUNTRIES);
    const deal = pick(random, DEALS);
    const sentences = Array.from({ length: 1 + Math.floor(random() * 3) }, () =>
      fill(pick(random, chinese ? ZH_SENTENCES : EN_SENTENCES), random, mineral, country, deal),
    );
    const entities = [entity('mineral', mineral, chinese), entity('country', country, chinese)];
    if (sentences.some((sentence) => sentence.includes(chinese ? deal.zh : deal.en))) {
      entities.push(entity('deal', deal, chinese));
    }
    const url = `${pick(random, SITES)}${uuid(random).slice(0, 8)}`;
    const createdAt = newest - Math.floor(random() * TWO_YEARS);
    const tags = TAGS.filter(() => random() < 0.15);
    return {
      id: uuid(random),
      quote: sentences.join(chinese ? '' : ' '),
      prefix: chinese ? '据报道，' : 'The report added that ',
      suffix: chinese ? '业内人士表示。' : ' Officials declined to comment.',
      url,
      title: chinese ? `${mineral.zh}市场观察` : `${country.en} and the race for ${mineral.en}`,
      site: siteOf(url),
      createdAt,
      updatedAt: createdAt + (random() < 0.2 ? Math.floor(random() * 86_400_000) : 0),
      entities,
      note: pick(random, NOTE_TEXTS),
      tags,
    };
  });
}

/** `count` notes on the fixture entities. */
export function generateNotes(count: number, options: FixtureOptions = {}): Note[] {
  const random = seededRandom((options.seed ?? 1) ^ 0x5eed);
  const newest = options.newest ?? DEFAULT_NEWEST;
  const entityIds = [...MINERALS, ...COUNTRIES, ...DEALS].map((vocab) => vocab.id);
  return Array.from({ length: count }, () => {
    const createdAt = newest - Math.floor(random() * TWO_YEARS);
    return {
      id: uuid(random),
      entityId: pick(random, entityIds),
      text: pick(random, NOTE_TEXTS.filter(Boolean)),
      createdAt,
      updatedAt: createdAt,
    };
  });
}

/** Writes fixtures into `db` in batches (one transaction each). */
export async function seedDatabase(
  db: AssayDb,
  fixtures: { clippings?: readonly Clipping[]; notes?: readonly Note[] },
  batchSize = 1_000,
): Promise<void> {
  const clippingStore = new ClippingStore(db);
  const noteStore = new NoteStore(db);
  const clippings = fixtures.clippings ?? [];
  const notes = fixtures.notes ?? [];
  for (let i = 0; i < clippings.length; i += batchSize) await clippingStore.putMany(clippings.slice(i, i + batchSize));
  for (let i = 0; i < notes.length; i += batchSize) await noteStore.putMany(notes.slice(i, i + batchSize));
}
