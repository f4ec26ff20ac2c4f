/**
 * The entity types as the options page names and shows them.
 */
import type { EntityType } from '../../lib/model.ts';
import type { PlainKey } from '../../lib/i18n/translator.ts';

/** A type's messages: its name, what counts as one, and a sample sentence with the highlighted words apart. */
export interface EntityTypeInfo {
  type: EntityType;
  label: PlainKey;
  examples: PlainKey;
  sample: { sentence: 'options_sample_mineral' | 'options_sample_country' | 'options_sample_deal'; highlighted: PlainKey };
}

export const ENTITY_TYPES: readonly EntityTypeInfo[] = [
  {
    type: 'mineral',
    label: 'common_type_minerals',
    examples: 'options_type_minerals_examples',
    sample: { sentence: 'options_sample_mineral', highlighted: 'options_sample_mineral_word' },
  },
  {
    type: 'country',
    label: 'common_type_countries',
    examples: 'options_type_countries_examples',
    sample: { sentence: 'options_sample_country', highlighted: 'options_sample_country_word' },
  },
  {
    type: 'deal',
    label: 'common_type_deals',
    examples: 'options_type_deals_examples',
    sample: { sentence: 'options_sample_deal', highlighted: 'options_sample_deal_word' },
  },
];
