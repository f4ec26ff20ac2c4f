/**
 * Deal keys as the alias index ships them: the deal, its countries and its minerals as indices
 * into the index's entity list rather than ids. Rare-earth deals name every member of the group
 * (eighteen ids of twenty characters each), so ids made the 44 deals' keys 18 kB of the content
 * script; as indices they are a sixth of that. Unpacked once, when the index is first read.
 */
import type { DealKey } from './link.ts';

export type PackedDealKey = [deal: number, date: string, countries: number[], minerals: number[], kinds: number, organisations: string[][], parts: number[], amount?: number | null, peace?: 1];

/** The dataset's deal kinds in a fixed order: a key's kinds ship as a bit mask over it. */
export const DEAL_KINDS = [
  'mou', 'framework', 'agreement', 'declaration', 'equity-stake', 'loan', 'joint-venture', 'offtake',
  'investment', 'peace-accord', 'trade-agreement', 'price-floor', 'fund', 'stockpile',
] as const;

function kindMask(kinds: readonly string[] = []): number {
  let mask = 0;
  for (const k of kinds) {
    const bit = DEAL_KINDS.indexOf(k as (typeof DEAL_KINDS)[number]);
    if (bit < 0) throw new Error(`deal kind ${k} has no bit in DEAL_KINDS`);
    mask |= 1 << bit;
  }
  return mask;
}

export function packDealKeys(keys: DealKey[], entityIndex: ReadonlyMap<string, number>): PackedDealKey[] {
  const at = (id: string) => {
    const i = entityIndex.get(id);
    if (i === undefined) throw new Error(`deal key names ${id}, which is not in the alias index`);
    return i;
  };
  return keys.map((k) => {
    const packed: PackedDealKey = [at(k.id), k.date, k.countries.map(at), k.minerals.map(at), kindMask(k.kinds), k.organisations ?? [], k.parts ?? []];
    if (k.amount !== undefined || k.peace) packed.push(k.amount ?? null);
    if (k.peace) packed.push(1);
    return packed;
  });
}

/** `entities` as the serialized index lists them: the id first. */
export function unpackDealKeys(packed: PackedDealKey[], entities: readonly (readonly [string, ...unknown[]])[]): DealKey[] {
  const id = (i: number) => entities[i][0];
  return packed.map(([deal, date, countries, minerals, kinds, organisations, parts, amount, peace]) => ({
    id: id(deal),
    date,
    countries: countries.map(id),
    minerals: minerals.map(id),
    kinds: DEAL_KINDS.filter((_, bit) => kinds & (1 << bit)),
    organisations,
    parts,
    ...(amount !== undefined && amount !== null ? { amount } : {}),
    ...(peace ? { peace: true } : {}),
  }));
}
