/**
 * A mineral's card: its own figures, and for a member of a group (neodymium of rare earths,
 * iridium of platinum-group metals) the group's figures where it has none of its own, each
 * labelled as the group's. A block USGS publishes nothing for says so.
 */
import type { FigureBlock, ImportSources, NetImportReliance, SourcedText, Stage, Table, Unavailable } from '../dataset/figures.ts';
import type { IndexedDataset } from '../dataset/load.ts';
import type { Mineral } from '../dataset/schema.ts';
import type { ControlSummary, DealSummary, Ref, Sourced } from './cards.ts';
import { BLOCK, chinaShareBasis, excludesText, groupLabel, PRICE_UNIT, relianceText, tableTitle, UNAVAILABLE, unitShort, unitText, type Bi } from './labels.ts';

export interface TableRowView {
  label: string;
  labelZh?: string;
  country?: string;
  value?: number;
  share?: number;
  qualifier?: string;
  withheld?: boolean;
  note?: Bi;
}

export interface TableView extends Sourced {
  kind: Table['kind'];
  title: Bi;
  /** The unit with what it counts: "t of lithium content". */
  unit: Bi;
  /** The bare unit for the chart's labels: "t". */
  unitShort: Bi;
  year?: number;
  estimated?: boolean;
  world?: { value: number; qualifier?: string };
  rows: TableRowView[];
  notes: Bi[];
  mixedForms?: boolean;
  /** Set when the table is the group's, shown on a member's card. */
  group?: Bi;
}

export interface ChinaShareView extends Sourced {
  value: number;
  stage: Stage;
  product?: Bi;
  year?: number;
  /** What it is a share of: "of world refinery production, 2025 (estimated)". */
  basis: Bi;
  note?: Bi;
  group?: Bi;
}

export interface RelianceView extends Sourced {
  text: Bi;
  product?: Bi;
  year: number;
  estimated?: boolean;
  note?: Bi;
  group?: Bi;
}

export interface PriceView extends Sourced {
  product: Bi;
  unit: Bi;
  points: { year: number; value: number; estimated?: boolean }[];
  note?: Bi;
}

export interface ImportView extends Sourced {
  category?: Bi;
  years: string;
  rows: { label: string; labelZh?: string; country?: string; share: number }[];
  group?: Bi;
}

export interface TextView extends Sourced {
  text: Bi;
  group?: Bi;
}

export interface UnavailableView extends Sourced {
  key: FigureBlock;
  status: Unavailable['status'];
  block: Bi;
  statusText: Bi;
  note: Bi;
  group?: Bi;
}

export interface MineralFacts {
  kind: 'mineral';
  id: string;
  names: { en: string; zh: string };
  symbol?: string;
  atomicNumber?: number;
  groups: string[];
  partOf: Ref[];
  uses?: TextView;
  substitutes?: TextView;
  recycling?: TextView;
  /** The main table first. */
  production: TableView[];
  reserves?: TableView;
  chinaShares: ChinaShareView[];
  reliance: RelianceView[];
  price?: PriceView;
  imports?: ImportView;
  unavailable: UnavailableView[];
  criticalLists: { us2022: boolean; us2025: boolean } & Sourced;
  controls: ControlSummary[];
  deals: DealSummary[];
  note?: Bi;
}

const pair = (en: string | undefined, zh: string | undefined): Bi | undefined => (en ? { en, zh: zh ?? en } : undefined);

function countryNames(dataset: IndexedDataset, id: string): Bi {
  const c = dataset.country(id);
  return { en: c?.names.en ?? id, zh: c?.names.zh ?? id };
}

