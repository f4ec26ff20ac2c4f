/**
 * Build-time only (scripts/build-dataset.ts and the dataset tests): turns the world-countries
 * records plus `data/country-overrides.json` into the `Country` entries of `data/countries.json`.
 * The extension never imports this file, so world-countries never reaches a bundle.
 */
import type { Country, AmbiguousAlias } from '../schema';

/** The fields of a world-countries record this build reads. */
export interface WorldCountry {
  cca2: string;
  cca3: string;
  independent: boolean | null;
  name: { common: string; official: string; native?: Record<string, { common: string; official: string }> };
  altSpellings: string[];
  translations: Record<string, { common: string; official: string }>;
  demonyms?: Record<string, { f: string; m: string }>;
  capital?: string[];
}

export interface CountryOverride {
  nameZh?: string;
  aliasesEn?: string[];
  removeAliasesEn?: string[];
  aliasesZh?: string[];
  removeAliasesZh?: string[];
  demonymsEn?: string[];
  removeDemonymsEn?: string[];
  zhAbbrev?: string[];
  capitalZh?: string;
  capitalAliases?: string[];
  /** alias → competing senses; the language is told by the script the alias is written in. */
  ambiguous?: Record<string, string[]>;
  status?: Country['status'];
  note?: string;
  noteZh?: string;
}

export interface CountryOverrides {
  meta: { sharedAliases: Record<string, string[]> } & Record<string, unknown>;
  countries: Record<string, CountryOverride>;
  extra: Country[];
}

const CJK = /[\u3400-\u9fff]/;

/**
 * Words that make an alternative spelling a formal English name ("Republic of Kazakhstan").
 * Other altSpellings are transliterations or native names ("Qazaqstan", "Deutschland") and
 * are kept only when the overrides list them.
 */
