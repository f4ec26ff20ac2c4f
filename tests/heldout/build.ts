/**
 * Turns the hand-written labels (tests/heldout/labels.txt) and the drawn sentences
 * (tests/heldout/drawn.jsonl) into the set itself, tests/heldout/heldout.jsonl, in the gold set's
 * record format. Fails, naming the record, on a surface that is not in the text or on a record
 * without labels.
 *
 * labels.txt, one block per drawn record, in order:
 *   # h001                          the record
 *   country:CN China                a mention: type:id (or `deal`), then its surface as written
 *   opt country:US Washington       an optional mention
 *   mineral:gold gold #2            the second "gold" of the text (default: the first one not yet labelled)
 *   drop: code, not prose           the record is dropped from the set, with the reason
 *   note: ...                       a remark kept in the record
 *
 *   npx tsx tests/heldout/build.ts [--check]    (--check: fail if heldout.jsonl is not what labels.txt gives)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = import.meta.dirname;
const drawn: { id: string; lang: string; kind: string; page: string; url?: string; text: string }[] = readFileSync(join(dir, 'drawn.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l));
const blocks = new Map<string, string[]>();
let current: string[] | undefined;
for (const [n, raw] of readFileSync(join(dir, 'labels.txt'), 'utf8').split('\n').entries()) {
  const line = raw.trim();
  if (!line) continue;
  const head = /^# (h\d{3})\b/.exec(line);
  if (head) {
    if (blocks.has(head[1])) throw new Error(`labels.txt:${n + 1}: ${head[1]} labelled twice`);
    current = [];
    blocks.set(head[1], current);
  } else if (!current) throw new Error(`labels.txt:${n + 1}: a label before any "# hNNN" line`);
  else current.push(line);
}

interface Mention {
  start: number;
  end: number;
  surface: string;
  type: string;
  id: string;
  optional?: true;
}

const out: string[] = [];
const dropped: string[] = [];
for (const record of drawn) {
  const lines = blocks.get(record.id);
  if (!lines) throw new Error(`${record.id} has no labels (write "# ${record.id}" with its mentions, or none)`);
  const drop = lines.find((l) => l.startsWith('drop:'));
  if (drop) {
    dropped.push(`${record.id}: ${drop.slice(5).trim()}`);
    continue;
  }
  const notes = lines.filter((l) => l.startsWith('note:')).map((l) => l.slice(5).trim());
  const mentions: Mention[] = [];
  for (const line of lines.filter((l) => !l.startsWith('note:'))) {
    const m = /^(opt\s+)?(deal|(?:mineral|country):[\w-]+)\s+(.+?)(?:\s+#(\d+))?$/.exec(line);
    if (!m) throw new Error(`${record.id}: cannot read "${line}"`);
    const [, opt, typeId, surface, nth] = m;
    const type = typeId === 'deal' ? 'deal' : typeId.split(':')[0];
    // Where the surface stands on its own: whole words for Latin script ("Sudan" is not the one in
    // "South Sudan"). Without #n, the first such place not inside a mention of the same type
    // already placed (the 中 of 中国, the first "Taiwan" when it is labelled twice).
    const places: number[] = [];
    for (let at = record.text.indexOf(surface); at >= 0; at = record.text.indexOf(surface, at + 1)) {
      const wordEdge = (i: number) => i < 0 || i >= record.text.length || !/[\p{Script=Latin}\p{N}]/u.test(record.text[i]);
      if (/[A-Za-z]/.test(surface) && (!wordEdge(at - 1) || !wordEdge(at + surface.length))) continue;
      places.push(at);
    }
    const free = (at: number) => !mentions.some((x) => x.type === type && x.start < at + surface.length && at < x.end);
    const at = (nth ? places[Number(nth) - 1] : places.find(free)) ?? -1;
    if (at < 0) throw new Error(`${record.id}: "${surface}"${nth ? ` #${nth}` : ''} is not in the text (or every place of it is labelled already)`);
    const mention: Mention = { start: at, end: at + surface.length, surface, type, id: typeId };
    if (opt) mention.optional = true;
    mentions.push(mention);
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const { id, lang, kind, page, url, text } = record;
  out.push(JSON.stringify({ id, lang, kind, text, page, ...(url ? { source: url } : {}), mentions, ...(notes.length ? { notes } : {}) }));
}
const built = out.join('\n') + '\n';
if (process.argv.includes('--check')) {
  if (readFileSync(join(dir, 'heldout.jsonl'), 'utf8') !== built) {
    console.error('heldout.jsonl is not what labels.txt gives: run npx tsx tests/heldout/build.ts');
    process.exit(1);
  }
} else writeFileSync(join(dir, 'heldout.jsonl'), built);
console.log(`${out.length} records written, ${dropped.length} dropped${dropped.length ? `:\n  ${dropped.join('\n  ')}` : ''}`);
