/**
 * Build-time only: fills in the fields of `data/minerals.json` that follow from other data, so
 * an editor types a figure once and the shares, China's share and the cross-links never drift.
 */
import type { Control, Deal, Mineral, Table } from '../schema';

const CHINA = 'country:CN';

/** Shares are shown as percentages with at most one decimal, so three digits are plenty. */
export function roundShare(share: number): number {
  return Math.round(share * 1000) / 1000;
}

/** A row's share of the world total, when the total is a point figure (not "more than"). */
function withShares(table: Table): Table {
  const world = table.world;
  const rows = table.rows.map((row) => {
    const { share: _old, ...rest } = row;
    if (!world || world.qualifier || world.value === 0 || row.qualifier) return rest;
    return { ...rest, share: roundShare(row.value / world.value) };
  });
  return { ...table, rows };
}

function chinaShare(production: Table[]): Mineral['chinaShare'] {
  const table = production.find((t) => t.rows.some((r) => r.country === CHINA && r.share !== undefined));
  const row = table?.rows.find((r) => r.country === CHINA);
  if (!table || !row || row.share === undefined) return undefined;
  const year = table.year ? `${table.year}${table.estimated ? ' (estimated)' : ''}` : 'latest year';
  return {
    value: row.share,
    basis:
      `China's ${row.value.toLocaleString('en-US')} ${table.unit} of a world ${table.measure} of ${table.world!.value.toLocaleString('en-US')} ${table.unit}, ${year}` +
      (row.note ? `. ${row.note}` : ''),
    source: table.source,
    asOf: table.asOf,
  };
}

/** Returns the mineral with shares, China's share, controls and related deals recomputed. */
export function normalizeMineral(mineral: Mineral, deals: Deal[], controls: Control[]): Mineral {
  const production = mineral.production.map(withShares);
  const reserves = mineral.reserves ? withShares(mineral.reserves) : undefined;
  const { chinaShare: _old, reserves: _r, production: _p, controls: _c, relatedDeals: _d, ...rest } = mineral;
  const share = chinaShare(production);
  return {
    ...rest,
    production,
    ...(reserves ? { reserves } : {}),
    ...(share ? { chinaShare: share } : {}),
    controls: controls.filter((c) => c.minerals.includes(mineral.id)).map((c) => c.id),
    relatedDeals: deals.filter((d) => d.minerals.includes(mineral.id)).map((d) => d.id),
  };
}
