/**
 * Looking at Assay on a page from a test. Highlights are read from the page's CSS highlight
 * registry; the popover lives in a closed shadow root that page scripts (and Playwright's
 * selectors) cannot enter, so tests read it through the DevTools protocol, as a debugger would.
 */
import type { CDPSession, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { TabStatus } from '../../lib/messaging/tab-protocol.ts';
import { askTab } from './harness.ts';
import type { DomNode } from '../../scripts/lib/popover-cdp.ts';

/**
 * Where the content script in `page` is (`tab.status`), asked through the extension: the
 * production build puts nothing on the page's performance timeline, and a test must not read
 * what a page's own scripts can read.
 */
export function assayStatus(page: Page): Promise<TabStatus | null> {
  return askTab<TabStatus>(page, 'tab.status');
}

/**
 * Waits until the first scan is drawn and its unsure sentences settled (or Assay said it is off
 * for the site); answers the final count, the time to highlights and whether compromise ran.
 */
export async function waitForAssay(page: Page, until: TabStatus['state'][] = ['settled']): Promise<TabStatus & { readyMs: number; longestSliceMs: number }> {
  let status: TabStatus | null = null;
  await expect
    .poll(
      async () => {
        status = await assayStatus(page);
        return status?.state;
      },
      { timeout: 20_000 },
    )
    .toSatisfy((state) => until.includes(state as TabStatus['state']));
  return status as unknown as TabStatus & { readyMs: number; longestSliceMs: number };
}

/**
 * The text of every registered highlight range of a type ('mineral', 'country', 'deal', 'current').
 * Highlights are registered under neutral names that follow the palette colour
 * (lib/highlight/palette.ts): `hl-m-…` for minerals, `hl-now-…` for the current mention.
 */
export function highlighted(page: Page, type: string): Promise<string[]> {
  return page.evaluate((t) => {
    const prefix = t === 'current' ? 'hl-now-' : `hl-${t[0]}-`;
    // A type has a Highlight per tone (light or dark ground): every one with the type's prefix.
    const ranges = [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights].filter(([name]) => name.startsWith(prefix)).flatMap(([, h]) => [...h]);
    return ranges.map((r) => r.toString());
  }, type);
}

/** Scrolls a highlight of `type` reading `text` into view and clicks its middle. */
export async function clickHighlight(
  page: Page,
  type: string,
  text: string,
  options: { modifiers?: ('Alt' | 'Shift')[]; nth?: number; inLink?: boolean } = {},
): Promise<void> {
  const point = await page.evaluate(
    ([t, wanted, nth, inLink]) => {
      const prefix = t === 'current' ? 'hl-now-' : `hl-${t[0]}-`;
      const h = [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights].filter(([name]) => name.startsWith(prefix)).flatMap(([, set]) => [...set]);
      const linked = (r: Range) => !!(r.startContainer.parentElement as Element).closest('a[href]');
      const matches = [...(h ?? [])]
        .filter((r) => r.toString() === wanted && (inLink === undefined || linked(r) === inLink))
        .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      const range = matches[nth as number];
      if (!range) return null;
      (range.startContainer.parentElement as Element).scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0];
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    },
    [type, text, options.nth ?? 0, options.inLink] as const,
  );
  if (!point) throw new Error(`no ${type} highlight reads "${text}"`);
  for (const m of options.modifiers ?? []) await page.keyboard.down(m);
  await page.mouse.click(point.x, point.y);
  for (const m of options.modifiers ?? []) await page.keyboard.up(m);
}


async function cdp(page: Page): Promise<CDPSession> {
  const cached = (page as unknown as { __assayCdp?: CDPSession }).__assayCdp;
  if (cached) return cached;
  const session = await page.context().newCDPSession(page);
  (page as unknown as { __assayCdp?: CDPSession }).__assayCdp = session;
  return session;
}

function find(node: DomNode, test: (n: DomNode) => boolean): DomNode | undefined {
  if (test(node)) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const hit = find(child, test);
    if (hit) return hit;
  }
  return undefined;
}