function tableView(dataset: IndexedDataset, mineral: Mineral, table: Table, group?: Bi): TableView {
  const name = { en: mineral.names.en, zh: mineral.names.zh };
  const rows = table.rows.map((r): TableRowView => {
    const names = r.country ? countryNames(dataset, r.country) : { en: r.label ?? '—', zh: r.labelZh ?? r.label ?? '—' };
    return {
      label: names.en,
      labelZh: names.zh,
      ...(r.country ? { country: r.country } : {}),
      ...(r.value !== undefined ? { value: r.value } : { withheld: true }),
      ...(r.share !== undefined ? { share: r.share } : {}),
      ...(r.qualifier ? { qualifier: r.qualifier } : {}),
      ...(r.note ? { note: pair(r.note, r.noteZh) } : {}),
    };
  });
  const excluded = table.world?.excludes ?? [];
  const withheld = excluded.every((id) => table.rows.some((r) => r.country === id && r.status === 'withheld'));
  const notes = [
    ...(excluded.length ? [excludesText(excluded.map((id) => countryNames(dataset, id)), withheld)] : []),
    ...(table.note ? [pair(table.note, table.noteZh)!] : []),
  ];
  return {
    kind: table.kind,
    title: tableTitle(table),
    unit: unitText(table.unit, table.basis, name),
    unitShort: unitShort(table.unit),
    ...(table.year !== undefined ? { year: table.year } : {}),
    ...(table.estimated ? { estimated: true } : {}),
    ...(table.world ? { world: { value: table.world.value, ...(table.world.qualifier ? { qualifier: table.world.qualifier } : {}) } } : {}),
    rows,
    notes,
    ...(table.mixedForms ? { mixedForms: true } : {}),
    ...(group ? { group } : {}),
    source: table.source,
    asOf: table.asOf,
  };
}

function relianceView(n: NetImportReliance, group?: Bi): RelianceView {
  return {
    text: relianceText(n),
    ...(n.product ? { product: pair(n.product, n.productZh) } : {}),
    year: n.year,
    ...(n.estimated ? { estimated: true } : {}),
    ...(n.note ? { note: pair(n.note, n.noteZh) } : {}),
    ...(group ? { group } : {}),
    source: n.source,
    asOf: n.asOf,
  };
}

function importView(dataset: IndexedDataset, s: ImportSources, group?: Bi): ImportView {
  return {
    ...(s.category ? { category: pair(s.category, s.categoryZh) } : {}),
    years: s.years,
    rows: s.rows.map((r) => {
      const names = r.country ? countryNames(dataset, r.country) : { en: r.label ?? '—', zh: r.labelZh ?? '—' };
      return { label: names.en, labelZh: names.zh, ...(r.country ? { country: r.country } : {}), share: r.share };
    }),
    ...(group ? { group } : {}),
    source: s.source,
    asOf: s.asOf,
  };
}

function textView(t: SourcedText, group?: Bi): TextView {
  return { text: { en: t.text, zh: t.textZh }, ...(group ? { group } : {}), source: t.source, asOf: t.asOf };
}

/** Where a block comes from: the mineral itself, or its group (with the label the card shows). */
interface Source {
  mineral: Mineral;
  group?: Bi;
}

/** Each block is the mineral's own (or its own "unavailable" record), else its group's, else missing. */
function blockSources(dataset: IndexedDataset, m: Mineral) {
  const group = m.partOf.map((id) => dataset.mineral(id)).find((g): g is Mineral => !!g);
  const groupSource: Source | undefined = group ? { mineral: group, group: groupLabel(group.names) } : undefined;
  const own: Source = { mineral: m };
  const pick = (block: FigureBlock, has: (x: Mineral) => boolean): Source | undefined => {
    if (has(m) || m.unavailable[block]) return own;
    if (groupSource && (has(groupSource.mineral) || groupSource.mineral.unavailable[block])) return groupSource;
    return undefined;
  };
  return {
    group: groupSource,
    production: pick('production', (x) => x.production.length > 0),
    reserves: pick('reserves', (x) => !!x.reserves),
    chinaShare: pick('chinaShare', (x) => x.chinaShares.length > 0),
    usNetImportReliance: pick('usNetImportReliance', (x) => x.usNetImportReliance.length > 0),
    // A group's price is not its members' (NdPr oxide is not dysprosium), so prices are never inherited.
    price: m.price || m.unavailable.price ? own : undefined,
    importSources: pick('importSources', (x) => x.importSources.length > 0),
  };
}

/**
 * A group's production tables as one member sees them: a table about the member itself (the
 * palladium table of platinum-group metals) is its own; the others are the group's.
 */
