/**
 * The conversion between a clipping and its stored record, which carries fields derived for the
 * indexes. Every write goes through `toClippingRecord`, so the derived fields can never drift
 * from the data they come from.
 */
import { documentTerms } from './tokenize.ts';
import type { Clipping, ClippingRecord } from '../records/types.ts';

/** The record to store for `clipping`, with its search terms and entity ids derived. */
export function toClippingRecord(clipping: Clipping): ClippingRecord {
  const { terms: _terms, entityIds: _entityIds, ...plain } = clipping as Partial<ClippingRecord> & Clipping;
  return {
    ...plain,
    terms: documentTerms(
      clipping.quote,
      clipping.note,
      clipping.tags.join(' '),
      clipping.entities.map((entity) => entity.label).join(' '),
    ),
    entityIds: Array.from(new Set(clipping.entities.map((entity) => entity.id))),
  };
}

/** The clipping as callers see it: the record without its derived fields. */
export function fromClippingRecord(record: ClippingRecord): Clipping {
  const { terms: _terms, entityIds: _entityIds, ...clipping } = record;
  return clipping;
}
