/**
 * The words around every source note of a card, in the card's language: "Source:" (or the note's
 * own prefix, "Status:"), "(8 documents)", "as of Feb 2026" / "来源：", "（共 8 份文件）",
 * "截至2026年2月". Worded in the background, from the catalogs, so the content script draws them
 * as they come.
 */
import type { Translator } from '../i18n/translator.ts';
import { formatDate } from './numbers.ts';
import type { Item, Section, SourceView, ViewCard } from './view.ts';

/** A source note with its words, spaced to be written one after the other (Chinese punctuation carries its own space). */
export function wordSource<S extends SourceView>(s: S, t: Translator): S {
  const space = t.lang === 'zh' ? '' : ' ';
  const lead = s.prefix ? `${s.prefix}${t.lang === 'zh' ? '：' : ':'}` : t('card_source');
  return {
    ...s,
    lead: `${lead}${space}`,
    asOfText: t('card_as_of', { date: formatDate(s.asOf, t.lang) }),
    ...(s.count ? { docsText: `${space}${t('card_documents', { count: s.count })}` } : {}),
  };
}

function wordItem(item: Item, t: Translator): Item {
  if (item.t === 'stats') return { ...item, items: item.items.map((s) => ({ ...s, source: wordSource(s.source, t) })) };
  if (item.t === 'entry' && item.source) return { ...item, source: wordSource(item.source, t) };
  return item;
}

/** The card with every source note worded. */
export function wordSources<C extends ViewCard>(card: C, t: Translator): C {
  const sections = card.sections.map((s): Section => ({ ...s, items: s.items.map((i) => wordItem(i, t)), sources: s.sources.map((x) => wordSource(x, t)) }));
  return { ...card, sections };
}
