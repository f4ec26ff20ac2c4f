/**
 * The words around a figure: table titles, units, what China's share is a share of, US import
 * reliance, what a world total leaves out, a group's label. Each optional part both given and
 * missing, in English and Chinese.
 */
import { describe, expect, it } from 'vitest';
import { chinaShareBasis, excludesText, groupLabel, relianceText, tableTitle, unitShort, unitText } from '../../../lib/facts/labels.ts';

const lithium = { en: 'lithium', zh: '锂' };

describe('tableTitle', () => {
  it('names a production table by its product and stage, with its year and estimate', () => {
    expect(tableTitle({ kind: 'production', stage: 'refinery', product: 'refined copper', productZh: '精炼铜', year: 2025, estimated: true })).toEqual({
      en: 'Refined copper refinery production, 2025 (estimated)',
      zh: '精炼铜精炼产量，2025年（估计）',
    });
  });

  it('leaves out what a table does not say, and reads a table without a stage as plant production', () => {
    expect(tableTitle({ kind: 'production', stage: 'mine', year: 2024 })).toEqual({ en: 'Mine production, 2024', zh: '矿山产量，2024年' });
    expect(tableTitle({ kind: 'production' })).toEqual({ en: 'Production', zh: '产量' });
  });

  it('names reserves and resources, with the product in brackets', () => {
    expect(tableTitle({ kind: 'reserves', year: 2025 })).toEqual({ en: 'Reserves, 2025', zh: '储量，2025年' });
    expect(tableTitle({ kind: 'resources', product: 'recoverable at under USD 130/kg U', productZh: '回收成本低于130美元/千克铀', year: 2023, estimated: true })).toEqual({
      en: 'Identified resources (recoverable at under USD 130/kg U), 2023 (estimated)',
      zh: '已查明资源量（回收成本低于130美元/千克铀），2023年（估计）',
    });
  });
});

describe('units', () => {
  it("word the unit with what it counts, the mineral's name put in", () => {
    expect(unitText('metric-tons', 'content', lithium)).toEqual({ en: 't (lithium content)', zh: '吨（锂含量）' });
    expect(unitText('kilograms', 'metal', lithium)).toEqual({ en: 'kg (metal)', zh: '千克（金属量）' });
    expect(unitShort('kilograms')).toEqual({ en: 'kg', zh: '千克' });
  });
});

describe('chinaShareBasis', () => {
  it('says what the share is of, with product and year where given', () => {
    expect(chinaShareBasis({ stage: 'mine', product: 'natural graphite', productZh: '天然石墨', year: 2025, estimated: true })).toEqual({
      en: 'of world mine production of natural graphite, 2025 (estimated)',
      zh: '占全球天然石墨矿山产量的份额，2025年（估计）',
    });
    expect(chinaShareBasis({ stage: 'smelter', year: 2024 })).toEqual({ en: 'of world smelter production, 2024', zh: '占全球冶炼产量的份额，2024年' });
    expect(chinaShareBasis({ stage: 'refinery' })).toEqual({ en: 'of world refinery production', zh: '占全球精炼产量的份额' });
  });
});

describe('relianceText', () => {
  it('writes a share as a whole percent with its qualifier', () => {
    expect(relianceText({ value: 1 })).toEqual({ en: '100%', zh: '100%' });
    expect(relianceText({ value: 0.5, qualifier: '>' })).toEqual({ en: '>50%', zh: '>50%' });
    expect(relianceText({ value: 0.254 })).toEqual({ en: '25%', zh: '25%' });
    expect(relianceText({ value: 0.678 })).toEqual({ en: '68%', zh: '68%' });
    expect(relianceText({ value: 0 })).toEqual({ en: '0%', zh: '0%' });
  });

  it('says "net exporter" when the US exports more, or has no share', () => {
    expect(relianceText({ netExporter: true })).toEqual({ en: 'net exporter', zh: '净出口' });
    expect(relianceText({ value: 0.3, netExporter: true })).toEqual({ en: 'net exporter', zh: '净出口' });
    expect(relianceText({})).toEqual({ en: 'net exporter', zh: '净出口' });
  });
});

describe('excludesText', () => {
  const us = { en: 'United States', zh: '美国' };
  const ca = { en: 'Canada', zh: '加拿大' };

  it('says the left-out output is withheld only when it is', () => {
    expect(excludesText([us], true)).toEqual({
      en: 'The world total leaves out United States output, which USGS withholds.',
      zh: '全球合计不含美国的产量（美国地质调查局未公开该数据）。',
    });
    expect(excludesText([us, ca], false)).toEqual({
      en: 'The world total leaves out United States, Canada output.',
      zh: '全球合计不含美国、加拿大的产量。',
    });
  });
});

describe('groupLabel', () => {
  it("capitalises the group's name and marks it as the group's", () => {
    expect(groupLabel({ en: 'rare earths', zh: '稀土' })).toEqual({ en: 'Rare earths (group)', zh: '稀土（整组）' });
  });
});
