/** One ordinary clipping for the export tests, to vary field by field. */
import type { Clipping } from '../../../lib/records/types.ts';

export const sampleClipping: Clipping = {
  id: 'c1',
  quote: 'China supplies 80% of tungsten.\nPrices doubled.',
  prefix: '',
  suffix: '',
  url: 'https://www.example.com/story?id=1',
  title: 'The [tungsten] squeeze',
  site: 'example.com',
  createdAt: Date.UTC(2025, 2, 4, 10),
  updatedAt: Date.UTC(2025, 2, 4, 10),
  entities: [
    { id: 'country:CN', type: 'country', label: 'China' },
    { id: 'mineral:tungsten', type: 'mineral', label: 'tungsten' },
  ],
  note: 'Check the USGS figure.',
  tags: ['supply chain', 'prices'],
};
