/**
 * Clicks and hovers on highlights. Highlights are not elements, so a click is hit-tested: the
 * caret position under the pointer, then the mention ranges on that text node, then the range's
 * own boxes (the caret snaps to the nearest character even in empty space).
 *
 * A highlight inside a link never takes the link's click: there the popover opens with
 * Alt+click, or when the pointer rests on the highlight (settings.hoverDelayMs).
 *
 * Only the reader's own input counts: a page can dispatch synthetic clicks and pointer moves on
 * its text (`isTrusted` false), and must not be able to open a popover that way.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { MentionRecord, MentionRegistry } from './mentions.ts';

interface CaretPoint {
  node: Node;
  offset: number;
}

function caretAt(x: number, y: number): CaretPoint | null {
  const doc = document as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null };
  if (doc.caretPositionFromPoint) {
    const p = doc.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = document.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

function inside(rect: DOMRect, x: number, y: number): boolean {
  return x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1;
}

/** The mention under the point, if any. */
export function mentionAt(registry: MentionRegistry, x: number, y: number): MentionRecord | undefined {
  const caret = caretAt(x, y);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return undefined;
  for (const record of registry.at(caret.node)) {
    if (!record.range.isPointInRange(caret.node, caret.offset) && !(caret.node === record.range.endContainer && caret.offset === record.range.endOffset)) continue;
    for (const rect of record.range.getClientRects()) if (inside(rect, x, y)) return record;
  }
  return undefined;
}

function linkOf(record: MentionRecord): Element | null {
  return record.range.startContainer.parentElement?.closest('a[href]') ?? null;
}

export interface InteractionDeps {
  ctx: ContentScriptContext;
  registry: MentionRegistry;
  open: (record: MentionRecord) => void;
  isOwnUi: (target: EventTarget) => boolean;
  hoverDelayMs: () => number;
}

export function attachInteractions(deps: InteractionDeps): void {
  const { ctx, registry } = deps;
  ctx.addEventListener(
    document,
    'click',
    (event) => {
      if (!event.isTrusted || event.defaultPrevented || event.button !== 0 || event.composedPath().some(deps.isOwnUi)) return;
      const selection = document.getSelection();
      if (selection && !selection.isCollapsed) return; // the user was selecting text
      const record = mentionAt(registry, event.clientX, event.clientY);
      if (!record) return;
      if (linkOf(record)) {
        if (!event.altKey) return; // the link keeps its click
        // Alt+click would download the link in Chromium: take it over.
        event.preventDefault();
        event.stopPropagation();
      } else if (event.ctrlKey || event.metaKey || event.shiftKey) {
        return;
      }
      deps.open(record);
    },
    { capture: true },
  );

  // Resting the pointer on a highlight inside a link opens its popover after a delay.
  let hovered: MentionRecord | undefined;
  let timer: number | undefined;
  let frame = 0;
  const cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    hovered = undefined;
  };
  ctx.addEventListener(
    document,
    'pointermove',
    (event) => {
      if (!event.isTrusted) return;
      const link = (event.target as Element | null)?.closest?.('a[href]');
      if (!link || !registry.linksWithMentions.has(link)) {
        if (hovered) cancel();
        return;
      }
      if (frame) return;
      const { clientX, clientY } = event;
      frame = requestAnimationFrame(() => {
        frame = 0;
        const record = mentionAt(registry, clientX, clientY);
        if (record === hovered) return;
        cancel();
        if (!record) return;
        hovered = record;
        timer = ctx.setTimeout(() => {
          if (hovered === record) deps.open(record);
        }, deps.hoverDelayMs());
      });
    },
    { passive: true },
  );
  ctx.addEventListener(document, 'pointerleave', (event) => event.isTrusted && cancel(), { passive: true });
}
