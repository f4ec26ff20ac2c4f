/**
 * Upper bounds on everything a user (or a hostile page, or a hostile backup file) can put in the
 * store. They keep one record from filling the quota or freezing the popup, and they are the same
 * at the message boundary and on import, so anything accepted once is accepted again on restore.
 */
export const LIMITS = {
  /** Record ids: client-made UUIDs fit comfortably. */
  idChars: 128,
  entityIdChars: 128,
  entityLabelChars: 200,
  /** Entities recognised in one clipping. */
  entitiesPerClipping: 200,
  noteChars: 20_000,
  quoteChars: 20_000,
  /** Context kept before and after a quote. */
  contextChars: 2_000,
  titleChars: 1_000,
  /** A clipping's URL as stored, after `normaliseUrl` (which can make it longer: it re-encodes). */
  urlChars: 4_096,
  /**
   * A page URL as a caller sends it, before `normaliseUrl` drops tracking parameters and the
   * fragment; only the stored form must fit `urlChars`.
   */
  urlInputChars: 16_384,
  /** DNS names are at most 253 characters. */
  hostChars: 253,
  tagsPerClipping: 50,
  tagChars: 64,
  /** Entries in each of the site allow and deny lists. */
  siteRuleEntries: 2_000,
  /** A search query as typed. */
  queryChars: 500,
  /** One page of clippings. */
  pageSize: 500,
  /**
   * One part of an export or of an imported file, in UTF-8 bytes. Backups of any size travel
   * between the options page and the background in parts, since a browser message has a ceiling
   * (64 MiB in Chromium, measured after the browser's own JSON encoding, which can make a
   * control character six bytes): 8 MiB stays under it even then. The largest record Assay can
   * store is far smaller, so every record fits in one part.
   */
  backupPartBytes: 8 * 1024 * 1024,
  hoverDelayMs: 10_000,
} as const;
