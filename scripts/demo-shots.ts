/**
 * The screenshots `npm start` writes when there is no display: the sample page with its
 * highlights, a popover, and the toolbar popup. Returns the files written.
 */
import { join } from 'node:path';
import type { LaunchedExtension } from './browser.ts';

export async function captureDemo(ext: LaunchedExtension, pageUrl: string, outDir: string): Promise<string[]> {
  const files: string[] = [];
  const page = await ext.context.newPage();
  await page.goto(pageUrl);
  await page.waitForFunction(() => document.documentElement.dataset.assay !== undefined, null, { timeout: 15_000 });
  await page.waitForTimeout(500);
  const pageShot = join(outDir, 'page.png');
  await page.screenshot({ path: pageShot });
  files.push(pageShot);

  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 420, height: 600 });
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  await popup.waitForTimeout(500);
  const popupShot = join(outDir, 'popup.png');
  await popup.screenshot({ path: popupShot });
  files.push(popupShot);
  return files;
}
