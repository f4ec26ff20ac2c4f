import { describe, expect, it } from 'vitest';
import { generateClippings, generateNotes, seedDatabase } from '../../../lib/store/bench-fixtures.ts';
import { ClippingSchema, NoteSchema } from '../../../lib/records/schemas.ts';
import { freshDb } from './helpers.ts';

describe('bench fixtures', () => {
  it('are the same for the same seed and differ for another', () => {
    expect(generateClippings(50, { seed: 3 })).toEqual(generateClippings(50, { seed: 3 }));
    expect(generateClippings(50, { seed: 3 })).not.toEqual(generateClippings(50, { seed: 4 }));
    expect(generateNotes(20, { seed: 3 })).toEqual(generateNotes(20, { seed: 3 }));
  });

  it('are valid records with unique ids, some of them in Chinese', () => {
    const clippings = generateClippings(500);
    const notes = generateNotes(200);
    for (const clipping of clippings) expect(ClippingSchema.safeParse(clipping).success).toBe(true);
    for (const note of notes) expect(NoteSchema.safeParse(note).success).toBe(true);
    expect(new Set(clippings.map((clipping) => clipping.id)).size).toBe(500);
    expect(clippings.some((clipping) => /\p{Script=Han}/u.test(clipping.quote))).toBe(true);
  });

  it('seed a database', async () => {
    const { db } = await freshDb();
    await seedDatabase(db, { clippings: generateClippings(1_200), notes: generateNotes(300) }, 500);
    expect(await db.count('clippings')).toBe(1_200);
    expect(await db.count('notes')).toBe(300);
  });
});
