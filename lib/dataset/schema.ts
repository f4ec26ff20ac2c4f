/**
 * Schemas of the bundled dataset (`data/*.json`). They are the contract between the people who
 * edit the data, the build step that derives the alias index, and the popover cards that show
 * the facts. Every figure carries its own `source` and `asOf`, so a card can always say where a
 * number came from and how old it is.
 */
import { z } from '../zod.ts';
import {
  AsOf, ChinaShare, CountryId, FigureBlock, ImportSources, MineralId, NetImportReliance, PriceSeries, QuantityBasis,
  QuantityUnit, SourceRef, SourcedText, Stage, Table, Unavailable, ZhText,
} from './figures';
import { notBefore } from './partial-dates';

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

/** Chinese twin of an English prose field: the coming Chinese UI shows it in its place. */
const Zh = z.string().min(1).regex(/[\u3400-\u9fff]/, 'a Chinese text holds Chinese characters');

/** An optional English field and its Chinese twin come together or not at all. */
function pairedZh(value: Record<string, unknown>, field: string, ctx: z.RefinementCtx) {
  if ((value[field] === undefined) !== (value[`${field}Zh`] === undefined)) {
    ctx.addIssue({ code: 'custom', message: `${field} and ${field}Zh come together`, path: [`${field}Zh`] });
  }
}

/** ISO 4217 code of the currency a figure is in. */
const Currency = z.string().regex(/^[A-Z]{3}$/);

export const Party = z.object({
  country: CountryId.optional(),
  organisation: z.string().min(1).optional(),
  role: z.string().min(1).optional(),
  roleZh: Zh.optional(),
}).superRefine((p, ctx) => {
  if (!p.country && !p.organisation) ctx.addIssue({ code: 'custom', message: 'a party names a country or an organisation' });
  pairedZh(p, 'role', ctx);
});

export const DealKind = z.enum([
  'mou', 'framework', 'agreement', 'declaration', 'equity-stake', 'loan', 'joint-venture', 'offtake',
  'investment', 'peace-accord', 'trade-agreement', 'price-floor', 'fund', 'stockpile',
]);

/**
 * Where a deal stands, as a fixed set the UI can translate; the detail goes in the status note.
 * announced: made public, nothing binding signed (letters of intent, non-binding term sheets);
 * signed: signed, not (yet) in force or closed; conditional: a commitment that depends on
 * conditions still open (conditional loan commitments); in-force: in effect or being carried out;
 * completed: a one-off transaction that has closed; stalled: the parties say it may not go ahead;
 * suspended, terminated, lapsed: stopped for a time, ended early, or ended by its own terms.
 */
export const DealState = z.enum(['announced', 'signed', 'conditional', 'in-force', 'completed', 'stalled', 'suspended', 'terminated', 'lapsed']);

export const DealStatus = z.object({
  state: DealState,
  note: z.string().min(1).optional(),
  noteZh: Zh.optional(),
  ...sourced,
}).superRefine((s, ctx) => pairedZh(s, 'note', ctx));

/** One component of a deal's value: "a $620 million loan from the Office of Strategic Capital". */
export const ValuePart = z.object({
  label: z.string().min(1),
  labelZh: Zh,
  /** Left out where the source gives no figure (a price floor, an offtake at cost). */
  amount: z.number().positive().optional(),
  currency: Currency.optional(),
}).superRefine((p, ctx) => {
  if ((p.amount === undefined) !== (p.currency === undefined)) ctx.addIssue({ code: 'custom', message: 'a part with an amount names its currency, and only then' });
});

/** Parts are summed to whole currency units; announced figures are never finer than that. */
const SUM_TOLERANCE = 0.5;

export const DealValue = z.object({
  /** The headline figure. With parts that carry amounts, it is exactly their sum. */
  amount: z.number().positive().optional(),
  currency: Currency.optional(),
  /**
   * at-least: parts without a stated figure come on top (a price floor, matched private capital);
   * up-to: the source gives ceilings; about: the source rounds.
   */
  qualifier: z.enum(['at-least', 'up-to', 'about']).optional(),
  wording: z.string().min(1),
  wordingZh: Zh,
  parts: z.array(ValuePart).min(2).optional(),
  ...sourced,
}).superRefine((v, ctx) => {
  if ((v.amount === undefined) !== (v.currency === undefined)) ctx.addIssue({ code: 'custom', message: 'an amount names its currency, and only then', path: ['currency'] });
  if (!v.parts) return;
  const priced = v.parts.filter((p) => p.amount !== undefined);
  if (priced.some((p) => p.currency !== v.currency)) ctx.addIssue({ code: 'custom', message: 'parts are in the headline currency', path: ['parts'] });
  const sum = priced.reduce((total, p) => total + p.amount!, 0);
  if (priced.length && (v.amount === undefined || Math.abs(sum - v.amount) > SUM_TOLERANCE)) {
    ctx.addIssue({ code: 'custom', message: `the parts add to ${sum}, the headline says ${v.amount}`, path: ['amount'] });
  }
  if (priced.length < v.parts.length && v.qualifier !== 'at-least') {
    ctx.addIssue({ code: 'custom', message: 'parts without a figure make the headline a floor: qualifier at-least', path: ['qualifier'] });
  }
});

