/**
 * A hostile page that watches everything it can: its DOM and attributes, every key event, every
 * message, the frames on it, and the extension itself. After the reader opens a popover and
 * types a note, the page must have learned nothing of it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness.ts';
import { clickHighlight, notesFrame, popoverText, waitForAssay } from './page-helpers.ts';

describe('a hostile page', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('cannot read, key-log or fetch the notes, nor talk to the extension', async () => {
    const page = await h.open('hostile/index.html');
    await waitForAssay(page);
    await clickHighlight(page, 'mineral', 'gallium');
    await expect.poll(() => popoverText(page)).toContain('Gallium');
    const frame = await notesFrame(page);
    const secret = `secret-${Date.now()}-vault`;
    await frame.locator('#new-note').pressSequentially(secret, { delay: 5 });
    await frame.getByRole('button', { name: 'Add note' }).click();
    await expect.poll(() => frame.locator('.note-text').allTextContents()).toContain(secret);

    const log = await page.evaluate((id) => (window as unknown as { __probe: (id: string, e: string) => Promise<Record<string, unknown>> }).__probe(id, 'mineral:gallium'), h.extensionId);
    const everything = JSON.stringify(log);
    expect(log.html as string).toContain('Why gallium matters');
    expect(everything).not.toContain(secret);
    // Not one typed character reached the page's key listeners.
    expect((log.keys as string[]).filter((k) => /^key(down|up|press):.$/.test(k))).toEqual([]);
    // The page sees a closed shadow root and frames it cannot enter.
    expect(log.shadow).not.toContain('ShadowRoot');
    expect((log.frames as string[]).every((f) => f.startsWith('blocked'))).toBe(true);
    // The extension does not listen to web pages at all.
    expect((log.extension as string[]).every((e) => e === 'no runtime' || e.includes('no answer'))).toBe(true);
    // The page's fake "height" message changed nothing: the popover is still a sane size.
    expect(await popoverText(page)).toContain('Gallium');
    // And the page's spying does work: a key typed into the page itself is logged.
    await page.locator('h1').click();
    await page.keyboard.press('q');
    expect(await page.evaluate(() => (window as unknown as { __hostileLog: { keys: string[] } }).__hostileLog.keys)).toContain('keydown:q');
    h.assertClean();
  });
});
