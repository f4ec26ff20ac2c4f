/**
 * A country's card: what it produces (rank and share, by stage: mine, refinery...), its reserves,
 * where it stands among US import sources ("US imports of graphite, 2021–24: China 46%..."), and
 * the deals and export controls that involve it.
 */
import type { IndexedDataset } from '../dataset/load.ts';
import { profilesOf } from '../dataset/profiles.ts';
import type { Country, ImportProfileEntry, MineralProfileEntry } from '../dataset/schema.ts';
import type { ControlSummary, DealSummary, Ref, Sourced } from './cards.ts';
import { STAGE, unitShort, unitText, type Bi } from './labels.ts';

export interface CountryMineral extends Sourced {
  mineral: Ref;
  /** "mine production", "refinery production", "reserves"; with the product where the table is about one. */
  what: Bi;
  year?: number;
  estimated?: boolean;
  rank: number;
  of: number;
  value: number;
  qualifier?: string;
  unit: Bi;
  /** The bare unit for the figure: "t". */
  unitShort: Bi;
  share?: number;
}

export interface CountryImport extends Sourced {
  mineral: Ref;
  category?: Bi;
  years: string;
  /** The whole list, this country's row marked. */
  rows: { label: string; labelZh?: string; share: number; self?: boolean }[];
  share: number;
  rank: number;
}

export interface CountryFacts {
  kind: 'country';
  id: string;
  names: { en: string; zh: string; official?: string };
  capital?: { en: string; zh?: string };
  status: Country['status'];
  /** What it mines, refines or smelts, best rank first. */
  production: CountryMineral[];
  /** Its reserves and resources, best rank first. */
  reserves: CountryMineral[];
  /** Minerals whose US import sources name it, largest share first. */
  usImports: CountryImport[];
  deals: DealSummary[];
  controls: ControlSummary[];
  note?: Bi;
}

function mineralRef(dataset: IndexedDataset, id: string): Ref {
  const m = dataset.mineral(id);
  return { id, label: m?.names.en ?? id, labelZh: m?.names.zh };
}

function what(p: MineralProfileEntry): Bi {
  if (p.kind === 'production') {
    const stage = STAGE[p.stage ?? 'plant'];
    return p.product ? { en: `${p.product} ${stage.en}`, zh: `${p.productZh}${stage.zh}` } : stage;
  }
  const base = p.kind === 'reserves' ? { en: 'reserves', zh: '储量' } : { en: 'identified resources', zh: '已查明资源量' };
  return p.product ? { en: `${base.en} (${p.product})`, zh: `${base.zh}（${p.productZh}）` } : base;
}

function profileRow(dataset: IndexedDataset, p: MineralProfileEntry): CountryMineral {
  const mineral = mineralRef(dataset, p.mineral);
  return {
    mineral,
    what: what(p),
    ...(p.year !== undefined ? { year: p.year } : {}),
    ...(p.estimated ? { estimated: true } : {}),
    rank: p.rank,
    of: p.of,
    value: p.value,
    ...(p.qualifier ? { qualifier: p.qualifier } : {}),
    unit: unitText(p.unit, p.basis, { en: mineral.label, zh: mineral.labelZh ?? mineral.label }),
    unitShort: unitShort(p.unit),
    ...(p.share !== undefined ? { share: p.share } : {}),
    source: p.source,
    asOf: p.asOf,
  };
}

function importRow(dataset: IndexedDataset, country: Country, entry: ImportProfileEntry): CountryImport | undefined {
  const list = dataset.mineral(entry.mineral)?.importSources.find((l) => l.category === entry.category && l.years === entry.years);
  if (!list) return undefined;
  return {
    mineral: mineralRef(dataset, entry.mineral),
    ...(entry.category ? { category: { en: entry.category, zh: entry.categoryZh ?? entry.category } } : {}),
    years: entry.years,
    rows: list.rows.map((r) => {
      const c = r.country ? dataset.country(r.country) : undefined;
      return {
        label: c?.names.en ?? r.label ?? '—',
        labelZh: c?.names.zh ?? r.labelZh,
        share: r.share,
        ...(r.country === country.id ? { self: true } : {}),
      };
    }),
    share: entry.share,
    rank: entry.rank,
    source: entry.source,
    asOf: entry.asOf,
  };
}

/** Best rank first; among equal ranks, the larger share first. */
const byRank = (a: CountryMineral, b: CountryMineral) => a.rank - b.rank || (b.share ?? 0) - (a.share ?? 0);

export function countryFacts(dataset: IndexedDataset, c: Country, deals: DealSummary[], controls: ControlSummary[]): CountryFacts {
  const profiles = profilesOf(dataset.minerals);
  const entries = profiles.minerals.get(c.id) ?? [];
  const rows = entries.map((p) => profileRow(dataset, p));
  const production = entries.map((p, i) => [p, rows[i]] as const).filter(([p]) => p.kind === 'production').map(([, r]) => r);
  const reserves = entries.map((p, i) => [p, rows[i]] as const).filter(([p]) => p.kind !== 'production').map(([, r]) => r);
  const usImports = (profiles.usImports.get(c.id) ?? [])
    .map((e) => importRow(dataset, c, e))
    .filter((x): x is CountryImport => !!x)
    .sort((a, b) => b.share - a.share);
  return {
    kind: 'country',
    id: c.id,
    names: { en: c.names.en, zh: c.names.zh, ...(c.names.official ? { official: c.names.official } : {}) },
    ...(c.capital ? { capital: { en: c.capital.en, ...(c.capital.zh ? { zh: c.capital.zh } : {}) } } : {}),
    status: c.status,
    production: production.sort(byRank),
    reserves: reserves.sort(byRank),
    usImports,
    deals,
    controls,
    ...(c.note ? { note: { en: c.note, zh: c.noteZh ?? c.note } } : {}),
  };
}
