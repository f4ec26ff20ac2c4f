/**
 * What a content script may know of the settings: whether Assay is on for its own page, which
 * types to highlight, in which colours, the hover delay, the language the reader reads Assay in
 * and whether cards follow the page's instead. Never the site lists: those say
 * which sites the reader visits or avoids, and a content script runs in a web page's process.
 * The background works this out from the sender's own URL (`page.settings`).
 *
 * No zod here: the content script checks the answer by hand (see `isPageSettings`).
 */
import { isHue } from '../highlight/palette.ts';
import { isLang, resolveLanguage, type CardLanguage, type Lang } from '../i18n/language.ts';
import type { EntityType } from '../model.ts';
import { LIMITS } from '../records/limits.ts';
import { isSiteEnabled } from './site-rules.ts';
import type { ColourPair, Settings } from '../records/types.ts';

export interface PageSettings {
  /** Assay is switched on, and on for this page's site. */
  enabled: boolean;
  types: Record<EntityType, boolean>;
  colours: Record<EntityType, ColourPair>;
  hoverDelayMs: number;
  /** The language Assay speaks to the reader, resolved (`auto` is the browser's). */
  language: Lang;
  cardLanguage: CardLanguage;
}

const TYPES: EntityType[] = ['mineral', 'country', 'deal'];

/** `browserLanguage`: the browser's UI language, which `auto` follows. */
export function pageSettingsFor(settings: Settings, site: string, browserLanguage: string): PageSettings {
  return {
    enabled: isSiteEnabled(settings, site),
    types: { ...settings.types },
    colours: { mineral: { ...settings.colours.mineral }, country: { ...settings.colours.country }, deal: { ...settings.colours.deal } },
    hoverDelayMs: settings.hoverDelayMs,
    language: resolveLanguage(settings.language, browserLanguage),
    cardLanguage: settings.cardLanguage,
  };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The same rules as the settings schema, written out for the content script. */
export function isPageSettings(value: unknown): value is PageSettings {
  if (!isObject(value) || typeof value.enabled !== 'boolean' || !isObject(value.types) || !isObject(value.colours)) return false;
  for (const type of TYPES) {
    const pair = value.colours[type];
    if (typeof value.types[type] !== 'boolean' || !isObject(pair) || !isHue(pair.light) || !isHue(pair.dark)) return false;
  }
  if (!isLang(value.language) || (value.cardLanguage !== 'assay' && value.cardLanguage !== 'page')) return false;
  return typeof value.hoverDelayMs === 'number' && Number.isInteger(value.hoverDelayMs) && value.hoverDelayMs >= 0 && value.hoverDelayMs <= LIMITS.hoverDelayMs;
}
