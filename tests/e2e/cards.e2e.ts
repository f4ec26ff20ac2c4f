/**
 * The mineral and country cards in real Chromium: the figures a reader clicks for are drawn, with
 * their basis, source and year, and the cards of the USGS 2025 list draw producers with shares.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../lib/dataset/load.ts';
import { popoverState, waitForCard } from '../../scripts/lib/popover-cdp.ts';
import { startHarness, type Harness } from './harness.ts';
import { clickHighlight, highlighted, waitForAssay } from './page-helpers.ts';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

describe('cards', () => {
  it("draws graphite's producers, China's share with its basis, reliance, price and US imports", async () => {
    const page = await h.open('cards.html');
    await waitForAssay(page);
    await clickHighlight(page, 'mineral', 'graphite');
    const card = await waitForCard(page);
    expect(card.bars).toBe(6);
    expect(card.text).toContain('Natural graphite mine production, 2025 (estimated)');
    expect(card.text).toContain("China's share of world mine production of natural graphite, 2025 (estimated)");
    expect(card.text).toContain('US net import reliance');
    expect(card.text).toMatch(/Price, 2021–2025 2021: 1,330/);
    expect(card.text).toContain('US imports, 2021–24 China 46%');
    expect(card.text).toContain('Substitutes');
    expect(card.emptySections).toBe(0);
    h.assertClean();
  });

  it("labels a rare earth's figures as its group's", async () => {
    const page = await h.open('cards.html');
    await waitForAssay(page);
    await clickHighlight(page, 'mineral', 'neodymium');
    const card = await waitForCard(page);
    expect(card.bars).toBeGreaterThan(0);
    expect(card.text).toMatch(/Mine production, 2025 \(estimated\) Rare earths \(group\)/);
    expect(card.text).toContain('Neodymium oxide, 99.5% minimum.');
  });

  it("shows a country's ranks by stage and where the US imports from it", async () => {
    const page = await h.open('cards.html');
    await waitForAssay(page);
    await clickHighlight(page, 'country', 'DR Congo');
    const card = await waitForCard(page);
    expect(card.text).toMatch(/cobalt mine production 1st 74%/);
    expect(card.text).toMatch(/copper refined copper refinery production 2nd 10%/);
  });

  it('draws producers with shares on at least 50 of the 60 cards of the 2025 list', async () => {
    const page = await h.open('cards.html');
    await waitForAssay(page);
    const texts = await highlighted(page, 'mineral');
    const names = loadDataset().minerals.filter((m) => m.criticalLists.us2025).map((m) => m.names.en);
    let drawn = 0;
    for (const name of names) {
      const text = texts.find((t) => t.toLowerCase() === name || t.toLowerCase().startsWith(`${name} `));
      if (!text) continue;
      await clickHighlight(page, 'mineral', text);
      const card = await waitForCard(page);
      if (card.bars > 0) drawn++;
      await page.keyboard.press('Escape');
      await expect.poll(async () => (await popoverState(page)).text).toBe('');
    }
    expect(drawn).toBeGreaterThanOrEqual(50);
    h.assertClean();
  }, 120_000);
});
