/**
 * Reading the page's visible text without touching it: a TreeWalker over text nodes that skips
 * scripts, styles, form fields, editable regions, hidden elements and Assay's own UI. Text is
 * gathered into chunks; each chunk remembers which text node each of its characters came from,
 * so recognizer offsets map back to DOM positions.
 */
import { BLOCK_ELEMENTS, SKIPPED_ELEMENTS } from '../../lib/text/page-structure.ts';

/** Separates blocks in a chunk. It is not a separator to the alias matcher, so no match crosses it. */
export const BLOCK_BREAK = '\u2029';

export interface Segment {
  node: Text;
  /** Offset of the node's first character in the chunk text. */
  start: number;
}

export interface Chunk {
  text: string;
  segments: Segment[];
}

/**
 * Cheap checks, run on every element the walk meets. Styles are not read here (that would force
 * a layout in the middle of the scan); unrendered text is dropped later (see assay.ts).
 */
function skippedByMarkup(element: Element): boolean {
  return element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true' || (element as HTMLElement).isContentEditable;
}


/** Walks the visible text under `root` and hands out chunks of about `chunkSize` characters. */
export class TextWalk {
  private readonly walker: TreeWalker;
  private lastParent: Element | null = null;
  private lastBlock: Element | null = null;
  /** Nodes the filter has seen: the deadline is checked by these, since markup can far outnumber text. */
  private visited = 0;
  /** A block element began since the last text: a `<br>` or `<hr>` holds no text, yet it ends a line. */
  private crossedBlock = false;
  /** Only spaces since the last text, as between `<b>South</b> <b>Africa</b>`. */
  private crossedSpace = false;
  done = false;

  constructor(
    root: Node,
    private readonly isOwnUi: (element: Element) => boolean,
  ) {
    const doc = root.ownerDocument ?? (root as Document);
    this.walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => {
        this.visited++;
        if (node.nodeType === Node.TEXT_NODE) {
          if (/\S/.test((node as Text).data)) return NodeFilter.FILTER_ACCEPT;
          // Not worth a segment of its own, but it keeps the words on either side apart.
          this.crossedSpace = true;
          return NodeFilter.FILTER_SKIP;
        }
        const element = node as Element;
        if (SKIPPED_ELEMENTS.has(element.localName) || this.isOwnUi(element) || skippedByMarkup(element)) return NodeFilter.FILTER_REJECT;
        if (BLOCK_ELEMENTS.has(element.localName)) this.crossedBlock = true;
        return NodeFilter.FILTER_SKIP;
      },
    });
    // The root itself may be a text node (a mutation added one) or inside a skipped element.
    if (root.nodeType === Node.TEXT_NODE) this.pendingRootText = root as Text;
  }

  private pendingRootText: Text | null = null;

  private blockAncestor(parent: Element): Element {
    if (parent === this.lastParent && this.lastBlock) return this.lastBlock;
    let block: Element | null = parent;
    while (block && !BLOCK_ELEMENTS.has(block.localName)) block = block.parentElement;
    const result = block ?? parent;
    this.lastParent = parent;
    this.lastBlock = result;
    return result;
  }

  /**
   * The next chunk, or null when the walk is over. Stops early when `deadline` (a
   * `performance.now()` value) passes, so one call never holds the main thread for long.
   */
  next(chunkSize: number, deadline: number): Chunk | null {
    if (this.done) return null;
    let text = '';
    const segments: Segment[] = [];
    let block: Element | null = null;
    let checkedAt = this.visited;
    while (text.length < chunkSize) {
      let node: Node | null;
      if (this.pendingRootText) {
        node = this.pendingRootText;
        this.pendingRootText = null;
      } else node = this.walker.nextNode();
      if (!node) {
        this.done = true;
        break;
      }
      const textNode = node as Text;
      const parent = textNode.parentElement;
      if (!parent) continue;
      const nodeBlock = this.blockAncestor(parent);
      if (block !== null && (nodeBlock !== block || this.crossedBlock)) text += BLOCK_BREAK;
      else if (block !== null && this.crossedSpace) text += ' ';
      this.crossedBlock = false;
      this.crossedSpace = false;
      block = nodeBlock;
      segments.push({ node: textNode, start: text.length });
      text += textNode.data;
      if (this.visited - checkedAt >= 64) {
        checkedAt = this.visited;
        if (performance.now() > deadline) break;
      }
    }
    return segments.length ? { text, segments } : this.done ? null : { text: '', segments: [] };
  }
}

/** Finds the segment that holds chunk offset `offset` (binary search over segment starts). */
export function segmentAt(chunk: Chunk, offset: number): Segment | undefined {
  let lo = 0;
  let hi = chunk.segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = chunk.segments[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.start + s.node.data.length) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** A live DOM Range for chunk offsets [start, end), or null when they do not map to text. */
export function rangeFor(chunk: Chunk, start: number, end: number): Range | null {
  const a = segmentAt(chunk, start);
  const b = segmentAt(chunk, end - 1);
  if (!a || !b) return null;
  const range = a.node.ownerDocument.createRange();
  range.setStart(a.node, start - a.start);
  range.setEnd(b.node, end - b.start);
  return range;
}
