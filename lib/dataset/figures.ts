/**
 * Schemas of the sourced figures a mineral carries: production and reserves tables, US net
 * import reliance, a US price series, US import sources, China's share, and the explicit
 * "USGS publishes nothing here" records. Units and stages are keys, not prose, so a card can
 * word them in either language (lib/facts/labels.ts); every prose field `x` a card shows has a
 * Chinese sibling `xZh` with the same facts.
 */
import { z } from '../zod.ts';

/** `2024`, `2025-01`, `2025-11-07`: as precise as the source is. */
export const AsOf = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'asOf must be YYYY, YYYY-MM or YYYY-MM-DD');

/** A URL, or the name of a printed document when there is no URL. */
export const SourceRef = z.string().min(8);

export const sourced = { source: SourceRef, asOf: AsOf };

export const MineralId = z.string().regex(/^mineral:[a-z]+(-[a-z]+)*$/);
export const CountryId = z.string().regex(/^country:[A-Z]{2}$/);

const CJK = /[\u3400-\u9fff]/;
/** Chinese prose: must hold Chinese characters (a copied English text is caught here). */
export const ZhText = z.string().min(1).regex(CJK, 'a Chinese text must be written in Chinese');

/** Prose with its Chinese version. */
export const Prose = { text: z.string().min(1), textZh: ZhText };

/** A sourced paragraph a card shows: uses, substitutes, recycling. */
export const SourcedText = z.strictObject({ ...Prose, ...sourced });

/** Mass units. Thousand-ton tables are stored in metric tons, so units agree across tables. */
export const QuantityUnit = z.enum(['metric-tons', 'kilograms']);

/** What a quantity counts. */
export const QuantityBasis = z.enum([
  /** The element's content ("metric tons of lithium content"). */
  'content',
  'gross-weight',
  /** Refined or primary metal. */
  'metal',
  'rare-earth-oxide',
  'potassium-oxide',
  'titanium-dioxide',
  'marketable-rock',
]);

/** The stage of production a table measures: China's share differs by stage (copper: mine 8%, refinery 48%). */
export const Stage = z.enum(['mine', 'refinery', 'smelter', 'primary', 'plant']);

export const Qualifier = z.enum(['>', '<', '~']);

/**
 * A withheld or missing figure, said explicitly rather than left out:
 * - withheld: USGS withholds it to avoid disclosing company data;
 * - not-published: USGS gives no such figure;
 * - not-covered: the source does not cover this commodity at all;
 * - not-listed: the country is not among those USGS lists.
 */
export const Unavailable = z.strictObject({
  status: z.enum(['withheld', 'not-published', 'not-covered', 'not-listed']),
  note: z.string().min(1),
  noteZh: ZhText,
  ...sourced,
});

/** One row of a table: a country (or "Other countries"), its figure or why there is none. */
export const CountryFigure = z
  .strictObject({
    country: CountryId.optional(),
    /** For rows that are not one country: "Other countries". */
    label: z.string().min(1).optional(),
    labelZh: ZhText.optional(),
    value: z.number().nonnegative().optional(),
    /** Set instead of a value when USGS withholds the figure ("W") or has none ("NA"). */
    status: z.enum(['withheld', 'not-available']).optional(),
    /** Share of the world total, 0..1; derived by the build. */
    share: z.number().min(0).max(1).optional(),
    qualifier: Qualifier.optional(),
    note: z.string().min(1).optional(),
    noteZh: ZhText.optional(),
  })
  .refine((r) => !!r.country !== !!r.label, 'a row names a country or carries a label, not both')
  .refine((r) => !r.label || !!r.labelZh, 'a labelled row has its Chinese label')
  .refine((r) => (r.value === undefined) !== (r.status === undefined), 'a row has a value or a status, not both')
  .refine((r) => !r.note || !!r.noteZh, 'a row note has its Chinese version');

export const Table = z
  .strictObject({
    kind: z.enum(['production', 'reserves', 'resources']),
    stage: Stage.optional(),
    /** What was produced, when the table is about one product ("palladium", "titanium sponge"). */
    product: z.string().min(1).optional(),
    productZh: ZhText.optional(),
    /** The mineral a product table is about, for a group's tables (palladium of platinum-group metals). */
    productMineral: MineralId.optional(),
    year: z.number().int().optional(),
    estimated: z.boolean().optional(),
    unit: QuantityUnit,
    basis: QuantityBasis,
    world: z
      .strictObject({
        value: z.number().nonnegative(),
        qualifier: Qualifier.optional(),
        /** Countries whose output the world total leaves out (US output USGS withholds). */
        excludes: z.array(CountryId).optional(),
      })
      .optional(),
    rows: z.array(CountryFigure),
    /** Each row is a different product form (boron: ulexite, refined borates...): no world total, shares or ranks. */
    mixedForms: z.literal(true).optional(),
    note: z.string().min(1).optional(),
    noteZh: ZhText.optional(),
    ...sourced,
  })
  .refine((t) => !(t.mixedForms && t.world), 'rows in mixed forms have no world total')
  .refine((t) => (t.kind === 'production') === !!t.stage, 'a production table names its stage; reserves do not')
  .refine((t) => !t.product || !!t.productZh, 'a product has its Chinese name')
  .refine((t) => !t.note || !!t.noteZh, 'a table note has its Chinese version');

