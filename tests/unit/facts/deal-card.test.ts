import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../lib/dataset/load.ts';
import { cardFor, factsFor, type DealCard } from '../../../lib/facts/cards.ts';
import { CONTROL_STATE, DEAL_KIND, DEAL_STATE } from '../../../lib/facts/deal-labels.ts';

const dataset = loadDataset();
const dealCard = (id: string) => {
  const card = cardFor(dataset, id);
  if (card?.kind !== 'deal') throw new Error(`expected a deal card for ${id}`);
  return card as DealCard;
};

describe('deal cards', () => {
  it('carry the status as a state with its note, source and date, in both languages', () => {
    const card = dealCard('deal:vulcan-reelement-2025');
    expect(card.status).toMatchObject({ state: 'conditional', source: expect.stringMatching(/^https:/), asOf: '2025-11-24' });
    expect(card.status.noteZh).toMatch(/附条件/);
    expect(card.summaryZh).toMatch(/[\u3400-\u9fff]/);
    expect(card.titleZh).toMatch(/[\u3400-\u9fff]/);
  });

  it('carry the value part by part, with its qualifier', () => {
    const value = dealCard('deal:dod-mp-materials-2025').value!;
    expect(value.qualifier).toBe('at-least');
    expect(value.parts?.filter((p) => p.amount === undefined).map((p) => p.label)).toEqual([
      expect.stringContaining('price floor'),
      expect.stringContaining('10X'),
    ]);
  });

  it('word the source and date of the value under it, and none for a deal without a figure', () => {
    const priced = dealCard('deal:dod-mp-materials-2025');
    expect(priced.words.valueSource).toMatchObject({ source: priced.value!.source, asOf: priced.value!.asOf });
    expect(priced.words.valueSource?.asOf).toBe('2025-07');
    expect(dealCard('deal:us-japan-critical-minerals-agreement-2023').words.valueSource).toBeUndefined();
  });

  it('give the related-deals lists a state rather than free text', () => {
    const lithium = factsFor(dataset, 'mineral:lithium');
    if (lithium?.kind !== 'mineral') throw new Error('expected mineral facts');
    expect(lithium.deals.length).toBeGreaterThan(3);
    for (const d of lithium.deals) expect(Object.keys(DEAL_STATE)).toContain(d.state);
  });
});

describe('labels of the enumerated fields', () => {
  it('name every state and kind the data uses, in English and Chinese', () => {
    for (const d of dataset.deals) {
      expect(DEAL_STATE[d.status.state].zh, d.id).toMatch(/[\u3400-\u9fff]/);
      for (const k of d.kinds) expect(DEAL_KIND[k].zh, `${d.id} ${k}`).toMatch(/[\u3400-\u9fff]/);
    }
    for (const c of dataset.controls) expect(CONTROL_STATE[c.status.state].en, c.id).toMatch(/\w/);
  });
});
