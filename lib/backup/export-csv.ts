/**
 * Clippings as a CSV file for spreadsheets: RFC 4180 quoting, CRLF line ends, and a UTF-8 byte
 * order mark so Excel reads accents and Chinese correctly.
 *
 * A cell that starts with `=`, `+`, `-`, `@`, tab or carriage return would be run as a formula by
 * a spreadsheet (a quote from a hostile page could be `=HYPERLINK(...)`), so such cells get a
 * leading apostrophe, the usual guard, which spreadsheets show as plain text.
 */
import type { Clipping } from '../store/types.ts';

const COLUMNS = ['id', 'created', 'updated', 'site', 'url', 'title', 'quote', 'note', 'tags', 'entities', 'entity_ids'] as const;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell, guarded against formulas and quoted when it needs to be. */
export function csvCell(value: string): string {
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

function rowOf(clipping: Clipping): string[] {
  return [
    clipping.id,
    new Date(clipping.createdAt).toISOString(),
    new Date(clipping.updatedAt).toISOString(),
    clipping.site,
    clipping.url,
    clipping.title,
    clipping.quote,
    clipping.note,
    clipping.tags.join('; '),
    clipping.entities.map((entity) => entity.label).join('; '),
    clipping.entities.map((entity) => entity.id).join('; '),
  ];
}

/** The CSV text for `clippings`, header row first. */
export function clippingsToCsv(clippings: readonly Clipping[]): string {
  const rows = [Array.from(COLUMNS), ...clippings.map(rowOf)];
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
