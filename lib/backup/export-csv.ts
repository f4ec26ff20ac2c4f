/**
 * Clippings as a CSV file for spreadsheets: every field quoted (RFC 4180), CRLF line ends, and a
 * UTF-8 byte order mark so Excel reads accents and Chinese correctly.
 *
 * Quoting every field keeps a cell one cell in any spreadsheet, including those that split on
 * `;` (a quote reading `Cobalt fell;=HYPERLINK(…)` must not become a second cell that is a
 * formula). A cell that, after any leading spaces, starts with `=`, `+`, `-`, `@` (or their
 * full-width forms, which some spreadsheets also read as formulas), or with a tab or carriage
 * return, gets a leading apostrophe: the OWASP guard against formula injection, shown by
 * spreadsheets as plain text.
 */
import type { Clipping } from '../records/types.ts';

const COLUMNS = ['id', 'created', 'updated', 'site', 'url', 'title', 'quote', 'note', 'tags', 'entities', 'entity_ids'] as const;

/**
 * A formula sign, tab or carriage return, after any whitespace (zero-width and byte-order-mark
 * characters included: some spreadsheets drop them before looking).
 */
const FORMULA_START = /^[\s\u200B-\u200D\u2060\uFEFF]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\t\r]/;

/** One cell: guarded against formulas, then quoted. */
export function csvCell(value: string): string {
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${guarded.replace(/"/g, '""')}"`;
}

/** One row, with its line end. */
function csvRow(cells: readonly string[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

function cellsOf(clipping: Clipping): string[] {
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

/** The start of the file: the byte order mark and the header row. */
export function csvHeader(): string {
  return `\uFEFF${csvRow(COLUMNS)}`;
}

/** The row of one clipping. */
export function csvClippingRow(clipping: Clipping): string {
  return csvRow(cellsOf(clipping));
}

/** The CSV text for `clippings`, header row first. */
export function clippingsToCsv(clippings: readonly Clipping[]): string {
  return csvHeader() + clippings.map(csvClippingRow).join('');
}
