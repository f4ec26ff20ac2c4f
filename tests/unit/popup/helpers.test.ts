import { describe, expect, it } from 'vitest';
import { groupEntities } from '../../../components/popup/entity-groups.ts';
import { formatCount, shortDate } from '../../../components/popup/format.ts';
import { markTerms } from '../../../components/popup/mark-terms.ts';
import { formatTags, parseTags } from '../../../components/popup/tags-text.ts';
import { tabIdFromQuery } from '../../../entrypoints/popup/tab-query.ts';

describe('popup helpers', () => {
  it('reads tags from one comma-separated field, tidied and without duplicates', () => {
    expect(parseTags(' #policy, to  read,,Policy , ')).toEqual(['policy', 'to read']);
    expect(parseTags('')).toEqual([]);
    expect(formatTags(['policy', 'to read'])).toBe('policy, to read');
    expect(parseTags(formatTags(['a b', 'c']))).toEqual(['a b', 'c']);
  });

  it('groups the page summary by type, minerals first, most mentioned first', () => {
    const groups = groupEntities([
      { id: 'country:CN', type: 'country', label: 'China', count: 5 },
      { id: 'mineral:gallium', type: 'mineral', label: 'gallium', count: 1 },
      { id: 'country:KZ', type: 'country', label: 'Kazakhstan', count: 7 },
      { id: 'mineral:tungsten', type: 'mineral', label: 'tungsten', count: 3 },
    ]);
    expect(groups.map((g) => [g.title, g.mentions, g.entities.map((e) => e.label)])).toEqual([
      ['common_type_minerals', 4, ['tungsten', 'gallium']],
      ['common_type_countries', 12, ['Kazakhstan', 'China']],
    ]);
  });

  it('marks search words where words start, and Chinese anywhere', () => {
    expect(markTerms('Tungsten and tungsten-bearing ore; Kazakhstan', 'tung kaz')).toEqual([
      { text: 'Tung', match: true },
      { text: 'sten and ', match: false },
      { text: 'tung', match: true },
      { text: 'sten-bearing ore; ', match: false },
      { text: 'Kaz', match: true },
      { text: 'akhstan', match: false },
    ]);
    expect(markTerms('mustang', 'tang')).toEqual([{ text: 'mustang', match: false }]);
    expect(markTerms('出口管制钨矿', '钨').filter((s) => s.match).map((s) => s.text)).toEqual(['钨']);
    expect(markTerms('a (b) [c]', '(b')).toEqual([{ text: 'a (', match: false }, { text: 'b', match: true }, { text: ') [c]', match: false }]);
    expect(markTerms('anything', '  ')).toEqual([{ text: 'anything', match: false }]);
  });

  it('writes dates as briefly as is unambiguous', () => {
    const now = new Date(2025, 10, 20, 15, 0).getTime();
    expect(shortDate(new Date(2025, 10, 20, 9, 5).getTime(), now)).toBe('09:05');
    expect(shortDate(new Date(2025, 2, 3).getTime(), now)).toBe('3 Mar');
    expect(shortDate(new Date(2024, 11, 30).getTime(), now)).toBe('30 Dec 2024');
    expect(shortDate(new Date(2023, 2, 3).getTime(), now)).toBe('3 Mar 2023');
    expect(shortDate(new Date(2025, 2, 3).getTime(), now, 'zh')).toBe('3月3日');
    expect(shortDate(new Date(2023, 2, 3).getTime(), now, 'zh')).toBe('2023年3月3日');
    expect(formatCount(1200)).toBe('1,200');
    expect(formatCount(1234567)).toBe('1,234,567');
  });

  it('takes the tab id from ?tab= only when it is a number', () => {
    expect(tabIdFromQuery('?tab=42')).toBe(42);
    expect(tabIdFromQuery('?tab=')).toBeUndefined();
    expect(tabIdFromQuery('?tab=4x')).toBeUndefined();
    expect(tabIdFromQuery('')).toBeUndefined();
  });
});
