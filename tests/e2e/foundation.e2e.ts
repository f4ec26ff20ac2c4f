import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../scripts/serve.ts';
import { startHarness, type Harness } from './harness.ts';
import { waitForAssay } from './page-helpers.ts';

describe('the built extension in Chromium', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('runs its service worker from the extension origin', () => {
    expect(h.extensionId).toMatch(/^[a-p]{32}$/);
    expect(h.ext.serviceWorker.url()).toBe(`chrome-extension://${h.extensionId}/background.js`);
  });

  it('runs the content script on a page served over http', async () => {
    const page = await h.open('sample/index.html');
    expect((await waitForAssay(page, ['ready', 'settled'])).mentions).toBeGreaterThan(100);
    h.assertClean();
  });

  it('stays out of private windows, as both manifests say', async () => {
    for (const build of ['chrome-mv3', 'firefox-mv2']) {
      const manifest = JSON.parse(readFileSync(join(PROJECT_ROOT, '.output', build, 'manifest.json'), 'utf8')) as { incognito?: string };
      expect(manifest.incognito, build).toBe('not_allowed');
    }
    // And the browser agrees: Assay is not allowed in incognito windows.
    expect(await h.ext.serviceWorker.evaluate(() => chrome.extension.isAllowedIncognitoAccess())).toBe(false);
  });

  it('renders the popup and the options page', async () => {
    const popup = await h.openExtensionPage('popup.html');
    await expect.poll(() => popup.locator('h1').textContent()).toContain('Assay');
    const options = await h.openExtensionPage('options.html');
    await expect.poll(() => options.locator('h1').textContent()).toContain('Assay');
    h.assertClean();
  });
});
