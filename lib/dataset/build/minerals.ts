/**
 * Build-time only: fills in the fields of `data/minerals.json` that follow from other data, so
 * an editor types a figure once and the shares, China's shares and the cross-links never drift.
 */
import type { ChinaShare, Table, Unavailable } from '../figures';
import type { Control, Deal, Mineral } from '../schema';

const CHINA = 'country:CN';

/** Shares are shown as percentages with at most one decimal, so three digits are plenty. */
export function roundShare(share: number): number {
  return Math.round(share * 1000) / 1000;
}

/** A row's share of the world total, when both are point figures (not "more than"). */
export function withShares(table: Table): Table {
  const world = table.world;
  const rows = table.rows.map((row) => {
    const { share: _old, ...rest } = row;
    if (!world || world.qualifier || world.value === 0 || row.qualifier || row.value === undefined) return rest;
    return { ...rest, share: roundShare(row.value / world.value) };
  });
  return { ...table, rows };
}

/** China's share of each production table that has a China row with a share, in table order. */
export function chinaShares(production: Table[]): ChinaShare[] {
  return production.flatMap((table): ChinaShare[] => {
    const row = table.rows.find((r) => r.country === CHINA);
    if (!row || row.share === undefined || !table.stage) return [];
    return [{
      value: row.share,
      stage: table.stage,
      ...(table.product ? { product: table.product, productZh: table.productZh } : {}),
      ...(table.year !== undefined ? { year: table.year } : {}),
      ...(table.estimated ? { estimated: true } : {}),
      ...(row.note ? { note: row.note, noteZh: row.noteZh } : {}),
      source: table.source,
      asOf: table.asOf,
    }];
  });
}

/** When a mineral has production tables but none lists China, the card says so rather than staying silent. */
function chinaNotListed(production: Table[]): Unavailable {
  const main = production[0];
  return {
    status: 'not-listed',
    note: 'USGS lists no output for China in this table.',
    noteZh: '美国地质调查局的这张表中没有列出中国的产量。',
    source: main.source,
    asOf: main.asOf,
  };
}

/** The order keys are written in, so a diff shows figures moving, not keys. */
const KEY_ORDER = [
  'id', 'names', 'aliases', 'ambiguous', 'symbol', 'atomicNumber', 'groups', 'partOf', 'criticalLists', 'uses', 'substitutes',
  'recycling', 'production', 'reserves', 'chinaShares', 'usNetImportReliance', 'price', 'importSources', 'unavailable', 'note',
  'noteZh', 'controls', 'relatedDeals',
] as const satisfies readonly (keyof Mineral)[];

function ordered(mineral: Mineral): Mineral {
  const known = new Set<string>(KEY_ORDER);
  const unknown = Object.keys(mineral).filter((k) => !known.has(k));
  if (unknown.length) throw new Error(`${mineral.id}: unknown keys ${unknown.join(', ')}`);
  return Object.fromEntries(KEY_ORDER.filter((k) => mineral[k] !== undefined).map((k) => [k, mineral[k]])) as Mineral;
}

/** Returns the mineral with shares, China's shares, controls and related deals recomputed. */
export function normalizeMineral(mineral: Mineral, deals: Deal[], controls: Control[]): Mineral {
  const production = mineral.production.map(withShares);
  const reserves = mineral.reserves ? withShares(mineral.reserves) : undefined;
  const shares = chinaShares(production);
  const { chinaShare: given, ...others } = mineral.unavailable;
  // China's share is either derived, said to be unavailable by the editor, or (no China row at all) "not listed".
  const listed = production.some((t) => t.rows.some((r) => r.country === CHINA));
  const chinaShare = shares.length ? undefined : (given ?? (production.length && !listed ? chinaNotListed(production) : undefined));
  const unavailable = chinaShare ? { ...others, chinaShare } : others;
  return ordered({
    ...mineral,
    production,
    ...(reserves ? { reserves } : {}),
    chinaShares: shares,
    unavailable,
    controls: controls.filter((c) => c.minerals.includes(mineral.id)).map((c) => c.id),
    relatedDeals: deals.filter((d) => d.minerals.includes(mineral.id)).map((d) => d.id),
  });
}
