/**
 * A hostile page that watches everything it can (its DOM and attributes, every key event, every
 * message, its performance timeline, the highlight registry) and tries to drive Assay (synthetic
 * clicks, Escape and outside presses) and to reach the reader's notes (its own frames of the
 * notes page, made-up grants). After the reader opens a popover and types a note, the page must
 * have learned nothing and changed nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_BUILD } from '../../scripts/browser.ts';
import { startHarness, type Harness } from './harness.ts';
import { clickHighlight, clickPopoverButton, notesFrame, notesFrameHeight, popoverText, waitForAssay } from './page-helpers.ts';

interface HostileLog {
  keys: string[];
  messages: { origin: string; own?: boolean; data: string }[];
  frames: string[];
  extension: string[];
  html: string;
  shadow: string;
}

type HostileWindow = Window & {
  __hostileLog: HostileLog;
  __probe(id: string, entity: string): Promise<HostileLog>;
  __frameNotes(url: string): Promise<string>;
  __fakeGrant(): number;
  __fakeInput(x: number, y: number): void;
  __fakeClose(): void;
};

describe('a hostile page', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('cannot read, key-log or fetch the notes, hear the notes panel, nor learn the extension id', async () => {
    const page = await h.open('hostile/index.html');
    await waitForAssay(page);
    await clickHighlight(page, 'mineral', 'gallium');
    await expect.poll(() => popoverText(page)).toContain('Gallium');
    const frame = await notesFrame(page);
    const secret = `secret-${Date.now()}-vault`;
    await frame.locator('#new-note').pressSequentially(secret, { delay: 5 });
    await frame.getByRole('button', { name: 'Add note' }).click();
    await expect.poll(() => frame.locator('.note-text').allTextContents()).toContain(secret);
    // The panel grew with the note; it told the popover over its private port, not the page.
    const grown = await notesFrameHeight(page);
    expect(grown).toBeGreaterThan(120);

    await page.evaluate((id) => (window as unknown as HostileWindow).__probe(id, 'mineral:gallium'), h.extensionId);
    await page.waitForTimeout(200); // the page's own messages to itself arrive in a later task
    const log = await page.evaluate(() => (window as unknown as HostileWindow).__hostileLog);
    const everything = JSON.stringify(log);
    expect(log.html).toContain('Why gallium matters');
    expect(everything).not.toContain(secret);
    // Not one typed character reached the page's key listeners.
    expect(log.keys.filter((k) => /^key(down|up|press):.$/.test(k))).toEqual([]);
    // No message from the extension reached the page's window: only the page's own.
    expect(log.messages.length).toBeGreaterThan(0);
    expect(log.messages.filter((m) => !m.own)).toEqual([]);
    // Nothing the page can read carries the extension's id.
    expect(everything).not.toContain(h.extensionId);
    // The page sees a closed shadow root.
    expect(log.shadow).toBe('null');
    // Assay's notes frame sits in a closed shadow root, which window.frames does not list: with the
    // frame open and loaded, the page has no window to post a fake grant to, nor one to probe.
    // (What the panel does with offers it does get is tested in tests/unit/notes/hand-over.test.ts.)
    expect(page.frames().some((f) => f.url().includes('/notes.html'))).toBe(true);
    expect(await page.evaluate(() => (window as unknown as HostileWindow).__fakeGrant())).toBe(0);
    expect(log.frames).toEqual([]);
    // The page's fake height message (posted to its own window, which is all it can reach) changed nothing.
    await page.waitForTimeout(300);
    expect(await notesFrameHeight(page)).toBe(grown);
    expect(await frame.locator('.note-text').allTextContents()).toContain(secret);
    // And the page's spying does work: a key typed into the page itself is logged.
    await page.locator('h1').click();
    await page.keyboard.press('q');
    expect(await page.evaluate(() => (window as unknown as HostileWindow).__hostileLog.keys)).toContain('keydown:q');
    h.assertClean();
  });

  it('gets nothing from a notes page it frames or opens itself, for any entity', async () => {
    const page = await h.open('hostile/index.html');
    await waitForAssay(page);
    // The reader has a note on gallium (added through the extension, as the options page would).
    const options = await h.openExtensionPage('options.html');
    const secret = `framed-secret-${Date.now()}`;
    expect(await options.evaluate((text) => chrome.runtime.sendMessage({ channel: 'assay', name: 'notes.add', payload: { id: `n${Date.now()}`, entityId: 'mineral:gallium', text } }), secret)).toMatchObject({ ok: true });

    const notesUrl = `chrome-extension://${h.extensionId}/notes.html?entity=mineral:gallium&label=gallium`;
    const outcome = await page.evaluate((url) => (window as unknown as HostileWindow).__frameNotes(url), notesUrl);
    // Chromium refuses the load outright: the notes page is web-accessible only at its per-session
    // URL (use_dynamic_url), which the page cannot know. That refusal is the browser's console
    // message, not an error of Assay's.
    const denied = h.errors.filter((e) => e.includes('Denying load of chrome-extension://') && e.includes('/notes.html'));
    expect(denied.length).toBeGreaterThan(0);
    h.errors.splice(0, h.errors.length, ...h.errors.filter((e) => !denied.includes(e)));
    const handed = await page.evaluate(() => (window as unknown as HostileWindow).__fakeGrant());
    expect(handed).toBeGreaterThan(0);
    await page.waitForTimeout(1000);
    const framed = page.frames().filter((f) => f.url().includes('/notes.html'));
    for (const f of framed) expect((await f.content().catch(() => '')).includes(secret)).toBe(false);
    // The page could not read its own frame of it either, and heard nothing from it.
    await page.evaluate((id) => (window as unknown as HostileWindow).__probe(id, 'mineral:gallium'), h.extensionId);
    await page.waitForTimeout(200);
    const log = await page.evaluate(() => (window as unknown as HostileWindow).__hostileLog);
    expect(log.frames.length).toBeGreaterThan(0);
    expect(log.frames.every((f) => f.startsWith('blocked'))).toBe(true);
    expect(log.messages.filter((m) => !m.own)).toEqual([]);
    console.log(`a page's own frame of notes.html: ${outcome}; frames it could reach: ${handed}`);

    // Opened in a tab of its own (a page can open a web-accessible page), it shows nothing either.
    const opened = await h.context.newPage();
    await opened.goto(notesUrl);
    await opened.waitForTimeout(1000);
    expect(await opened.locator('#app').innerHTML()).toBe('');
    expect(await opened.content()).not.toContain(secret);
    await opened.close();
    await options.close();
    h.assertClean();
  });

  it('leaves nothing of Assay on its performance timeline, its style sheets or highlight names', async () => {
    const page = await h.open('hostile/index.html');
    await waitForAssay(page);
    await clickHighlight(page, 'mineral', 'gallium');
    await notesFrame(page);
    const seen = await page.evaluate(() => ({
      entries: performance.getEntries().map((e) => e.name),
      sheets: [...document.adoptedStyleSheets, ...document.styleSheets].length,
      ownSheets: document.querySelectorAll('style, link[rel="stylesheet"]').length,
      highlights: [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()],
    }));
    expect(seen.entries.length).toBeGreaterThan(0);
    expect(seen.entries.filter((name) => /assay/i.test(name) || name.includes(h.extensionId))).toEqual([]);
    expect(seen.sheets).toBe(seen.ownSheets);
    expect(seen.highlights.length).toBeGreaterThan(0);
    expect(seen.highlights.filter((name) => /assay/i.test(name))).toEqual([]);
    // And the extension does not listen to web pages at all.
    const manifest = JSON.parse(readFileSync(join(CHROME_BUILD, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest.externally_connectable).toBeUndefined();
    h.assertClean();
  });

  it('cannot slip hidden words into a clipping saved from the popover', async () => {
    const page = await h.open('hostile/index.html');
    await waitForAssay(page);
    // "Gallium" at the start of the planted sentence.
    const point = await page.evaluate(() => {
      const h = [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights].filter(([name]) => name.startsWith('hl-m-')).flatMap(([, set]) => [...set]);
      const range = h.find((r) => (r.startContainer.parentElement as Element).id === 'planted')!;
      range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0];
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => popoverText(page)).toContain('Gallium');
    await clickPopoverButton(page, 'Save clipping');
    const shown = 'Gallium prices doubled in 2025 after the export licences.';
    await expect.poll(() => popoverText(page)).toContain(`Saved to your clippings: ${shown}`);
    const options = await h.openExtensionPage('options.html');
    const saved = await options.evaluate(() => chrome.runtime.sendMessage({ channel: 'assay', name: 'clippings.list', payload: { text: 'prices doubled' } }));
    expect(saved.value.items.map((c: { quote: string }) => c.quote)).toEqual([shown]);
    expect(JSON.stringify(saved)).not.toContain('HIDDEN');
    await options.close();
    h.assertClean();
  });

  it('cannot open, close or move the popover with synthetic input', async () => {
    const page = await h.open('hostile/index.html');
    await waitForAssay(page);
    const point = await page.evaluate(() => {
      const h = [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights].filter(([name]) => name.startsWith('hl-m-')).flatMap(([, set]) => [...set]);
      const rect = h[0].getClientRects()[0];
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    await page.evaluate(({ x, y }) => (window as unknown as HostileWindow).__fakeInput(x, y), point);
    await page.waitForTimeout(400);
    expect(await popoverText(page)).toBe('');
    expect(await page.evaluate(() => document.querySelector('assay-popover'))).toBeNull();

    // The reader's own click opens it; the page's fake Escape and outside press do not close it.
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => popoverText(page)).toContain('Gallium');
    await page.evaluate(() => (window as unknown as HostileWindow).__fakeClose());
    await page.waitForTimeout(300);
    expect(await popoverText(page)).toContain('Gallium');
    await page.keyboard.press('Escape');
    await expect.poll(() => popoverText(page)).toBe('');
    h.assertClean();
  });
});
