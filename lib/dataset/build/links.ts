/**
 * Build-time only: each country's deals and the export controls that involve it.
 */
import type { Control, Country, Deal } from '../schema';

export function withLinks(countries: Country[], deals: Deal[], controls: Control[]): Country[] {
  return countries.map((country) => ({
    ...country,
    relatedDeals: deals.filter((d) => d.parties.some((p) => p.country === country.id)).map((d) => d.id),
    // Every control in the file is China's; a country is linked to those aimed at it too.
    controls: controls.filter((c) => country.id === 'country:CN' || c.targets.includes(country.id)).map((c) => c.id),
  }));
}
