/**
 * Assay leaves a page's DOM alone in Firefox: the sample page (with a popover open) and three real
 * pages from the corpus (a 1 MB English page, a Chinese page in GBK served without a charset, a
 * page full of countries) are first loaded twice before Assay is installed, and their bodies must
 * be the same with Assay as without it, with its mentions found.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstDifference } from '../../scripts/sweep/dom-compare.ts';
import { CORPUS_DIR } from '../../scripts/serve.ts';
import { startFirefox, type FirefoxHarness } from './harness.ts';
import { clickHighlight, highlighted, popoverText, serializeBody, waitForAssay } from './page-helpers.ts';

/** Corpus pages (under ../shared/corpus/pages), the country mentions each has at least, and names among them. */
const CORPUS_PAGES: Record<string, { path: string; countries: number; names: string[] }> = {
  largeEnglish: { path: 'readability/wikipedia-2.html', countries: 500, names: ['New Zealand', 'United Kingdom'] },
  chineseGbk: { path: 'chinese-wce-dataset/c38e2b2d-b578-4808-9251-3abf183ef19e.html', countries: 100, names: ['中国', '日本'] },
  manyCountries: { path: 'fundus/ca__NationalPost_2025_05_08.html', countries: 50, names: ['Canada', 'India'] },
};
const SAMPLE = 'sample/index.html';

describe('the page DOM in Firefox', () => {
  let h: FirefoxHarness;
  /** The body of each page without Assay. */
  const bare = new Map<string, string>();

  beforeAll(async () => {
    const missing = Object.values(CORPUS_PAGES).map((p) => join(CORPUS_DIR, p.path)).filter((f) => !existsSync(f));
    if (missing.length) throw new Error(`corpus pages missing (../shared/corpus must be there):\n${missing.join('\n')}`);
    h = await startFirefox({ install: false });
    for (const path of [SAMPLE, ...Object.values(CORPUS_PAGES).map((p) => `corpus/${p.path}`)]) {
      const bodies: string[] = [];
      for (let load = 0; load < 2; load++) {
        const tab = await h.open(path);
        bodies.push(await serializeBody(tab));
        await tab.close();
      }
      // A page that builds a different body on each load could not tell us anything.
      if (bodies[0] !== bodies[1]) throw new Error(`${path} is not the same on two loads without Assay: ${firstDifference(bodies[1]!, bodies[0]!, ['load 2', 'load 1'])}`);
      bare.set(path, bodies[0]!);
    }
    await h.install();
  }, 120_000);
  afterAll(async () => {
    await h?.close();
  });

  it('leaves the sample page body exactly as it was, even with a popover open', async () => {
    const tab = await h.open(SAMPLE);
    await waitForAssay(h, tab);
    await clickHighlight(tab, 'mineral', 'tungsten');
    await expect.poll(() => popoverText(tab)).toContain('Tungsten');
    const body = await serializeBody(tab);
    expect(body === bare.get(SAMPLE), firstDifference(body, bare.get(SAMPLE)!)).toBe(true);
    await h.assertClean();
  });

  for (const [name, { path, countries, names }] of Object.entries(CORPUS_PAGES)) {
    it(`highlights a real page and leaves its body as it was: ${name} (${path})`, async () => {
      const tab = await h.open(`corpus/${path}`);
      const status = await waitForAssay(h, tab);
      expect(status.byType.country).toBeGreaterThan(countries);
      expect(await highlighted(tab, 'country')).toEqual(expect.arrayContaining(names));
      const body = await serializeBody(tab);
      expect(body === bare.get(`corpus/${path}`), firstDifference(body, bare.get(`corpus/${path}`)!)).toBe(true);
      await tab.close();
      await h.assertClean();
    });
  }
});
