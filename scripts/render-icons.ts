/**
 * Renders the toolbar icons public/icon/{16,32,48,128}.png from public/icon/icon.svg with the
 * system Chromium (playwright-core, no network). WXT picks the PNGs up from public/icon/.
 *
 *   npx tsx scripts/render-icons.ts
 */
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium } from './chromium.ts';
import { PROJECT_ROOT } from './serve.ts';

const ICON_DIR = join(PROJECT_ROOT, 'public', 'icon');
const SIZES = [16, 32, 48, 128];

async function main(): Promise<void> {
  const svg = readFileSync(join(ICON_DIR, 'icon.svg'), 'utf8');
  const browser = await chromium.launch({
    executablePath: ensureChromium(),
    args: ['--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP * ~NOTFOUND'],
  });
  try {
    for (const size of SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      // The SVG is drawn straight at the target size (vector rasterisation at each size is
      // sharper than downscaling one large bitmap).
      const sized = svg.replace(/<svg\b([^>]*?)\swidth="\d+"\sheight="\d+"/, `<svg$1 width="${size}" height="${size}"`);
      await page.setContent(
        `<!doctype html><html><head><style>html,body{margin:0;padding:0;background:transparent}svg{display:block}</style></head><body>${sized}</body></html>`,
      );
      const out = join(ICON_DIR, `${size}.png`);
      await page.screenshot({ path: out, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      await page.close();
      console.log(`[assay] wrote ${out}`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
