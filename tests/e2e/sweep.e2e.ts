/**
 * A short corpus sweep as part of `npm test`: the sweep's own code over a handful of real pages
 * (a 1 MB English page, a GB18030 Chinese page served without a charset, a page full of
 * countries, two small pages, a page that removes its own root element), holding Assay to the
 * hard rules: no error and no network
 * request from the extension, the page's DOM unchanged, and mentions found. The full sweep
 * with its speed targets and baselines is `npm run sweep`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR } from '../../scripts/serve.ts';
import { DEFAULT_OPTIONS, runSweep } from '../../scripts/sweep/run.ts';
import { hardRulesBroken } from '../../scripts/sweep/targets.ts';

const PAGES = {
  largeEnglish: 'readability/wikipedia-2.html',
  chineseGbk: 'chinese-wce-dataset/2bac7fb2-efbd-4444-99c8-51c72acf5c7d.html',
  manyCountries: 'fundus/ca__NationalPost_2025_05_08.html',
  smallEnglish: 'htmldate/test_set__1791336003.html',
  smallChinese: 'chinese-wce-dataset/f70d9c97-9d64-415e-a7e4-840c9258eaf5.html',
  // Its scripts take away the body and the root element while it loads: nothing to find, and
  // nothing may fail.
  rootRemoved: 'goose3/schema__test_schema_list.html',
};
const files = Object.values(PAGES).map((p) => join(CORPUS_DIR, p));

describe('a short corpus sweep', () => {
  it('finds mentions on real pages without errors, requests or DOM changes', { timeout: 120_000 }, async () => {
    // The corpus is a fixture: without it this test must fail, not pass by doing nothing.
    const missing = files.filter((f) => !existsSync(f));
    if (missing.length) throw new Error(`corpus pages missing (../shared/corpus must sit beside the project):\n${missing.join('\n')}`);
    const report = await runSweep({ ...DEFAULT_OPTIONS, paths: files, baseline: false, recheck: 0 });
    const byPage = new Map(report.pages.map((p) => [p.file, p]));
    const page = (key: keyof typeof PAGES) => byPage.get(join(CORPUS_DIR, PAGES[key]))!;

    for (const p of report.pages) {
      expect.soft(p.failure, p.page).toBeUndefined();
      expect.soft(p.ready, `${p.page}: no assay:ready mark`).not.toBeNull();
      expect.soft(p.errors, `${p.page}: uncaught errors`).toEqual([]);
      expect.soft(p.consoleErrors, `${p.page}: console errors`).toEqual([]);
      expect.soft(p.extensionRequests, `${p.page}: extension requests`).toEqual([]);
      expect.soft(p.dom, `${p.page}: ${p.domDiff ?? ''}`).not.toBe('changed');
      if (p.file !== join(CORPUS_DIR, PAGES.rootRemoved)) expect.soft(p.mentions.total, `${p.page}: mentions`).toBeGreaterThan(0);
      expect.soft(p.tasks, `${p.page}: no trace`).not.toBeNull();
    }
    expect(hardRulesBroken(report.targets)).toEqual([]);
    // The pages were chosen for these: hundreds of countries, Chinese names in a GBK page.
    expect(page('largeEnglish').mentions.country).toBeGreaterThan(500);
    expect(page('manyCountries').mentions.country).toBeGreaterThan(50);
    expect(page('chineseGbk').mentions.country).toBeGreaterThan(5);
    // The bodies these verdicts compare must be real ones.
    expect(page('largeEnglish').dom).toBe('unchanged');
  });
});
