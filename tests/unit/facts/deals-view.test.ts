/**
 * The export-control and deal sections: newest first, the limits of each list reached and
 * passed, a control's state tag with or without its end date, its dates, and a deal's kinds and
 * state, in English and Chinese.
 */
import { describe, expect, it } from 'vitest';
import type { ControlSummary, DealSummary } from '../../../lib/facts/cards.ts';
import { controlsSection, dealsSection } from '../../../lib/facts/deals-view.ts';
import type { Item } from '../../../lib/facts/view.ts';

function control(n: number, over: Partial<ControlSummary> = {}): ControlSummary {
  return {
    id: `control:c${n}`,
    instrument: `Notice ${n}`,
    instrumentZh: `公告${n}号`,
    title: `Control ${n}`,
    titleZh: `管制${n}`,
    announced: `2025-0${n}-01`,
    effective: `2025-0${n}-01`,
    state: 'in-force',
    statusText: `In force since notice ${n}.`,
    statusTextZh: `自公告${n}号起有效。`,
    source: `https://example.org/status-${n}`,
    asOf: '2026-01',
    ...over,
  };
}

function deal(n: number, over: Partial<DealSummary> = {}): DealSummary {
  return { id: `deal:d${n}`, title: `Deal ${n}`, titleZh: `协议${n}`, date: `2025-0${n}`, kinds: ['agreement'], state: 'signed', ...over };
}

const entries = (items: Item[]) => items.filter((i): i is Extract<Item, { t: 'entry' }> => i.t === 'entry');

describe('controlsSection', () => {
  it('shows nothing without controls', () => {
    expect(controlsSection([], 'en')).toEqual([]);
  });

  it('shows a control with its state, title, dates, status text and the source of that status', () => {
    const c = control(3, { effective: '2025-05-01' });
    expect(controlsSection([c], 'en')).toEqual([{
      title: ["China's export controls"],
      items: [{
        t: 'entry',
        head: [{ tag: 'In force', tone: 'in-force' }, ' ', { strong: 'Control 3' }],
        lines: ['Notice 3 · announced 1 Mar 2025 · effective 1 May 2025', 'In force since notice 3.'],
        source: { source: c.source, asOf: '2026-01', prefix: 'Status' },
      }],
      sources: [],
    }]);
    expect(controlsSection([c], 'zh')[0].items[0]).toEqual({
      t: 'entry',
      head: [{ tag: '有效', tone: 'in-force' }, ' ', { strong: '管制3' }],
      lines: ['公告3号 · 公布于 2025年3月1日 · 生效于 2025年5月1日', '自公告3号起有效。'],
      source: { source: c.source, asOf: '2026-01', prefix: '状态' },
    });
  });

  it('leaves out an effective date equal to the announcement, and words each of several', () => {
    const [same] = entries(controlsSection([control(1)], 'en')[0].items);
    expect(same.lines[0]).toBe('Notice 1 · announced 1 Jan 2025');
    const [two] = entries(controlsSection([control(1, { effective: '2025-02-01 / 2025-12' })], 'en')[0].items);
    expect(two.lines[0]).toBe('Notice 1 · announced 1 Jan 2025 · effective 1 Feb 2025 / Dec 2025');
  });

  it('says until when a suspension runs, but not for a status that has become unclear', () => {
    const head = (c: ControlSummary, lang: 'en' | 'zh' = 'en') => entries(controlsSection([c], lang)[0].items)[0].head[0];
    expect(head(control(1, { state: 'suspended', until: '2026-11-10' }))).toEqual({ tag: 'Suspended until 10 Nov 2026', tone: 'suspended' });
    expect(head(control(1, { state: 'suspended', until: '2026-11-10' }), 'zh')).toEqual({ tag: '暂停 至 2026年11月10日', tone: 'suspended' });
    expect(head(control(1, { state: 'unclear', until: '2025-11-10' }))).toEqual({ tag: 'Status unclear', tone: 'unclear' });
    expect(head(control(1, { state: 'partly-suspended' }))).toEqual({ tag: 'Partly suspended', tone: 'suspended' });
    expect(head(control(1, { state: 'superseded' }))).toEqual({ tag: 'Superseded', tone: 'superseded' });
  });

  it('lists the newest six and names the instruments of the rest', () => {
    const seven = [1, 2, 3, 4, 5, 6, 7].map((n) => control(n));
    const six = controlsSection(seven.slice(1), 'en')[0].items;
    // Exactly six: all shown, nothing counted.
    expect(six.map((e) => e.t === 'entry' && e.head[2])).toEqual([7, 6, 5, 4, 3, 2].map((n) => ({ strong: `Control ${n}` })));
    const all = controlsSection([...seven, control(8, { announced: '2024-12-01' })], 'en')[0].items;
    expect(entries(all)).toHaveLength(6);
    expect(all.at(-1)).toEqual({ t: 'p', text: ['and 2 more: Notice 1; Notice 8'], small: true, muted: true });
    expect(controlsSection([...seven, control(8, { announced: '2024-12-01' })], 'zh')[0].items.at(-1)).toEqual({ t: 'p', text: ['另有2项：公告1号；公告8号'], small: true, muted: true });
  });
});

describe('dealsSection', () => {
  const lines = (deals: DealSummary[], lang: 'en' | 'zh' = 'en') => {
    const list = dealsSection(deals, lang)[0].items[0];
    return list.t === 'list' ? list.items : [];
  };

  it('shows nothing without deals', () => {
    expect(dealsSection([], 'en')).toEqual([]);
  });

  it("shows a deal's date, title, kinds and state", () => {
    const d = deal(9, { date: '2025-10-20', kinds: ['framework', 'mou'], state: 'in-force' });
    expect(dealsSection([d], 'en')).toEqual([{
      title: ['Related deals'],
      items: [{ t: 'list', items: [[{ strong: '20 Oct 2025' }, ' Deal 9 (framework, memorandum of understanding; in force)']] }],
      sources: [],
    }]);
    expect(lines([d], 'zh')).toEqual([[{ strong: '2025年10月20日' }, ' 协议9（框架、谅解备忘录；已生效）']]);
  });

  it('puts the newest first, and deals of one date in id order', () => {
    const order = lines([deal(1), deal(3, { id: 'deal:b' }), deal(3, { id: 'deal:a', title: 'A' }), deal(2)]).map((l) => l[1]);
    expect(order).toEqual([' A (agreement; signed)', ' Deal 3 (agreement; signed)', ' Deal 2 (agreement; signed)', ' Deal 1 (agreement; signed)']);
  });

  it('lists eight and counts the rest for the timeline', () => {
    const eight = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => deal(n));
    expect(dealsSection(eight, 'en')[0].items).toHaveLength(1);
    const nine = dealsSection([...eight, deal(0, { date: '2024' })], 'en')[0].items;
    expect(nine[0].t === 'list' && nine[0].items).toHaveLength(8);
    expect(nine[1]).toEqual({ t: 'p', text: ["and 1 more, all on the dossier's timeline"], small: true, muted: true });
    expect(dealsSection([...eight, deal(0, { date: '2024' })], 'zh')[0].items[1]).toMatchObject({ text: ['另有1项，均见资料页的时间线'] });
  });
});
