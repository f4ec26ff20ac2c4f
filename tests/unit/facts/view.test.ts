/**
 * One source note per site and date: how a card's sources collapse, what the note then counts,
 * and what stays apart.
 */
import { describe, expect, it } from 'vitest';
import { uniqueSources } from '../../../lib/facts/view.ts';

const sheet = (name: string, asOf = '2026-02') => ({ source: `https://pubs.usgs.gov/periodicals/mcs2026/${name}.pdf`, asOf });

describe('uniqueSources', () => {
  it('makes one note of the documents of one site and date, counting them and keeping the first', () => {
    expect(uniqueSources([sheet('a'), sheet('b'), sheet('c')])).toEqual([
      { ...sheet('a'), count: 3, more: [sheet('b').source, sheet('c').source] },
    ]);
  });

  it('counts a document named twice once, and then adds no count', () => {
    expect(uniqueSources([sheet('a'), sheet('a')])).toEqual([sheet('a')]);
  });

  it('keeps apart other dates, other sites and other prefixes, in the order they came', () => {
    const status = { ...sheet('b'), prefix: 'Status' };
    const other = { source: 'https://www.mofcom.gov.cn/notice.html', asOf: '2026-02' };
    expect(uniqueSources([sheet('a'), sheet('b', '2025-01'), other, status])).toEqual([sheet('a'), sheet('b', '2025-01'), other, status]);
  });

  it('takes a source that is not a URL as its own site', () => {
    const printed = { source: 'USGS Mineral Commodity Summaries 2026', asOf: '2026-02' };
    const another = { source: 'USGS Minerals Yearbook 2022', asOf: '2026-02' };
    expect(uniqueSources([printed, another, printed])).toEqual([printed, another]);
  });
});
