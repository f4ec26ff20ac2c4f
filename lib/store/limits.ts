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
  /** A backup file: 10,000 clippings are about 20 MB, so this leaves room to grow. */
  backupChars: 50 * 1024 * 1024,
  hoverDelayMs: 10_000,
} as const;
