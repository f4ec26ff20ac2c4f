/**
 * The background's answers that need the dataset or the browser rather than the database: a
 * popover's facts, the dataset's editions and licences, compromise's answers for a page that
 * needs them, and the toolbar badge.
 */
import { browser } from 'wxt/browser';
import { loadDataset } from '../../lib/dataset/load.ts';
import { cardFor } from '../../lib/facts/cards.ts';
import { timelineFor } from '../../lib/facts/timeline.ts';
import type { Handlers } from '../../lib/messaging/server.ts';
import type { Protocol } from '../../lib/messaging/protocol.ts';
import { AssayError } from '../../lib/messaging/result.ts';
import { askNlpHost } from './nlp-host.ts';
import { announce } from './tabs.ts';
import { pageChanged } from '../../lib/messaging/events.ts';
import { popoverCatalog, translatorFor } from '../../lib/i18n/catalogs.ts';
import type { Lang } from '../../lib/i18n/language.ts';

type BrowserRequests = 'facts.get' | 'popover.strings' | 'dataset.info' | 'nlp.tag' | 'page.report' | 'dossier.timeline' | 'dossier.open';

/** An entity's name in English and Chinese, for the notes panel's labels (the id when the dataset has none). */
export function entityLabel(entityId: string): { en: string; zh?: string } {
  const entity = loadDataset().byId(entityId);
  if (!entity) return { en: entityId };
  return 'names' in entity ? { en: entity.names.en, zh: entity.names.zh } : { en: entity.title, zh: entity.titleZh };
}

function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 999 ? '999+' : String(count);
}

export interface BrowserHandlerOptions {
  /** The language the reader reads Assay in: cards asked for without one, the toolbar button's tooltip. */
  readerLanguage: () => Promise<Lang>;
}

export function createBrowserHandlers({ readerLanguage }: BrowserHandlerOptions): Required<Pick<Handlers<Protocol>, BrowserRequests>> {
  return {
    'facts.get': async ({ id, lang }) => {
      const language = lang ?? (await readerLanguage());
      const card = cardFor(loadDataset(), id, language);
      if (!card) throw new AssayError('not-found', translatorFor(language)('card_no_facts', { id }));
      return card;
    },
    'popover.strings': async ({ lang }) => popoverCatalog(lang),
    'dataset.info': async () => {
      const { meta, minerals, countries, deals, controls } = loadDataset();
      return {
        meta,
        counts: { minerals: minerals.length, countries: countries.length, deals: deals.length, controls: controls.length },
      };
    },
    'nlp.tag': async (questions) => askNlpHost(questions),
    'dossier.timeline': async ({ entityId }) => timelineFor(loadDataset(), entityId),
    'dossier.open': async ({ entityId }, { sender }) => {
      // Next to the tab it was asked from, so the reader can go back to the article.
      const opener = sender.tab;
      await browser.tabs.create({ url: browser.runtime.getURL(`/dossier.html#${encodeURIComponent(entityId)}`), ...(opener?.id !== undefined ? { openerTabId: opener.id } : {}) });
      return null;
    },
    'page.report': async ({ mentions }, { sender }) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined || (sender.frameId ?? 0) !== 0) return null;
      const action = browser.action ?? browser.browserAction;
      await action.setBadgeText({ tabId, text: badgeText(mentions) });
      const t = translatorFor(await readerLanguage());
      await action.setTitle({ tabId, title: mentions > 0 ? t.plural('badge_title', mentions) : t('ext_name') });
      await action.setBadgeBackgroundColor({ tabId, color: '#0f5e5a' });
      void announce(pageChanged(tabId));
      return null;
    },
  };
}
