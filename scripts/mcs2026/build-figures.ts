/**
 * Turns the selected parts of the MCS 2026 extract into the dataset's figure records. Pure (the
 * reference is passed in), so the unit test can run it on a small hand-made extract. Anything
 * unexpected (an unknown country name, a list that does not add up, a missing row) throws:
 * a figure is shipped as USGS printed it or not at all.
 */
import type { ImportSources, NetImportReliance, PriceSeries, Table } from '../../lib/dataset/figures.ts';
import type { ImportSpec, NirSpec, PriceSpec, ProductionSpec, ReservesSpec, Selection } from './selection.ts';
import type { ImportRow, Reference, SalientRow, WorldRow } from './read.ts';

export const AS_OF = '2026-02';

export type CountryResolver = (usgsName: string) => string | undefined;

const OTHER = { label: 'Other countries', labelZh: '其他国家' };
const WORLD_ROWS = new Set(['World total (rounded)', 'World total']);
const OTHER_ROWS = new Set(['Other countries', 'Other']);

/** USGS's country names the dataset does not spell the same way. */
export const USGS_NAMES: Record<string, string> = {
  Burma: 'country:MM',
  'Congo (Kinshasa)': 'country:CD',
  'Korea, North': 'country:KP',
  'Korea, Republic of': 'country:KR',
  'Republic of Korea': 'country:KR',
  'Côte d’Ivoire': 'country:CI',
  Laos: 'country:LA',
  Russia: 'country:RU',
  Turkey: 'country:TR',
  Vietnam: 'country:VN',
  Czechia: 'country:CZ',
  'United States (copper telluride)': 'country:US',
  'Sweden (concentrate)': 'country:SE',
};

function sheetOf(ref: Reference, slug: string): WorldRow[] {
  const rows = ref.world.filter((r) => r.slug === slug);
  if (!rows.length) throw new Error(`${slug}: no world table in the extract`);
  return rows;
}

/** Tokens the extract keeps in the note column: `production_latest: W`, `reserves: >85,000,000`. */
function token(row: WorldRow, column: string): string | undefined {
  return row.note.match(new RegExp(`(?:^|; )${column}: ([^;]+)`))?.[1].trim();
}

/** A sub-product column from `sub-products latest: Palladium=6200; Platinum=1800`. */
function subProduct(row: WorldRow, name: string): number | 'withheld' | undefined {
  const raw = row.note.match(new RegExp(`(?:: |; )${name}=([^;]+)`))?.[1].trim();
  if (raw === undefined) return undefined;
  if (raw === 'n/a') return 'withheld';
  const value = Number(raw);
  if (!Number.isFinite(value)) throw new Error(`${row.slug} ${row.country}: unreadable ${name} figure "${raw}"`);
  return value;
}

function scaled(value: number, scale = 1): number {
  // Thousand-ton figures become tons; rounding removes float noise (0.1 * 1000).
  return Math.round(value * scale * 1000) / 1000;
}

function resolveCountry(resolve: CountryResolver, slug: string, name: string): string {
  const id = USGS_NAMES[name] ?? resolve(name);
  if (!id) throw new Error(`${slug}: unknown country name "${name}"`);
  return id;
}

function bilingual<K extends string>(key: K, pair: [string, string] | undefined): Record<K | `${K}Zh`, string> | Record<string, never> {
  return pair ? ({ [key]: pair[0], [`${key}Zh`]: pair[1] } as Record<K | `${K}Zh`, string>) : {};
}

