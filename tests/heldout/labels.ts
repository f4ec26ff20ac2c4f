/**
 * The hand-written label format shared by the labelled sets (tests/heldout, tests/heldout-b,
 * tests/dev-extra), and how its labels are placed on a record's text.
 *
 *   # h001                          a record (any id; more words after it are the header)
 *   text: ...                       the record's text, for sets that are written here, not drawn
 *   country:CN China                a mention: type:id (or `deal`), then its surface as written
 *   opt country:US Washington       an optional mention
 *   mineral:gold gold #2            the second "gold" of the text (default: the first one not yet labelled)
 *   drop: code, not prose           the record is dropped from the set, with the reason
 *   note: ...                       a remark kept in the record
 */
import { readFileSync } from 'node:fs';

export interface LabelBlock {
  /** Words after the id on the "# id" line (e.g. "en trap"). */
  header: string[];
  /** Every other line of the block, trimmed, in order. */
  lines: string[];
}

export interface Mention {
  start: number;
  end: number;
  surface: string;
  type: string;
  id: string;
  optional?: true;
}

/** Blocks by id, in file order; fails on a label before any "# id" line or an id given twice. */
export function readLabelBlocks(path: string): Map<string, LabelBlock> {
  const blocks = new Map<string, LabelBlock>();
  let current: LabelBlock | undefined;
  for (const [n, raw] of readFileSync(path, 'utf8').split('\n').entries()) {
    const line = raw.trim();
    if (!line) continue;
    const head = /^# ([a-z]+\d+)\b(.*)$/.exec(line);
    if (head) {
      if (blocks.has(head[1])) throw new Error(`${path}:${n + 1}: ${head[1]} labelled twice`);
      current = { header: head[2].trim().split(/\s+/).filter(Boolean), lines: [] };
      blocks.set(head[1], current);
    } else if (!current) throw new Error(`${path}:${n + 1}: a label before any "# id" line`);
    else current.lines.push(line);
  }
  return blocks;
}

export interface Placed {
  mentions: Mention[];
  notes: string[];
  /** The reason, when the record is dropped. */
  drop?: string;
}

/** Places a block's labels on `text`; fails, naming the record, on a surface that is not there. */
export function placeLabels(id: string, text: string, lines: string[]): Placed {
  const drop = lines.find((l) => l.startsWith('drop:'));
  if (drop) return { mentions: [], notes: [], drop: drop.slice(5).trim() };
  const notes = lines.filter((l) => l.startsWith('note:')).map((l) => l.slice(5).trim());
  const mentions: Mention[] = [];
  for (const line of lines.filter((l) => !l.startsWith('note:') && !l.startsWith('text:'))) {
    const m = /^(opt\s+)?(deal|(?:mineral|country):[\w-]+)\s+(.+?)(?:\s+#(\d+))?$/.exec(line);
    if (!m) throw new Error(`${id}: cannot read "${line}"`);
    const [, opt, typeId, surface, nth] = m;
    const type = typeId === 'deal' ? 'deal' : typeId.split(':')[0];
    // Where the surface stands on its own: whole words for Latin script ("Sudan" is not the one in
    // "South Sudan"). Without #n, the first such place not inside a mention of the same type
    // already placed (the 中 of 中国, the first "Taiwan" when it is labelled twice).
    const places: number[] = [];
    for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
      const wordEdge = (i: number) => i < 0 || i >= text.length || !/[\p{Script=Latin}\p{N}]/u.test(text[i]);
      if (/[A-Za-z]/.test(surface) && (!wordEdge(at - 1) || !wordEdge(at + surface.length))) continue;
      places.push(at);
    }
    const free = (at: number) => !mentions.some((x) => x.type === type && x.start < at + surface.length && at < x.end);
    const at = (nth ? places[Number(nth) - 1] : places.find(free)) ?? -1;
    if (at < 0) throw new Error(`${id}: "${surface}"${nth ? ` #${nth}` : ''} is not in the text (or every place of it is labelled already)`);
    const mention: Mention = { start: at, end: at + surface.length, surface, type, id: typeId };
    if (opt) mention.optional = true;
    mentions.push(mention);
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return { mentions, notes };
}
