/**
 * Scanning the page in slices: walk some text, recognize it, turn mentions into ranges, then
 * give the main thread back, so no task Assay runs takes long even on a 2 MB page. Chunks where
 * a rule was unsure are kept, and scanned again once compromise is loaded.
 */
import type { Mention } from '../../lib/model.ts';
import type { AliasIndex } from '../../lib/recognize/alias-index.ts';
import type { DealKey } from '../../lib/recognize/deals/link.ts';
import type { Nlp } from '../../lib/recognize/nlp.ts';
import { recognizeDetailed, type SenseMemory } from '../../lib/recognize/recognize.ts';
import type { EntityType } from '../../lib/model.ts';
import { rangeFor, TextWalk, type Chunk } from './text-walk.ts';
import type { MentionRecord } from './mentions.ts';

/** Characters of text per recognizer call: a few milliseconds of work once the code is warm. */
const CHUNK_CHARS = 4_000;
/** The first calls run cold (interpreted, compiling as they go), so the first chunks are small. */
const FIRST_CHUNK_CHARS = 800;
/** Longest stretch of work before yielding to the page. */
const SLICE_MS = 8;

export interface ScanContext {
  index: AliasIndex;
  /** One reading per word across the whole page (see RecognizeOptions.senseMemory). */
  senseMemory: SenseMemory;
  deals: DealKey[];
  types: () => Record<EntityType, boolean>;
  nlp: () => Nlp | undefined;
  isOwnUi: (element: Element) => boolean;
  /** Called with the records of each recognized chunk, as soon as it is done. */
  onRecords: (records: Omit<MentionRecord, 'key'>[], chunk: Chunk) => MentionRecord[];
  /** Whether scanning should stop (the script was invalidated or Assay switched off). */
  cancelled: () => boolean;
}

export interface ScanStats {
  chunks: number;
  mentions: number;
  /** Chunks with a decision that needs compromise, waiting for it. */
  unsure: { chunk: Chunk; records: MentionRecord[] }[];
  longestSliceMs: number;
  /** Main-thread time of the slices together (walking, recognizing, drawing), without the waits. */
  workMs: number;
}

/** Lets the page run (input, rendering) before Assay goes on. */
export const yieldToPage = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
};

function labelOf(index: AliasIndex, m: Mention): string {
  const entity = index.entityIndex.get(m.id);
  return entity === undefined ? m.surface : index.entities[entity].label;
}

/** Recognizes `chunk.text[from, to)` and maps its mentions to DOM ranges. */
export function recognizeChunk(ctx: ScanContext, chunk: Chunk, from = 0, to = chunk.text.length): { records: Omit<MentionRecord, 'key'>[]; unsure: number } {
  const text = from === 0 && to === chunk.text.length ? chunk.text : chunk.text.slice(from, to);
  const result = recognizeDetailed(text, { index: ctx.index, deals: ctx.deals, nlp: ctx.nlp(), types: ctx.types(), senseMemory: ctx.senseMemory });
  const records: Omit<MentionRecord, 'key'>[] = [];
  for (const m of result.mentions) {
    const range = rangeFor(chunk, m.start + from, m.end + from);
    if (!range) continue;
    // Deal phrases the dataset does not know share the id `deal`, which is also their label: the
    // popup and the side panel name them in the reader's language.
    records.push({ id: m.id, type: m.type, label: m.type === 'deal' && m.id === 'deal' ? m.id : labelOf(ctx.index, m), surface: m.surface, range, deal: m.deal });
  }
  return { records, unsure: result.unsure };
}

/** Cuts a long text into windows of about CHUNK_CHARS, at a sentence or line end where possible. */
export function windows(text: string): [number, number][] {
  if (text.length <= CHUNK_CHARS * 1.5) return [[0, text.length]];
  const out: [number, number][] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + CHUNK_CHARS);
    if (end < text.length) {
      const slice = text.slice(start + (CHUNK_CHARS >> 1), end);
      const cut = Math.max(slice.lastIndexOf('. '), slice.lastIndexOf('\n'), slice.lastIndexOf('\u2029'), slice.lastIndexOf('。'));
      if (cut >= 0) end = start + (CHUNK_CHARS >> 1) + cut + 1;
      else {
        const space = text.lastIndexOf(' ', end);
        if (space > start + (CHUNK_CHARS >> 1)) end = space + 1;
      }
    }
    out.push([start, end]);
    start = end;
  }
  return out;
}

function endSlice(stats: ScanStats, sliceStart: number): void {
  const ms = performance.now() - sliceStart;
  stats.longestSliceMs = Math.max(stats.longestSliceMs, ms);
  stats.workMs += ms;
}

/** Scans the visible text under `roots`, slice by slice. */
export async function scanRoots(ctx: ScanContext, roots: Node[]): Promise<ScanStats> {
  const stats: ScanStats = { chunks: 0, mentions: 0, unsure: [], longestSliceMs: 0, workMs: 0 };
  let chunkChars = FIRST_CHUNK_CHARS;
  // A task of its own for the first slice: the caller's task (the settings answer, loading the
  // alias index) has already used part of the page's time.
  for (const root of roots) {
    const walk = new TextWalk(root, ctx.isOwnUi);
    while (!walk.done) {
      if (ctx.cancelled()) return stats;
      let sliceStart = performance.now();
      let deadline = sliceStart + SLICE_MS;
      while (!walk.done && performance.now() < deadline) {
        const chunk = walk.next(chunkChars, deadline);
        chunkChars = Math.min(CHUNK_CHARS, chunkChars * 2);
        if (!chunk || !chunk.segments.length) continue;
        // One enormous text node makes one enormous chunk: recognize it window by window,
        // yielding between windows.
        for (const [from, to] of windows(chunk.text)) {
          if (performance.now() > deadline) {
            endSlice(stats, sliceStart);
            await yieldToPage();
            if (ctx.cancelled()) return stats;
            sliceStart = performance.now();
            deadline = sliceStart + SLICE_MS;
          }
          const { records, unsure } = recognizeChunk(ctx, chunk, from, to);
          const added = ctx.onRecords(records, chunk);
          stats.mentions += added.length;
          if (unsure > 0) stats.unsure.push({ chunk, records: added });
        }
        stats.chunks++;
      }
      endSlice(stats, sliceStart);
      if (!walk.done) await yieldToPage();
    }
  }
  return stats;
}
