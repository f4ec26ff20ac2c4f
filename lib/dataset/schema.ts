/**
 * Schemas of the bundled dataset (`data/*.json`). They are the contract between the people who
 * edit the data, the build step that derives the alias index, and the popover cards that show
 * the facts. Every figure carries its own `source` and `asOf`, so a card can always say where a
 * number came from and how old it is.
 */
import { z } from 'zod';
import {
  AsOf, ChinaShare, CountryId, FigureBlock, ImportSources, MineralId, NetImportReliance, PriceSeries, QuantityBasis,
  QuantityUnit, SourceRef, SourcedText, Stage, Table, Unavailable, ZhText,
} from './figures';

export { AsOf, SourceRef, MineralId, CountryId, SourcedText, Table, CountryFigure, ZhText } from './figures';

const sourced = { source: SourceRef, asOf: AsOf };

export const DealId = z.string().regex(/^deal:[a-z0-9]+(-[a-z0-9]+)*$/);
export const ControlId = z.string().regex(/^control:[a-z0-9]+(-[a-z0-9]+)*$/);

export const Names = z.object({
  en: z.string().min(1),
  zh: z.string().min(1),
  /** Formal name where it differs, e.g. "Republic of Kazakhstan". */
  official: z.string().min(1).optional(),
});

export const Aliases = z.object({
  en: z.array(z.string().min(1)).default([]),
  zh: z.array(z.string().min(1)).default([]),
});

/**
 * Aliases that are also ordinary words or names of something else ("lead", "china", "Jordan").
 * The recognizer runs disambiguation on every sentence that holds one of them.
 * `sense` names the competing reading, for the report and for the rules.
 */
export const AmbiguousAlias = z.object({
  alias: z.string().min(1),
  lang: z.enum(['en', 'zh']).default('en'),
  senses: z.array(z.string().min(1)).min(1),
});

/** A mineral's own figures for each block, or why it has none (inherited blocks are not listed). */
const UnavailableBlocks = z.strictObject(
  Object.fromEntries(FigureBlock.options.map((block) => [block, Unavailable.optional()])) as Record<z.infer<typeof FigureBlock>, z.ZodOptional<typeof Unavailable>>,
);

export const Mineral = z
  .object({
    id: MineralId,
    names: Names,
    aliases: Aliases,
    ambiguous: z.array(AmbiguousAlias).default([]),
    symbol: z.string().regex(/^[A-Z][a-z]?$/).optional(),
    atomicNumber: z.number().int().positive().optional(),
    groups: z.array(z.string().min(1)).default([]),
    /** For members of a group (neodymium is part of rare earths): a member without a table shows the group's. */
    partOf: z.array(MineralId).default([]),
    uses: SourcedText.optional(),
    substitutes: SourcedText.optional(),
    recycling: SourcedText.optional(),
    /** The first table is the mineral's main one (its China share is the card's headline). */
    production: z.array(Table).default([]),
    reserves: Table.optional(),
    /** Derived by the build: China's share of each production table that has a China row. */
    chinaShares: z.array(ChinaShare).default([]),
    /** The first entry is the headline; others are other forms (silicon metal beside ferrosilicon). */
    usNetImportReliance: z.array(NetImportReliance).default([]),
    price: PriceSeries.optional(),
    /** US import sources, the main list first, then the lists of single product groups. */
    importSources: z.array(ImportSources).default([]),
    /** Blocks with no figure, and why: withheld, not published, not covered by the source. */
    unavailable: UnavailableBlocks.default({}),
    /** us2018 only where a source says so; absent means "not checked", not "no". */
    criticalLists: z.object({ us2018: z.boolean().optional(), us2022: z.boolean(), us2025: z.boolean(), ...sourced }),
    /** Context a card should show, e.g. why a commodity outside the list is here. */
    note: z.string().min(1).optional(),
    noteZh: ZhText.optional(),
    controls: z.array(ControlId).default([]),
    relatedDeals: z.array(DealId).default([]),
  })
  .refine((m) => !m.note || !!m.noteZh, 'a note has its Chinese version')
  .refine((m) => m.reserves === undefined || m.reserves.kind !== 'production', 'the reserves block holds reserves or resources')
  .refine((m) => m.production.every((t) => t.kind === 'production'), 'production tables are production tables')
  .refine(
    (m) => Object.keys(m.unavailable).every((block) => !hasBlock(m, block as z.infer<typeof FigureBlock>)),
    'a block is either given or unavailable, not both',
  );

function hasBlock(m: { production: unknown[]; reserves?: unknown; chinaShares: unknown[]; usNetImportReliance: unknown[]; price?: unknown; importSources: unknown[] }, block: z.infer<typeof FigureBlock>): boolean {
  switch (block) {
    case 'production': return m.production.length > 0;
    case 'reserves': return m.reserves !== undefined;
    case 'chinaShare': return m.chinaShares.length > 0;
    case 'usNetImportReliance': return m.usNetImportReliance.length > 0;
    case 'price': return m.price !== undefined;
    case 'importSources': return m.importSources.length > 0;
  }
}

/** A country's place in one of a mineral's tables (derived at run time, lib/dataset/profiles.ts). */
export const MineralProfileEntry = z.strictObject({
  mineral: MineralId,
  kind: z.enum(['production', 'reserves', 'resources']),
  stage: Stage.optional(),
  product: z.string().min(1).optional(),
  productZh: ZhText.optional(),
  year: z.number().int().optional(),
  estimated: z.boolean().optional(),
  /** 1 for the largest; countries with equal figures share a rank. */
  rank: z.number().int().positive(),
  /** How many countries the table ranks. */
  of: z.number().int().positive(),
  value: z.number().nonnegative(),
  qualifier: z.enum(['>', '<', '~']).optional(),
  unit: QuantityUnit,
  basis: QuantityBasis,
  share: z.number().min(0).max(1).optional(),
  ...sourced,
});

