/**
 * Build-time only: how the data files are written. Hand-edited files are indented for reading
 * and diffs; the derived countries file puts one country on a line, which keeps it small and
 * still diffs one country at a time.
 */
export function formatIndented(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

export function formatOneItemPerLine(meta: unknown, key: string, items: unknown[]): string {
  const lines = items.map((item) => '  ' + JSON.stringify(item));
  return `{\n"meta": ${JSON.stringify(meta, null, 2)},\n"${key}": [\n${lines.join(',\n')}\n]\n}\n`;
}
