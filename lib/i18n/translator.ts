/**
 * Assay's translator: a catalog in, strings out. The browser's `i18n.getMessage` always answers in
 * the browser's UI language; Assay's reader may choose another and switch while pages are open,
 * so the extension formats the same catalogs itself, with the browser's placeholder rules
 * (message-format.ts). Keys are typed from the English catalog. Plurals follow the language's
 * CLDR categories through `Intl.PluralRules` (a key `x` is `x_one`, `x_other`… in the catalog);
 * a plural-rules object costs well under a millisecond to make, unlike the number and date
 * formatters (formats.ts), so it is made on the first plural and kept.
 */
import type enCatalog from '../../public/_locales/en/messages.json';
import { LANG_TAG, type Lang } from './language.ts';
import { formatEntry, positionsOf, type Catalog, type CatalogEntry } from './message-format.ts';
import { groupDigits } from '../facts/numbers.ts';

type English = typeof enCatalog;

/** Every message of the catalogs. */
export type MessageKey = keyof English & string;

/** The placeholders of a message (of every message of a union of keys). */
type PlaceholderNames<K extends MessageKey> = K extends MessageKey ? (English[K] extends { placeholders: infer P } ? Lowercase<keyof P & string> : never) : never;

/** A message that takes no values (what a table of labels holds). */
export type PlainKey = { [K in MessageKey]: [PlaceholderNames<K>] extends [never] ? K : never }[MessageKey];

/** The values a message takes, by placeholder name: numbers are written with grouped digits. */
export type Values<K extends MessageKey> = [PlaceholderNames<K>] extends [never] ? Record<string, never> : Record<PlaceholderNames<K>, string | number>;

/** Messages with plural forms: `x` for `x_one` / `x_other`. */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}_other` ? Base : never) : never;

type PluralValues<B extends PluralKey> = Omit<Values<`${B}_other` & MessageKey>, 'count'>;

type Args<K extends MessageKey> = [PlaceholderNames<K>] extends [never] ? [] : [values: Values<K>];

export interface Translator<K extends MessageKey = MessageKey> {
  <Key extends K>(key: Key, ...values: Args<Key>): string;
  /** The form of `base` for `count` (`_one`, `_other`…); `count` is also the `$COUNT$` placeholder. */
  plural<B extends PluralKey>(base: B, count: number, ...values: keyof PluralValues<B> extends never ? [] : [values: PluralValues<B>]): string;
  readonly lang: Lang;
}

const pluralRules = new Map<Lang, Intl.PluralRules>();

/** The CLDR plural category of `count` in `lang` (the rules object is made once per language). */
export function pluralCategory(lang: Lang, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  // Stryker disable next-line ConditionalExpression: performance only: rules made anew choose the same
  if (!rules) {
    rules = new Intl.PluralRules(LANG_TAG[lang]);
    pluralRules.set(lang, rules);
  }
  return rules.select(count);
}

const written = (value: string | number) => (typeof value === 'number' ? groupDigits(value, 2) : value);

function render(entry: CatalogEntry, values: Record<string, string | number> | undefined): string {
  if (!values || !entry.placeholders) return formatEntry(entry);
  const substitutions: string[] = [];
  for (const [name, at] of positionsOf(entry)) {
    const value = values[name];
    // Stryker disable next-line ConditionalExpression: equivalent: a slot set to undefined reads as '' in substitute, as a slot left unset does
    if (value !== undefined) substitutions[at] = written(value);
  }
  return formatEntry(entry, substitutions);
}

/**
 * A translator for `lang` over `catalog`; a message missing there comes from `fallback` (the
 * English catalog), and a message missing from both is shown as its key, which the tests catch.
 */
export function createTranslator<K extends MessageKey = MessageKey>(lang: Lang, catalog: Catalog, fallback?: Catalog): Translator<K> {
  // Placeholder names are lower case in the catalogs (the catalog test holds them to it) and in calls (the types do).
  const entry = (key: string): CatalogEntry | undefined => catalog[key] ?? fallback?.[key];
  const t = ((key: string, values?: Record<string, string | number>) => {
    const found = entry(key);
    return found ? render(found, values) : key;
  }) as unknown as Translator<K>;
  t.plural = ((base: string, count: number, values?: Record<string, string | number>) => {
    const found = entry(`${base}_${pluralCategory(lang, count)}`) ?? entry(`${base}_other`);
    return found ? render(found, { ...values, count }) : base;
  }) as Translator<K>['plural'];
  Object.defineProperty(t, 'lang', { value: lang });
  return t;
}
