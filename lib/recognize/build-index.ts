/**
 * From the dataset to the alias index the content script ships: the dataset's names, aliases,
 * demonyms, capitals and abbreviations, the recognizer's lexicon (blocking phrases and deal
 * words), plural forms, and traditional-character spellings. Runs at build time and in Node
 * tools; nothing here is needed in the browser.
 */
import type { AliasEntry } from '../dataset/aliases.ts';
import type { Dataset } from '../dataset/schema.ts';
import { buildAliasIndex, PayloadKind, type IndexAlias, type IndexEntity, type SerializedAliasIndex } from './alias-index.ts';
import { BLOCKERS_EN, BLOCKERS_ZH, BLOCKERS_ZH_UNLESS_NEXT, BLOCKERS_ZH_UNLESS_PREVIOUS } from './lexicon/blockers.ts';
import { METONYM_CAPITALS } from './lexicon/capitals.ts';
import { DEAL_WORDS_EN, DEAL_WORDS_ZH } from './lexicon/deal-words.ts';
import type { DealKey } from './deals/link.ts';
import { DEAL_KINDS, packDealKeys, type PackedDealKey } from './deals/packed-keys.ts';

export interface BuildOptions {
  /** Other spellings of a Chinese string (traditional forms), from a converter such as OpenCC. */
  zhVariants?: (text: string) => string[];
}

const KIND: Record<AliasEntry['kind'], PayloadKind> = {
  name: PayloadKind.Name,
  alias: PayloadKind.Alias,
  demonym: PayloadKind.Demonym,
  capital: PayloadKind.Capital,
  abbrev: PayloadKind.Abbrev,
};

/** English plural of a mineral name or a demonym, when it has a regular one. */
function plural(text: string, kind: AliasEntry['kind'], type: AliasEntry['type']): string | undefined {
  if (type === 'mineral' && (kind === 'name' || kind === 'alias')) {
    if (/^[A-Z]{2,5}$/.test(text)) return `${text}s`; // REE → REEs, PGM → PGMs
    if (text === text.toLowerCase() && !/(s|x|z|ch|sh|um|ite|ine|ide|ium|ore|ene|ash|al)$/.test(text)) return `${text}s`;
    return undefined;
  }
  if (kind === 'demonym' && !/(s|sh|ch|ese|x|z|ss)$/.test(text)) return `${text}s`;
  return undefined;
}

/**
 * Blocking phrases and their plurals: "silver linings" and "Danish pastries" are the same idioms
 * as "silver lining" and "Danish pastry". Only phrases of several words ending in a common noun
 * get one (a name such as "Iron Age" or a verb such as "iron out" ends otherwise or not at all).
 */
function withPlurals(phrases: readonly string[]): string[] {
  const out = new Set(phrases);
  for (const text of phrases) {
    if (!/\s[a-z]+$/.test(text) || /s$/.test(text)) continue;
    out.add(/[^aeiou]y$/.test(text) ? `${text.slice(0, -1)}ies` : /(x|z|ch|sh)$/.test(text) ? `${text}es` : `${text}s`);
  }
  return [...out];
}

/**
 * Traditional text writes a partner 伙伴 or 夥伴 (合作伙伴關係, 合作夥伴關係), and the converter
 * gives one of the two by the phrase: a deal word in either spelling gets the other too.
 */
function withPartnerSpellings(texts: string[]): string[] {
  const out = new Set(texts);
  for (const t of texts) if (/[伙夥]伴/.test(t)) out.add(t.replace(/伙伴/g, '夥伴')).add(t.replace(/夥伴/g, '伙伴'));
  return [...out];
}

function expandZh(texts: string[], options: BuildOptions): string[] {
  const out = new Set<string>();
  for (const text of texts) {
    out.add(text);
    for (const variant of options.zhVariants?.(text) ?? []) out.add(variant);
  }
  return [...out];
}

/*
 * Government bodies and banks that lend to many deals (EXIM, the DFC, JPMorgan) say nothing about
 * which deal a sentence means, and news names departments in ways of its own (the Pentagon).
 */
const NOT_A_DEAL_COMPANY = /^(?:US|U\.S\.|United States)\b|^European Union$|Export-Import Bank/;
const BYSTANDER_ROLE = /^(?:lender|participants|commodity traders)/;
/** Words news drops from a company's name ("Lynas" for Lynas Rare Earths), when one word is left. */
const NAME_TAIL = / (?:Rare Earths|Rare Metals|Technologies|Holdings|Corp\.?|Corporation|Inc\.?|Ltd\.?|Limited)$/;

/** The names news calls a deal's company by: its name, its name's short form, a short form in brackets. */
function companyNames(organisation: string): string[] {
  const bracket = /\s*\(([^)]*)\)\s*$/.exec(organisation);
  const main = bracket ? organisation.slice(0, bracket.index) : organisation;
  const out = [main];
  const short = main.replace(NAME_TAIL, '');
  if (short !== main && (!short.includes(' ') || /Holdings$|Corp\.?$/.test(main))) out.push(short);
  // "Lynas USA", "JARE", "TechMet and Rock Holdings": short forms and owners, each a name.
  for (const part of bracket?.[1].split(/ and |, /) ?? []) if (/^[A-Z]/.test(part) && !/ project$/.test(part)) out.push(part);
  // Ma'aden is also written Maaden.
  for (const name of [...out]) if (/['’]/.test(name)) out.push(name.replace(/['’]/g, ''));
  return [...new Set(out)];
}

