/**
 * The dev-extra records, in the gold set's record format, made from tests/dev-extra/sentences*.txt
 * (sentences written for Assay, with their labels, in the format of tests/heldout/labels.ts; each
 * block's header is "<lang> <kind>"). A tuning set, like ../shared/gold/dev.jsonl: see README.md.
 * Built when read, so that no generated copy of the sentences is kept in the repository.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { placeLabels, readLabelBlocks } from '../heldout/labels.ts';

const dir = import.meta.dirname;

/** One JSON line per sentence, in file order (sentences.txt first, then each later batch by name). */
export function devExtraLines(): string[] {
  const out: string[] = [];
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
  return out;
}
