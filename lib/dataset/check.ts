/**
 * Consistency checks of the dataset's figures, for `npm run data:check`: every share recomputed
 * from its table, every table against its world total, every figure with a source and an as-of
 * date, every prose field with its Chinese version. Pure: returns the problems, prints nothing.
 */
import { AsOf, type Table } from './figures';
import { buildProfiles, type Profiles } from './profiles';
import type { Country, Dataset, Mineral } from './schema';

export interface Problem {
  where: string;
  message: string;
}

/** USGS rounds world totals; a sum may exceed its total by up to 5% before the table looks wrong. */
export const OVER_SUM = 1.05;

/**
 * How far the true total may lie above a rounded figure as printed: half a unit of its last
 * non-zero digit (900,000 → 50,000; 110,000 → 5,000; 54,345 → 0.5).
 */
export function roundingSlack(value: number): number {
  if (value === 0 || !Number.isInteger(value)) return 0;
  let unit = 1;
  while (value % (unit * 10) === 0) unit *= 10;
  return unit / 2;
}

const sumOf = (rows: Table['rows']) => rows.reduce((s, r) => s + (r.value ?? 0), 0);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function checkTable(table: Table, where: string): Problem[] {
  const problems: Problem[] = [];
  const say = (message: string) => problems.push({ where, message });
  const world = table.world;
  for (const row of table.rows) {
    const name = row.country ?? row.label;
    if (row.share === undefined) {
      if (world && !world.qualifier && world.value > 0 && row.value !== undefined && !row.qualifier) say(`${name} has no share though the table has a world total`);
      continue;
    }
    if (!world || world.qualifier || row.value === undefined) {
      say(`${name} has a share but no point world total or figure to compute it from`);
      continue;
    }
    const expected = Math.round((row.value / world.value) * 1000) / 1000;
    if (Math.abs(expected - row.share) > 1e-9) say(`${name}: share ${row.share} should be ${expected} (${row.value} of ${world.value})`);
  }
  if (world && !world.qualifier) {
    const all = sumOf(table.rows);
    // A total of 0 has no percentage; the countries check below still refuses any figure above it.
    if (world.value > 0 && all > world.value * OVER_SUM) say(`rows add up to ${pct(all / world.value)} of the world total (more than ${pct(OVER_SUM)})`);
    const countries = sumOf(table.rows.filter((r) => r.country));
    if (countries > world.value + roundingSlack(world.value)) {
      say(`the world total ${world.value} is under the ${countries} of the listed countries, more than its rounding allows`);
    }
  }
  if (world?.qualifier === '<') say('a world total given as "less than" cannot be checked');
  if (!table.rows.some((r) => r.value !== undefined) && !table.rows.some((r) => r.status)) say('the table has no figures');
  return problems;
}

/** Every object that carries a figure must say where it comes from and how old it is. */
export function checkSourced(x: { source?: unknown; asOf?: unknown }, where: string): Problem[] {
  const problems: Problem[] = [];
  if (typeof x.source !== 'string' || x.source.length < 8) problems.push({ where, message: 'no source' });
  if (!AsOf.safeParse(x.asOf).success) problems.push({ where, message: 'no valid as-of date' });
  return problems;
}

const CJK = /[\u3400-\u9fff]/;

/** Every prose field `x` has a Chinese sibling `xZh` written in Chinese (walks the whole object). */
export function checkBilingual(value: unknown, where: string, path = ''): Problem[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => checkBilingual(v, where, `${path}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const problems: Problem[] = [];
  for (const key of ['text', 'note', 'product', 'category', 'label']) {
    if (typeof record[key] !== 'string') continue;
    const zh = record[`${key}Zh`];
    if (typeof zh !== 'string' || !CJK.test(zh)) problems.push({ where, message: `${path}.${key} has no Chinese ${key}Zh` });
  }
  // Only prose is passed in (names and aliases are checked by the dataset tests), so every field is walked.
  for (const [key, v] of Object.entries(record)) problems.push(...checkBilingual(v, where, `${path}.${key}`));
  return problems;
}

function mineralFigures(m: Mineral): { x: { source?: unknown; asOf?: unknown }; what: string }[] {
  return [
    ...m.production.map((t, i) => ({ x: t, what: `production[${i}]` })),
    ...(m.reserves ? [{ x: m.reserves, what: 'reserves' }] : []),
    ...m.chinaShares.map((s, i) => ({ x: s, what: `chinaShares[${i}]` })),
    ...m.usNetImportReliance.map((n, i) => ({ x: n, what: `usNetImportReliance[${i}]` })),
    ...(m.price ? [{ x: m.price, what: 'price' }] : []),
    ...m.importSources.map((s, i) => ({ x: s, what: `importSources[${i}]` })),
    ...(['uses', 'substitutes', 'recycling'] as const).flatMap((k) => (m[k] ? [{ x: m[k]!, what: k }] : [])),
    ...Object.entries(m.unavailable).map(([k, u]) => ({ x: u!, what: `unavailable.${k}` })),
    { x: m.criticalLists, what: 'criticalLists' },
  ];
}

function countryFigures(c: Country, profiles: Profiles): { x: { source?: unknown; asOf?: unknown }; what: string }[] {
  return [
    ...(profiles.minerals.get(c.id) ?? []).map((p) => ({ x: p, what: `${p.mineral} ${p.kind}` })),
    ...(profiles.usImports.get(c.id) ?? []).map((p) => ({ x: p, what: `${p.mineral} US imports` })),
  ];
}

export interface CheckReport {
  problems: Problem[];
  tables: number;
  figures: number;
}

export function checkDataset(dataset: Pick<Dataset, 'minerals' | 'countries'>): CheckReport {
  const problems: Problem[] = [];
  let tables = 0;
  let figures = 0;
  for (const m of dataset.minerals) {
    for (const [i, t] of m.production.entries()) {
      tables++;
      problems.push(...checkTable(t, `${m.id} production[${i}]`));
    }
    if (m.reserves) {
      tables++;
      problems.push(...checkTable(m.reserves, `${m.id} reserves`));
    }
    for (const [i, list] of m.importSources.entries()) {
      const total = list.rows.reduce((s, r) => s + r.share, 0);
      if (total < 0.97 || total > 1.02) problems.push({ where: `${m.id} importSources[${i}]`, message: `shares add up to ${pct(total)}` });
    }
    for (const { x, what } of mineralFigures(m)) {
      figures++;
      problems.push(...checkSourced(x, `${m.id} ${what}`));
    }
    problems.push(...checkBilingual({ uses: m.uses, substitutes: m.substitutes, recycling: m.recycling, production: m.production, reserves: m.reserves, chinaShares: m.chinaShares, usNetImportReliance: m.usNetImportReliance, price: m.price, importSources: m.importSources, unavailable: m.unavailable, note: m.note, noteZh: m.noteZh }, m.id));
  }
  const profiles = buildProfiles(dataset.minerals);
  for (const c of dataset.countries) {
    for (const { x, what } of countryFigures(c, profiles)) {
      figures++;
      problems.push(...checkSourced(x, `${c.id} ${what}`));
    }
    problems.push(...checkBilingual({ note: c.note, noteZh: c.noteZh, minerals: profiles.minerals.get(c.id), usImports: profiles.usImports.get(c.id) }, c.id));
  }
  return { problems, tables, figures };
}
