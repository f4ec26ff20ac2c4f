/**
 * The CSV export against formula injection: every cell quoted, the OWASP guard on every field,
 * and a check, with a spreadsheet-style reader that splits on `;`, that quoting keeps a cell one
 * cell where an unquoted one would have become a formula.
 */
import { describe, expect, it } from 'vitest';
import { clippingsToCsv, csvCell } from '../../../lib/backup/export-csv.ts';
import type { Clipping } from '../../../lib/records/types.ts';
import { sampleClipping } from './sample-clipping.ts';

const base: Clipping = { ...sampleClipping, quote: 'China supplies 80% of tungsten.', title: 'The tungsten squeeze' };

/** A cell's text and the exact cell written for it. */
const CELLS: [name: string, input: string, output: string][] = [
  ['plain', 'plain', '"plain"'],
  ['comma', 'a,b', '"a,b"'],
  ['quotes', 'say "hi"', '"say ""hi"""'],
  ['line break', 'line\nbreak', '"line\nbreak"'],
  ['semicolon', 'a;b', '"a;b"'],
  ['equals', '=HYPERLINK("http://evil","x")', '"\'=HYPERLINK(""http://evil"",""x"")"'],
  ['plus', '+1', '"\'+1"'],
  ['minus', '-2', '"\'-2"'],
  ['at', '@SUM(A1)', '"\'@SUM(A1)"'],
  ['tab', '\tx', '"\'\tx"'],
  ['carriage return', '\rx', '"\'\rx"'],
  ['spaces, then equals', '   =1+1', '"\'   =1+1"'],
  ['newline, then equals', '\n=1+1', '"\'\n=1+1"'],
  ['no-break space, then equals', '\u00A0=1', '"\'\u00A0=1"'],
  ['ideographic space, then plus', '\u3000+1', '"\'\u3000+1"'],
  ['zero-width space, then at', '\u200B@x', '"\'\u200B@x"'],
  ['byte order mark, then minus', '\uFEFF-1', '"\'\uFEFF-1"'],
  ['spaces, then tab', '  \tx', '"\'  \tx"'],
  ['full-width equals', '＝HYPERLINK("http://evil")', '"\'＝HYPERLINK(""http://evil"")"'],
  ['full-width plus', '＋1', '"\'＋1"'],
  ['full-width minus', '－1', '"\'－1"'],
  ['full-width at', '＠SUM(A1)', '"\'＠SUM(A1)"'],
  ['equals later in the cell', 'a=b', '"a=b"'],
  ['formula after a semicolon', 'Cobalt fell;=HYPERLINK("http://evil","x")', '"Cobalt fell;=HYPERLINK(""http://evil"",""x"")"'],
  ['empty', '', '""'],
];

describe('csvCell', () => {
  it.each(CELLS)('%s', (_name, input, output) => {
    expect(csvCell(input)).toBe(output);
  });
});

describe('every field of a clipping', () => {
  const hostile = '=cmd|\' /C calc\'!A0';
  const fields: [name: string, clipping: Clipping, column: number][] = [
    ['site', { ...base, site: hostile }, 3],
    ['title', { ...base, title: hostile }, 5],
    ['quote', { ...base, quote: hostile }, 6],
    ['note', { ...base, note: hostile }, 7],
    ['tags', { ...base, tags: [hostile, 'b'] }, 8],
    ['entity labels', { ...base, entities: [{ id: 'deal', type: 'deal', label: hostile }] }, 9],
  ];

  it.each(fields)('%s is guarded', (_name, clipping, column) => {
    const row = readCsv(clippingsToCsv([clipping]), ',')[1]!;
    expect(row[column]!.startsWith(`'${hostile}`)).toBe(true);
    expect(row.every((cell) => !/^\s*[=+\-@＝＋－＠\t\r]/.test(cell))).toBe(true);
  });
});

/**
 * Reads CSV as spreadsheets do, with `delimiter` between cells: a `"` opens or closes a quoted
 * stretch wherever it is (`""` inside one is a quote), and a delimiter or line end inside a quoted
 * stretch is text.
 */
function readCsv(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = text.startsWith('\uFEFF') ? 1 : 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char !== '"') cell += char;
      else if (text[i + 1] === '"') cell += text[++i];
      else quoted = false;
    } else if (char === '"') {
      quoted = true;
    } else if (char === delimiter) {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      rows.push([...row, cell]);
      row = [];
      cell = '';
      i += 1;
    } else {
      cell += char;
    }
  }
  return rows;
}

describe('clippingsToCsv', () => {
  it('starts with a BOM and a header, quotes every field, ends rows with CRLF, and keeps Chinese', () => {
    const csv = clippingsToCsv([{ ...base, quote: '中国, "稀土"', note: '=cmd|\' /C calc\'!A0' }]);
    expect(csv.startsWith('\uFEFF"id","created","updated","site","url","title","quote","note","tags","entities","entity_ids"\r\n')).toBe(true);
    expect(csv.split('\r\n')[1]).toBe(
      [
        '"c1"',
        '"2025-03-04T10:00:00.000Z"',
        '"2025-03-04T10:00:00.000Z"',
        '"example.com"',
        '"https://www.example.com/story?id=1"',
        '"The tungsten squeeze"',
        '"中国, ""稀土"""',
        '"\'=cmd|\' /C calc\'!A0"',
        '"supply chain; prices"',
        '"China; tungsten"',
        '"country:CN; mineral:tungsten"',
      ].join(','),
    );
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('reads back as the same cells', () => {
    const clipping = { ...base, quote: 'two\r\nlines, "quoted"', note: '' };
    const [header, row] = readCsv(clippingsToCsv([clipping]), ',');
    expect(header).toHaveLength(11);
    expect(row![6]).toBe('two\r\nlines, "quoted"');
    expect(row![7]).toBe('');
  });

  it('keeps `Cobalt fell;=HYPERLINK(…)` inside one cell in a spreadsheet that splits on semicolons', () => {
    const quote = 'Cobalt fell;=HYPERLINK("http://evil.example","Click")';
    const rows = readCsv(clippingsToCsv([{ ...base, quote }]), ';');
    // Every `;` is inside a quoted field, so each line stays one cell, which starts with the id.
    expect(rows.map((row) => row.length)).toEqual([1, 1]);
    expect(rows[1]![0]!.startsWith('c1,')).toBe(true);
    expect(rows[1]![0]).toContain('Cobalt fell;=HYPERLINK("http://evil.example","Click")');
    // Unquoted, as the export wrote a cell without a comma or a quote before, the same text
    // gives a cell that is a formula.
    const unquoted = `c1,${quote}\r\n`;
    expect(readCsv(unquoted, ';')[0]).toEqual(['c1,Cobalt fell', '=HYPERLINK(http://evil.example,Click)']);
  });
});