/** A country's share of US imports of a mineral. */
export const ImportProfileEntry = z.strictObject({
  mineral: MineralId,
  category: z.string().min(1).optional(),
  categoryZh: ZhText.optional(),
  years: z.string().min(1),
  share: z.number().min(0).max(1),
  /** Its place in the list (1 = the largest source). */
  rank: z.number().int().positive(),
  ...sourced,
});

export const Country = z.object({
  id: CountryId,
  alpha3: z.string().regex(/^[A-Z]{3}$/),
  names: Names,
  aliases: Aliases,
  demonyms: z.object({ en: z.array(z.string().min(1)).default([]) }),
  /**
   * One-character Chinese abbreviations (美, 中, 日...). They are ordinary characters too, so
   * they are kept out of `aliases.zh`: the recognizer uses them only inside compounds (美日, 对华).
   */
  zhAbbrev: z.array(z.string().length(1)).default([]),
  ambiguous: z.array(AmbiguousAlias).default([]),
  capital: z.object({
    en: z.string().min(1),
    zh: z.string().min(1).optional(),
    /** Other spellings of the capital used as a metonym ("Washington" for "Washington, D.C."). */
    aliases: z.array(z.string().min(1)).optional(),
  }).optional(),
  /** Territories and former states carry a note instead of being left out. */
  status: z.enum(['sovereign', 'territory', 'former']).default('sovereign'),
  note: z.string().optional(),
  noteZh: ZhText.optional(),
  relatedDeals: z.array(DealId).default([]),
  controls: z.array(ControlId).default([]),
}).refine((c) => !c.note || !!c.noteZh, 'a note has its Chinese version');

export const Party = z.object({
  country: CountryId.optional(),
  organisation: z.string().min(1).optional(),
  role: z.string().optional(),
}).refine((p) => p.country || p.organisation, 'a party names a country or an organisation');

export const DealKind = z.enum([
  'mou', 'framework', 'agreement', 'equity-stake', 'loan', 'joint-venture', 'offtake',
  'investment', 'peace-accord', 'trade-agreement', 'price-floor', 'fund',
]);

export const Deal = z.object({
  id: DealId,
  title: z.string().min(1),
  titleZh: z.string().min(1).optional(),
  /** ISO date, or YYYY-MM when the day is not known. */
  date: AsOf,
  dateNote: z.string().optional(),
  parties: z.array(Party).min(1),
  minerals: z.array(MineralId).default([]),
  value: z.object({
    amount: z.number().nonnegative().optional(),
    currency: z.string().regex(/^[A-Z]{3}$/).optional(),
    wording: z.string().min(1),
    ...sourced,
  }).optional(),
  kinds: z.array(DealKind).min(1),
  status: z.string().min(1),
  summary: z.string().min(20),
  aliases: Aliases,
  ambiguous: z.array(AmbiguousAlias).default([]),
  sources: z.array(SourceRef).min(1),
  asOf: AsOf,
});

export const ControlStatus = z.object({
  state: z.enum(['in-force', 'suspended', 'partly-suspended', 'superseded']),
  /** Suspension end date where one was announced. */
  until: AsOf.optional(),
  /** The measure that changed this one's status. */
  by: ControlId.optional(),
  text: z.string().min(1),
  ...sourced,
});

export const Control = z.object({
  id: ControlId,
  instrument: z.string().min(1),
  instrumentZh: z.string().optional(),
  announced: AsOf,
  effective: z.string().min(4),
  title: z.string().min(1),
  scope: z.enum(['worldwide-licensing', 'us-specific', 'extraterritorial', 'suspension']),
  items: z.string().min(1),
  minerals: z.array(MineralId).default([]),
  targets: z.array(CountryId).default([]),
  /** For suspension measures: the measures they suspend. */
  suspends: z.array(ControlId).default([]),
  status: ControlStatus,
  sources: z.array(SourceRef).min(1),
  asOf: AsOf,
});

/** Every data file starts with this header. */
export const FileMeta = z.object({
  description: z.string().min(1),
  /** The edition followed, e.g. "USGS Mineral Commodity Summaries 2025 (January 2025)". */
  edition: z.string().min(1),
  asOf: AsOf,
  licence: z.string().min(1),
  sources: z.array(z.object({ name: z.string().min(1), url: z.string().optional(), licence: z.string().optional() })).min(1),
});

export const MineralsFile = z.object({ meta: FileMeta, minerals: z.array(Mineral).min(1) });
export const CountriesFile = z.object({ meta: FileMeta, countries: z.array(Country).min(1) });
export const DealsFile = z.object({ meta: FileMeta, deals: z.array(Deal).min(1) });
export const ControlsFile = z.object({ meta: FileMeta, controls: z.array(Control).min(1) });

export type Mineral = z.infer<typeof Mineral>;
export type Country = z.infer<typeof Country>;
export type Deal = z.infer<typeof Deal>;
export type Control = z.infer<typeof Control>;
export type MineralProfileEntry = z.infer<typeof MineralProfileEntry>;
export type ImportProfileEntry = z.infer<typeof ImportProfileEntry>;
export type FileMeta = z.infer<typeof FileMeta>;
export type AmbiguousAlias = z.infer<typeof AmbiguousAlias>;

export interface Dataset {
  minerals: Mineral[];
  countries: Country[];
  deals: Deal[];
  controls: Control[];
  meta: { minerals: FileMeta; countries: FileMeta; deals: FileMeta; controls: FileMeta };
}
