/**
 * Validation of the records, shared by the message boundary and backup import, so that anything
 * the store accepted once is accepted again on restore and nothing else is. The schemas only
 * check; they never transform, so a validated record is stored exactly as it was given.
 */
import { z } from '../zod.ts';
import { HUES, type Hue } from '../highlight/palette.ts';
import { LIMITS } from './limits.ts';
import { isWebUrl, siteOf, storedWebUrl } from './url.ts';
import type { Clipping, ClippingEntity, Note, Settings, SettingsRecord } from './types.ts';

/** Client-made ids (UUIDs); a restricted alphabet keeps them safe in file names and keys. */
export const RecordIdSchema = z
  .string()
  .max(LIMITS.idChars)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'must be an id made of letters, digits, "-" and "_"');

/** The kinds of entity Assay recognises. */
export const EntityTypeSchema = z.enum(['mineral', 'country', 'deal']);

/** `mineral:tungsten`, `country:KZ`, `deal:...`, or the bare `deal` of an unmatched deal phrase. */
export const EntityIdSchema = z
  .string()
  .max(LIMITS.entityIdChars)
  .regex(/^(mineral|country|deal)(:\S+)?$/, 'must be an entity id such as "mineral:tungsten"');

/** Epoch milliseconds. */
export const TimestampSchema = z.int().min(0).max(8_640_000_000_000_000);

const NoControlCharacters = /^[^\p{Cc}]*$/u;

/** Text that must say something: not empty, not only spaces. */
function nonBlank(maxChars: number) {
  return z
    .string()
    .max(maxChars)
    .refine((text) => text.trim().length > 0, 'must not be empty');
}

/** A note's text: up to 20,000 characters, not blank. */
export const NoteTextSchema = nonBlank(LIMITS.noteChars);

/** A clipping's note may be empty. */
export const ClippingNoteSchema = z.string().max(LIMITS.noteChars);

/** A page URL: http or https only (a clipping's link is opened by the popup), at most 4,096 characters. */
export const WebUrlSchema = z
  .string()
  .max(LIMITS.urlChars)
  .refine(isWebUrl, 'must be an http or https URL');

/**
 * A page URL to save a clipping from: checked as it will be stored, after `normaliseUrl`, so a
 * URL that tidying makes longer than 4,096 characters is refused here rather than stored.
 */
export const PageUrlSchema = z
  .string()
  .max(LIMITS.urlInputChars)
  .refine(isWebUrl, { message: 'must be an http or https URL', abort: true })
  .refine(
    (url) => storedWebUrl(url, LIMITS.urlChars) !== null,
    `is too long (at most ${LIMITS.urlChars} characters once tracking parameters are dropped and it is encoded)`,
  );

/** One tag: up to 64 characters, no control characters, not blank. */
export const TagSchema = z
  .string()
  .max(LIMITS.tagChars)
  .regex(NoControlCharacters, 'must not contain control characters')
  .refine((tag) => tag.trim().length > 0, 'must not be empty');

/** Up to 50 tags. */
export const TagsSchema = z.array(TagSchema).max(LIMITS.tagsPerClipping);

/** An entity found in a clipping. */
export const ClippingEntitySchema = z.strictObject({
  id: EntityIdSchema,
  type: EntityTypeSchema,
  label: z
    .string()
    .min(1)
    .max(LIMITS.entityLabelChars)
    .regex(NoControlCharacters, 'must not contain control characters'),
});

/** A complete note as stored. */
export const NoteSchema = z.strictObject({
  id: RecordIdSchema,
  entityId: EntityIdSchema,
  text: NoteTextSchema,
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});

/** What a caller sends to save a clipping; optional fields default to empty. */
export const ClippingInputSchema = z.strictObject({
  id: RecordIdSchema,
  quote: nonBlank(LIMITS.quoteChars),
  prefix: z.string().max(LIMITS.contextChars).default(''),
  suffix: z.string().max(LIMITS.contextChars).default(''),
  url: PageUrlSchema,
  title: z.string().max(LIMITS.titleChars).default(''),
  entities: z.array(ClippingEntitySchema).max(LIMITS.entitiesPerClipping).default([]),
  note: ClippingNoteSchema.default(''),
  tags: TagsSchema.default([]),
});