export function productionTable(ref: Reference, slug: string, spec: ProductionSpec, resolve: CountryResolver): Table {
  const sheet = sheetOf(ref, slug);
  const year = spec.previousYear ? sheet[0].yearPrev : sheet[0].yearLatest;
  const drop = new Set(spec.drop ?? []);
  const figure = (row: WorldRow): number | 'withheld' | undefined => {
    if (spec.column) return subProduct(row, spec.column);
    if (spec.previousYear) return token(row, 'production_prev') === 'W' ? 'withheld' : row.productionPrev;
    if (token(row, 'production_latest') === 'W') return 'withheld';
    return row.productionLatest;
  };
  const rows: Table['rows'] = [];
  let world: Table['world'];
  for (const row of sheet) {
    if (drop.has(row.country)) continue;
    const value = figure(row);
    if (WORLD_ROWS.has(row.country)) {
      if (typeof value === 'number' && !spec.mixedForms) world = { value: scaled(value, spec.scale), ...(spec.excludesUS ? { excludes: ['country:US'] } : {}) };
      continue;
    }
    if (value === undefined || value === 0) continue; // not available, or no output
    const form = spec.mixedForms?.[row.country];
    const name = form ? row.country.slice(0, row.country.indexOf(',')) : row.country;
    const where = OTHER_ROWS.has(name) ? OTHER : { country: resolveCountry(resolve, slug, name) };
    const note = spec.rowNotes?.[row.country] ?? form;
    rows.push({
      ...where,
      ...(value === 'withheld' ? { status: 'withheld' as const } : { value: scaled(value, spec.scale) }),
      ...bilingual('note', note),
    });
  }
  if (spec.mixedForms && Object.keys(spec.mixedForms).some((name) => !sheet.some((r) => r.country === name))) {
    throw new Error(`${slug}: a product form names a row the table does not have`);
  }
  if (!spec.mixedForms && !world) throw new Error(`${slug}: no world total for ${spec.product?.[0] ?? spec.stage}`);
  return {
    kind: 'production',
    stage: spec.stage,
    ...bilingual('product', spec.product),
    ...(spec.productMineral ? { productMineral: spec.productMineral } : {}),
    year,
    // USGS marks the latest year's figures as estimates; the year before is reported data.
    ...(spec.previousYear ? {} : { estimated: true }),
    unit: spec.unit,
    basis: spec.basis,
    ...(world ? { world } : {}),
    rows: sortRows(rows),
    ...(spec.mixedForms ? { mixedForms: true as const } : {}),
    ...bilingual('note', spec.note),
    source: sheet[0].sourceUrl,
    asOf: AS_OF,
  };
}

/** Countries by size, withheld ones after them, "Other countries" last. */
function sortRows(rows: Table['rows']): Table['rows'] {
  const rank = (r: Table['rows'][number]) => (r.label ? 2 : r.value === undefined ? 1 : 0);
  return [...rows].sort((a, b) => rank(a) - rank(b) || (b.value ?? 0) - (a.value ?? 0));
}

/** ">85,000,000" → { value: 85000000, qualifier: '>' }. */
function bound(raw: string | undefined): { qualifier: '>' | '<' } | undefined {
  const q = raw?.trim()[0];
  return q === '>' || q === '<' ? { qualifier: q } : undefined;
}

export function reservesTable(ref: Reference, slug: string, spec: ReservesSpec, resolve: CountryResolver): Table {
  const sheet = sheetOf(ref, slug);
  const drop = new Set(spec.drop ?? []);
  const rows: Table['rows'] = [];
  let world: Table['world'];
  for (const row of sheet) {
    if (drop.has(row.country) || row.reserves === undefined) continue;
    const q = bound(token(row, 'reserves'));
    if (WORLD_ROWS.has(row.country)) {
      world = { value: scaled(row.reserves, spec.scale), ...q };
      continue;
    }
    if (row.reserves === 0) continue;
    const where = OTHER_ROWS.has(row.country) ? OTHER : { country: resolveCountry(resolve, slug, row.country) };
    rows.push({ ...where, value: scaled(row.reserves, spec.scale), ...q, ...bilingual('note', spec.rowNotes?.[row.country]) });
  }
  if (!rows.length) throw new Error(`${slug}: no reserves in the extract`);
  return {
    kind: 'reserves',
    ...bilingual('product', spec.product),
    unit: spec.unit,
    basis: spec.basis,
    ...(world ? { world } : {}),
    rows: sortRows(rows),
    ...bilingual('note', spec.note),
    source: sheet[0].sourceUrl,
    asOf: AS_OF,
  };
}

const LATEST = '2025e';

function salientRows(ref: Reference, slug: string, test: (r: SalientRow) => boolean): SalientRow[] {
  return ref.salient.filter((r) => r.slug === slug && test(r));
}

