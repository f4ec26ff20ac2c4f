// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popover, type PopoverProps } from '../../../components/popover/Popover.tsx';
import { loadDataset } from '../../../lib/dataset/load.ts';
import { cardFor, type DealCard as DealView, type EntityCard } from '../../../lib/facts/cards.ts';
import { I18nContext } from '../../../components/i18n/context.ts';
import { popoverCatalog } from '../../../lib/i18n/catalogs.ts';
import type { Lang } from '../../../lib/i18n/language.ts';
import { createTranslator, type Translator } from '../../../lib/i18n/translator.ts';

const card = cardFor(loadDataset(), 'mineral:gallium') as EntityCard;

function props(overrides: Partial<PopoverProps> = {}): PopoverProps {
  return {
    mention: { id: 'mineral:gallium', type: 'mineral', label: 'gallium', surface: 'gallium' },
    card: { state: 'ready', value: card },
    position: { index: 0, total: 3 },
    notes: undefined,
    notesHeight: 120,
    clipping: { state: 'idle' },
    label: (id) => id,
    onClose: vi.fn(),
    onPrevious: vi.fn(),
    onNext: vi.fn(),
    onSaveClipping: vi.fn(),
    ...overrides,
  };
}

/** The popover as the content script draws it: with only the popover's own messages. */
function InPage({ lang = 'en', ...p }: PopoverProps & { lang?: Lang }) {
  return (
    <I18nContext.Provider value={createTranslator(lang, popoverCatalog(lang)) as Translator}>
      <Popover {...p} />
    </I18nContext.Provider>
  );
}

const root = document.createElement('div');
document.body.append(root);
afterEach(() => render(null, root));

describe('Popover', () => {
  it('is a labelled dialog with the entity in English and Chinese, and the mention count', () => {
    act(() => render(<InPage {...props({ notes: { url: 'about:blank', key: 'k' } })} />, root));
    const dialog = root.querySelector('[role="dialog"]')!;
    const title = root.querySelector(`#${dialog.getAttribute('aria-labelledby')}`)!;
    expect(title.textContent).toContain('Gallium');
    expect(title.textContent).toContain('镓');
    expect(root.textContent).toContain('1 of 3 mentions on this page');
    expect(root.querySelector('iframe')?.getAttribute('title')).toBe('Your notes on gallium');
  });

  it('closes on Escape and on the close button, and steps with the arrows', () => {
    const p = props();
    act(() => render(<InPage {...p} />, root));
    const dialog = root.querySelector('[role="dialog"]')!;
    act(() => void dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    (root.querySelector('button[aria-label="Close"]') as HTMLButtonElement).click();
    (root.querySelector('button[aria-label="Next mention"]') as HTMLButtonElement).click();
    (root.querySelector('button[aria-label="Previous mention"]') as HTMLButtonElement).click();
    expect(p.onClose).toHaveBeenCalledTimes(2);
    expect(p.onNext).toHaveBeenCalledTimes(1);
    expect(p.onPrevious).toHaveBeenCalledTimes(1);
  });

  it('shows a deal found in the text with what the sentence said, page text as text', () => {
    const p = props({
      mention: { id: 'deal', type: 'deal', label: 'Deals found in the text', surface: 'a <b>$5 million</b> loan', deal: { parties: ['country:ZM'], minerals: [], value: { text: '$5 million', amount: 5e6, currency: 'USD' } } },
      card: { state: 'loading' },
      notes: undefined,
    });
    act(() => render(<InPage {...p} />, root));
    expect(root.querySelector('.quote')?.textContent).toBe('a <b>$5 million</b> loan');
    expect(root.querySelector('.quote b')).toBeNull();
    expect(root.textContent).toContain('US$5 million');
    expect(root.querySelector('iframe')).toBeNull();
  });

  it('says when the facts could not be loaded', () => {
    act(() => render(<InPage {...props({ card: { state: 'error', message: 'Assay has no facts about mineral:x.' } })} />, root));
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('no facts');
  });

  it("speaks the reader's language around a card in another: Chinese words, an English card with its names in English first", () => {
    act(() => render(<InPage lang="zh" {...props({ notes: { url: 'about:blank', key: 'k' } })} />, root));
    const dialog = root.querySelector('[role="dialog"]')!;
    expect(dialog.getAttribute('lang')).toBe('zh-CN');
    expect(root.querySelector('.kind-chip')?.textContent).toBe('矿产');
    expect(root.textContent).toContain('此页 3 处提及中的第 1 处');
    expect(root.querySelector('button[aria-label="下一处提及"]')).not.toBeNull();
    const names = [...root.querySelectorAll('.title [lang]')].map((n) => [n.textContent, n.getAttribute('lang')]);
    expect(names).toEqual([['Gallium', 'en'], ['镓', 'zh-CN']]);
    expect(root.querySelector('.card')?.getAttribute('lang')).toBe('en');
    // The notes frame is named with the Chinese name, not the page's English word.
    expect(root.querySelector('iframe')?.getAttribute('title')).toBe('你关于“镓”的笔记');
  });

  it('draws a Chinese card with the Chinese name first and Chinese source notes', () => {
    const zhCard = cardFor(loadDataset(), 'mineral:gallium', 'zh') as EntityCard;
    act(() => render(<InPage lang="zh" {...props({ card: { state: 'ready', value: zhCard } })} />, root));
    const names = [...root.querySelectorAll('.title [lang]')].map((n) => n.textContent);
    expect(names).toEqual(['镓', 'Gallium']);
    expect(root.querySelector('.card')?.getAttribute('lang')).toBe('zh-CN');
    expect(root.querySelector('.card .source')?.textContent).toMatch(/^来源：pubs\.usgs\.gov · 截至2026年2月$/);
  });

  it("names a dataset deal's notes frame with the deal's Chinese title", () => {
    const deal = cardFor(loadDataset(), 'deal:dod-mp-materials-2025', 'zh') as DealView;
    const mention = { id: 'deal:dod-mp-materials-2025', type: 'deal' as const, label: 'a $400 million equity stake', surface: 'a $400 million equity stake' };
    act(() => render(<InPage lang="zh" {...props({ mention, card: { state: 'ready', value: deal }, notes: { url: 'about:blank', key: 'k' } })} />, root));
    expect(deal.titleZh).toMatch(/\p{Script=Han}/u);
    expect(root.querySelector('iframe')?.getAttribute('title')).toBe(`你关于“${deal.titleZh}”的笔记`);
  });
});
