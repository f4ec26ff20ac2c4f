/**
 * The cards a popover shows: one entity's facts from the dataset, with every id resolved to a
 * label so the content script needs no dataset of its own. Built in the background when a
 * popover asks; every figure keeps its source and as-of date.
 */
import type { IndexedDataset } from '../dataset/load.ts';
import type { Control, ControlState, Country, Deal, DealKind, DealState, DealValue, Mineral, Table } from '../dataset/schema.ts';

export interface Ref {
  id: string;
  label: string;
  labelZh?: string;
}

export interface Sourced {
  source: string;
  asOf: string;
}

export interface TableRow {
  label: string;
  country?: string;
  value: number;
  share?: number;
  qualifier?: string;
  note?: string;
}

export interface TableView extends Sourced {
  measure: string;
  year?: number;
  estimated?: boolean;
  unit: string;
  world?: { value: number; qualifier?: string };
  rows: TableRow[];
  note?: string;
}

export interface ControlSummary extends Sourced {
  id: string;
  instrument: string;
  title: string;
  titleZh: string;
  announced: string;
  effective: string;
  state: ControlState;
  statusText: string;
  statusTextZh: string;
  until?: string;
}

export interface DealSummary {
  id: string;
  title: string;
  titleZh: string;
  date: string;
  kinds: DealKind[];
  state: DealState;
}

export interface MineralCard {
  kind: 'mineral';
  id: string;
  names: { en: string; zh: string };
  symbol?: string;
  atomicNumber?: number;
  groups: string[];
  partOf: Ref[];
  uses?: { text: string } & Sourced;
  production?: TableView;
  reserves?: TableView;
  chinaShare?: { value: number; basis: string } & Sourced;
  usNetImportReliance?: { text: string; note?: string } & Sourced;
  criticalLists: { us2022: boolean; us2025: boolean } & Sourced;
  controls: ControlSummary[];
  deals: DealSummary[];
  note?: string;
}

export interface CountryMineral extends Sourced {
  mineral: Ref;
  measure: string;
  year?: number;
  rank: number;
  value: number;
  unit: string;
  share?: number;
}

export interface CountryCard {
  kind: 'country';
  id: string;
  names: { en: string; zh: string; official?: string };
  capital?: string;
  status: Country['status'];
  /** What it mines or refines (production rows), best rank first. */
  production: CountryMineral[];
  /** Its reserves and resources, best rank first. */
  reserves: CountryMineral[];
  deals: DealSummary[];
  controls: ControlSummary[];
  note?: string;
}

/** Where a deal stands, with the Chinese twin of its note and the source that says so. */
export interface DealStatusView extends Sourced {
  state: DealState;
  note?: string;
  noteZh?: string;
}

export interface DealCard {
  kind: 'deal';
  id: string;
  title: string;
  titleZh: string;
  date: string;
  dateNote?: string;
  dateNoteZh?: string;
  parties: { label: string; country?: Ref; role?: string; roleZh?: string }[];
  minerals: Ref[];
  value?: DealValue;
  kinds: DealKind[];
  status: DealStatusView;
  summary: string;
  summaryZh: string;
  sources: string[];
  asOf: string;
}

export type EntityCard = MineralCard | CountryCard | DealCard;

function ref(dataset: IndexedDataset, id: string): Ref {
  const e = dataset.byId(id) as Mineral | Country | undefined;
  if (e && 'names' in e) return { id, label: e.names.en, labelZh: e.names.zh };
  const d = dataset.deal(id);
  return { id, label: d?.title ?? id };
}

function tableView(dataset: IndexedDataset, table: Table): TableView {
  return {
    measure: table.measure,
    year: table.year,
    estimated: table.estimated,
    unit: table.unit,
    world: table.world,
    note: table.note,
    source: table.source,
    asOf: table.asOf,
    rows: table.rows.map((r) => ({
      label: r.country ? ref(dataset, r.country).label : (r.label ?? '—'),
      country: r.country,
      value: r.value,
      share: r.share,
      qualifier: r.qualifier,
      note: r.note,
    })),
  };
}

