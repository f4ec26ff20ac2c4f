// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { DealCard } from '../../../components/cards/DealCard.tsx';
import { MineralCard } from '../../../components/cards/MineralCard.tsx';
import { CountryCard } from '../../../components/cards/CountryCard.tsx';
import { loadDataset } from '../../../lib/dataset/load.ts';
import { cardFor, type CountryCard as CountryView, type DealCard as Card, type MineralCard as MineralView } from '../../../lib/facts/cards.ts';

const dataset = loadDataset();
const card = (id: string) => cardFor(dataset, id) as Card;
const root = document.createElement('div');
document.body.append(root);
afterEach(() => render(null, root));

describe('DealCard', () => {
  it('shows the status as of its date, with its source, before the summary', () => {
    act(() => render(<DealCard card={card('deal:vulcan-reelement-2025')} />, root));
    const status = root.querySelector('.deal-status')!;
    expect(status.textContent).toContain('Conditional commitment');
    expect(status.textContent).toContain('as of 24 Nov 2025');
    expect(status.textContent!.match(/as of/g)).toHaveLength(1);
    expect(status.querySelector('a')?.getAttribute('href')).toMatch(/executivegov\.com/);
    expect(status.compareDocumentPosition(root.querySelector('.card > p:not(.facts-line)')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('shows the value as a qualified headline and its parts, a part without a figure said so', () => {
    act(() => render(<DealCard card={card('deal:dod-mp-materials-2025')} />, root));
    const headline = root.querySelector('.value-headline')!;
    expect(headline.textContent).toBe('at least US$1.55 billion');
    const parts = [...root.querySelectorAll('.value-parts li')].map((li) => li.textContent);
    expect(parts).toHaveLength(5);
    expect(parts[0]).toContain('US$400 million');
    expect(parts[3]).toMatch(/price floor.*no figure/);
    expect(root.textContent).not.toContain('US$400 million of convertible');
  });

  it('shows a deal without a value, and the card\'s as-of date', () => {
    act(() => render(<DealCard card={card('deal:us-thailand-mou-2025')} />, root));
    expect(root.querySelector('.value-headline')).toBeNull();
    expect(root.textContent).toContain('Signed');
    expect(root.textContent).toContain('Card as of Oct 2025');
  });
});

/** The section of a drawn card under a heading. */
function section(title: string): Element {
  const heading = [...root.querySelectorAll('h3')].find((h) => h.textContent === title);
  if (!heading) throw new Error(`no section "${title}"`);
  return heading.closest('section')!;
}

describe('a Chinese deal card', () => {
  it('is worded in Chinese: kinds, state, value in 亿 and 美元, parties and minerals by their Chinese names; sources as published', () => {
    act(() => render(<DealCard card={cardFor(dataset, 'deal:dod-mp-materials-2025', 'zh') as Card} />, root));
    expect(root.querySelector('.card')?.getAttribute('lang')).toBe('zh-CN');
    expect(root.querySelector('.value-headline')?.textContent).toBe('至少15.5亿美元');
    expect(root.querySelector('.facts-line')?.textContent).toMatch(/^\d{4}年\d{1,2}月(\d{1,2}日)?/);
    const headings = [...root.querySelectorAll('h3')].map((h) => h.textContent);
    expect(headings).toEqual(['金额', '参与方', '矿产', '来源']);
    expect(root.querySelector('.deal-status .source')?.textContent).toMatch(/^状态：\S+ · 截至\d{4}年/);
    expect(root.querySelector('.parties')?.textContent).toContain('美国');
    // MP Materials keeps its own name, marked English inside the Chinese card; the US is named in Chinese.
    const marked = [...root.querySelectorAll('.parties li')].map((li) => [li.firstChild?.textContent, (li.firstChild as Element).getAttribute?.('lang') ?? null]);
    expect(marked).toContainEqual(['MP Materials', 'en']);
    expect(marked.find(([name]) => name === '美国')?.[1]).toBeNull();
    expect(root.textContent).not.toMatch(/\b(Value|Parties|Sources|Status|no figure|at least)\b/);
  });
});

describe("a mineral card's export controls", () => {
  it('says a status is unclear rather than "suspended until" a date already past, with the status\'s source', () => {
    act(() => render(<MineralCard card={cardFor(dataset, 'mineral:holmium') as MineralView} />, root));
    const controls = section("China's export controls");
    expect(controls.querySelector('.tag-unclear')?.textContent).toBe('Status unclear');
    expect(controls.textContent).not.toMatch(/Suspended until|Status unclear until/);
    expect(controls.textContent).toMatch(/No source found/);
    expect(controls.querySelector('.entry .source')?.textContent).toMatch(/^Status: .+ · as of /);
  });

  it('shows each state with its own tag, in force and lapsed or unclear alike', () => {
    act(() => render(<MineralCard card={cardFor(dataset, 'mineral:gallium') as MineralView} />, root));
    const tags = [...section("China's export controls").querySelectorAll('.entry .tag')];
    expect(tags.length).toBeGreaterThan(1);
    for (const tag of tags) expect(tag.className).toMatch(/^tag tag-(in-force|suspended|superseded|lapsed|unclear)$/);
  });

  it('is written in Chinese from the Chinese twins in a Chinese card', () => {
    act(() => render(<MineralCard card={cardFor(dataset, 'mineral:holmium', 'zh') as MineralView} />, root));
    const controls = section('中国出口管制');
    expect(controls.querySelector('.tag-unclear')?.textContent).toBe('状态不明');
    for (const line of controls.querySelectorAll('.entry p.small')) expect(line.textContent).toMatch(/[\u3400-\u9fff]/);
  });
});

describe("a country card's deals", () => {
  it('names each deal with its kinds and state, newest first, and counts those past the first eight', () => {
    const us = dataset.country('country:US')!;
    act(() => render(<CountryCard card={cardFor(dataset, 'country:US') as CountryView} />, root));
    const deals = section('Related deals');
    const items = [...deals.querySelectorAll('li')].map((li) => li.textContent!);
    expect(items).toHaveLength(Math.min(8, us.relatedDeals.length));
    expect(items.join('\n')).toMatch(/\((\w[\w ]*)(, \w[\w ]*)*; (announced|signed|conditional commitment|in force|completed|stalled|suspended|terminated|lapsed)\)$/m);
    const dates = items.map((text) => dataset.deals.find((d) => text.includes(d.title))!.date);
    expect([...dates].sort().reverse()).toEqual(dates);
    if (us.relatedDeals.length > 8) expect(deals.textContent).toContain(`and ${us.relatedDeals.length - 8} more`);
  });
});
