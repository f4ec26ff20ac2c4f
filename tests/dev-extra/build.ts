/**
 * Turns tests/dev-extra/sentences*.txt (sentences written for Assay, with their labels, in the
 * format of tests/heldout/labels.ts; each block's header is "<lang> <kind>") into
 * tests/dev-extra/dev-extra.jsonl, in the gold set's record format. A tuning set, like
 * ../shared/gold/dev.jsonl: see README.md.
 *
 *   npx tsx tests/dev-extra/build.ts [--check]
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { placeLabels, readLabelBlocks } from '../heldout/labels.ts';

const dir = import.meta.dirname;
const output = join(dir, 'dev-extra.jsonl');
const out: string[] = [];
// sentences.txt first, then each later batch (sentences-<subject>.txt) in name order.
const files = readdirSync(dir).filter((f) => /^sentences(-[a-z0-9-]+)?\.txt$/.test(f)).sort();
const seen = new Set<string>();
for (const [id, block] of files.flatMap((f) => [...readLabelBlocks(join(dir, f))])) {
  if (seen.has(id)) throw new Error(`${id}: the id is used twice`);
  seen.add(id);
  const [lang, kind] = block.header;
  if (!/^(en|zh)$/.test(lang) || !/^(trap|topic)$/.test(kind)) throw new Error(`${id}: the header must be "<en|zh> <trap|topic>"`);
  const textLine = block.lines.find((l) => l.startsWith('text:'));
  if (!textLine) throw new Error(`${id}: no "text:" line`);
  const text = textLine.slice(5).trim();
  const { mentions, notes, drop } = placeLabels(id, text, block.lines);
  if (drop) throw new Error(`${id}: a written sentence is rewritten, not dropped`);
  out.push(JSON.stringify({ id, lang, kind, text, source: 'written for Assay', mentions, ...(notes.length ? { notes } : {}) }));
}
const built = out.join('\n') + '\n';
if (process.argv.includes('--check')) {
  if (readFileSync(output, 'utf8') !== built) {
    console.error('dev-extra.jsonl is not what sentences.txt gives: run npx tsx tests/dev-extra/build.ts');
    process.exit(1);
  }
} else writeFileSync(output, built);
console.log(`${out.length} records written`);
