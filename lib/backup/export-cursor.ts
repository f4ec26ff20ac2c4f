/**
 * Where an export stands between two parts. The options page holds it and hands it back for the
 * next part, so the background keeps nothing between parts (its service worker may be stopped
 * at any time), and the payload check validates it like any other request.
 */
import { z } from '../zod.ts';
import { RecordIdSchema, TimestampSchema } from '../records/schemas.ts';

/** A clipping's place in time order: `[createdAt, id]`, the `createdAt` index's key. */
const ClippingKeySchema = z.tuple([TimestampSchema, RecordIdSchema]);

export const ExportCursorSchema = z.discriminatedUnion('section', [
  /** Nothing written yet: the file's header comes first. */
  z.strictObject({ section: z.literal('start'), exportedAt: TimestampSchema }),
  /** Notes in id order; `after` is the last note written, null before the first. */
  z.strictObject({ section: z.literal('notes'), after: RecordIdSchema.nullable() }),
  /**
   * Clippings in time order (oldest first in the JSON backup, newest first in Markdown and
   * CSV); `after` is the last one written, null before the first.
   */
  z.strictObject({ section: z.literal('clippings'), after: ClippingKeySchema.nullable() }),
  /** Every record written: the settings and the end of the file remain. */
  z.strictObject({ section: z.literal('settings') }),
]);

/** Where an export stands. */
export type ExportCursor = z.infer<typeof ExportCursorSchema>;
