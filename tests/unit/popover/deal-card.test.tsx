// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { DealCard } from '../../../components/cards/DealCard.tsx';
import { ControlsList } from '../../../components/cards/ControlsList.tsx';
import { loadDataset } from '../../../lib/dataset/load.ts';
import { cardFor, type DealCard as Card } from '../../../lib/facts/cards.ts';

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

describe('ControlsList', () => {
  it('says a status is unclear rather than "suspended until" a date already past', () => {
    const holmium = cardFor(dataset, 'mineral:holmium');
    if (holmium?.kind !== 'mineral') throw new Error('expected a mineral card');
    act(() => render(<ControlsList controls={holmium.controls} />, root));
    expect(root.textContent).toContain('Status unclear');
    expect(root.textContent).not.toContain('Suspended until');
    expect(root.textContent).toMatch(/No source found/);
  });
});
