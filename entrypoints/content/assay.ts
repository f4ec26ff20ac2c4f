/**
 * Assay on one page: wires the text walk, the recognizer, the highlights, the popover, the
 * mutation observer and the messages from the popup and the background. Each part lives in its
 * own module; this one only decides when each runs.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { readAliasIndexData } from 'virtual:assay-alias-index';
import type { Load } from '../../components/popover/Popover.tsx';
import type { EntityCard } from '../../lib/facts/cards.ts';
import type { EntityType } from '../../lib/model.ts';
import { createClient } from '../../lib/messaging/client.ts';
import { isAssayMessage } from '../../lib/messaging/envelope.ts';
import { newId } from '../../lib/messaging/ids.ts';
import { createTabRequestHandler } from '../../lib/messaging/tab-handler.ts';
import { loadAliasIndex } from '../../lib/recognize/alias-index.ts';
import { unpackDealKeys } from '../../lib/recognize/deals/packed-keys.ts';
import { AnswerBook, withRemoteNlp, type NlpQuestions } from '../../lib/recognize/nlp-answers.ts';
import { recognize } from '../../lib/recognize/recognize.ts';
import type { TabStatus } from '../../lib/messaging/tab-protocol.ts';
import { isPageSettings, pageSettingsFor, type PageSettings } from '../../lib/settings/page-settings.ts';
import { isCatalog } from '../../lib/i18n/message-format.ts';
import { pageLanguage } from '../../lib/i18n/page-language.ts';
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults.ts';
import { siteOf } from '../../lib/records/url.ts';
import { clipAroundRange, clipSelection, entitiesOf } from './clip.ts';
import { Highlighter, highlightsSupported } from './highlights.ts';
import { attachInteractions } from './interactions.ts';
import { isGone, MentionRegistry, type MentionRecord } from './mentions.ts';
import { observeChanges, pageRoot } from './observer.ts';
import { PopoverController, scrollToRange } from './popover-ui.ts';
import { recognizeChunk, scanRoots, yieldToPage, type ScanContext } from './scanner.ts';
import { mark, measure } from './timing.ts';

const REPORT_DEBOUNCE_MS = 250;
/** The elements whose text tells a mention's language, when the page declares none. */
const TEXT_BLOCKS = 'p, li, td, th, dd, blockquote, figcaption, h1, h2, h3, h4, h5, h6, article, section, main, body';

