/**
 * `npm start`: builds the extension, serves the bundled sample news site on 127.0.0.1 and opens
 * it in Chromium with Assay loaded. With a display the browser stays open for you to use; without
 * one it runs headless and writes screenshots of the page, the popovers and the popup, once with
 * Chromium in English and once in Chinese, to shots/start/en and shots/start/zh.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChineseFont, ensureChromium } from './chromium.ts';
import { launchWithExtension } from './browser.ts';
import { PROJECT_ROOT, serveStatic } from './serve.ts';
import { captureDemo } from './demo-shots.ts';

const args = new Set(process.argv.slice(2));
const headless = args.has('--headless') || (!args.has('--headed') && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
const port = Number(process.env.PORT ?? 4173);

ensureChromium();
ensureChineseFont();
console.log('[assay] building the Chromium extension…');
const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit', cwd: PROJECT_ROOT });
if (build.status !== 0) process.exit(build.status ?? 1);

const server = await serveStatic(port).catch(() => serveStatic(0));
const sampleUrl = server.url('sample/index.html');
console.log(`[assay] sample news site: ${sampleUrl}`);

/** The screenshots' languages: a browser started in each, so Assay follows it as it would a reader's. */
const SHOT_LANGUAGES = [
  { dir: 'en', lang: 'en-US' },
  { dir: 'zh', lang: 'zh-CN' },
];

if (headless) {
  console.log('[assay] no display found: running Chromium headless and taking screenshots in English and Chinese…');
  try {
    for (const { dir, lang } of SHOT_LANGUAGES) {
      const outDir = join(PROJECT_ROOT, 'shots', 'start', dir);
      mkdirSync(outDir, { recursive: true });
      const ext = await launchWithExtension({ headless: true, lang });
      try {
        const files = await captureDemo(ext, sampleUrl, outDir);
        console.log(`[assay] screenshots of Chromium in ${lang} written to ${outDir}:`);
        for (const file of files) console.log(`  ${file}`);
      } finally {
        await ext.close();
      }
    }
  } finally {
    await server.close();
  }
} else {
  const ext = await launchWithExtension({ headless: false, viewport: null });
  const page = ext.context.pages()[0] ?? (await ext.context.newPage());
  await page.goto(sampleUrl);
  console.log('[assay] Chromium is open with Assay loaded. Close the browser window (or press Ctrl+C) to stop.');
  const stop = async () => {
    await ext.close();
    await server.close();
    process.exit(0);
  };
  ext.context.on('close', stop);
  process.on('SIGINT', stop);
}
