/**
 * Build-time only: each country's mineral profile (rank and share in every production, reserves
 * and resources table where it has a figure), its place among US import sources, its deals and
 * the controls aimed at it.
 */
import type { Table } from '../figures';
import type { Control, Country, Deal, ImportProfileEntry, Mineral, MineralProfileEntry } from '../schema';

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

export function withProfiles(countries: Country[], minerals: Mineral[], deals: Deal[], controls: Control[]): Country[] {
  const profiles = new Map<string, MineralProfileEntry[]>();
  const imports = new Map<string, ImportProfileEntry[]>();
  for (const mineral of minerals) {
    for (const table of profileTables(mineral)) {
      for (const [country, entry] of tableEntries(mineral, table)) push(profiles, country, entry);
    }
    for (const list of mineral.importSources) for (const [country, entry] of importEntries(mineral, list)) push(imports, country, entry);
  }
  return countries.map((country) => ({
    ...country,
    minerals: profiles.get(country.id) ?? [],
    usImports: imports.get(country.id) ?? [],
    relatedDeals: deals.filter((d) => d.parties.some((p) => p.country === country.id)).map((d) => d.id),
    // Every control in the file is China's; a country is linked to those aimed at it too.
    controls: controls.filter((c) => country.id === 'country:CN' || c.targets.includes(country.id)).map((c) => c.id),
  }));
}
