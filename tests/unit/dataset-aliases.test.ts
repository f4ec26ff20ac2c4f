import { describe, expect, it } from 'vitest';
import { collectAliases } from '../../lib/dataset/aliases';
import { sharedAliases, wordTraps } from '../../lib/dataset/build/ambiguity';
import { readJson } from '../../lib/dataset/build/inputs';
import type { CountryOverrides } from '../../lib/dataset/build/countries';
import { toTraditional, traditionalForms } from '../../lib/dataset/hant';
import { loadDataset } from '../../lib/dataset/load';
import { WEAK_ABBREVIATIONS, WEAK_ABBREVIATION_COUNTRIES } from '../../lib/recognize/senses/zh-weak-abbreviations';

const dataset = loadDataset();
const entries = collectAliases(dataset);
const CJK = /[\u3400-\u9fff]/;

/** The aliases an entity marks ambiguous in the data itself, simplified and traditional spellings. */
function markedInData(entityId: string): Set<string> {
  const entity = dataset.byId(entityId) as { ambiguous?: { alias: string }[] };
  return new Set((entity.ambiguous ?? []).flatMap((a) => [a.alias, toTraditional(a.alias)]));
}

describe('collectAliases', () => {
  it('is deterministic', () => {
    expect(collectAliases(dataset)).toEqual(entries);
  });

  it('covers the forms news uses', () => {
    const ids = (text: string) => entries.filter((e) => e.text === text).map((e) => e.entityId);
    expect(ids('U.S.')).toEqual(['country:US']);
    expect(ids('DRC')).toEqual(['country:CD']);
    expect(ids('Burma')).toEqual(['country:MM']);
    expect(ids('Kazakhs')).toEqual(['country:KZ']);
    expect(ids('rare-earth')).toEqual(['mineral:rare-earths']);
    expect(ids('HREEs')).toEqual(['mineral:rare-earths']);
    expect(ids('中重稀土')).toEqual(['mineral:rare-earths']);
    expect(ids('鋰')).toEqual(['mineral:lithium']);
    expect(ids('美國')).toEqual(['country:US']);
    expect(ids('刚果（金）')).toEqual(['country:CD']);
    expect(ids('Washington Accords')).toEqual(['deal:washington-accords-2025']);
  });

  it('keeps Chinese one-character abbreviations out of the aliases and marks them', () => {
    for (const c of dataset.countries) {
      for (const a of c.aliases.zh) expect([...a].length, `${c.id} ${a}`).toBeGreaterThan(1);
    }
    const mei = entries.find((e) => e.text === '美');
    expect(mei).toMatchObject({ entityId: 'country:US', kind: 'abbrev', ambiguous: true });
  });

  it('marks every capital ambiguous', () => {
    const beijing = entries.find((e) => e.text === 'Beijing');
    expect(beijing).toMatchObject({ entityId: 'country:CN', kind: 'capital', ambiguous: true });
    expect(entries.filter((e) => e.kind === 'capital').every((e) => e.ambiguous && e.senses?.includes('city'))).toBe(true);
  });

  it('writes each alias in its language', () => {
    for (const e of entries) {
      if (e.lang === 'zh') expect(e.text, e.entityId).toMatch(CJK);
      else expect(e.text, e.entityId).not.toMatch(CJK);
    }
  });

  it('lets no two-letter code through except the US and UK forms', () => {
    const codes = entries.filter((e) => e.lang === 'en' && /^[A-Z]{2}$/.test(e.text)).map((e) => e.text);
    expect(codes.sort()).toEqual(['UK', 'US']);
  });
});

describe('traditional forms', () => {
  it('lists each traditional spelling once, and none for a name written alike in both scripts', () => {
    expect(traditionalForms('锂')).toEqual(['鋰']);
    // The character table gives 台灣; the word list adds 臺灣, Taiwan's own spelling.
    expect(traditionalForms('台湾')).toEqual(['台灣', '臺灣']);
    // Peru: the table gives 秘魯; the word list adds 祕魯, as Taiwan writes it. 祕 is no table pair, so
    // 秘密 keeps one spelling.
    expect(traditionalForms('秘鲁')).toEqual(['秘魯', '祕魯']);
    expect(traditionalForms('秘密')).toEqual([]);
    expect(traditionalForms('智利')).toEqual([]);
  });
});

describe('ambiguity', () => {
  it('shares no alias between entities unless it is a known shared alias', () => {
    const known = readJson<CountryOverrides>('country-overrides.json').meta.sharedAliases;
    const knownTexts = new Set(Object.keys(known).flatMap((t) => [t.toLowerCase(), toTraditional(t).toLowerCase()]));
    for (const [text, claims] of sharedAliases(entries)) {
      expect(knownTexts.has(text), `${text}: ${claims.map((c) => c.entityId).join(', ')}`).toBe(true);
      for (const claim of claims) {
        const others = claims.filter((c) => c.entityId !== claim.entityId).map((c) => c.entityId);
        expect(claim.senses, `${text} in ${claim.entityId}`).toEqual(expect.arrayContaining(others));
      }
    }
  });

  it('marks in the data every alias the report flags as an ordinary word or another name', () => {
    for (const trap of wordTraps(entries)) {
      expect(markedInData(trap.entry.entityId).has(trap.entry.text), `${trap.entry.text} (${trap.entry.entityId}): ${trap.reason}`).toBe(true);
    }
  });

  it('marks only aliases the entity actually has', () => {
    for (const e of [...dataset.minerals, ...dataset.countries, ...dataset.deals]) {
      const own = new Set(entries.filter((a) => a.entityId === e.id).map((a) => a.text));
      for (const a of e.ambiguous) expect(own.has(a.alias), `${e.id} marks ${a.alias}`).toBe(true);
    }
  });
});

describe('weak Chinese abbreviations', () => {
  it('name the same countries in the recognizer as in the dataset, in both spellings', () => {
    const owners: Record<string, string[]> = {};
    // Each in both spellings: the index matches 馬 and 紐 as it matches 马 and 纽.
    for (const c of dataset.countries) for (const a of c.zhAbbrev) for (const form of [a, ...traditionalForms(a)]) if (WEAK_ABBREVIATIONS.has(form)) (owners[form] ??= []).push(c.id);
    const expected = Object.fromEntries(Object.entries(WEAK_ABBREVIATION_COUNTRIES).map(([a, ids]) => [a, [...ids].sort()]));
    expect(Object.fromEntries(Object.entries(owners).map(([a, ids]) => [a, ids.sort()]))).toEqual(expected);
  });
});
