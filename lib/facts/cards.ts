/**
 * The cards a popover shows: one entity's facts from the dataset, with every id resolved to a
 * label so the content script needs no dataset of its own. Built in the background when a
 * popover asks; every figure keeps its source and as-of date.
 */
import type { IndexedDataset } from '../dataset/load.ts';
import type { Control, ControlState, Country, Deal, DealKind, DealState, DealValue, Mineral } from '../dataset/schema.ts';
import { countryFacts } from './country-facts.ts';
import { countryView } from './country-view.ts';
import { mineralFacts } from './mineral-facts.ts';
import { mineralView } from './mineral-view.ts';
import { formatDate, type Lang } from './numbers.ts';
import { pick, type SourceView, type ViewCard } from './view.ts';
import { UI } from './labels.ts';
import { wordSource, wordSources } from './source-words.ts';
import { translatorFor } from '../i18n/catalogs.ts';
import type { Translator } from '../i18n/translator.ts';

export type { CountryFacts, CountryImport, CountryMineral } from './country-facts.ts';
export type { MineralFacts, TableView, TableRowView, ChinaShareView, RelianceView, PriceView, ImportView, TextView, UnavailableView } from './mineral-facts.ts';
export type { Bi } from './labels.ts';
export type { ViewCard, Section, Item, Inline, SourceView } from './view.ts';

/** Mineral and country cards are laid out in the background (see view.ts). */
export type MineralCard = ViewCard & { kind: 'mineral' };
export type CountryCard = ViewCard & { kind: 'country' };

export interface Ref {
  id: string;
  label: string;
  labelZh?: string;
}

export interface Sourced {
  source: string;
  asOf: string;
}

export interface ControlSummary extends Sourced {
  id: string;
  instrument: string;
  instrumentZh: string;
  title: string;
  titleZh: string;
  announced: string;
  effective: string;
  state: ControlState;
  statusText: string;
  statusTextZh: string;
  until?: string;
}

export interface DealSummary {
  id: string;
  title: string;
  titleZh: string;
  date: string;
  kinds: DealKind[];
  state: DealState;
}

/** Where a deal stands, with the Chinese twin of its note and the source that says so. */
export interface DealStatusView extends Sourced {
  state: DealState;
  note?: string;
  noteZh?: string;
}

export interface DealCard {
  kind: 'deal';
  id: string;
  title: string;
  titleZh: string;
  date: string;
  dateNote?: string;
  dateNoteZh?: string;
  parties: { label: string; country?: Ref; role?: string; roleZh?: string }[];
  minerals: Ref[];
  value?: DealValue;
  kinds: DealKind[];
  status: DealStatusView;
  summary: string;
  summaryZh: string;
  sources: string[];
  asOf: string;
  /** The language the card is worded in, and its fixed words in that language. */
  lang: Lang;
  words: DealWords;
}

/** A deal card's headings and source notes, worded in the background (the content script has no catalog). */
export interface DealWords {
  value: string;
  noFigure: string;
  parties: string;
  minerals: string;
  sources: string;
  /** "Card as of 7 Nov 2025". */
  cardAsOf: string;
  status: SourceView;
  valueSource?: SourceView;
}

export type EntityCard = MineralCard | CountryCard | DealCard;

function ref(dataset: IndexedDataset, id: string): Ref {
  const e = dataset.byId(id) as Mineral | Country | undefined;
  if (e && 'names' in e) return { id, label: e.names.en, labelZh: e.names.zh };
  const d = dataset.deal(id);
  return { id, label: d?.title ?? id };
}

function controlSummary(c: Control): ControlSummary {
  return {
    id: c.id,
    instrument: c.instrument,
    instrumentZh: c.instrumentZh,
    title: c.title,
    titleZh: c.titleZh,
    announced: c.announced,
    effective: c.effective,
    state: c.status.state,
    statusText: c.status.text,
    statusTextZh: c.status.textZh,
    until: c.status.until,
    source: c.status.source,
    asOf: c.status.asOf,
  };
}

function dealSummary(d: Deal): DealSummary {
  return { id: d.id, title: d.title, titleZh: d.titleZh, date: d.date, kinds: d.kinds, state: d.status.state };
}

function dealWords(d: Deal, t: Translator): DealWords {
  return {
    value: t('card_value'),
    noFigure: t('card_no_figure'),
    parties: t('card_parties'),
    minerals: t('card_minerals'),
    sources: t('card_sources'),
    cardAsOf: t('card_card_as_of', { date: formatDate(d.asOf, t.lang) }),
    status: wordSource({ source: d.status.source, asOf: d.status.asOf, prefix: pick(UI.status, t.lang) }, t),
    ...(d.value ? { valueSource: wordSource({ source: d.value.source, asOf: d.value.asOf }, t) } : {}),
  };
}

function dealCard(dataset: IndexedDataset, d: Deal, t: Translator): DealCard {
  return {
    kind: 'deal',
    id: d.id,
    title: d.title,
    titleZh: d.titleZh,
    date: d.date,
    dateNote: d.dateNote,
    dateNoteZh: d.dateNoteZh,
    parties: d.parties.map((p) => ({
      label: p.organisation ?? (p.country ? ref(dataset, p.country).label : '—'),
      country: p.country ? ref(dataset, p.country) : undefined,
      role: p.role,
      roleZh: p.roleZh,
    })),
    minerals: d.minerals.map((id) => ref(dataset, id)),
    value: d.value,
    kinds: d.kinds,
    status: { ...d.status },
    summary: d.summary,
    summaryZh: d.summaryZh,
    sources: d.sources,
    asOf: d.asOf,
    lang: t.lang,
    words: dealWords(d, t),
  };
}

function controlsOf(dataset: IndexedDataset, ids: string[]): ControlSummary[] {
  return ids.map((id) => dataset.control(id)).filter((c): c is Control => !!c).map(controlSummary);
}

function dealsOf(dataset: IndexedDataset, ids: string[]): DealSummary[] {
  return ids.map((id) => dataset.deal(id)).filter((d): d is Deal => !!d).map(dealSummary);
}

/** The facts behind a mineral or country card (what the view lays out; tests read them directly). */
export function factsFor(dataset: IndexedDataset, id: string) {
  const m = dataset.mineral(id);
  if (m) return mineralFacts(dataset, m, controlsOf(dataset, m.controls), dealsOf(dataset, m.relatedDeals));
  const c = dataset.country(id);
  if (c) return countryFacts(dataset, c, dealsOf(dataset, c.relatedDeals), controlsOf(dataset, c.controls));
  return undefined;
}

/** The card for an entity id, or undefined when the dataset has no such entity. */
export function cardFor(dataset: IndexedDataset, id: string, lang: Lang = 'en'): EntityCard | undefined {
  const t = translatorFor(lang);
  const m = dataset.mineral(id);
  if (m) return wordSources(mineralView(mineralFacts(dataset, m, controlsOf(dataset, m.controls), dealsOf(dataset, m.relatedDeals)), lang), t) as MineralCard;
  const c = dataset.country(id);
  if (c) return wordSources(countryView(countryFacts(dataset, c, dealsOf(dataset, c.relatedDeals), controlsOf(dataset, c.controls)), lang), t) as CountryCard;
  const d = dataset.deal(id);
  if (d) return dealCard(dataset, d, t);
  return undefined;
}
