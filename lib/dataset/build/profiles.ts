/**
 * Build-time only: each country's mineral profile (rank and share in every production and
 * reserves table where it has a row), its deals and the controls aimed at it.
 */
import type { Control, Country, Deal, Mineral, Table } from '../schema';

type ProfileEntry = Country['minerals'][number];

function tableEntries(mineral: Mineral, table: Table): Map<string, ProfileEntry> {
  const ranked = table.rows.filter((r) => r.country).sort((a, b) => b.value - a.value);
  const entries = new Map<string, ProfileEntry>();
  ranked.forEach((row) => {
    // Equal values share a rank: Australia, Nigeria and Thailand are all third for rare earths.
    const rank = ranked.findIndex((r) => r.value === row.value) + 1;
    entries.set(row.country!, {
      mineral: mineral.id,
      measure: table.measure,
      ...(table.year ? { year: table.year } : {}),
      rank,
      value: row.value,
      unit: table.unit,
      ...(row.share !== undefined ? { share: row.share } : {}),
      source: table.source,
      asOf: table.asOf,
    });
  });
  return entries;
}

/** The newest production table per measure, and the reserves table: older years stay on the mineral card. */
function profileTables(mineral: Mineral): Table[] {
  const newest = new Map<string, Table>();
  for (const t of mineral.production) {
    const seen = newest.get(t.measure);
    if (!seen || (t.year ?? 0) > (seen.year ?? 0)) newest.set(t.measure, t);
  }
  return [...newest.values(), ...(mineral.reserves ? [mineral.reserves] : [])];
}

export function withProfiles(countries: Country[], minerals: Mineral[], deals: Deal[], controls: Control[]): Country[] {
  const profiles = new Map<string, ProfileEntry[]>();
  for (const mineral of minerals) {
    for (const table of profileTables(mineral)) {
      for (const [country, entry] of tableEntries(mineral, table)) {
        profiles.set(country, [...(profiles.get(country) ?? []), entry]);
      }
    }
  }
  return countries.map((country) => ({
    ...country,
    minerals: profiles.get(country.id) ?? [],
    relatedDeals: deals.filter((d) => d.parties.some((p) => p.country === country.id)).map((d) => d.id),
    // Every control in the file is China's; a country is linked to those aimed at it too.
    controls: controls.filter((c) => country.id === 'country:CN' || c.targets.includes(country.id)).map((c) => c.id),
  }));
}
