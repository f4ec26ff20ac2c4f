/**
 * The peers Assay is measured against, run inside a page loaded without the extension:
 *  - mark.js (the library most people reach for) highlighting Assay's own alias list, English
 *    and Chinese, set up the way its documentation suggests for whole names: no word
 *    splitting, exact matches bounded by punctuation for English (Chinese has no spaces, so
 *    its names are matched anywhere, mark.js's default);
 *  - a bare TreeWalker reading every text node: the least any page reader can do.
 * Both are timed in the page with performance.now().
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { collectAliases } from '../../lib/dataset/aliases.ts';
import { loadDataset } from '../../lib/dataset/load.ts';
import { PROJECT_ROOT } from '../serve.ts';
import { evaluateInPage } from './in-page.ts';
import type { MarkJsResult, TextWalkResult } from './types.ts';

const MARK_JS = join(PROJECT_ROOT, 'node_modules', 'mark.js', 'dist', 'mark.min.js');
/** Punctuation that may touch an English name, as in mark.js's own example for `exactly`. */
const LIMITERS = [',', '.', ';', ':', '!', '?', '(', ')', '[', ']', '"', "'", '“', '”', '‘', '’', '-', '–', '—', '/'];
/** Keywords per mark() call: the cap is checked between calls, so this bounds the overshoot. */
const KEYWORDS_PER_CALL = 20;

export interface AliasLists {
  en: string[];
  zh: string[];
}

/** Every alias of every entity, longest first (the order mark.js itself searches in). */
export function aliasLists(): AliasLists {
  const aliases = collectAliases(loadDataset());
  const byLength = (a: string, b: string) => b.length - a.length;
  const unique = (lang: 'en' | 'zh') => [...new Set(aliases.filter((a) => a.lang === lang).map((a) => a.text))].sort(byLength);
  return { en: unique('en'), zh: unique('zh') };
}

/**
 * Loads mark.js into the page's main world. Its UMD wrapper would register with a page's own
 * AMD or CommonJS loader if it saw one, so those names are hidden from it.
 */
async function loadMarkJs(page: Page): Promise<void> {
  const source = readFileSync(MARK_JS, 'utf8');
  await page.evaluate(`(function (define, module, exports) {\n${source}\n}).call(window, undefined, undefined, undefined); window.__sweepMark = window.Mark; true;`);
}

export async function runMarkJs(page: Page, aliases: AliasLists, capMs: number): Promise<MarkJsResult> {
  await loadMarkJs(page);
  return evaluateInPage(
    page,
    async ({ en, zh, capMs, limiters, perCall }: { en: string[]; zh: string[]; capMs: number; limiters: string[]; perCall: number }) => {
      type MarkOptions = Record<string, unknown> & { done?: (n: number) => void };
      const Mark = (window as unknown as { __sweepMark: new (root: Element) => { mark(k: string[], o: MarkOptions): void } }).__sweepMark;
      const instance = new Mark(document.body);
      const started = performance.now();
      let keywordsDone = 0;
      let capped = false;
      const run = async (keywords: string[], options: MarkOptions) => {
        for (let i = 0; i < keywords.length; i += perCall) {
          if (performance.now() - started > capMs) {
            capped = true;
            return;
          }
          const batch = keywords.slice(i, i + perCall);
          // mark() finishes synchronously (no iframes); `done` is awaited in case it does not.
          await new Promise<void>((resolve) => instance.mark(batch, { ...options, done: () => resolve() }));
          keywordsDone += batch.length;
        }
      };
      await run(en, { separateWordSearch: false, accuracy: { value: 'exactly', limiters } });
      await run(zh, { separateWordSearch: false });
      const ms = performance.now() - started;
      return { ms, keywordsDone, keywords: en.length + zh.length, capped, marks: document.querySelectorAll('mark[data-markjs]').length };
    },
    { en: aliases.en, zh: aliases.zh, capMs, limiters: LIMITERS, perCall: KEYWORDS_PER_CALL },
  );
}

/**
 * Walks over every text node of the body. A page's clock ticks in 0.1 ms steps and a walk often
 * takes less, so the floor figure is the mean of as many warm walks as fit in 20 ms (at least
 * three); the first, cold walk is reported apart.
 */
export function runTextWalk(page: Page): Promise<TextWalkResult> {
  return evaluateInPage(page, () => {
    const walk = () => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let textNodes = 0;
      let chars = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        textNodes++;
        chars += (node as Text).data.length;
      }
      return { textNodes, chars };
    };
    const coldStart = performance.now();
    const first = walk();
    const firstMs = performance.now() - coldStart;
    const started = performance.now();
    let walks = 0;
    do {
      walk();
      walks++;
    } while (walks < 3 || performance.now() - started < 20);
    return { ms: (performance.now() - started) / walks, firstMs, textNodes: first.textNodes, chars: first.chars };
  }, null);
}
