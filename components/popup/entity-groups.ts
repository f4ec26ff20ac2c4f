/** The page summary's entities, grouped by type in a fixed order for the popup. */
import type { EntityType } from '../../lib/model.ts';
import type { EntityFacet } from '../../lib/records/types.ts';
import type { PlainKey } from '../../lib/i18n/translator.ts';

export interface EntityGroup {
  type: EntityType;
  /** "Minerals", "Countries", "Deals". */
  title: PlainKey;
  entities: EntityFacet[];
  /** Mentions of this type on the page. */
  mentions: number;
}

/** The messages that name the entity types, in the plural. */
export const TYPE_TITLES: Record<EntityType, PlainKey> = {
  mineral: 'common_type_minerals',
  country: 'common_type_countries',
  deal: 'common_type_deals',
};

const ORDER: EntityType[] = ['mineral', 'country', 'deal'];

function unnamedLast(a: EntityFacet, b: EntityFacet): number {
  return Number(a.id === UNNAMED_DEAL) - Number(b.id === UNNAMED_DEAL);
}

/** Deal phrases that match no deal in the dataset share the bare id `deal`. */
const UNNAMED_DEAL = 'deal';

/**
 * One group per type that has entities, minerals first (Assay's subject), each most mentioned
 * first; ties keep the order the page gave. Unnamed deal phrases come after the named deals:
 * they are a catch-all, however many there are.
 */
export function groupEntities(entities: readonly EntityFacet[]): EntityGroup[] {
  return ORDER.map((type) => {
    const ofType = entities.filter((entity) => entity.type === type);
    const sorted = ofType.map((entity, at) => ({ entity, at })).sort((a, b) => unnamedLast(a.entity, b.entity) || b.entity.count - a.entity.count || a.at - b.at);
    return {
      type,
      title: TYPE_TITLES[type],
      entities: sorted.map(({ entity }) => entity),
      mentions: ofType.reduce((sum, entity) => sum + entity.count, 0),
    };
  }).filter((group) => group.entities.length > 0);
}
