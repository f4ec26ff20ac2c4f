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

/**
 * Whether a text node's parent is rendered. A clipping holds what the reader saw: a page can hide
 * text next to what it shows (screen-reader spans, collapsed teasers, or words planted to ride
 * along into the reader's clippings), and `textContent` would take it all. Asked only when the
 * reader saves, so forcing style here costs nothing on page load.
 */
function rendered(element: Element, seen: Map<Element, boolean>): boolean {
  let answer = seen.get(element);
  if (answer === undefined) {
    answer = !NEVER_TEXT.has(element.localName) && (typeof element.checkVisibility !== 'function' || element.checkVisibility({ visibilityProperty: true, opacityProperty: true }));
    seen.set(element, answer);
  }
  return answer;
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
    if (t.parentElement && rendered(t.parentElement, seen)) text += t.data;
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