export async function startAssay(ctx: ContentScriptContext): Promise<void> {
  const started = performance.now();
  const client = createClient((message) => browser.runtime.sendMessage(message), { attempts: 3 });
  // This page's view of the settings (on or off here, types, colours), never the site lists.
  const readSettings = async (): Promise<PageSettings> => {
    const r = await client.request('page.settings');
    return r.ok && isPageSettings(r.value) ? r.value : pageSettingsFor(DEFAULT_SETTINGS, siteOf(location.href), navigator.language);
  };
  let settings = await readSettings();
  const status: TabStatus = { state: 'starting', mentions: 0, byType: { mineral: 0, country: 0, deal: 0 }, nlp: false, readyMs: null, longestSliceMs: null };

  mark('assay:index-start');
  const aliasIndexData = readAliasIndexData();
  const index = loadAliasIndex(aliasIndexData);
  measure('assay:index', 'assay:index-start');
  const label = (id: string) => {
    const at = index.entityIndex.get(id);
    return at === undefined ? id : index.entities[at].label;
  };
  /** An entity's Chinese name, for the popup and the side panel. */
  const labelZh = (id: string) => {
    const at = index.entityIndex.get(id);
    return at === undefined ? undefined : index.entities[at].labelZh;
  };
  /** An entity with its Chinese name added, where it has one, so a Chinese popup can name it in Chinese. */
  const withChineseName = <E extends { id: string }>(entity: E): E & { labelZh?: string } => {
    const zh = labelZh(entity.id);
    return zh ? { ...entity, labelZh: zh } : entity;
  };
  const registry = new MentionRegistry();
  let highlighter: Highlighter | undefined;
  let active = false;
  let current: MentionRecord | null = null;
  let usedNlp = false;

  const types = (): Record<EntityType, boolean> => settings.types;
  const popover = new PopoverController({
    ctx,
    label,
    loadCard: async (id, lang): Promise<Load<EntityCard>> => {
      const r = await client.request('facts.get', { id, lang });
      return r.ok ? { state: 'ready', value: r.value } : { state: 'error', message: r.error.message };
    },
    loadStrings: async (lang) => {
      const r = await client.request('popover.strings', { lang });
      return r.ok && isCatalog(r.value) ? r.value : null;
    },
    languages: (record) => {
      const ui = settings.language;
      if (settings.cardLanguage !== 'page') return { ui, card: ui };
      const around = () => record.range.startContainer.parentElement?.closest(TEXT_BLOCKS)?.textContent?.slice(0, 2_000) ?? '';
      return { ui, card: pageLanguage(document.documentElement.getAttribute('lang'), around) ?? ui };
    },
    mentionsOf: (id) => registry.ordered().filter((r) => r.id === id),
    saveClipping: async (record) => {
      const parts = clipAroundRange(record.range);
      const r = await client.request('clippings.save', {
        id: newId(),
        ...parts,
        url: location.href,
        title: document.title.slice(0, 500),
        entities: entitiesOf(recognize(parts.quote, { index, types: types() }), label),
      });
      return r.ok ? { ok: true, quote: r.value.quote } : { ok: false, message: r.error.message };
    },
    openDossier: async (entityId) => {
      await client.request('dossier.open', { entityId });
    },
    grantNotes: async (entityId) => {
      const r = await client.request('notes.grant', { entityId });
      return r.ok && typeof r.value?.token === 'string' ? r.value.token : null;
    },
    onCurrent: (record) => {
      current = record ?? current;
      highlighter?.setCurrent(record?.range ?? null);
    },
  });
  const isOwnUi = (node: Node | EventTarget) => node instanceof Element && popover.isOwnUi(node);

  // Text that is not rendered (display:none menus, collapsed panels) is found by the walk, which
  // does not query styles (that would force a layout mid-scan). An IntersectionObserver learns
  // later, without forcing anything, which parents have no box; their mentions are dropped.
  const watched = new WeakSet<Element>();
  const visibility = new IntersectionObserver((entries) => {
    const hidden = new Set<Element>();
    for (const entry of entries) {
      visibility.unobserve(entry.target);
      if (entry.boundingClientRect.width === 0 && entry.boundingClientRect.height === 0) hidden.add(entry.target);
    }
    if (!hidden.size) return;
    for (const r of registry.removeWhere((x) => hidden.has(x.range.startContainer.parentElement as Element))) highlighter?.remove(r.type, r.range);
    report();
  });
  ctx.onInvalidated(() => visibility.disconnect());
  const watchVisibility = (element: Element | null) => {
    if (!element || watched.has(element)) return;
    watched.add(element);
    visibility.observe(element);
  };

  let reportTimer: number | undefined;
  const report = () => {
    if (reportTimer !== undefined) return;
    reportTimer = ctx.setTimeout(() => {
      reportTimer = undefined;
      void client.request('page.report', { mentions: active ? registry.size : 0, byType: registry.countByType() });
    }, REPORT_DEBOUNCE_MS);
  };
  const currentStatus = (): TabStatus => ({ ...status, mentions: active ? registry.size : 0, byType: active ? registry.countByType() : { mineral: 0, country: 0, deal: 0 }, nlp: usedNlp });

  const scanContext: ScanContext = {
    index,
    senseMemory: new Map(),
    deals: unpackDealKeys(aliasIndexData.deals, aliasIndexData.entities),
    types,
    nlp: () => undefined,
    isOwnUi: (element) => popover.isOwnUi(element),
    onRecords: (records) => {
      const added = records.map((r) => registry.add(r));
      for (const r of added) {
        highlighter?.add(r.type, r.range);
        watchVisibility(r.range.startContainer.parentElement);
      }
      return added;
    },
    cancelled: () => ctx.isInvalid || !active,
  };

  /**
   * Re-reads the chunks a rule was unsure about with compromise's answers. compromise runs in the
   * extension's own document (see entrypoints/nlp-host), never in the page: the questions go
   * there in a message, one chunk per task.
   */
  const answers = new AnswerBook();
  const ask = async (questions: NlpQuestions) => {
    const r = await client.request('nlp.tag', questions);
    if (r.ok) usedNlp = true;
    return r.ok ? r.value : null;
  };
  const settleUnsure = async (unsure: Awaited<ReturnType<typeof scanRoots>>['unsure']) => {
    for (const { chunk, records } of unsure) {
      const fresh = await withRemoteNlp(answers, (nlp) => recognizeChunk({ ...scanContext, nlp: () => nlp }, chunk).records, ask);
      if (ctx.isInvalid || !active) return;
      // The page may have changed while compromise answered: only records still registered are replaced.
      const gone = new Set(records);
      const removed = registry.removeWhere((x) => gone.has(x));
      for (const r of removed) highlighter?.remove(r.type, r.range);
      if (removed.length) scanContext.onRecords(fresh, chunk);
      await yieldToPage();
    }
    if (unsure.length) report();
  };

  const scan = async (roots: Node[]) => {
    const stats = await scanRoots(scanContext, roots);
    report();
    await settleUnsure(stats.unsure);
    return stats;
  };

  const activate = async () => {
    if (active) return;
    if (!highlightsSupported()) {
      status.state = 'unsupported';
      return;
    }
    active = true;
    status.state = 'scanning';
    // Colours are read after a paint, never in the middle of a scan (see Highlighter).
    const afterPaint = (task: () => void) => requestAnimationFrame(() => ctx.setTimeout(task, 0));
    highlighter = new Highlighter(document, settings, afterPaint);
    afterPaint(() => highlighter?.applySettings(settings));
    const stats = await scanRoots(scanContext, [pageRoot()]);
    report();
    // The first scan's highlights are drawn (time to highlights); then the sentences the rules
    // left to compromise are settled, and until then those mentions carry the rules' best guess.
    // Tests ask for this with `tab.status`; the sweep's build also marks it (timing.ts).
    const readyMs = performance.now() - started;
    Object.assign(status, { state: 'ready', readyMs, longestSliceMs: stats.longestSliceMs });
    mark('assay:ready', { mentions: registry.size, chunks: stats.chunks, longestSliceMs: stats.longestSliceMs, workMs: stats.workMs, readyMs, unsure: stats.unsure.length });
    const settleStart = performance.now();
    await settleUnsure(stats.unsure);
    if (active) status.state = 'settled';
    mark('assay:settled', { mentions: registry.size, nlp: usedNlp, settleMs: performance.now() - settleStart });
  };

  const deactivate = () => {
    status.state = 'off';
    if (!active) return;
    active = false;
    popover.close(false);
    for (const r of registry.removeWhere(() => true)) highlighter?.remove(r.type, r.range);
    highlighter?.dispose();
    highlighter = undefined;
    report();
  };

  // The popup and the background talk to this frame through the tab protocol.
  const handleTab = createTabRequestHandler(
    {
      'tab.summary': async () => ({
        url: location.href,
        title: document.title,
        total: active ? registry.size : 0,
        entities: active ? registry.summary().map(withChineseName) : [],
        enabled: settings.enabled,
      }),
      'tab.selection': async () => {
        const parts = clipSelection(document.getSelection());
        if (!parts) return null;
        const entities = entitiesOf(recognize(parts.quote, { index, types: types() }), label).map(withChineseName);
        return { ...parts, url: location.href, title: document.title.slice(0, 500), entities };
      },
      'tab.reveal': async ({ entityId }) => {
        const record = registry.ordered().find((r) => r.id === entityId);
        if (!record) return { found: false };
        scrollToRange(record.range);
        await popover.open(record);
        return { found: true };
      },
      'tab.command': async ({ command }) => {
        const all = registry.ordered();
        if (!all.length) return { found: false };
        if (command === 'open') {
          const record = current && all.includes(current) ? current : all[0];
          scrollToRange(record.range);
          await popover.open(record);
          return { found: true };
        }
        const at = current ? all.indexOf(current) : -1;
        const next = all[command === 'next' ? (at + 1) % all.length : at <= 0 ? all.length - 1 : at - 1];
        current = next;
        scrollToRange(next.range);
        if (popover.isOpen) await popover.open(next);
        else highlighter?.setCurrent(next.range);
        return { found: true };
      },
      'tab.status': async () => currentStatus(),
      'tab.settingsChanged': async () => {
        const next = await readSettings();
        const typesChanged = JSON.stringify(next.types) !== JSON.stringify(settings.types);
        const languageChanged = next.language !== settings.language || next.cardLanguage !== settings.cardLanguage;
        settings = next;
        if (languageChanged) popover.relanguage();
        if (!settings.enabled) deactivate();
        else if (!active) void activate();
        else {
          highlighter?.applySettings(settings);
          if (typesChanged) {
            popover.close(false);
            for (const r of registry.removeWhere(() => true)) highlighter?.remove(r.type, r.range);
            void scan([pageRoot()]);
          }
        }
        return null;
      },
    },
    { ownId: browser.runtime.id },
  );
  browser.runtime.onMessage.addListener((message, sender) => (isAssayMessage(message) ? handleTab(message, sender) : undefined));

  attachInteractions({ ctx, registry, open: (r) => void popover.open(r), isOwnUi, hoverDelayMs: () => settings.hoverDelayMs });
  observeChanges(ctx, isOwnUi, (roots, removed) => {
    if (!active) return;
    const dead = removed ? registry.pruneDead() : [];
    const redo = registry.removeWhere((r) => roots.some((root) => root.contains(r.range.startContainer)));
    for (const r of [...dead, ...redo]) highlighter?.remove(r.type, r.range);
    highlighter?.reclaim();
    void scan(roots);
  });
  // Single-page apps change the URL without reloading: what was on screen may be gone. Many only
  // rewrite the address as the reader scrolls (infinite feeds, tabs), so an open popover stays
  // unless the word it belongs to left the page. The address changes before the page draws the
  // new view, so look a moment later.
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    ctx.setTimeout(() => {
      for (const r of registry.pruneDead()) highlighter?.remove(r.type, r.range);
      const shown = popover.current;
      if (popover.isOpen && (!shown || isGone(shown))) popover.close(false);
      report();
    }, 100);
  });

  if (settings.enabled) await activate();
  else {
    status.state = 'off';
    mark('assay:off');
    report();
  }
}