function controlSummary(c: Control): ControlSummary {
  return {
    id: c.id,
    instrument: c.instrument,
    title: c.title,
    titleZh: c.titleZh,
    announced: c.announced,
    effective: c.effective,
    state: c.status.state,
    statusText: c.status.text,
    statusTextZh: c.status.textZh,
    until: c.status.until,
    source: c.status.source,
    asOf: c.status.asOf,
  };
}

function dealSummary(d: Deal): DealSummary {
  return { id: d.id, title: d.title, titleZh: d.titleZh, date: d.date, kinds: d.kinds, state: d.status.state };
}

/** The newest production table (the dataset lists newest first, but do not rely on it). */
function latest(tables: Table[]): Table | undefined {
  return [...tables].sort((a, b) => (b.year ?? 0) - (a.year ?? 0))[0];
}

function mineralCard(dataset: IndexedDataset, m: Mineral): MineralCard {
  const production = latest(m.production);
  return {
    kind: 'mineral',
    id: m.id,
    names: { en: m.names.en, zh: m.names.zh },
    symbol: m.symbol,
    atomicNumber: m.atomicNumber,
    groups: m.groups,
    partOf: m.partOf.map((id) => ref(dataset, id)),
    uses: m.uses,
    production: production ? tableView(dataset, production) : undefined,
    reserves: m.reserves ? tableView(dataset, m.reserves) : undefined,
    chinaShare: m.chinaShare,
    usNetImportReliance: m.usNetImportReliance,
    criticalLists: { us2022: m.criticalLists.us2022, us2025: m.criticalLists.us2025, source: m.criticalLists.source, asOf: m.criticalLists.asOf },
    controls: m.controls.map((id) => dataset.control(id)).filter((c): c is Control => !!c).map(controlSummary),
    deals: m.relatedDeals.map((id) => dataset.deal(id)).filter((d): d is Deal => !!d).map(dealSummary),
    note: (m as { note?: string }).note,
  };
}

function countryCard(dataset: IndexedDataset, c: Country): CountryCard {
  const rows = c.minerals.map((p) => ({ ...p, mineral: ref(dataset, p.mineral) }));
  const byRank = (a: CountryMineral, b: CountryMineral) => a.rank - b.rank || (b.share ?? 0) - (a.share ?? 0);
  return {
    kind: 'country',
    id: c.id,
    names: { en: c.names.en, zh: c.names.zh, official: c.names.official },
    capital: c.capital?.en,
    status: c.status,
    production: rows.filter((r) => r.measure.includes('production')).sort(byRank),
    reserves: rows.filter((r) => !r.measure.includes('production')).sort(byRank),
    deals: c.relatedDeals.map((id) => dataset.deal(id)).filter((d): d is Deal => !!d).map(dealSummary),
    controls: c.controls.map((id) => dataset.control(id)).filter((x): x is Control => !!x).map(controlSummary),
    note: (c as { note?: string }).note,
  };
}

function dealCard(dataset: IndexedDataset, d: Deal): DealCard {
  return {
    kind: 'deal',
    id: d.id,
    title: d.title,
    titleZh: d.titleZh,
    date: d.date,
    dateNote: d.dateNote,
    dateNoteZh: d.dateNoteZh,
    parties: d.parties.map((p) => ({
      label: p.organisation ?? (p.country ? ref(dataset, p.country).label : '—'),
      country: p.country ? ref(dataset, p.country) : undefined,
      role: p.role,
      roleZh: p.roleZh,
    })),
    minerals: d.minerals.map((id) => ref(dataset, id)),
    value: d.value,
    kinds: d.kinds,
    status: { ...d.status },
    summary: d.summary,
    summaryZh: d.summaryZh,
    sources: d.sources,
    asOf: d.asOf,
  };
}

/** The card for an entity id, or undefined when the dataset has no such entity. */
export function cardFor(dataset: IndexedDataset, id: string): EntityCard | undefined {
  const m = dataset.mineral(id);
  if (m) return mineralCard(dataset, m);
  const c = dataset.country(id);
  if (c) return countryCard(dataset, c);
  const d = dataset.deal(id);
  if (d) return dealCard(dataset, d);
  return undefined;
}
