/**
 * The toolbar popup on real pages, in real Chromium: the page summary and its way back to the
 * page, the selection hint, text that looks like HTML, the site switch, a tab Assay cannot
 * read; and screenshots of the popup as a user sees it.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../scripts/serve.ts';
import { startHarness, type Harness } from './harness.ts';
import { highlighted, popoverText } from './page-helpers.ts';
import { listedQuotes, openPopup, openRead, saveDraft, selectPhrase, statusText, storedClippings, tabIdOf, waitForList, POPUP_SIZE } from './popup-helpers.ts';

const SHOTS = join(PROJECT_ROOT, 'shots', 'popup');
mkdirSync(SHOTS, { recursive: true });

const highlightCount = async (page: import('playwright-core').Page, type: string) => (await highlighted(page, type)).length;

describe('the toolbar popup', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('sums up the sample page by type with counts, and a click opens the popover at the first mention', async () => {
    const page = await openRead(h, 'sample/index.html');
    const popup = await openPopup(h, page);
    const summary = popup.locator('.page');
    await expect.poll(() => summary.innerText()).toMatch(/\d+ mentions of \d+ minerals, countries and deals/);
    const chips = await summary.locator('.chip-button').evaluateAll((buttons) => buttons.map((b) => b.textContent ?? ''));
    const count = (label: string) => Number(/×(\d+)/.exec(chips.find((c) => c.startsWith(`${label}×`)) ?? '')?.[1] ?? 0);
    expect(count('tungsten')).toBeGreaterThanOrEqual(3);
    expect(count('Kazakhstan')).toBeGreaterThanOrEqual(3);
    expect(chips.some((c) => /^US–Kazakhstan.*×\d+$/.test(c))).toBe(true);
    expect(await summary.locator('.summary-type').allTextContents()).toEqual(['Minerals', 'Countries', 'Deals']);
    await popup.screenshot({ path: join(SHOTS, 'summary.png') });

    // Keyboard: focus the chip and press Enter, as a keyboard user would.
    await summary.getByRole('button', { name: /^Kazakhstan, \d+ mentions/ }).focus();
    // The popup closes once the popover is open (it would cover it), which can come before the
    // key is released: a press that fails because the popup closed is what should happen.
    const closed = popup.waitForEvent('close', { timeout: 10_000 });
    await popup.keyboard.press('Enter').catch((error: unknown) => {
      if (!popup.isClosed()) throw error;
    });
    await closed;
    await expect.poll(() => popoverText(page), { timeout: 10_000 }).toContain('What it produces');
    expect(await popoverText(page)).toContain('哈萨克斯坦');
    h.assertClean();
  });

  it('says plainly that nothing is selected', async () => {
    const page = await openRead(h, 'sample/second.html');
    await page.evaluate(() => getSelection()?.removeAllRanges());
    const popup = await openPopup(h, page);
    await expect.poll(() => popup.locator('.save').innerText()).toContain('Select some text on the page first');
    expect(await popup.locator('.draft').count()).toBe(0);
    // Selecting now and asking again finds it.
    await selectPhrase(page, 'gallium');
    await popup.getByRole('button', { name: 'Check again' }).click();
    await expect.poll(() => popup.locator('.draft-quote').textContent()).toBe('gallium');
    h.assertClean();
  });

  it("says Assay can't read a page without its content script, and still lists the clippings", async () => {
    // A tab on an extension page: no content script, as on chrome:// pages or the Web Store.
    const other = await h.openExtensionPage('popup.html');
    const tabId = await tabIdOf(h, other);
    const popup = await h.openExtensionPage('popup.html', `?tab=${tabId}`);
    await waitForList(popup);
    await expect.poll(() => popup.locator('.page').innerText()).toContain("Assay can't read this page");
    expect(await popup.locator('.save').count()).toBe(0);
    expect(await popup.locator('.clippings').isVisible()).toBe(true);
    h.assertClean();
  });

  it('shows a note and a quote that look like HTML as text', async () => {
    const url = h.server.url('html-looking.html');
    await h.context.route(url, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><title>Markup &lt;i&gt;in&lt;/i&gt; titles</title><body><p id="q">The memo said &lt;b&gt;tungsten&lt;/b&gt; &amp; &lt;script&gt;alert(1)&lt;/script&gt; would come from Kazakhstan.</p></body>`,
      }),
    );
    const page = await openRead(h, url);
    let dialogs = 0;
    h.context.on('page', (p) => p.on('dialog', () => void dialogs++));
    page.on('dialog', () => void dialogs++);
    await selectPhrase(page, 'The memo said <b>tungsten</b> & <script>alert(1)</script> would come from Kazakhstan.');
    const popup = await openPopup(h, page);
    popup.on('dialog', () => void dialogs++);
    const note = '<img src=x onerror=alert(1)> check the <b>source</b>';
    await saveDraft(popup, { note, tags: '<i>x</i>' });
    const item = popup.locator('.clip').first();
    await expect.poll(() => item.locator('.clip-note').textContent()).toBe(note);
    expect(await item.locator('.clip-quote').textContent()).toBe('The memo said <b>tungsten</b> & <script>alert(1)</script> would come from Kazakhstan.');
    expect(await item.locator('.clip-title').textContent()).toBe('Markup <i>in</i> titles');
    expect(await popup.locator('.clip img, .clip b, .clip i, .clip script').count()).toBe(0);
    expect(await popup.locator('main img, main script').count()).toBe(0);
    expect(dialogs).toBe(0);
    await h.context.unroute(url);
    h.assertClean();
  });

  it('switches highlights off on the page for its site, and back on', async () => {
    const page = await openRead(h, 'sample/index.html');
    expect(await highlightCount(page, 'mineral')).toBeGreaterThan(0);
    const popup = await openPopup(h, page);
    const toggle = popup.getByRole('switch', { name: /Assay on 127\.0\.0\.1/ });
    await expect.poll(() => toggle.isChecked()).toBe(true);

    await toggle.click();
    await expect.poll(() => highlightCount(page, 'mineral'), { timeout: 10_000 }).toBe(0);
    expect(await highlightCount(page, 'country')).toBe(0);
    await expect.poll(() => popup.locator('.page').innerText()).toContain('Assay is off for 127.0.0.1');
    expect(await statusText(popup)).toContain('Assay is off for 127.0.0.1.');
    await popup.screenshot({ path: join(SHOTS, 'site-off.png') });

    await toggle.click();
    await expect.poll(() => highlightCount(page, 'mineral'), { timeout: 10_000 }).toBeGreaterThan(0);
    await expect.poll(() => popup.locator('.page').innerText(), { timeout: 10_000 }).toMatch(/\d+ mentions/);
    h.assertClean();
  });

  it('looks right with a selection, with the clippings list and with search results (screenshots)', async () => {
    const page = await openRead(h, 'sample/index.html');
    for (const [phrase, note, tags] of [
      ['Beijing tightened the rules one material at a time: gallium and germanium exports began to require licences in August 2023', 'Compare with the USGS figure.', 'export-controls'],
      ['the Trump administration came away with a critical minerals agreement with Kazakhstan', '', 'deals, policy'],
    ] as const) {
      await selectPhrase(page, phrase);
      const popup = await openPopup(h, page);
      await saveDraft(popup, { note, tags });
      await popup.close();
    }
    await selectPhrase(page, 'Two tungsten deposits in Kazakhstan that were mapped by Soviet geologists');
    const popup = await openPopup(h, page);
    await popup.locator('.draft').waitFor();
    await popup.screenshot({ path: join(SHOTS, 'selection.png') });

    await saveDraft(popup, { note: 'Northern Katpar: check the reserve estimate.', tags: 'tungsten, to-read' });
    const showList = async () => {
      // The status line is a passing message: out of the way for the picture.
      if (await popup.getByRole('button', { name: 'Dismiss this message' }).isVisible()) await popup.getByRole('button', { name: 'Dismiss this message' }).click();
      await popup.evaluate(() => document.querySelector('.clippings')!.scrollIntoView({ block: 'start' }));
      await popup.waitForTimeout(250);
    };
    await showList();
    await popup.screenshot({ path: join(SHOTS, 'clippings.png') });

    await popup.fill('#search', 'kazakh');
    // Exactly the stored clippings with a word starting "kazakh" match (counted here from all of
    // them, not with the search's own code); this test saved two.
    const want = (await storedClippings(popup)).filter((c) => /(^|[^\p{L}])kazakh/iu.test([c.quote, c.note, ...c.tags, ...c.entities.map((e) => e.label)].join(' '))).length;
    expect(want).toBeGreaterThanOrEqual(2);
    await expect.poll(() => popup.locator('.list-note').innerText()).toMatch(new RegExp(`^${want} clippings match\\b`));
    await showList();
    await popup.screenshot({ path: join(SHOTS, 'search.png') });
    expect((await listedQuotes(popup)).length).toBeGreaterThan(0);
    expect((await storedClippings(popup)).length).toBeGreaterThanOrEqual(2);
    // The popup's own layout holds in the popup's size: nothing wider, no page scroll.
    const layout = await popup.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, scrollHeight: document.documentElement.scrollHeight, box: document.querySelector('.popup')!.getBoundingClientRect().toJSON() as DOMRect }));
    expect(layout.scrollWidth).toBeLessThanOrEqual(POPUP_SIZE.width);
    expect(layout.scrollHeight).toBeLessThanOrEqual(POPUP_SIZE.height);
    expect([layout.box.width, layout.box.height]).toEqual([POPUP_SIZE.width, POPUP_SIZE.height]);
    h.assertClean();
  });
});