/** A complete clipping as the store hands it out (and as backups hold it). */
/** A clipping's fields, each checked on its own (`ClippingSchema` also checks them together). */
export const ClippingFieldsSchema = z.strictObject({
  id: RecordIdSchema,
  quote: nonBlank(LIMITS.quoteChars),
  prefix: z.string().max(LIMITS.contextChars),
  suffix: z.string().max(LIMITS.contextChars),
  url: WebUrlSchema,
  title: z.string().max(LIMITS.titleChars),
  /** `siteOf(url)`: checked against the URL, since exports write it into Markdown and CSV. */
  site: z.string().max(LIMITS.hostChars),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  entities: z.array(ClippingEntitySchema).max(LIMITS.entitiesPerClipping),
  note: ClippingNoteSchema,
  tags: TagsSchema,
});

/** A complete clipping: its site is its URL's host. */
export const ClippingSchema = ClippingFieldsSchema.refine((clipping) => clipping.site === siteOf(clipping.url), { message: 'does not match its URL (the site is the URL\'s host)', path: ['site'] });

/** A hue of the highlight palette (lib/highlight/palette.ts): nothing else has a style. */
export const ColourSchema = z.enum(HUES as [Hue, ...Hue[]], { error: `must be one of the palette's colours: ${HUES.join(', ')}` });

/** Colours for light and dark pages. */
export const ColourPairSchema = z.strictObject({ light: ColourSchema, dark: ColourSchema });

/** A host name in a site list, as `siteOf` gives it. */
export const HostSchema = z
  .string()
  .min(1)
  .max(LIMITS.hostChars)
  .regex(/^[a-z0-9.:[\]-]+$/, 'must be a host name such as example.com');

const HostListSchema = z.array(HostSchema).max(LIMITS.siteRuleEntries);

const LanguagePreferenceSchema = z.enum(['auto', 'en', 'zh']);
const CardLanguageSchema = z.enum(['assay', 'page']);

/**
 * Complete settings. The language fields came after backups of version 2 did: a file without
 * them reads as the defaults.
 */
export const SettingsSchema = z.strictObject({
  enabled: z.boolean(),
  types: z.strictObject({ mineral: z.boolean(), country: z.boolean(), deal: z.boolean() }),
  colours: z.strictObject({ mineral: ColourPairSchema, country: ColourPairSchema, deal: ColourPairSchema }),
  siteRules: z.strictObject({
    mode: z.enum(['all-except', 'only-listed']),
    deny: HostListSchema,
    allow: HostListSchema,
  }),
  hoverDelayMs: z.int().min(0).max(LIMITS.hoverDelayMs),
  language: LanguagePreferenceSchema.default('auto'),
  cardLanguage: CardLanguageSchema.default('assay'),
});

const ColourPairPatchSchema = ColourPairSchema.partial();

/** A change to some settings; what is left out stays as it is. */
export const SettingsPatchSchema = z.strictObject({
  enabled: z.boolean().optional(),
  types: SettingsSchema.shape.types.partial().optional(),
  colours: z
    .strictObject({
      mineral: ColourPairPatchSchema.optional(),
      country: ColourPairPatchSchema.optional(),
      deal: ColourPairPatchSchema.optional(),
    })
    .optional(),
  siteRules: SettingsSchema.shape.siteRules.partial().optional(),
  hoverDelayMs: SettingsSchema.shape.hoverDelayMs.optional(),
  language: LanguagePreferenceSchema.optional(),
  cardLanguage: CardLanguageSchema.optional(),
});

/** A change to some settings. */
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;

/** The settings row, as stored and as backups hold it. */
export const SettingsRecordSchema = z.strictObject({
  key: z.literal('settings'),
  value: SettingsSchema,
  updatedAt: TimestampSchema,
});

// The interfaces in types.ts are the documentation; these lines keep the schemas in step with them.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
/** Compile-time proof that the schemas and the interfaces describe the same records. */
export type SchemasMatchTypes = [
  Assert<Same<z.infer<typeof NoteSchema>, Note>>,
  Assert<Same<z.infer<typeof ClippingSchema>, Clipping>>,
  Assert<Same<z.infer<typeof ClippingEntitySchema>, ClippingEntity>>,
  Assert<Same<z.infer<typeof SettingsSchema>, Settings>>,
  Assert<Same<z.infer<typeof SettingsRecordSchema>, SettingsRecord>>,
];
