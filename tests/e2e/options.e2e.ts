/**
 * The options page in real Chromium: settings that survive a reload, the site lists, and what
 * the page says about storage and the dataset. Every check of what was saved asks the
 * background, not the page, so a page that only looked right would fail.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness.ts';
import { askOk, expectStatus, openOptions } from './options-helpers.ts';

interface StoredSettings {
  enabled: boolean;
  types: Record<string, boolean>;
  colours: Record<string, { light: string; dark: string }>;
  siteRules: { mode: string; deny: string[]; allow: string[] };
  hoverDelayMs: number;
}

describe('the options page', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('saves a type switch, a colour and the hover delay, and shows them again after a reload', async () => {
    const page = await openOptions(h);
    const previewColour = () => page.getByTestId('preview-country-dark').locator('mark').evaluate((el) => getComputedStyle(el).backgroundColor);
    const defaultPreview = await previewColour();
    const minerals = page.getByRole('switch', { name: 'Minerals' });
    expect(await minerals.isChecked()).toBe(true);
    await minerals.click();
    // Swatches are radio buttons: the keyboard moves along them, as a reader would.
    await page.getByLabel('Countries in Blue on dark pages').focus();
    await page.keyboard.press('ArrowRight');
    // Keyboard: focus the slider and step it up twice (50 ms a step).
    await page.getByLabel('Popover delay inside links').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');

    await expect
      .poll(async () => {
        const s = await askOk<StoredSettings>(page, 'settings.get');
        return [s.types.mineral, s.colours.country.dark, s.hoverDelayMs];
      })
      .toEqual([false, 'teal', 500]);

    await page.reload();
    await page.getByRole('switch', { name: 'Minerals' }).waitFor();
    expect(await page.getByRole('switch', { name: 'Minerals' }).isChecked()).toBe(false);
    expect(await page.getByRole('switch', { name: 'Countries' }).isChecked()).toBe(true);
    expect(await page.getByLabel('Countries in Teal on dark pages').isChecked()).toBe(true);
    expect(await page.getByLabel('Popover delay inside links').inputValue()).toBe('500');
    // The preview paints the sample with the saved colour.
    expect(await previewColour()).not.toBe(defaultPreview);
    expect(await page.locator('fieldset:has(input[name="colour-country-dark"]) .opt-colour-name').textContent()).toBe('Teal');

    // Reset brings every colour back, and is then disabled until a colour changes again.
    await page.getByRole('button', { name: 'Reset colours' }).click();
    await expectStatus(page, /Colours are back to the defaults/);
    expect((await askOk<StoredSettings>(page, 'settings.get')).colours.country.dark).toBe('blue');
    expect(await page.getByLabel('Countries in Blue on dark pages').isChecked()).toBe(true);
    expect(await previewColour()).toBe(defaultPreview);
    expect(await page.getByRole('button', { name: 'Reset colours' }).isDisabled()).toBe(true);

    // The master switch works from the keyboard.
    await page.getByRole('switch', { name: 'Highlight on web pages' }).focus();
    await page.keyboard.press('Space');
    await expect.poll(async () => (await askOk<StoredSettings>(page, 'settings.get')).enabled).toBe(false);
    await page.keyboard.press('Space');
    await expect.poll(async () => (await askOk<StoredSettings>(page, 'settings.get')).enabled).toBe(true);
    h.assertClean();
  });

  it('adds a site from a pasted address, refuses what is not a site, and removes it', async () => {
    const page = await openOptions(h);
    const input = page.getByLabel('Add a site');
    await input.fill('not a site!');
    await input.press('Enter');
    await expect.poll(() => page.locator('#site-input-error').textContent()).toContain('is not a web address or a site name');
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    expect((await askOk<StoredSettings>(page, 'settings.get')).siteRules.deny).toEqual([]);

    await input.fill('https://www.Example.org/news/story?id=3#top');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expectStatus(page, /Added example\.org/);
    expect(await page.locator('.opt-site-host').allTextContents()).toEqual(['example.org']);
    expect(await input.inputValue()).toBe('');
    expect(await input.getAttribute('aria-invalid')).toBeNull();
    expect((await askOk<StoredSettings>(page, 'settings.get')).siteRules.deny).toEqual(['example.org']);

    // The same site again is caught before it reaches the background.
    await input.fill('example.org');
    await input.press('Enter');
    await expect.poll(() => page.locator('#site-input-error').textContent()).toContain('already in the list');

    await page.reload();
    await page.getByRole('button', { name: 'Remove example.org' }).click();
    await expectStatus(page, /Removed example\.org/);
    await expect.poll(async () => (await askOk<StoredSettings>(page, 'settings.get')).siteRules.deny).toEqual([]);
    expect(await page.locator('.opt-site-host').count()).toBe(0);
    // Focus goes back to the input, not to the top of the page (once the list has been drawn again).
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('site-input');

    // "Only on" shows (and edits) the allow list.
    await page.getByLabel('Only on the listed sites').check();
    await expect.poll(() => page.locator('#site-list-title').textContent()).toContain('Sites where Assay runs');
    await page.getByLabel('Add a site').fill('reuters.com');
    await page.getByLabel('Add a site').press('Enter');
    await expect
      .poll(async () => (await askOk<StoredSettings>(page, 'settings.get')).siteRules)
      .toEqual({ mode: 'only-listed', deny: [], allow: ['reuters.com'] });
    await page.getByLabel('Everywhere except the listed sites').check();
    await expect.poll(async () => (await askOk<StoredSettings>(page, 'settings.get')).siteRules.mode).toBe('all-except');
    h.assertClean();
  });

  it('shows storage, persistence, the dataset with its sources and licences, and the version', async () => {
    const page = await openOptions(h);
    await askOk(page, 'clippings.save', { id: 'about-1', quote: 'Gallium exports fell.', url: 'https://example.com/a' });
    await page.reload();
    await expect.poll(() => page.getByTestId('storage-clippings').textContent()).toBe('1');
    expect(await page.getByTestId('storage-usage').textContent()).toMatch(/\d+(\.\d)? (bytes|KB|MB)/);
    // The label says what the browser itself says of Assay's storage.
    const persisted = await page.evaluate(() => navigator.storage.persisted());
    expect(await page.locator('#persistence-label').textContent()).toBe(persisted ? 'Protected from clearing' : 'Not protected yet');

    await page.getByTestId('dataset-file').first().waitFor();
    expect(await page.getByTestId('dataset-file').count()).toBe(4);
    const about = (await page.locator('#about').textContent()) ?? '';
    expect(about).toContain('Open Database License');
    expect(about).toContain('US public domain');
    expect(about).toMatch(/Minerals\d+ entries · as of February 2026/);
    expect(about).toMatch(/Deals\d+ entries · as of 4 December 2026/);
    const version = await page.evaluate(() => chrome.runtime.getManifest().version);
    expect(await page.getByTestId('version').textContent()).toBe(`Assay ${version}`);
    expect(about).toContain('Assay makes no network requests');

    // Every outside link opens in a new tab without giving that tab a handle on this page.
    const links = await page.locator('#about a[href^="http"]').evaluateAll((as) => as.map((a) => [a.getAttribute('target'), a.getAttribute('rel')]));
    expect(links.length).toBeGreaterThan(3);
    for (const [target, rel] of links) {
      expect(target).toBe('_blank');
      expect(rel).toContain('noopener');
    }
    h.assertClean();
  });

  it('lays out without sideways scrolling on a phone-sized window', async () => {
    const page = await openOptions(h);
    await page.setViewportSize({ width: 390, height: 800 });
    await page.getByTestId('dataset-file').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    h.assertClean();
  });
});