function textOf(node: DomNode): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.localName === 'style' || node.localName === 'script') return '';
  return [...(node.shadowRoots ?? []), ...(node.children ?? [])].map(textOf).join(' ');
}

const attr = (n: DomNode, name: string) => {
  const a = n.attributes ?? [];
  const i = a.indexOf(name);
  return i >= 0 ? a[i + 1] : undefined;
};

/** The popover's shadow root, or undefined when no popover was ever opened. */
async function popoverRoot(page: Page): Promise<DomNode | undefined> {
  const session = await cdp(page);
  const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const host = find(root, (n) => n.localName === 'assay-popover');
  return host?.shadowRoots?.[0];
}

/** The visible text of the open popover ('' when none is open). */
export async function popoverText(page: Page): Promise<string> {
  const shadow = await popoverRoot(page);
  const dialog = shadow && find(shadow, (n) => attr(n, 'role') === 'dialog');
  return dialog ? textOf(dialog).replace(/\s+/g, ' ').trim() : '';
}

/**
 * Calls `functionDeclaration` (source text of a `function () {…}`) with `this` the popover's
 * shadow root, in the page's main world, as the debugger's console can; answers its result by
 * value. The page's own scripts are never handed the root: only this call sees it.
 */
export async function evaluateInPopover<T>(page: Page, functionDeclaration: string): Promise<T> {
  const shadow = await popoverRoot(page);
  if (!shadow) throw new Error('no popover has been opened on this page');
  const session = await cdp(page);
  const { object } = (await session.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId })) as { object: { objectId: string } };
  const { result, exceptionDetails } = (await session.send('Runtime.callFunctionOn', {
    objectId: object.objectId,
    functionDeclaration,
    returnByValue: true,
    awaitPromise: true,
  })) as { result: { value: T }; exceptionDetails?: { exception?: { description?: string }; text: string } };
  if (exceptionDetails) throw new Error(`in the popover: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
  await session.send('Runtime.releaseObject', { objectId: object.objectId });
  return result.value;
}

/** Clicks a button of the open popover by its text or aria-label. */
export async function clickPopoverButton(page: Page, label: string): Promise<void> {
  const shadow = await popoverRoot(page);
  const button = shadow && find(shadow, (n) => n.localName === 'button' && (attr(n, 'aria-label') === label || textOf(n).trim() === label));
  if (!button) throw new Error(`no popover button "${label}"`);
  const session = await cdp(page);
  const { model } = (await session.send('DOM.getBoxModel', { backendNodeId: button.backendNodeId })) as { model: { content: number[] } };
  const [x1, y1, , , x3, y3] = model.content;
  await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
}

/** The notes frames on the page now (a closed popover's frame can linger detached for a moment). */
export function liveNotesFrames(page: Page) {
  return page.frames().filter((f) => f.url().includes('/notes.html') && !f.isDetached());
}

/** The popover's notes frame (an extension page), once it has loaded: the newest one. */
export async function notesFrame(page: Page) {
  await expect.poll(() => liveNotesFrames(page).length, { timeout: 10_000 }).toBeGreaterThan(0);
  const frames = liveNotesFrames(page);
  const frame = frames[frames.length - 1]!;
  await frame.waitForLoadState('domcontentloaded');
  return frame;
}

/** The page body serialized, to check that Assay changed nothing in it. */
export function serializeBody(page: Page): Promise<string> {
  return page.evaluate(() => document.body.outerHTML);
}

/** The height in CSS pixels of the popover's notes frame, read through the DevTools protocol (null when none). */
export async function notesFrameHeight(page: Page): Promise<number | null> {
  const shadow = await popoverRoot(page);
  const frame = shadow && find(shadow, (n) => n.localName === 'iframe');
  if (!frame) return null;
  const session = await cdp(page);
  const { model } = (await session.send('DOM.getBoxModel', { backendNodeId: frame.backendNodeId })) as { model: { height: number } };
  return model.height;
}
