/**
 * What a clipping takes from the page: a quote with some text before and after it (to find the
 * passage again), and the entities the quote mentions. From the user's selection (the popup's
 * "Save clipping") or from the sentence around a mention (the popover's).
 */
import type { Mention } from '../../lib/model.ts';
import { sentenceAt } from '../../lib/recognize/context.ts';
import { BLOCK_ELEMENTS } from '../../lib/text/page-structure.ts';
import type { ClippingEntity } from '../../lib/records/types.ts';

const CONTEXT_CHARS = 64;
const MAX_QUOTE = 20_000;

export interface ClipParts {
  quote: string;
  prefix: string;
  suffix: string;
}

function blockOf(node: Node): Element {
  let element: Element | null = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  while (element && !BLOCK_ELEMENTS.has(element.localName)) element = element.parentElement;
  return element ?? document.body;
}

const NEVER_TEXT = new Set(['script', 'style', 'noscript', 'template', 'svg']);

/** A computed colour whose alpha is zero (`transparent`, `rgba(…, 0)`, `… / 0)`); black's `rgb(0, 0, 0)` is not. */
const invisibleColour = (colour: string) =>
  colour === 'transparent' || /^rgba\((?:[^,]+,){3}\s*0(?:\.0+)?\s*\)$/.test(colour) || /\/\s*0(?:\.0+)?\s*\)$/.test(colour);

/**
 * Whether an element lets its text be seen: rendered at all (not display:none, visibility:hidden
 * or opacity 0, itself or an ancestor), with glyphs of some size and colour, and not clipped to
 * nothing or shrunk to a pixel (the usual "screen-reader only" pattern). Asked only when the
 * reader saves, so reading styles here costs nothing on page load.
 */
function showsText(element: Element, seen: Map<Element, boolean>): boolean {
  let answer = seen.get(element);
  if (answer !== undefined) return answer;
  answer = !NEVER_TEXT.has(element.localName) && (typeof element.checkVisibility !== 'function' || element.checkVisibility({ visibilityProperty: true, opacityProperty: true }));
  if (answer) {
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    const clipped = /^rect\(0(px)?[ ,]+0(px)?[ ,]+0(px)?[ ,]+0(px)?\)$/.test(style.clip) || /inset\(50%/.test(style.clipPath);
    const pixel = style.display !== 'contents' && (box.width <= 1 || box.height <= 1) && style.overflow !== 'visible';
    answer = Number.parseFloat(style.fontSize) >= 2 && !invisibleColour(style.color) && !clipped && !pixel;
  }
  // An ancestor that hides its content hides this element's text too.
  if (answer && element.parentElement && element.parentElement !== document.body) answer = showsText(element.parentElement, seen);
  seen.set(element, answer);
  return answer;
}

/**
 * Whether the reader can see a text node. A clipping holds what the reader saw: a page can hide
 * text next to what it shows (screen-reader spans, collapsed teasers, or words planted to ride
 * along into the reader's clippings), and `textContent` would take it all. Beyond its element's
 * style, its own boxes must have a size and lie on the page (not pushed off to the left or top).
 */
function visible(t: Text, seen: Map<Element, boolean>): boolean {
  if (!t.parentElement || !showsText(t.parentElement, seen)) return false;
  if (!t.data.trim()) return true; // spaces between words: no box of their own to check
  const range = document.createRange();
  range.selectNodeContents(t);
  for (const rect of range.getClientRects()) {
    if (rect.width >= 1 && rect.height >= 2 && rect.right + window.scrollX > 0 && rect.bottom + window.scrollY > 0) return true;
  }
  return false;
}

/** The rendered text of `block`, and the offset in it of a boundary point. */
function textAndOffset(block: Element, node: Node, offset: number): { text: string; at: number } {
  const boundary = document.createRange();
  boundary.setStart(node, offset);
  const seen = new Map<Element, boolean>();
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  let text = '';
  let at: number | undefined;
  for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
    if (t === node) at = text.length + offset;
    else if (at === undefined && boundary.comparePoint(t, 0) > 0) at = text.length;
    if (visible(t, seen)) text += t.data;
    else if (t === node) at = text.length;
  }
  return { text, at: at ?? text.length };
}

const squash = (s: string) => s.replace(/\s+/g, ' ');

/** The sentence around a mention, with context before and after. */
export function clipAroundRange(range: Range): ClipParts {
  const block = blockOf(range.startContainer);
  const { text, at } = textAndOffset(block, range.startContainer, range.startOffset);
  const sentence = sentenceAt(text, Math.min(at, Math.max(0, text.length - 1)));
  return {
    quote: squash(text.slice(sentence.start, sentence.end)).trim().slice(0, MAX_QUOTE),
    prefix: squash(text.slice(Math.max(0, sentence.start - CONTEXT_CHARS), sentence.start)).trimStart(),
    suffix: squash(text.slice(sentence.end, sentence.end + CONTEXT_CHARS)).trimEnd(),
  };
}

/** The user's selection with its context, or null when nothing is selected. */
export function clipSelection(selection: Selection | null): ClipParts | null {
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const startBlock = blockOf(range.startContainer);
  const endBlock = blockOf(range.endContainer);
  const start = textAndOffset(startBlock, range.startContainer, range.startOffset);
  const end = textAndOffset(endBlock, range.endContainer, range.endOffset);
  // Within one block the rendered text between the two points; across blocks the selection's
  // own text (browsers serialize a selection from what is rendered).
  const quote = squash(startBlock === endBlock ? start.text.slice(start.at, end.at) : selection.toString()).trim();
  if (!quote) return null;
  return {
    quote: quote.slice(0, MAX_QUOTE),
    prefix: squash(start.text.slice(Math.max(0, start.at - CONTEXT_CHARS), start.at)).trimStart(),
    suffix: squash(end.text.slice(end.at, end.at + CONTEXT_CHARS)).trimEnd(),
  };
}

/** The distinct entities of a quote, as a clipping stores them (deals found only in text excluded). */
export function entitiesOf(mentions: Mention[], label: (id: string) => string): ClippingEntity[] {
  const seen = new Map<string, ClippingEntity>();
  for (const m of mentions) {
    if (m.id === 'deal' || seen.has(m.id)) continue;
    seen.set(m.id, { id: m.id, type: m.type, label: label(m.id) });
  }
  return [...seen.values()];
}
