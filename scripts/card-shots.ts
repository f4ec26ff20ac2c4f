/**
 * `npm run shots:cards`: opens cards in headless Chromium with the built extension and
 * - writes the graphite, neodymium, vanadium, Kazakhstan and DR Congo popovers, whole, to
 *   docs/screenshots/ (the README shows them);
 * - opens the card of every mineral of the USGS 2025 list on tests/pages/cards.html and counts
 *   those that draw producers with their shares (the issue asks for at least 50 of the 60).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithExtension } from './browser.ts';
import { captureCards, clickFirst, waitForHighlights } from './demo-shots.ts';
import { waitForCard } from './lib/popover-cdp.ts';
import { PROJECT_ROOT, serveStatic } from './serve.ts';
import { loadDataset } from '../lib/dataset/load.ts';

const OUT = join(PROJECT_ROOT, 'docs', 'screenshots');
const SHOTS = [
  { type: 'mineral', text: 'graphite', file: 'card-graphite.png' },
  { type: 'mineral', text: 'neodymium', file: 'card-neodymium.png' },
  { type: 'mineral', text: 'vanadium', file: 'card-vanadium.png' },
  { type: 'country', text: 'Kazakhstan', file: 'card-kazakhstan.png' },
  { type: 'country', text: 'DR Congo', file: 'card-dr-congo.png' },
] as const;
const WANTED = 50;

if (!process.argv.includes('--no-build')) execFileSync('npx', ['wxt', 'build'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
mkdirSync(OUT, { recursive: true });
const server = await serveStatic();
const ext = await launchWithExtension({ headless: true });
let failed = false;
try {
  const url = server.url('cards.html');
  for (const shot of await captureCards(ext, url, OUT, [...SHOTS])) {
    console.log(`${shot.path}: ${shot.state.bars} bars, ${shot.state.emptySections} empty sections`);
    if (shot.state.emptySections) failed = true;
  }

  const minerals = loadDataset().minerals.filter((m) => m.criticalLists.us2025).map((m) => m.names.en).sort();
  const page = await ext.context.newPage();
  await page.goto(url);
  await waitForHighlights(ext, page);
  const withBars: string[] = [];
  const without: string[] = [];
  for (const name of minerals) {
    if (!(await clickFirst(page, 'mineral', `text.toLowerCase() === ${JSON.stringify(name)} || text.toLowerCase().startsWith(${JSON.stringify(`${name} `)})`))) {
      without.push(`${name} (no highlight)`);
      continue;
    }
    const state = await waitForCard(page);
    (state.bars > 0 ? withBars : without).push(name);
    if (state.emptySections) console.log(`${name}: ${state.emptySections} empty section(s)`);
    await page.keyboard.press('Escape');
  }
  console.log(`\nIn Chromium, ${withBars.length} of ${minerals.length} mineral cards draw producers with shares (wanted ≥ ${WANTED}).`);
  console.log(`Without: ${without.join(', ')}`);
  if (withBars.length < WANTED) failed = true;
} finally {
  await ext.close();
  await server.close();
}
process.exit(failed ? 1 : 0);