/** The owners a party's role names ("investor, owned by JOGMEC and Sojitz"): news names the vehicle by them ("JOGMEC and Sojitz's investment in Lynas"). */
function ownersIn(role: string | undefined): string[] {
  const owned = /\bowned by ([A-Z][^,;.]*)/.exec(role ?? '');
  return owned ? owned[1].split(/ and |, /).filter((name) => /^[A-Z]/.test(name)) : [];
}

function dealCompanies(parties: Dataset['deals'][number]['parties']): string[][] {
  const out: string[][] = [];
  for (const p of parties) {
    if (!p.organisation || NOT_A_DEAL_COMPANY.test(p.organisation) || BYSTANDER_ROLE.test(p.role ?? '')) continue;
    // "Hartree Partners, Mercuria and Traxys" is three companies; a name with a bracket is one.
    for (const one of p.organisation.includes('(') ? [p.organisation] : p.organisation.split(/, | and (?=[A-Z])/)) {
      const names = [...companyNames(one), ...ownersIn(p.role)];
      if (!out.some((known) => known[0] === names[0])) out.push(names);
    }
  }
  return out;
}

/** Deal facts the linker needs, with group minerals expanded to their members. */
export function dealKeys(dataset: Pick<Dataset, 'deals' | 'minerals'>): DealKey[] {
  const members = new Map<string, string[]>();
  for (const m of dataset.minerals) for (const group of m.partOf ?? []) members.set(group, [...(members.get(group) ?? []), m.id]);
  return dataset.deals.map((d) => ({
    id: d.id,
    date: d.date,
    countries: [...new Set(d.parties.map((p) => p.country).filter((c): c is string => !!c))],
    minerals: [...new Set(d.minerals.flatMap((m) => [m, ...(members.get(m) ?? [])]))],
    amount: d.value?.amount,
    kinds: DEAL_KINDS.filter((k) => d.kinds.includes(k)),
    organisations: dealCompanies(d.parties),
    parts: (d.value?.parts ?? []).flatMap((part) => (part.amount && part.currency === d.value?.currency ? [part.amount] : [])),
    ...(/\bpeace\b/i.test(d.title) ? { peace: true } : {}),
  }));
}

/** What the content script ships: the alias index and the deal keys, packed (unpackDealKeys reads them). */
export type RecognizerIndexData = SerializedAliasIndex & { deals: PackedDealKey[] };

export function buildRecognizerIndex(dataset: Dataset, aliases: AliasEntry[], options: BuildOptions = {}): RecognizerIndexData {
  const entities: IndexEntity[] = [
    ...dataset.minerals.map((m) => ({ id: m.id, type: 'mineral' as const, label: m.names.en, labelZh: m.names.zh })),
    ...dataset.countries.map((c) => ({ id: c.id, type: 'country' as const, label: c.names.en, labelZh: c.names.zh })),
    ...dataset.deals.map((d) => ({ id: d.id, type: 'deal' as const, label: d.title, labelZh: d.titleZh })),
  ];
  const entityIndex = new Map(entities.map((e, i) => [e.id, i]));
  const out: IndexAlias[] = [];
  for (const a of aliases) {
    const entity = entityIndex.get(a.entityId);
    if (entity === undefined) continue;
    if (a.kind === 'capital' && a.lang === 'en' && !METONYM_CAPITALS.has(a.text)) continue;
    const kind = a.type === 'deal' ? PayloadKind.DealAlias : KIND[a.kind];
    const zh = a.lang === 'zh';
    // Plurals of ordinary words are other words ("leads", "irons"): only unambiguous names get one.
    const texts = zh ? expandZh([a.text], options) : [a.text, a.ambiguous ? undefined : plural(a.text, a.kind, a.type)].filter((t): t is string => !!t);
    for (const text of texts) out.push({ text, entity, kind, ambiguous: a.ambiguous || a.kind === 'capital' || a.kind === 'abbrev', zh });
  }
  for (const text of withPlurals(BLOCKERS_EN)) out.push({ text, entity: -1, kind: PayloadKind.Blocker });
  for (const text of expandZh([...BLOCKERS_ZH], options)) out.push({ text, entity: -1, kind: PayloadKind.Blocker, zh: true });
  for (const [word, next] of BLOCKERS_ZH_UNLESS_NEXT) {
    for (const text of expandZh([word], options)) out.push({ text, entity: -1, kind: PayloadKind.Blocker, zh: true, tag: next });
  }
  // A tag opening with < names the characters before the word that make the blocker give way.
  for (const [word, previous] of BLOCKERS_ZH_UNLESS_PREVIOUS) {
    for (const text of expandZh([word], options)) out.push({ text, entity: -1, kind: PayloadKind.Blocker, zh: true, tag: `<${previous}` });
  }
  for (const [text, cls] of DEAL_WORDS_EN) out.push({ text, entity: -1, kind: PayloadKind.DealTrigger, tag: cls });
  for (const [word, cls] of DEAL_WORDS_ZH) {
    for (const text of withPartnerSpellings(expandZh([word], options))) out.push({ text, entity: -1, kind: PayloadKind.DealTrigger, tag: cls, zh: true });
  }
  return { ...buildAliasIndex(entities, out), deals: packDealKeys(dealKeys(dataset), entityIndex) };
}
