/**
 * Each country's mineral profile (its rank and share in every production, reserves and resources
 * table where it has a figure) and its place among US import sources. Derived from the mineral
 * tables when a country card is first asked for, not stored: the countries file stays a list of
 * names, and a figure lives in one place only.
 */
import type { Table } from './figures';
import type { ImportProfileEntry, Mineral, MineralProfileEntry } from './schema';

function tableEntries(mineral: Mineral, table: Table): Map<string, MineralProfileEntry> {
  // Figures in different product forms cannot be ranked against each other.
  if (table.mixedForms) return new Map();
  const ranked = table.rows
    .filter((r): r is typeof r & { country: string; value: number } => !!r.country && r.value !== undefined && r.value > 0)
    .sort((a, b) => b.value - a.value);
  const entries = new Map<string, MineralProfileEntry>();
  for (const row of ranked) {
    // Equal values share a rank: Australia and Nigeria are both third when their figures are equal.
    const rank = ranked.findIndex((r) => r.value === row.value) + 1;
    entries.set(row.country, {
      // A group's table about one member (palladium of platinum-group metals) is that member's.
      mineral: table.productMineral ?? mineral.id,
      kind: table.kind,
      ...(table.stage ? { stage: table.stage } : {}),
      ...(table.product && !table.productMineral ? { product: table.product, productZh: table.productZh } : {}),
      ...(table.year !== undefined ? { year: table.year } : {}),
      ...(table.estimated ? { estimated: true } : {}),
      rank,
      of: ranked.length,
      value: row.value,
      ...(row.qualifier ? { qualifier: row.qualifier } : {}),
      unit: table.unit,
      basis: table.basis,
      ...(row.share !== undefined ? { share: row.share } : {}),
      source: table.source,
      asOf: table.asOf,
    });
  }
  return entries;
}

/** The newest production table per stage and product, and the reserves table: older years stay on the mineral card. */
function profileTables(mineral: Mineral): Table[] {
  const newest = new Map<string, Table>();
  for (const t of mineral.production) {
    const key = `${t.stage}|${t.product ?? ''}`;
    const seen = newest.get(key);
    if (!seen || (t.year ?? 0) > (seen.year ?? 0)) newest.set(key, t);
  }
  return [...newest.values(), ...(mineral.reserves ? [mineral.reserves] : [])];
}

function importEntries(mineral: Mineral, sources: Mineral['importSources'][number]): Map<string, ImportProfileEntry> {
  const entries = new Map<string, ImportProfileEntry>();
  const countries = sources.rows.filter((r): r is typeof r & { country: string } => !!r.country);
  countries.forEach((row, i) => {
    entries.set(row.country, {
      mineral: mineral.id,
      ...(sources.category ? { category: sources.category, categoryZh: sources.categoryZh } : {}),
      years: sources.years,
      share: row.share,
      rank: i + 1,
      source: sources.source,
      asOf: sources.asOf,
    });
  });
  return entries;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export interface Profiles {
  /** Country id → its places in the minerals' tables. */
  minerals: Map<string, MineralProfileEntry[]>;
  /** Country id → its shares of US imports. */
  usImports: Map<string, ImportProfileEntry[]>;
}

export function buildProfiles(minerals: Mineral[]): Profiles {
  const profiles = new Map<string, MineralProfileEntry[]>();
  const imports = new Map<string, ImportProfileEntry[]>();
  for (const mineral of minerals) {
    for (const table of profileTables(mineral)) {
      for (const [country, entry] of tableEntries(mineral, table)) push(profiles, country, entry);
    }
    for (const list of mineral.importSources) for (const [country, entry] of importEntries(mineral, list)) push(imports, country, entry);
  }
  return { minerals: profiles, usImports: imports };
}

const cache = new WeakMap<Mineral[], Profiles>();

/** The profiles of a list of minerals, worked out once. */
export function profilesOf(minerals: Mineral[]): Profiles {
  let profiles = cache.get(minerals);
  if (!profiles) {
    profiles = buildProfiles(minerals);
    cache.set(minerals, profiles);
  }
  return profiles;
}
