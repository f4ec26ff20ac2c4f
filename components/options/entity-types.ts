/**
 * The entity types as the options page names and shows them.
 */
import type { EntityType } from '../../lib/model.ts';

export interface EntityTypeInfo {
  type: EntityType;
  label: string;
  /** What counts as one, in a few words. */
  examples: string;
  /** A sentence for the preview, split around the highlighted words. */
  sample: [before: string, highlighted: string, after: string];
}

export const ENTITY_TYPES: readonly EntityTypeInfo[] = [
  {
    type: 'mineral',
    label: 'Minerals',
    examples: 'Lithium, gallium, rare earths and other commodities',
    sample: ['Exports of ', 'gallium', ' fell sharply in May.'],
  },
  {
    type: 'country',
    label: 'Countries',
    examples: 'Countries and territories, by name, demonym or capital',
    sample: ['Talks with ', 'Kazakhstan', ' resumed on Tuesday.'],
  },
  {
    type: 'deal',
    label: 'Deals',
    examples: 'Agreements and investments in critical minerals',
    sample: ['Both sides signed a ', 'minerals agreement', ' in April.'],
  },
];
