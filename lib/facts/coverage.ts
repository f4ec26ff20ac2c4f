/**
 * What each card shows, block by block, worked out from the same facts the popover draws: a
 * block is the mineral's own ("yes"), its group's ("group"), explicitly unavailable ("not
 * published", "withheld", "not covered"), or missing ("no"). `npm run data:check` prints it and
 * keeps the table in data/README.md up to date.
 */
import type { IndexedDataset } from '../dataset/load.ts';
import type { Mineral } from '../dataset/schema.ts';
import { factsFor, type MineralFacts } from './cards.ts';
import type { FigureBlock } from '../dataset/figures.ts';
import { STAGE } from './labels.ts';
import { formatShare } from './numbers.ts';

export interface CoverageRow {
  id: string;
  name: string;
  producers: string;
  /** The card draws producers with their shares (bars). */
  producerShares: boolean;
  reserves: string;
  reliance: string;
  price: string;
  uses: string;
  substitutes: string;
  recycling: string;
  chinaShare: string;
}

function unavailable(facts: MineralFacts, block: FigureBlock): string | undefined {
  const u = facts.unavailable.find((x) => x.key === block);
  return u ? `${u.status.replace(/-/g, ' ')}${u.group ? ' (group)' : ''}` : undefined;
}

const has = (x: { group?: unknown } | undefined): string | undefined => (x ? (x.group ? 'group' : 'yes') : undefined);

export function coverageRow(dataset: IndexedDataset, m: Mineral): CoverageRow {
  const facts = factsFor(dataset, m.id) as MineralFacts;
  const share = facts.chinaShares[0];
  // With no producer table, China's share is unavailable for the same reason; producers without a
  // China share or a record of why are a gap, not a share.
  const producers = has(facts.production[0]) ?? unavailable(facts, 'production') ?? 'no';
  const relianceText = facts.reliance[0] ? `${facts.reliance[0].text.en}${facts.reliance[0].group ? ' (group)' : ''}` : undefined;
  return {
    id: m.id,
    name: m.names.en,
    producers,
    producerShares: facts.production.some((t) => t.rows.some((r) => r.country && r.share !== undefined)),
    reserves: has(facts.reserves) ?? unavailable(facts, 'reserves') ?? 'no',
    reliance: relianceText ?? unavailable(facts, 'usNetImportReliance') ?? 'no',
    price: facts.price ? 'yes' : (unavailable(facts, 'price') ?? 'no'),
    uses: has(facts.uses) ?? 'no',
    substitutes: has(facts.substitutes) ?? 'no',
    recycling: has(facts.recycling) ?? 'no',
    chinaShare: share
      ? `${formatShare(share.value)} ${share.product ? `${share.product.en} ` : ''}${STAGE[share.stage].en}${share.group ? ' (group)' : ''}${share.year ? `, ${share.year}` : ''}`
      : (unavailable(facts, 'chinaShare') ?? (facts.production.length ? 'no' : producers)),
  };
}

/** The 60 minerals of the USGS 2025 list, in name order. */
export function coverage(dataset: IndexedDataset): CoverageRow[] {
  return dataset.minerals
    .filter((m) => m.criticalLists.us2025)
    .map((m) => coverageRow(dataset, m))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export interface CoverageCounts {
  minerals: number;
  producers: number;
  producerShares: number;
  reserves: number;
  reliance: number;
  price: number;
  uses: number;
  substitutes: number;
  recycling: number;
  chinaShare: number;
}

const given = (cell: string) => cell === 'yes' || cell === 'group' || /^[<>]?\d|net exporter/.test(cell);

export function coverageCounts(rows: CoverageRow[]): CoverageCounts {
  const count = (pick: (r: CoverageRow) => string) => rows.filter((r) => given(pick(r))).length;
  return {
    minerals: rows.length,
    producers: count((r) => r.producers),
    producerShares: rows.filter((r) => r.producerShares).length,
    reserves: count((r) => r.reserves),
    reliance: count((r) => r.reliance),
    price: count((r) => r.price),
    uses: count((r) => r.uses),
    substitutes: count((r) => r.substitutes),
    recycling: count((r) => r.recycling),
    chinaShare: count((r) => r.chinaShare),
  };
}

/** Problems with what the issue asks every card of the list to have. */
export function coverageProblems(rows: CoverageRow[]): string[] {
  const out: string[] = [];
  for (const r of rows) {
    if (r.producers === 'no') out.push(`${r.name}: no producers and no "not published" record`);
    if (r.uses === 'no') out.push(`${r.name}: no uses`);
    if (r.reliance === 'no') out.push(`${r.name}: no US net import reliance and no "not published" record`);
  }
  return out;
}

export function coverageMarkdown(rows: CoverageRow[]): string {
  const header = ['Mineral', 'Producers', 'Shares drawn', 'Reserves', 'US net import reliance', 'Price', 'Uses', 'Substitutes', 'Recycling', "China's share (basis, year)"];
  const lines = [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${[r.name, r.producers, r.producerShares ? 'yes' : 'no', r.reserves, r.reliance, r.price, r.uses, r.substitutes, r.recycling, r.chinaShare].join(' | ')} |`),
  ];
  return lines.join('\n');
}
