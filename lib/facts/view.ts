/**
 * A card as the popover draws it: sections of ready-worded, ready-formatted items in one
 * language. The background builds it (lib/facts/mineral-view.ts, country-view.ts), so the content
 * script carries one small renderer (components/cards/CardView.tsx) instead of a component per
 * card, and wording, number formats and layout are decided where the facts are.
 */
import type { Lang } from './numbers.ts';
import type { Bi } from './labels.ts';

export interface SourceView {
  source: string;
  asOf: string;
  /** What the date is of: "Source" (default) or "Status". */
  prefix?: string;
  /** How many documents of the same site and date this note stands for (a country's eight USGS sheets). */
  count?: number;
  /** The documents after the first that the note stands for: the popover counts them, an export lists them. */
  more?: string[];
  /** The note's words in the card's language (source-words.ts): "Source: ", "as of Feb 2026", "(8 documents)". */
  lead?: string;
  asOfText?: string;
  docsText?: string;
}

/** Inline text: plain, bold, or a small coloured tag (a control's state, "Rare earths (group)"). */
export type Inline = string | { strong: string } | { tag: string; tone: 'group' | 'in-force' | 'suspended' | 'superseded' | 'lapsed' | 'unclear' };

export type Item =
  /** A paragraph. */
  | { t: 'p'; text: Inline[]; small?: true; muted?: true }
  /** The line under the title: element symbol and groups. */
  | { t: 'facts'; symbol?: string; text: string }
  /** Horizontal bars: label, bar length (0..1 of the longest), value text. */
  | { t: 'bars'; label: string; rows: { label: string; frac: number; value: string; highlight?: true }[] }
  /** A bulleted or numbered list. */
  | { t: 'list'; ordered?: true; items: Inline[][] }
  /** Headline figures side by side (China's share, US import reliance). */
  | { t: 'stats'; items: { value: string; label: Inline[]; lines: string[]; source: SourceView }[] }
  /** A small line chart beside its figures (a price over five years). */
  | { t: 'spark'; points: number[]; text: string }
  /** A compact table: a head cell, a muted sub-label, then right-aligned cells. */
  | { t: 'grid'; rows: { head: string; sub: string; cells: string[]; hint?: string }[] }
  /** An entry of several lines with its own source (a control, a missing figure). */
  | { t: 'entry'; head: Inline[]; lines: string[]; source?: SourceView };

export interface Section {
  title?: Inline[];
  items: Item[];
  sources: SourceView[];
}

export interface ViewCard {
  kind: 'mineral' | 'country';
  id: string;
  names: { en: string; zh: string; official?: string };
  lang: Lang;
  sections: Section[];
}

/** The half of a pair a card is built in. */
export const pick = (text: Bi, lang: Lang): string => text[lang];

function site(source: string): string {
  try {
    return new URL(source).hostname;
  } catch {
    return source;
  }
}

/** Sources in order, one note per site and date: eight USGS sheets of February 2026 make one note. */
export function uniqueSources(sources: SourceView[]): SourceView[] {
  const groups = new Map<string, { first: SourceView; urls: Set<string> }>();
  for (const s of sources) {
    const key = `${s.prefix ?? ''}|${site(s.source)}|${s.asOf}`;
    const group = groups.get(key);
    if (group) group.urls.add(s.source);
    else groups.set(key, { first: s, urls: new Set([s.source]) });
  }
  return [...groups.values()].map(({ first, urls }) => (urls.size > 1 ? { ...first, count: urls.size, more: [...urls].slice(1) } : first));
}