function productionViews(dataset: IndexedDataset, m: Mineral, source: Source | undefined): TableView[] {
  if (!source) return [];
  if (!source.group) return source.mineral.production.map((t) => tableView(dataset, m, t));
  const tables = source.mineral.production;
  const mine = tables.filter((t) => t.productMineral === m.id);
  if (mine.length) return mine.map((t) => tableView(dataset, m, t));
  return tables.map((t) => tableView(dataset, source.mineral, t, source.group));
}

export function mineralFacts(dataset: IndexedDataset, m: Mineral, controls: ControlSummary[], deals: DealSummary[]): MineralFacts {
  const from = blockSources(dataset, m);
  const production = productionViews(dataset, m, from.production);
  // Shares come with the production tables shown: a member showing its group's tables shows the group's shares.
  const shareSource = from.production && !from.production.group ? from.production : from.chinaShare;
  const chinaShares = (shareSource?.mineral.chinaShares ?? [])
    .map((s): ChinaShareView => ({
      value: s.value,
      stage: s.stage,
      ...(s.product ? { product: pair(s.product, s.productZh) } : {}),
      ...(s.year !== undefined ? { year: s.year } : {}),
      basis: chinaShareBasis(s),
      ...(s.note ? { note: pair(s.note, s.noteZh) } : {}),
      ...(shareSource?.group ? { group: shareSource.group } : {}),
      source: s.source,
      asOf: s.asOf,
    }));

  const unavailable: UnavailableView[] = [];
  for (const block of ['production', 'reserves', 'chinaShare', 'usNetImportReliance', 'price', 'importSources'] as const) {
    const source = from[block];
    const record = source?.mineral.unavailable[block];
    if (!record) continue;
    unavailable.push({
      key: block,
      status: record.status,
      block: BLOCK[block],
      statusText: UNAVAILABLE[record.status],
      note: { en: record.note, zh: record.noteZh },
      ...(source.group ? { group: source.group } : {}),
      source: record.source,
      asOf: record.asOf,
    });
  }

  const text = (key: 'uses' | 'substitutes' | 'recycling'): TextView | undefined => {
    if (m[key]) return textView(m[key]!);
    const g = from.group;
    return g?.mineral[key] ? textView(g.mineral[key]!, g.group) : undefined;
  };
  const reservesSource = from.reserves;
  const relianceSource = from.usNetImportReliance;
  const importSource = from.importSources;

  return {
    kind: 'mineral',
    id: m.id,
    names: { en: m.names.en, zh: m.names.zh },
    ...(m.symbol ? { symbol: m.symbol } : {}),
    ...(m.atomicNumber ? { atomicNumber: m.atomicNumber } : {}),
    groups: m.groups,
    partOf: m.partOf.map((id) => {
      const g = dataset.mineral(id);
      return { id, label: g?.names.en ?? id, labelZh: g?.names.zh };
    }),
    ...withValue('uses', text('uses')),
    ...withValue('substitutes', text('substitutes')),
    ...withValue('recycling', text('recycling')),
    production,
    ...withValue(
      'reserves',
      reservesSource?.mineral.reserves ? tableView(dataset, reservesSource.mineral, reservesSource.mineral.reserves, reservesSource.group) : undefined,
    ),
    chinaShares,
    reliance: (relianceSource?.mineral.usNetImportReliance ?? []).map((n) => relianceView(n, relianceSource?.group)),
    ...withValue(
      'price',
      m.price
        ? {
            product: { en: m.price.product, zh: m.price.productZh },
            unit: PRICE_UNIT[m.price.unit],
            points: m.price.points,
            ...(m.price.note ? { note: pair(m.price.note, m.price.noteZh) } : {}),
            source: m.price.source,
            asOf: m.price.asOf,
          }
        : undefined,
    ),
    // The card shows the main list; the lists of single product groups feed the country cards.
    ...withValue('imports', importSource?.mineral.importSources[0] ? importView(dataset, importSource.mineral.importSources[0], importSource.group) : undefined),
    unavailable,
    criticalLists: { us2022: m.criticalLists.us2022, us2025: m.criticalLists.us2025, source: m.criticalLists.source, asOf: m.criticalLists.asOf },
    controls,
    deals,
    ...withValue('note', pair(m.note, m.noteZh)),
  };
}

/** `{ key: value }`, or nothing when the value is undefined (the card carries no empty keys). */
function withValue<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
