/**
 * Reads the MCS 2026 reference extract in ../shared/reference/minerals/mcs2026 (world tables,
 * US salient statistics, US import sources) into plain records. Only the import script uses it;
 * nothing of the extract is copied into the repo, only the figures the selection picks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const MCS2026_DIR = join(import.meta.dirname, '../../../shared/reference/minerals/mcs2026');

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and newlines. */
export function parseCsv(text: string): Record<string, string>[] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += c;
  }
  if (field || record.length) {
    record.push(field);
    records.push(record);
  }
  const [header, ...rows] = records.filter((r) => r.length > 1 || r[0] !== '');
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

export interface WorldRow {
  slug: string;
  country: string;
  productionLatest?: number;
  productionPrev?: number;
  reserves?: number;
  note: string;
  yearLatest: number;
  yearPrev: number;
  sourceUrl: string;
}

export interface SalientRow {
  slug: string;
  label: string;
  section: string;
  year: string;
  raw: string;
}

export interface ImportRow {
  slug: string;
  range: string;
  category: string;
  country: string;
  sharePct: number;
}

const num = (s: string): number | undefined => (s === '' ? undefined : Number(s));

export function readReference(dir = MCS2026_DIR) {
  const csv = (file: string) => parseCsv(readFileSync(join(dir, file), 'utf8'));
  const world: WorldRow[] = csv('world.csv').map((r) => ({
    slug: r.slug,
    country: r.country,
    productionLatest: num(r.production_latest),
    productionPrev: num(r.production_prev),
    reserves: num(r.reserves),
    note: r.note,
    yearLatest: Number(r.year_latest),
    yearPrev: Number(r.year_prev),
    sourceUrl: r.source_url,
  }));
  const salient: SalientRow[] = csv('salient.csv').map((r) => ({ slug: r.slug, label: r.label, section: r.section, year: r.year, raw: r.raw }));
  const imports: ImportRow[] = csv('import_sources.csv').map((r) => ({
    slug: r.slug,
    range: r.range,
    category: r.category,
    country: r.country,
    sharePct: Number(r.share_pct),
  }));
  return { world, salient, imports };
}

export type Reference = ReturnType<typeof readReference>;