/** China's share of one production table, derived by the build from that table. */
export const ChinaShare = z.strictObject({
  value: z.number().min(0).max(1),
  stage: Stage,
  product: z.string().min(1).optional(),
  productZh: ZhText.optional(),
  year: z.number().int().optional(),
  estimated: z.boolean().optional(),
  /** Where the source's own text gives a different share (graphite: about 82% against 78% from the rounded table). */
  note: z.string().min(1).optional(),
  noteZh: ZhText.optional(),
  ...sourced,
});

/** US net import reliance: imports minus exports as a share of apparent consumption. */
export const NetImportReliance = z
  .strictObject({
    value: z.number().min(0).max(1).optional(),
    /** ">" for ">50%": the value is then a bound, not a point figure. */
    qualifier: Qualifier.optional(),
    /** USGS's "E": the US exports more than it imports. */
    netExporter: z.literal(true).optional(),
    /** The form it is measured for ("refined copper", "titanium sponge"). */
    product: z.string().min(1).optional(),
    productZh: ZhText.optional(),
    year: z.number().int(),
    estimated: z.boolean().optional(),
    note: z.string().min(1).optional(),
    noteZh: ZhText.optional(),
    ...sourced,
  })
  .refine((n) => (n.value === undefined) === !!n.netExporter, 'a reliance is a share or "net exporter"')
  .refine((n) => !n.product || !!n.productZh, 'a product has its Chinese name')
  .refine((n) => !n.note || !!n.noteZh, 'a note has its Chinese version');

export const PriceUnit = z.enum([
  'usd-per-metric-ton',
  'usd-per-kilogram',
  'usd-per-pound',
  'cents-per-pound',
  'usd-per-troy-ounce',
  /** A metric ton unit is 10 kg of the named content (tungsten trioxide, manganese). */
  'usd-per-metric-ton-unit',
]);

/** A five-year US price line as USGS gives it in its salient statistics. */
export const PriceSeries = z
  .strictObject({
    /** What is priced, and where: "battery-grade lithium carbonate". */
    product: z.string().min(1),
    productZh: ZhText,
    unit: PriceUnit,
    points: z
      .array(z.strictObject({ year: z.number().int(), value: z.number().positive(), estimated: z.boolean().optional() }))
      .min(2),
    note: z.string().min(1).optional(),
    noteZh: ZhText.optional(),
    ...sourced,
  })
  .refine((p) => !p.note || !!p.noteZh, 'a note has its Chinese version')
  .refine((p) => p.points.every((x, i) => i === 0 || x.year === p.points[i - 1].year + 1), 'price points are consecutive years');

/** Where US imports of a mineral came from, as shares of the import tonnage over a span of years. */
export const ImportSources = z
  .strictObject({
    /** The product group, when USGS splits the list ("refined copper"). */
    category: z.string().min(1).optional(),
    categoryZh: ZhText.optional(),
    /** The years the shares cover: "2021–24". */
    years: z.string().regex(/^\d{4}–\d{2}$/),
    rows: z.array(
      z
        .strictObject({ country: CountryId.optional(), label: z.string().min(1).optional(), labelZh: ZhText.optional(), share: z.number().min(0).max(1) })
        .refine((r) => !!r.country !== !!r.label && (!r.label || !!r.labelZh), 'a row names a country or carries a bilingual label'),
    ).min(1),
    ...sourced,
  })
  .refine((s) => !s.category || !!s.categoryZh, 'a category has its Chinese name');

/** The blocks a card may have; each one a mineral lacks is either inherited from its group or said to be unavailable. */
export const FigureBlock = z.enum(['production', 'reserves', 'usNetImportReliance', 'price', 'chinaShare', 'importSources']);

export type Table = z.infer<typeof Table>;
export type CountryFigure = z.infer<typeof CountryFigure>;
export type Unavailable = z.infer<typeof Unavailable>;
export type ChinaShare = z.infer<typeof ChinaShare>;
export type NetImportReliance = z.infer<typeof NetImportReliance>;
export type PriceSeries = z.infer<typeof PriceSeries>;
export type ImportSources = z.infer<typeof ImportSources>;
export type SourcedText = z.infer<typeof SourcedText>;
export type QuantityUnit = z.infer<typeof QuantityUnit>;
export type QuantityBasis = z.infer<typeof QuantityBasis>;
export type Stage = z.infer<typeof Stage>;
export type PriceUnit = z.infer<typeof PriceUnit>;
export type FigureBlock = z.infer<typeof FigureBlock>;
