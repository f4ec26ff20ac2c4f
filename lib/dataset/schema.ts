/**
 * Schemas of the bundled dataset (`data/*.json`). They are the contract between the people who
 * edit the data, the build step that derives the alias index, and the popover cards that show
 * the facts. Every figure carries its own `source` and `asOf`, so a card can always say where a
 * number came from and how old it is.
 */
import { z } from 'zod';

/** `2024`, `2025-01`, `2025-11-07`: as precise as the source is. */
export const AsOf = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'asOf must be YYYY, YYYY-MM or YYYY-MM-DD');

/** A URL, or the name of a printed document when there is no URL. */
export const SourceRef = z.string().min(8);

const sourced = { source: SourceRef, asOf: AsOf };

export const MineralId = z.string().regex(/^mineral:[a-z]+(-[a-z]+)*$/);
export const CountryId = z.string().regex(/^country:[A-Z]{2}$/);
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

/** One country's figure in a production or reserves table. */
export const CountryFigure = z.object({
  country: CountryId.optional(),
  /** For rows that are not one country: "Other countries". */
  label: z.string().optional(),
  value: z.number().nonnegative(),
  /** Share of the world total, 0..1, when the world total is known. */
  share: z.number().min(0).max(1).optional(),
  /** Set when the source gives the figure as a bound, e.g. ">" for ">4.6 Mt". */
  qualifier: z.enum(['>', '<', '~']).optional(),
  note: z.string().optional(),
});

export const Table = z.object({
  /** What was measured: "mine production", "refinery production", "reserves"... */
  measure: z.string().min(1),
  year: z.number().int().optional(),
  estimated: z.boolean().optional(),
  unit: z.string().min(1),
  world: z.object({ value: z.number().nonnegative(), qualifier: z.enum(['>', '<', '~']).optional() }).optional(),
  rows: z.array(CountryFigure),
  note: z.string().optional(),
  ...sourced,
});

export const SourcedText = z.object({ text: z.string().min(1), ...sourced });

export const Mineral = z.object({
  id: MineralId,
  names: Names,
  aliases: Aliases,
  ambiguous: z.array(AmbiguousAlias).default([]),
  symbol: z.string().regex(/^[A-Z][a-z]?$/).optional(),
  atomicNumber: z.number().int().positive().optional(),
  groups: z.array(z.string().min(1)).default([]),
  /** For members of a group (neodymium is part of rare earths). */
  partOf: z.array(MineralId).default([]),
  uses: SourcedText.optional(),
  production: z.array(Table).default([]),
  reserves: Table.optional(),
  chinaShare: z.object({ value: z.number().min(0).max(1), basis: z.string().min(1), ...sourced }).optional(),
  usNetImportReliance: z.object({
    text: z.string().min(1),
    value: z.number().min(0).max(1).optional(),
    /** ">" for ">50%": the value is then a bound, not a point figure. */
    qualifier: z.enum(['>', '<', '~']).optional(),
    note: z.string().optional(),
    ...sourced,
  }).optional(),
  /** us2018 only where a source says so; absent means "not checked", not "no". */
  criticalLists: z.object({ us2018: z.boolean().optional(), us2022: z.boolean(), us2025: z.boolean(), ...sourced }),
  /** Context a card should show, e.g. why a commodity outside the list is here. */
  note: z.string().optional(),
  controls: z.array(ControlId).default([]),
  relatedDeals: z.array(DealId).default([]),
});

export const MineralProfileEntry = z.object({
  mineral: MineralId,
  measure: z.string().min(1),
  year: z.number().int().optional(),
  rank: z.number().int().positive(),
  value: z.number().nonnegative(),
  unit: z.string().min(1),
  share: z.number().min(0).max(1).optional(),
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
  minerals: z.array(MineralProfileEntry).default([]),
  relatedDeals: z.array(DealId).default([]),
  controls: z.array(ControlId).default([]),
});

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
export type Table = z.infer<typeof Table>;
export type FileMeta = z.infer<typeof FileMeta>;
export type AmbiguousAlias = z.infer<typeof AmbiguousAlias>;

export interface Dataset {
  minerals: Mineral[];
  countries: Country[];
  deals: Deal[];
  controls: Control[];
  meta: { minerals: FileMeta; countries: FileMeta; deals: FileMeta; controls: FileMeta };
}