const FORMAL_ENGLISH = /\b(Republic|Kingdom|State|States|Islands?|Federation|Federal|Commonwealth|Union|Principality|Territory|Democratic|People's|United|Federated|Sultanate|Emirates|Duchy|Confederation|Nation|Department|Collectivity|Bailiwick|Country)\b/;

function isEnglishAltSpelling(spelling: string, wc: WorldCountry): boolean {
  if (/^[A-Z]{2,3}$/.test(spelling)) return false; // codes: "DE", "KZ", "RSA" would match ordinary text
  if (/[,(]/.test(spelling)) return false; // catalogue forms: "Korea, Republic of", "Holy See (Vatican City State)"
  if (/^The /.test(spelling)) return false; // "the" is matched by the recognizer, not the index
  if (!/^[\x20-\x7e’]+$/.test(spelling)) return false; // diacritics mark transliterations here
  const native = Object.entries(wc.name.native ?? {}).filter(([lang]) => lang !== 'eng');
  if (native.some(([, n]) => n.common === spelling || n.official === spelling)) return false;
  return FORMAL_ENGLISH.test(spelling);
}

/** "Americans" from "American"; none for forms that take no -s ("Chinese", "British", "Swiss"). */
export function pluralDemonym(demonym: string): string | undefined {
  if (/(ese|ish|ch|ss|sh|[xyz]|a)$/.test(demonym)) return undefined;
  return /(an|i|o|k|h|e|r|ot)$/.test(demonym) ? demonym + 's' : undefined;
}

function splitDemonyms(raw: string | undefined): string[] {
  if (!raw) return [];
  return raw.split(/, | or /).map((d) => d.trim()).filter(Boolean);
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}

function ambiguousEntries(override: CountryOverride): AmbiguousAlias[] {
  return Object.entries(override.ambiguous ?? {}).map(([alias, senses]) => ({
    alias,
    lang: CJK.test(alias) ? 'zh' : 'en',
    senses,
  }));
}

/** The shared-alias list says which other entities claim an alias; each claimant marks it. */
function sharedAmbiguity(id: string, shared: Record<string, string[]>, own: AmbiguousAlias[]): AmbiguousAlias[] {
  const out = own.map((a) => ({ ...a, senses: [...a.senses] }));
  for (const [alias, claimants] of Object.entries(shared)) {
    if (!claimants.includes(id)) continue;
    const others = claimants.filter((c) => c !== id);
    const entry = out.find((a) => a.alias === alias);
    if (entry) entry.senses = unique([...others, ...entry.senses]);
    else out.push({ alias, lang: CJK.test(alias) ? 'zh' : 'en', senses: others });
  }
  return out;
}

export function buildCountry(wc: WorldCountry, override: CountryOverride, shared: Record<string, string[]>): Country {
  const id = `country:${wc.cca2}`;
  const nameEn = wc.name.common;
  const official = wc.name.official !== nameEn ? wc.name.official : undefined;
  const nameZh = override.nameZh ?? wc.translations.zho?.common;
  if (!nameZh) throw new Error(`${id} has no Chinese name: add nameZh to the overrides`);

  const removed = new Set(override.removeAliasesEn ?? []);
  const fromPackage = wc.altSpellings.filter((s) => !removed.has(s) && isEnglishAltSpelling(s, wc));
  const ownNames = new Set([nameEn, official]);
  const aliasesEn = unique([...(override.aliasesEn ?? []), ...fromPackage]).filter((a) => !ownNames.has(a) && !removed.has(a));

  const zhFromPackage = [wc.translations.zho?.common, wc.translations.zho?.official].filter((z): z is string => !!z);
  const removedZh = new Set(override.removeAliasesZh ?? []);
  const aliasesZh = unique([...(override.aliasesZh ?? []), ...zhFromPackage]).filter((a) => a !== nameZh && !removedZh.has(a));

  const removedDemonyms = new Set(override.removeDemonymsEn ?? []);
  const eng = wc.demonyms?.eng;
  // A demonym spelled like the country ("Djibouti", "Gibraltar") is already a name.
  const isName = (d: string) => ownNames.has(d) || aliasesEn.includes(d);
  const baseDemonyms = unique([...splitDemonyms(eng?.m), ...splitDemonyms(eng?.f)]).filter((d) => !removedDemonyms.has(d) && !isName(d));
  const plurals = baseDemonyms.map(pluralDemonym).filter((p): p is string => !!p);
  const demonyms = unique([...baseDemonyms, ...plurals, ...(override.demonymsEn ?? [])]).filter((d) => !removedDemonyms.has(d));

  const capitalEn = wc.capital?.[0];
  const capital = capitalEn
    ? {
        en: capitalEn,
        ...(override.capitalZh ? { zh: override.capitalZh } : {}),
        ...(override.capitalAliases?.length ? { aliases: override.capitalAliases } : {}),
      }
    : undefined;

  const status: Country['status'] = override.status ?? (wc.independent ? 'sovereign' : 'territory');

  return {
    id,
    alpha3: wc.cca3,
    names: { en: nameEn, zh: nameZh, ...(official ? { official } : {}) },
    aliases: { en: aliasesEn, zh: aliasesZh },
    demonyms: { en: demonyms },
    zhAbbrev: override.zhAbbrev ?? [],
    ambiguous: sharedAmbiguity(id, shared, ambiguousEntries(override)),
    ...(capital ? { capital } : {}),
    status,
    ...(override.note ? { note: override.note } : {}),
    ...(override.noteZh ? { noteZh: override.noteZh } : {}),
    relatedDeals: [],
    controls: [],
  };
}

/** Every world-countries record, overridden, plus the hand-written extras, sorted by id. */
export function buildCountries(world: WorldCountry[], overrides: CountryOverrides): Country[] {
  const known = new Set(world.map((w) => w.cca2));
  for (const code of Object.keys(overrides.countries)) {
    if (!known.has(code)) throw new Error(`country-overrides.json names ${code}, which world-countries does not have`);
  }
  const built = world.map((wc) => buildCountry(wc, overrides.countries[wc.cca2] ?? {}, overrides.meta.sharedAliases));
  const extras = overrides.extra.map((c) => ({ ...c, ambiguous: sharedAmbiguity(c.id, overrides.meta.sharedAliases, c.ambiguous) }));
  return [...built, ...extras].sort((a, b) => a.id.localeCompare(b.id));
}
