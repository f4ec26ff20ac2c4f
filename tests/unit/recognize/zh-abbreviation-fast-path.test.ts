/**
 * The shortcut for Chinese abbreviations with no context (`abbreviationWithoutContext`) held to
 * the full rules: wherever it answers, `decideChinese` must end in the same drop. The characters
 * tried around each abbreviation are every CJK character the sense rules' sources name (so a rule
 * added later that reads a new character is tried too), with a few ordinary ones.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectAliases } from '../../../lib/dataset/aliases.ts';
import { loadDataset } from '../../../lib/dataset/load.ts';
import { PayloadKind } from '../../../lib/recognize/alias-index.ts';
import { abbreviationWithoutContext, decideChinese } from '../../../lib/recognize/senses/chinese.ts';
import type { SenseInput } from '../../../lib/recognize/senses/types.ts';

const abbreviations = collectAliases(loadDataset()).filter((a) => a.kind === 'abbrev' && a.lang === 'zh');
const ruleSources = ['lib/recognize/senses/chinese.ts', 'lib/recognize/senses/cues.ts', 'lib/recognize/senses/zh-words.ts'].map((f) => readFileSync(f, 'utf8')).join('');
const named = [...new Set(ruleSources.match(/[\u3400-\u9fff、０-９0-9]/gu))];
const ordinary = [...'的了是我们他说这人有个就年会也要'];

/** A seeded generator, so that a failure names the same case on every run. */
function seeded(seed: number): () => number {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x80000000;
  };
}

function check(text: string, start: number, entityId: string): 'fast' | 'full' {
  const end = start + 1;
  if (!abbreviationWithoutContext(text, start, end, false)) return 'full';
  const input: SenseInput = { text, start, end, surface: text.charAt(start), entityId, kind: PayloadKind.Abbrev, sentence: { start: 0, end: text.length }, neighbours: [] };
  const decision = decideChinese(input, false, true);
  expect(`${text} ${decision.verdict}:${decision.why}`).toBe(`${text} drop:abbrev-without-context`);
  return 'fast';
}

describe('abbreviations with no context, answered without the rules', () => {
  it('covers every abbreviation in the dataset and the characters the rules name', () => {
    expect(abbreviations.length).toBeGreaterThan(20);
    expect(named.length).toBeGreaterThan(300);
  });

  it('agrees with the full rules before and after every character a rule names', () => {
    let fast = 0;
    for (const a of abbreviations) {
      for (const c of named) {
        for (const o of ordinary.slice(0, 4)) {
          if (check(`我们${c}${a.text}${o}了。`, 3, a.entityId) === 'fast') fast++;
          if (check(`我们${o}${a.text}${c}了。`, 3, a.entityId) === 'fast') fast++;
        }
      }
    }
    // The shortcut must answer often, or this test would hold it to nothing.
    expect(fast).toBeGreaterThan(10_000);
    // (Its work grows with every character the rule sources name, about 19 s on a loaded 2-core machine
    // at stop 42: a limit of its own, so that a busy CI machine does not fail a test of correctness.)
  }, 120_000);

  it('agrees with the full rules in random contexts of those characters', () => {
    const random = seeded(16);
    const pool = [...named, ...ordinary];
    const pick = () => pool[Math.floor(random() * pool.length)];
    let fast = 0;
    for (let n = 0; n < 40_000; n++) {
      const a = abbreviations[Math.floor(random() * abbreviations.length)];
      if (check(`${pick()}${pick()}${pick()}${a.text}${pick()}${pick()}${pick()}`, 3, a.entityId) === 'fast') fast++;
    }
    expect(fast).toBeGreaterThan(1_000);
  });

  it('leaves to the rules an abbreviation that another match touches, or at a text edge', () => {
    expect(abbreviationWithoutContext('我们中美了', 2, 3, true)).toBe(false);
    expect(abbreviationWithoutContext('美丽的花', 0, 1, false)).toBe(false);
    expect(abbreviationWithoutContext('真美', 1, 2, false)).toBe(false);
    expect(abbreviationWithoutContext('真美丽', 1, 2, false)).toBe(true);
    // Two characters are no one-character abbreviation.
    expect(abbreviationWithoutContext('真美国丽', 1, 3, false)).toBe(false);
  });

  it('answers for 日, 台 and 韩 too where nothing a rule reads is beside them', () => {
    expect(abbreviationWithoutContext('我爱日的', 2, 3, false)).toBe(true);
    expect(abbreviationWithoutContext('一日的', 1, 2, false)).toBe(false);
    expect(abbreviationWithoutContext('我爱台的', 2, 3, false)).toBe(true);
    expect(abbreviationWithoutContext('两台的', 1, 2, false)).toBe(false);
    expect(abbreviationWithoutContext('我爱韩的', 2, 3, false)).toBe(true);
    expect(abbreviationWithoutContext('我爱韩先生', 2, 3, false)).toBe(false);
    // 先 after any other abbreviation reads nothing: only 韩 is a surname before a form of address.
    expect(abbreviationWithoutContext('我爱美先生', 2, 3, false)).toBe(true);
  });
});