function sourceOf(ref: Reference, slug: string): string {
  const url = ref.world.find((r) => r.slug === slug)?.sourceUrl;
  return url || `https://pubs.usgs.gov/periodicals/mcs2026/mcs2026-${slug}.pdf`;
}

export function netImportReliance(ref: Reference, slug: string, spec: NirSpec): NetImportReliance {
  const candidates = salientRows(ref, slug, (r) => /reliance/i.test(r.section) && r.year === LATEST && (!spec.label || r.label === spec.label));
  if (candidates.length !== 1) throw new Error(`${slug}: ${candidates.length} reliance rows match ${spec.label ?? '(any)'}`);
  const raw = candidates[0].raw.trim();
  const base = { ...bilingual('product', spec.product), year: 2025, estimated: true, ...bilingual('note', spec.note), source: sourceOf(ref, slug), asOf: AS_OF };
  if (raw === 'E') return { netExporter: true, ...base };
  const q = bound(raw);
  const value = Number(raw.replace(/^[<>]/, ''));
  if (!Number.isFinite(value) || value < 0 || value > 100) throw new Error(`${slug}: unreadable reliance "${raw}"`);
  return { value: value / 100, ...q, ...base };
}

export function priceSeries(ref: Reference, slug: string, spec: PriceSpec): PriceSeries {
  const rows = salientRows(ref, slug, (r) => (/price/i.test(r.section) || /price/i.test(r.label)) && r.label.startsWith(spec.label));
  const labels = new Set(rows.map((r) => r.label));
  if (labels.size !== 1) throw new Error(`${slug}: ${labels.size} price rows start with "${spec.label}"`);
  const points = rows.map((r) => {
    const value = Number(r.raw.replace(/,/g, ''));
    if (!Number.isFinite(value) || value <= 0) throw new Error(`${slug}: unreadable price "${r.raw}" for ${r.year}`);
    return { year: Number(r.year.slice(0, 4)), value, ...(r.year.endsWith('e') ? { estimated: true } : {}) };
  });
  return { ...bilingual('product', spec.product), unit: spec.unit, points, ...bilingual('note', spec.note), source: sourceOf(ref, slug), asOf: AS_OF } as PriceSeries;
}

/** "2021-24" or "2021-2024" → "2021–24". */
function yearSpan(range: string): string {
  const [from, to] = range.split('-');
  return `${from}–${to.slice(-2)}`;
}

export function importSources(ref: Reference, slug: string, spec: ImportSpec, resolve: CountryResolver): ImportSources {
  const rows: ImportRow[] = ref.imports.filter((r) => r.slug === slug && r.category === spec.category);
  if (!rows.length) throw new Error(`${slug}: no import list "${spec.category}"`);
  const total = rows.reduce((sum, r) => sum + r.sharePct, 0);
  // USGS rounds each share; a list that adds up to much less than 100% lost a row in the extraction.
  if (total < 97 || total > 102) throw new Error(`${slug}: import list "${spec.category}" adds up to ${total}%`);
  return {
    ...bilingual('category', spec.label),
    years: yearSpan(rows[0].range),
    rows: rows.map((r) =>
      /^others?$/i.test(r.country)
        ? { label: 'Other', labelZh: '其他', share: r.sharePct / 100 }
        : { country: resolveCountry(resolve, slug, r.country), share: r.sharePct / 100 },
    ),
    source: sourceOf(ref, slug),
    asOf: AS_OF,
  } as ImportSources;
}

export interface SelectedFigures {
  production: Table[];
  reserves?: Table;
  usNetImportReliance: NetImportReliance[];
  price?: PriceSeries;
  importSources: ImportSources[];
}

export function selectedFigures(ref: Reference, selection: Selection, resolve: CountryResolver): SelectedFigures {
  const { slug } = selection;
  return {
    production: (selection.production ?? []).map((spec) => productionTable(ref, slug, spec, resolve)),
    ...(selection.reserves ? { reserves: reservesTable(ref, slug, selection.reserves, resolve) } : {}),
    usNetImportReliance: (selection.nir ?? []).map((spec) => netImportReliance(ref, slug, spec)),
    ...(selection.price ? { price: priceSeries(ref, slug, selection.price) } : {}),
    importSources: (selection.imports ?? []).map((spec) => importSources(ref, slug, spec, resolve)),
  };
}