export const Deal = z.object({
  id: DealId,
  title: z.string().min(1),
  titleZh: Zh,
  /** ISO date, or YYYY-MM when the day is not known. */
  date: AsOf,
  dateNote: z.string().min(1).optional(),
  dateNoteZh: Zh.optional(),
  parties: z.array(Party).min(1),
  minerals: z.array(MineralId).default([]),
  value: DealValue.optional(),
  kinds: z.array(DealKind).min(1),
  status: DealStatus,
  summary: z.string().min(20),
  summaryZh: Zh,
  aliases: Aliases,
  ambiguous: z.array(AmbiguousAlias).default([]),
  sources: z.array(SourceRef).min(1),
  /** The newest date of anything on the card: never before the deal itself, its status or its value. */
  asOf: AsOf,
}).superRefine((d, ctx) => {
  pairedZh(d, 'dateNote', ctx);
  const dated: [string, string | undefined][] = [['status.asOf', d.status.asOf], ['value.asOf', d.value?.asOf]];
  if (!notBefore(d.asOf, d.date)) ctx.addIssue({ code: 'custom', message: `asOf ${d.asOf} is before the deal's date ${d.date}`, path: ['asOf'] });
  for (const [where, date] of dated) {
    if (date === undefined) continue;
    if (!notBefore(date, d.date)) ctx.addIssue({ code: 'custom', message: `${where} ${date} is before the deal's date ${d.date}`, path: where.split('.') });
    if (!notBefore(d.asOf, date)) ctx.addIssue({ code: 'custom', message: `asOf ${d.asOf} is before ${where} ${date}`, path: ['asOf'] });
  }
});

/**
 * unclear: the measure's status after a known date (a suspension's end) is not confirmed by any
 * source found; the text says what is known and as of when. lapsed: ended by its own terms.
 */
export const ControlState = z.enum(['in-force', 'suspended', 'partly-suspended', 'superseded', 'lapsed', 'unclear']);

export const ControlStatus = z.object({
  state: ControlState,
  /** Suspension end date where one was announced. */
  until: AsOf.optional(),
  /** The measure that changed this one's status. */
  by: ControlId.optional(),
  text: z.string().min(1),
  textZh: Zh,
  ...sourced,
});

export const Control = z.object({
  id: ControlId,
  instrument: z.string().min(1),
  instrumentZh: Zh,
  announced: AsOf,
  effective: z.string().min(4),
  title: z.string().min(1),
  titleZh: Zh,
  /** technology-ban: a list of technologies that may not be exported at all, or only under licence. */
  scope: z.enum(['worldwide-licensing', 'us-specific', 'country-specific', 'extraterritorial', 'technology-ban', 'suspension']),
  items: z.string().min(1),
  itemsZh: Zh,
  minerals: z.array(MineralId).default([]),
  targets: z.array(CountryId).default([]),
  /** For suspension measures: the measures they suspend. */
  suspends: z.array(ControlId).default([]),
  status: ControlStatus,
  sources: z.array(SourceRef).min(1),
  asOf: AsOf,
}).superRefine((c, ctx) => {
  if (!notBefore(c.asOf, c.announced)) ctx.addIssue({ code: 'custom', message: `asOf ${c.asOf} is before the announcement ${c.announced}`, path: ['asOf'] });
  if (!notBefore(c.asOf, c.status.asOf)) ctx.addIssue({ code: 'custom', message: `asOf ${c.asOf} is before the status's ${c.status.asOf}`, path: ['asOf'] });
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
export type DealState = z.infer<typeof DealState>;
export type DealKind = z.infer<typeof DealKind>;
export type ControlState = z.infer<typeof ControlState>;
export type DealValue = z.infer<typeof DealValue>;
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
