/**
 * `npm run -s scan -- FILE`: the mentions in a .txt or .html file (for HTML, its visible text),
 * as a readable table.
 *   --format json         a JSON array of mentions, start/end as UTF-16 offsets into the text
 *   --jsonl FILE.jsonl    reads JSON lines with a `text` field, writes each back with `mentions`
 *   --date YYYY-MM-DD     the page's date, so deals signed after it are not linked
 *   --why                 say which alias or rule made each mention (debug mode)
 * A name spelled with look-alike letters of another script ("Сhina" with a Cyrillic С) is flagged:
 * "mixed script" in the table, `"mixedScript": true` in JSON.
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Mention } from '../lib/model.ts';
import { makeRecognizer } from './lib/recognizer.ts';
import { decodeHtml, visibleText } from './lib/visible-text.ts';

function usage(message?: string): never {
  if (message) console.error(`scan: ${message}`);
  console.error('usage: npm run -s scan -- [--format table|json] [--date YYYY-MM-DD] [--why] FILE.txt|FILE.html\n       npm run -s scan -- [--why] --jsonl FILE.jsonl');
  process.exit(2);
}

const args = process.argv.slice(2);
let format = 'table';
let jsonl: string | undefined;
let date: string | undefined;
let debug = false;
const files: string[] = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--format') format = args[++i] ?? usage('--format needs a value');
  else if (a === '--json') format = 'json';
  else if (a === '--jsonl') jsonl = args[++i] ?? usage('--jsonl needs a file');
  else if (a === '--date') date = args[++i] ?? usage('--date needs a value');
  else if (a === '--why') debug = true;
  else if (a === '-h' || a === '--help') usage();
  else if (a.startsWith('--')) usage(`unknown option ${a}`);
  else files.push(a);
}
if (!['table', 'json'].includes(format)) usage(`unknown format ${format}`);
if (date && !/^\d{4}-\d{2}-\d{2}$/.test(date)) usage('--date must be YYYY-MM-DD');
if (!jsonl && files.length !== 1) usage(files.length ? 'give one file' : 'no file given');

const recognizer = makeRecognizer(true);
const recognize = (text: string) => recognizer(text, { date, debug });

function readText(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    usage(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  return /\.html?$/i.test(file) ? visibleText(decodeHtml(bytes)) : bytes.toString('utf8');
}

function printTable(mentions: Mention[]): void {
  if (!mentions.length) {
    console.log('No mentions found.');
    return;
  }
  const rows = mentions.map((m) => [
    `${m.start}-${m.end}`,
    m.type,
    m.id,
    m.surface.replace(/\s+/g, ' '),
    [
      m.mixedScript ? 'mixed script' : '',
      m.deal ? [m.deal.value?.text, m.deal.parties.map((p) => p.slice(8)).join('+'), m.deal.minerals.map((x) => x.slice(8)).join('+')].filter(Boolean).join(' · ') : '',
      m.why ?? '',
    ].filter(Boolean).join('; '),
  ]);
  const header = ['offsets', 'type', 'id', 'surface', 'notes'];
  const widths = header.map((h, i) => Math.min(60, Math.max(h.length, ...rows.map((r) => r[i].length))));
  const line = (cells: string[]) => cells.map((c, i) => (c.length > widths[i] ? c.slice(0, widths[i] - 1) + '…' : c.padEnd(widths[i]))).join('  ').trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.type, (counts.get(m.type) ?? 0) + 1);
  console.log(`\n${mentions.length} mentions: ${[...counts].map(([t, n]) => `${n} ${t}`).join(', ')}`);
}

async function scanJsonl(file: string): Promise<void> {
  const input = file === '-' ? process.stdin : (await import('node:fs')).createReadStream(file);
  input.on('error', (error: NodeJS.ErrnoException) => usage(`cannot read ${file}: ${error.code ?? error.message}`));
  let lineNumber = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    lineNumber++;
    if (!line.trim()) continue;
    let record: Record<string, unknown>;
    try {
      record = JSON.parse(line);
    } catch {
      console.error(`scan: line ${lineNumber} is not JSON; skipped`);
      continue;
    }
    if (typeof record !== 'object' || record === null || typeof record.text !== 'string') {
      console.error(`scan: line ${lineNumber} has no "text" string; skipped`);
      continue;
    }
    const mentions = recognize(record.text).mentions;
    process.stdout.write(JSON.stringify({ ...record, mentions }) + '\n');
  }
}

if (jsonl) {
  await scanJsonl(jsonl);
} else {
  const text = readText(files[0]);
  const mentions = recognize(text).mentions;
  if (format === 'json') process.stdout.write(JSON.stringify(mentions, null, 2) + '\n');
  else printTable(mentions);
}
