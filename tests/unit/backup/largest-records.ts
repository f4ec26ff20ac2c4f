/**
 * The largest records the schemas accept, in the characters that cost the most bytes: control
 * characters where they are allowed (six bytes each once JSON escapes them as `\u0001`), Chinese
 * where they are not (three bytes each). Used to show that any store Assay can hold exports in
 * parts that fit a message, and imports again.
 */
import { LIMITS } from '../../../lib/records/limits.ts';
import { ClippingSchema, NoteSchema } from '../../../lib/records/schemas.ts';
import type { Clipping, Note } from '../../../lib/records/types.ts';

/** Six bytes in JSON (`\u0001`), one in UTF-8. */
const CONTROL = '\u0001';
/** Three bytes in UTF-8 and in JSON. */
const CJK = '中';

/** An id of the full 128 characters, different for each `n`. */
function longId(prefix: string, n: number): string {
  const tail = `${prefix}-${n}`;
  return `${'x'.repeat(LIMITS.idChars - tail.length)}${tail}`;
}

/** A clipping with every field at its limit. */
export function largestClipping(n: number, time = 1_700_000_000_000 + n): Clipping {
  const path = `${n}/`;
  // The longest host name there can be (253 characters): the site is the URL's host.
  const host = ['a'.repeat(63), 'b'.repeat(63), 'c'.repeat(63), 'd'.repeat(61)].join('.');
  const origin = `https://${host}/`;
  const clipping: Clipping = {
    id: longId('clip', n),
    quote: CONTROL.repeat(LIMITS.quoteChars),
    prefix: CONTROL.repeat(LIMITS.contextChars),
    suffix: CONTROL.repeat(LIMITS.contextChars),
    url: `${origin}${path}${'a'.repeat(LIMITS.urlChars - origin.length - path.length)}`,
    title: CONTROL.repeat(LIMITS.titleChars),
    site: host,
    createdAt: time,
    updatedAt: time,
    entities: Array.from({ length: LIMITS.entitiesPerClipping }, (_, i) => {
      const id = `country:${i}-`;
      return { id: `${id}${CONTROL.repeat(LIMITS.entityIdChars - id.length)}`, type: 'country' as const, label: CJK.repeat(LIMITS.entityLabelChars) };
    }),
    note: CONTROL.repeat(LIMITS.noteChars),
    tags: Array.from({ length: LIMITS.tagsPerClipping }, (_, i) => `${i}${CJK.repeat(LIMITS.tagChars - String(i).length)}`),
  };
  return ClippingSchema.parse(clipping);
}

/** A note with every field at its limit. */
export function largestNote(n: number, time = 1_700_000_000_000 + n): Note {
  const entityId = `mineral:${n}-`;
  return NoteSchema.parse({
    id: longId('note', n),
    entityId: `${entityId}${CONTROL.repeat(LIMITS.entityIdChars - entityId.length)}`,
    text: CONTROL.repeat(LIMITS.noteChars),
    createdAt: time,
    updatedAt: time,
  });
}
