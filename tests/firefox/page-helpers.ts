/**
 * Looking at Assay on a page in Firefox: its status asked through the extension, highlights read
 * from the page's CSS highlight registry, the popover read inside its closed shadow root (which
 * BiDi hands to a test as the browser's debugger sees it), and the notes panel, a frame BiDi can
 * run scripts in. The Firefox twin of tests/e2e/page-helpers.ts.
 */
import { expect } from 'vitest';
import type { TabStatus } from '../../lib/messaging/tab-protocol.ts';
import type { FirefoxHarness } from './harness.ts';
import { Tab, type NodeRef } from './tab.ts';

/** Waits until Assay has read the page (`settled`, or another state given); answers its status. */
export async function waitForAssay(h: FirefoxHarness, tab: Tab, until: TabStatus['state'][] = ['settled']): Promise<TabStatus> {
  let status: TabStatus | null = null;
  await expect
    .poll(
      async () => {
        status = await h.askTab<TabStatus>(tab, 'tab.status');
        return status?.state;
      },
      { timeout: 20_000 },
    )
    .toSatisfy((state) => until.includes(state as TabStatus['state']));
  return status as unknown as TabStatus;
}

/** A tab at `path`, once Assay has read it. */
export async function openRead(h: FirefoxHarness, path: string): Promise<Tab> {
  const tab = await h.open(path);
  await waitForAssay(h, tab);
  return tab;
}

/** The text of every registered highlight range of a type ('mineral', 'country', 'deal', 'current'). */
export function highlighted(tab: Tab, type: string): Promise<string[]> {
  return tab.evaluate((t: string) => {
    const prefix = t === 'current' ? 'hl-now-' : `hl-${t[0]}-`;
    // A type has a Highlight per tone (light or dark ground): every one with the type's prefix.
    const ranges = [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights].filter(([name]) => name.startsWith(prefix)).flatMap(([, h]) => [...h]);
    return ranges.map((r) => r.toString());
  }, type);
}

/** Scrolls the `nth` highlight of `type` reading `text` into view and clicks its middle. */
export async function clickHighlight(tab: Tab, type: string, text: string, nth = 0): Promise<void> {
  const point = await tab.evaluate(
    (t: string, wanted: string, index: number) => {
      const prefix = t === 'current' ? 'hl-now-' : `hl-${t[0]}-`;
      const h = [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights].filter(([name]) => name.startsWith(prefix)).flatMap(([, set]) => [...set]);
      const matches = h.filter((r) => r.toString() === wanted).sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      const range = matches[index];
      if (!range) return null;
      (range.startContainer.parentElement as Element).scrollIntoView({ block: 'center', behavior: 'instant' });
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    },
    type,
    text,
    nth,
  );
  if (!point) throw new Error(`no ${type} highlight reads "${text}"`);
  await tab.clickAt(point.x, point.y);
}

/** The popover's (closed) shadow root, or null when no popover was ever opened. */
export function popoverRoot(tab: Tab): Promise<NodeRef | null> {
  return tab.shadowRootOf(() => document.querySelector('assay-popover'));
}

/** The visible text of the open popover, words joined by single spaces ('' when none is open). */
export async function popoverText(tab: Tab): Promise<string> {
  const root = await popoverRoot(tab);
  if (!root) return '';
  return tab.evaluate((shadow: ShadowRoot) => {
    const dialog = shadow.querySelector('[role="dialog"]');
    if (!dialog) return '';
    const parts: string[] = [];
    const walker = document.createTreeWalker(dialog, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!(node.parentElement as Element).closest('style, script')) parts.push(node.nodeValue ?? '');
    }
    return parts.join(' ').replace(/\s+/g, ' ').trim();
  }, root);
}

/** Clicks a button of the open popover by its text or aria-label. */
export async function clickPopoverButton(tab: Tab, label: string): Promise<void> {
  const root = await popoverRoot(tab);
  if (!root) throw new Error('no popover');
  const button = await tab.node(
    (shadow: ShadowRoot, wanted: string) => [...shadow.querySelectorAll('button')].find((b) => b.getAttribute('aria-label') === wanted || b.textContent?.trim() === wanted),
    root,
    label,
  );
  if (!button) throw new Error(`no popover button "${label}"`);
  await tab.click(button);
}

/**
 * The popover's notes panel: the frame of notes.html inside the popover, once its panel has been
 * handed its grant and shows the form. Its input goes to the tab (`top`) at points the panel
 * gives relative to the frame's position in the popover.
 */
export async function notesPanel(tab: Tab): Promise<NotesPanel> {
  let frame: { context: string } | undefined;
  await expect
    .poll(async () => {
      frame = (await tab.frames()).find((f) => f.url.includes('/notes.html'));
      return frame !== undefined;
    }, { timeout: 10_000 })
    .toBe(true);
  const panel = new NotesPanel(new Tab(tab.bidi, frame!.context, tab.top), tab);
  await expect.poll(() => panel.frame.evaluate(() => document.querySelector('#new-note') !== null), { timeout: 10_000 }).toBe(true);
  return panel;
}

export class NotesPanel {
  constructor(
    readonly frame: Tab,
    private readonly tab: Tab,
  ) {}

  /** The texts of the notes the panel lists. */
  notes(): Promise<string[]> {
    return this.frame.evaluate(() => [...document.querySelectorAll('.note-text')].map((n) => n.textContent ?? ''));
  }

  /** Clicks the element `selector` (or the button labelled `selector`) of the panel, as the reader would. */
  async click(selector: string): Promise<void> {
    const inFrame = await this.frame.evaluate((s: string) => {
      const el = document.querySelector(s) ?? [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === s || b.getAttribute('aria-label') === s);
      if (!el) return null;
      el.scrollIntoView({ block: 'nearest', behavior: 'instant' });
      const box = el.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }, selector);
    if (!inFrame) throw new Error(`the notes panel has no ${selector}`);
    const root = await popoverRoot(this.tab);
    if (!root) throw new Error('the popover is gone');
    const origin = await this.tab.evaluate((shadow: ShadowRoot) => {
      const frame = shadow.querySelector('iframe')!;
      const box = frame.getBoundingClientRect();
      return { x: box.left + frame.clientLeft, y: box.top + frame.clientTop };
    }, root);
    await this.tab.clickAt(origin.x + inFrame.x, origin.y + inFrame.y);
  }

  /** Writes `text` in the new-note box with the keyboard and adds it. */
  async addNote(text: string): Promise<void> {
    await this.click('#new-note');
    await expect.poll(() => this.frame.evaluate(() => document.activeElement?.id)).toBe('new-note');
    await this.frame.type(text);
    await expect.poll(() => this.frame.evaluate(() => (document.querySelector('#new-note') as HTMLTextAreaElement).value)).toBe(text);
    await this.click('Add note');
  }
}

/** The page body serialized, to check that Assay changed nothing in it. */
export function serializeBody(tab: Tab): Promise<string> {
  return tab.evaluate(() => document.body.outerHTML);
}
