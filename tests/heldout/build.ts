/**
 * Turns the hand-written labels (tests/heldout/labels.txt, format in labels.ts) and the drawn
 * sentences (tests/heldout/drawn.jsonl) into the set itself, tests/heldout/heldout.jsonl, in the
 * gold set's record format. Fails, naming the record, on a surface that is not in the text or on
 * a record without labels. tests/heldout-b uses the same script on its own folder.
 *
 *   npx tsx tests/heldout/build.ts [--dir DIR] [--check]
 *     --dir DIR   the set's folder (default tests/heldout); its output is DIR/<folder name>.jsonl
 *     --check     fail if the output is not what the labels give
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { placeLabels, readLabelBlocks } from './labels.ts';

const dirAt = process.argv.indexOf('--dir');
const dir = dirAt >= 0 ? resolve(process.argv[dirAt + 1]) : import.meta.dirname;
const output = join(dir, `${basename(dir)}.jsonl`);
const drawn: { id: string; lang: string; kind: string; page: string; url?: string; text: string }[] = readFileSync(join(dir, 'drawn.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l));
const blocks = readLabelBlocks(join(dir, 'labels.txt'));

const out: string[] = [];
const dropped: string[] = [];
for (const record of drawn) {
  const block = blocks.get(record.id);
  if (!block) throw new Error(`${record.id} has no labels (write "# ${record.id}" with its mentions, or none)`);
  const { mentions, notes, drop } = placeLabels(record.id, record.text, block.lines);
  if (drop) {
    dropped.push(`${record.id}: ${drop}`);
    continue;
  }
  const { id, lang, kind, page, url, text } = record;
  out.push(JSON.stringify({ id, lang, kind, text, page, ...(url ? { source: url } : {}), mentions, ...(notes.length ? { notes } : {}) }));
}
const built = out.join('\n') + '\n';
if (process.argv.includes('--check')) {
  if (readFileSync(output, 'utf8') !== built) {
    console.error(`${basename(output)} is not what labels.txt gives: run npx tsx tests/heldout/build.ts${dirAt >= 0 ? ` --dir ${process.argv[dirAt + 1]}` : ''}`);
    process.exit(1);
  }
} else writeFileSync(output, built);
console.log(`${out.length} records written, ${dropped.length} dropped${dropped.length ? `:\n  ${dropped.join('\n  ')}` : ''}`);
