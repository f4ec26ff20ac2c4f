/**
 * Looking into the open popover from a script, as a debugger would: it lives in a closed shadow
 * root that page scripts (and Playwright's selectors) cannot enter, so this goes through the
 * DevTools protocol. Used by the card screenshots and the in-Chromium card check.
 */
import type { CDPSession, Page } from 'playwright-core';

/** A node of `DOM.getDocument` with `pierce: true`. */
export interface DomNode {
  nodeId: number;
  backendNodeId: number;
  nodeType: number;
  localName?: string;
  nodeValue?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

const sessions = new WeakMap<Page, CDPSession>();

async function session(page: Page): Promise<CDPSession> {
  let s = sessions.get(page);
  if (!s) {
    s = await page.context().newCDPSession(page);
    sessions.set(page, s);
  }
  return s;
}

function walk(node: DomNode, visit: (n: DomNode) => void): void {
  visit(node);
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) walk(child, visit);
}

function attr(n: DomNode, name: string): string | undefined {
  const a = n.attributes ?? [];
  const i = a.indexOf(name);
  return i >= 0 ? a[i + 1] : undefined;
}

function text(node: DomNode): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.localName === 'style' || node.localName === 'script' || node.localName === 'title') return '';
  return [...(node.shadowRoots ?? []), ...(node.children ?? [])].map(text).join(' ');
}

export interface PopoverState {
  /** The dialog's visible text, '' when no popover is open. */
  text: string;
  /** Bars of a producers chart (an `svg.chart` with at least one bar). */
  bars: number;
  /** Sections with a heading but nothing under it. */
  emptySections: number;
  dialog?: DomNode;
}

export async function popoverState(page: Page): Promise<PopoverState> {
  const s = await session(page);
  const { root } = (await s.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  let host: DomNode | undefined;
  walk(root, (n) => {
    if (!host && n.localName === 'assay-popover') host = n;
  });
  let dialog: DomNode | undefined;
  if (host) walk(host, (n) => {
    if (!dialog && attr(n, 'role') === 'dialog') dialog = n;
  });
  if (!dialog) return { text: '', bars: 0, emptySections: 0 };
  let bars = 0;
  let emptySections = 0;
  walk(dialog, (n) => {
    if (n.localName === 'svg' && attr(n, 'class') === 'chart') walk(n, (c) => (bars += c.localName === 'rect' ? 1 : 0));
    if (n.localName === 'section' && (n.children ?? []).length === 1 && n.children![0].localName === 'h3') emptySections++;
  });
  return { text: text(dialog).replace(/\s+/g, ' ').trim(), bars, emptySections, dialog };
}

/** What every card says of its facts, in English or Chinese: where they come from, and as of when. */
const SOURCED = /Source:|as of|来源：|截至/;

/** Waits until the open popover shows a card (its facts loaded, not "Loading facts…"), in either language. */
export async function waitForCard(page: Page, timeoutMs = 10_000): Promise<PopoverState> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = await popoverState(page);
    if (SOURCED.test(state.text)) return state;
    if (Date.now() > deadline) throw new Error(`no card within ${timeoutMs} ms (popover: "${state.text.slice(0, 80)}")`);
    await page.waitForTimeout(50);
  }
}

/** Lets the popover grow to its whole card (no scrolling), for a screenshot of everything in it. */
export async function expandPopover(page: Page, dialog: DomNode): Promise<void> {
  const s = await session(page);
  await s.send('DOM.setAttributeValue', { nodeId: dialog.nodeId, name: 'style', value: 'max-height: none' });
}

/** The dialog's box on the page, for a screenshot clip. */
export async function dialogBox(page: Page, dialog: DomNode): Promise<{ x: number; y: number; width: number; height: number }> {
  const s = await session(page);
  const { model } = (await s.send('DOM.getBoxModel', { backendNodeId: dialog.backendNodeId })) as { model: { border: number[] } };
  const [x1, y1, , , x3, y3] = model.border;
  return { x: x1, y: y1, width: x3 - x1, height: y3 - y1 };
}
