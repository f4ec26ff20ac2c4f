/**
 * The dated events of an entity's timeline: a mineral's or a country's deals and controls, a
 * deal with the controls on its minerals, ids that resolve to nothing left out, each once, newest
 * first and in id order on the same date.
 */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../lib/dataset/load.ts';
import { timelineFor } from '../../../lib/facts/timeline.ts';
import { control, country, datasetOf, deal, mineral } from './dataset-fixture.ts';

const dataset = datasetOf({
  minerals: [mineral('mineral:gallium', { relatedDeals: ['deal:b', 'deal:a', 'deal:b', 'deal:gone'], controls: ['control:x', 'control:gone', 'control:x'] })],
  countries: [country('country:CN', 'China', '中国', { relatedDeals: ['deal:d', 'deal:a', 'deal:c'], controls: ['control:y', 'control:x'] })],
  deals: [deal('deal:a', '2025-03-01', ['mineral:gallium', 'mineral:germanium']), deal('deal:b', '2025-03'), deal('deal:c', '2025-03-01'), deal('deal:d', '2025-03-01')],
  controls: [
    control('control:x', '2023-07-03', ['mineral:gallium']),
    control('control:y', '2025-03-01', ['mineral:tungsten']),
    control('control:z', '2024-12', ['mineral:tungsten', 'mineral:germanium']),
  ],
});

describe('timelineFor', () => {
  it("gives a mineral's deals and controls once each, newest first", () => {
    expect(timelineFor(dataset, 'mineral:gallium')).toEqual([
      // A day in March sorts after March itself: the more precise date is the later text.
      { id: 'deal:a', kind: 'deal', date: '2025-03-01', title: 'Title of deal:a', titleZh: 'deal:a的标题', state: 'signed' },
      { id: 'deal:b', kind: 'deal', date: '2025-03', title: 'Title of deal:b', titleZh: 'deal:b的标题', state: 'signed' },
      { id: 'control:x', kind: 'control', date: '2023-07-03', title: 'Title of control:x', titleZh: 'control:x的标题', state: 'in-force' },
    ]);
  });

  it('puts events of one date in id order', () => {
    expect(timelineFor(dataset, 'country:CN').map((e) => e.id)).toEqual(['control:y', 'deal:a', 'deal:c', 'deal:d', 'control:x']);
  });

  it('gives a deal itself and the controls on any of its minerals', () => {
    expect(timelineFor(dataset, 'deal:a').map((e) => [e.id, e.date])).toEqual([['deal:a', '2025-03-01'], ['control:z', '2024-12'], ['control:x', '2023-07-03']]);
    expect(timelineFor(dataset, 'deal:b').map((e) => e.id)).toEqual(['deal:b']);
  });

  it('has nothing for a control or an unknown id', () => {
    expect(timelineFor(dataset, 'control:x')).toEqual([]);
    expect(timelineFor(dataset, 'mineral:unknown')).toEqual([]);
  });

  it("gives gallium's three bundled export controls by announcement date, among its five deals", () => {
    const events = timelineFor(loadDataset(), 'mineral:gallium');
    expect(events.filter((e) => e.kind === 'control').map((e) => [e.id, e.date, e.state])).toEqual([
      ['control:cn-2025-72', '2025-11-09', 'unclear'],
      ['control:cn-2024-46', '2024-12-03', 'unclear'],
      ['control:cn-2023-23', '2023-07-03', 'in-force'],
    ]);
    expect(events.filter((e) => e.kind === 'deal')).toHaveLength(5);
    const dates = events.map((e) => e.date);
    expect([...dates].sort().reverse()).toEqual(dates);
  });
});
