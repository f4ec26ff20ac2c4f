/**
 * The same `Math.random` sequence in every load of a page. Pages that pick an ad or a teaser at
 * random would otherwise differ between the load with Assay and the load without it, and the DOM
 * comparison would blame Assay (one page of the corpus did so in two pairs of loads running). The
 * script runs in the page's own world only: Assay's content script has its own `Math`.
 */
import type { BrowserContext } from 'playwright-core';

export async function seedPageRandom(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    // mulberry32: small, fast and good enough to stand in for a page's Math.random.
    let state = 0x2f6b3a1d;
    Math.random = () => {
      state = (state + 0x6d2b79f5) | 0;
      let t = Math.imul(state ^ (state >>> 15), 1 | state);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  });
}
