/**
 * The English sense rules for a demonym that names a language (senses/language.ts), a country
 * written in lower case (senses/lower-case.ts), and the word views they share (senses/words.ts),
 * on sentences written for these tests (none from the gold sets or the corpus). Rows name what
 * the reader sees and the rule that decided; the word helpers that no sentence isolates get a
 * direct table. Without compromise, so that the rule itself decides.
 */
import { describe, expect, it } from 'vitest';
import { PayloadKind } from '../../../lib/recognize/alias-index.ts';
import type { Neighbour, SenseInput } from '../../../lib/recognize/senses/types.ts';
import { after, atSentenceStart, bare, before, inList, isCapitalised, isSentenceStartWord, spaceBetween } from '../../../lib/recognize/senses/words.ts';
import { ruled } from './senses-rows.ts';

describe('a demonym after "in" or "from", or before a language word', () => {
  ruled([
    // A language is spoken; a people is not.
    ['Japanese is spoken by few outside Japan.', ['Japan=country:JP'], ['Japanese:language:drop']],
    ['Japanese investment is growing.', ['Japanese=country:JP'], ['Japanese:no-rule:keep']],
    ['The Korean spelling of the name differs.', [], ['Korean:language:drop']],
    // "from" opens a pair of languages without a verb of speaking.
    ['The novel was adapted from Korean and Japanese.', [], ['Korean:language:drop', 'Japanese:language:drop']],
    // After "and" a word that is not a demonym: the first stays the language.
    ['The memo was written in Chinese and then burned.', [], ['Chinese:language:drop']],
    // A function word after the language, then a demonym before its noun: the first is still a language.
    ['The letter was written in Chinese by Japanese monks.', ['Japanese=country:JP'], ['Chinese:language:drop', 'Japanese:no-rule:keep']],
    // "or" joins two adjectives before a noun as "and" does.
    ['Stakes in Chinese or Russian miners were offered.', ['Chinese=country:CN', 'Russian=country:RU'], ['Chinese:no-rule:keep', 'Russian:no-rule:keep']],
  ]);
});

describe('a later member of a list of languages', () => {
  ruled([
    ['The menu is printed in English, French and German.', [], ['French:language:drop', 'German:language:drop']],
    // The list ends on a noun: adjectives of countries.
    ['Loans from English, French and German banks rose.', ['French=country:FR', 'German=country:DE'], ['French:no-rule:keep', 'German:no-rule:keep']],
    ['Sales in Japanese, Korean and Chinese markets rose.', ['Japanese=country:JP', 'Korean=country:KR', 'Chinese=country:CN'], ['Japanese:no-rule:keep', 'Korean:no-rule:keep', 'Chinese:no-rule:keep']],
  ]);
});

describe('the second demonym of a pair of languages', () => {
  ruled([
    ['The form is printed in Turkish or Greek.', [], ['Turkish:language:drop', 'Greek:language:drop']],
    ['She speaks fluent Japanese and also some basic Korean.', [], ['Japanese:language:drop', 'Korean:language:drop']],
    // No "and" or "or" before the second demonym: a person, not a second language.
    ['He spoke Japanese to a Korean on the train.', ['Korean=country:KR'], ['Japanese:language:drop', 'Korean:no-rule:keep']],
    // Between "and" and the demonym only words of degree may stand.
    ['He spoke Japanese and hired a Korean.', ['Korean=country:KR'], ['Japanese:language:drop', 'Korean:no-rule:keep']],
    // A pair needs a first demonym: a place before "and" is not one ...
    ['The firm hired an engineer in Tokyo and a Korean.', ['Korean=country:KR'], ['Tokyo:literal-place:drop', 'Korean:no-rule:keep']],
    ['The guide spoke to us and a Korean.', ['Korean=country:KR'], ['Korean:no-rule:keep']],
    // ... and the first must itself read as a language.
    ['He met a Japanese and a Korean.', ['Japanese=country:JP', 'Korean=country:KR'], ['Japanese:no-rule:keep', 'Korean:no-rule:keep']],
  ]);
});

describe('a lower-case country name and its cues', () => {
  ruled([
    // The word before says it is the porcelain even though a verb follows.
    ['Her china was chipped in the move.', [], ['china:lower-case-common-noun:drop']],
    ['They bought china at the pottery fair.', [], ['china:lower-case-common-noun:drop']],
    ['Tariffs on Japan and china rose.', ['Japan=country:JP', 'china=country:CN'], ['china:lower-case-in-list:keep']],
    ['Analysts said china’s exports fell.', ['china=country:CN'], ['china:lower-case-possessive:keep']],
    ['Analysts think china will cut rates.', ['china=country:CN'], ['china:lower-case-acts:keep']],
    ['Officials say china imposed new limits.', ['china=country:CN'], ['china:lower-case-acts:keep']],
  ]);
});

describe('a capitalised metal word inside a name', () => {
  ruled([
    // A capitalised word on one side is enough.
    ['Shares in Golden Copper rose sharply.', [], ['Copper:proper-name:drop']],
    ['He joined Nickel Creek Partners last year.', [], ['Nickel:proper-name:drop']],
    ['The firm runs a Copper Smelting Plant near the coast.', ['Copper=mineral:copper'], ['Copper:metal:keep']],
  ]);
});

/** A match of `surface` in `text` (its first occurrence), the whole text one sentence. */
function at(text: string, surface: string, neighbours: Neighbour[] = []): SenseInput {
  const start = text.indexOf(surface);
  if (start < 0) throw new Error(`${surface} not in ${text}`);
  return { text, start, end: start + surface.length, surface, entityId: 'mineral:zinc', kind: PayloadKind.Name, sentence: { start: 0, end: text.length }, neighbours };
}

function neighbour(text: string, surface: string, type: Neighbour['type'] = 'mineral'): Neighbour {
  const start = text.indexOf(surface);
  return { start, end: start + surface.length, entityId: `${type}:${surface}`, type };
}

describe('the word views the English rules share', () => {
  it.each([
    ['China’s', 'china'],
    ["Korea's", 'korea'],
    // Only a final possessive goes.
    ["O'Sullivan", "o'sullivan"],
    ["CHINA'S", 'china'],
    ["'s", ''],
    ['s', 's'],
    ['its', 'its'],
    ["Jones'", "jones'"],
    ['Korea’', 'korea’'],
  ])('bare(%s) is %s', (word, expected) => expect(bare(word)).toBe(expected));

  it('gives the words either side by the count asked for, once read kept on an input that keeps them', () => {
    const text = 'Exports of refined copper to Chile rose sharply in May.';
    const plain = at(text, 'copper');
    const keeping = { ...plain, wordsNear: { before: [], after: [] } };
    for (const input of [plain, keeping]) {
      expect(before(input, 1)).toEqual(['refined']);
      expect(before(input, 3)).toEqual(['refined', 'of', 'exports']);
      // A count asked after a larger one reads its own window.
      expect(before(input, 2)).toEqual(['refined', 'of']);
      expect(after(input, 2)).toEqual(['to', 'chile']);
      expect(after(input, 1)).toEqual(['to']);
    }
    expect(keeping.wordsNear.before[3]).toEqual(['refined', 'of', 'exports']);
    // Asked again, the same list: the window is not read twice.
    expect(before(keeping, 3)).toBe(before(keeping, 3));
    expect(after(keeping, 2)).toBe(keeping.wordsNear.after[2]);
  });

  it.each([
    ['Copper', true],
    ['Élan', true],
    ['copper', false],
    // A capital later in the word does not make it capitalised.
    ['iPhone', false],
  ])('isCapitalised(%s) is %s', (word, expected) => expect(isCapitalised(word)).toBe(expected));

  it.each([
    ['Copper rose.', true],
    // Quotes and spaces before the word still leave it first in its sentence.
    ['“ Copper rose,” she said.', true],
    ['Then Copper rose.', false],
    ['In 2024 Copper rose.', false],
  ])('atSentenceStart for Copper in %s is %s', (text, expected) => {
    expect(atSentenceStart(at(text, 'Copper'))).toBe(expected);
  });

  it.each([
    ['“ Golden Copper rose,” she said.', 'Golden', true],
    ['Shares in Golden Copper rose.', 'Golden', false],
  ])('isSentenceStartWord in %s for %s is %s', (text, word, expected) => {
    const input = at(text, 'Copper');
    const start = text.indexOf(word);
    expect(isSentenceStartWord(input, { start })).toBe(expected);
  });

  it.each([
    ['Shares in Golden Copper rose.', 'Golden', true],
    ['Shares in Golden Copper rose.', 'rose', true],
    ['Shares in Golden, Copper rose.', 'Golden', false],
    ['Shares in Golden Copper  rose.', 'rose', false],
    ['Shares in Golden Copper, rose.', 'rose', false],
  ])('spaceBetween Copper in %s and %s is %s', (text, word, expected) => {
    const start = text.indexOf(word);
    expect(spaceBetween(at(text, 'Copper'), { start, end: start + word.length })).toBe(expected);
  });

  it.each([
    ['copper, zinc', 'copper', 'mineral', true],
    ['zinc and copper', 'copper', 'mineral', true],
    ['copper,as well as zinc', 'copper', 'mineral', true],
    ['copper, as well as zinc', 'copper', 'mineral', true],
    // Only a neighbour of the type asked for, and only when the whole gap is a join.
    ['Chile, zinc', 'Chile', 'country', false],
    ['copper but not, zinc', 'copper', 'mineral', false],
    ['copper and then zinc', 'copper', 'mineral', false],
  ] as const)('inList for zinc in "%s" next to %s (%s) is %s', (text, other, type, expected) => {
    expect(inList(at(text, 'zinc', [neighbour(text, other, type)]), 'mineral')).toBe(expected);
  });
});

describe('"into" and a pair with a name: a demonym before a noun is the country', () => {
  ruled([
    ['Chinese firms pour billions into Indonesian smelters.', ['Chinese=country:CN', 'Indonesian=country:ID'], ['Chinese:no-rule:keep', 'Indonesian:no-rule:keep']],
    ['The manual was translated into Japanese last year.', [], ['Japanese:language:drop']],
    ['The miner borrowed from German and EU lenders.', ['German=country:DE'], ['German:no-rule:keep']],
    ['The letters were translated from German and Dutch.', [], ['German:language:drop', 'Dutch:language:drop']],
  ]);
});

describe('the languages a country is said to have', () => {
  ruled([
    ['Its official languages are Portuguese and French.', [], ['Portuguese:language:drop', 'French:language:drop']],
    ['Its main trading partners are Portuguese and French firms.', ['Portuguese=country:PT', 'French=country:FR'], ['Portuguese:no-rule:keep', 'French:no-rule:keep']],
  ]);
});

describe('(stop 43) a language studied, known or taught, and a term or phrase in it', () => {
  ruled([
    ['Few diplomats bother studying Chinese as a second language.', [], ['Chinese:language:drop']],
    ['The label used a Chinese term for "rare earth".', ['rare earth=mineral:rare-earths'], ['Chinese:language:drop']],
    ['The envoy has studied Russian, Hebrew, German and French.', [], ['Russian:language:drop', 'German:language:drop', 'French:language:drop']],
    ['He has a good command of Spanish.', [], ['Spanish:language:drop']],
    ['She studied Russian and German at Oxford.', [], ['Russian:language:drop', 'German:language:drop']],
    ['Many schools now teach Spanish.', [], ['Spanish:language:drop']],
    ['A Chinese phrase for lithium is "锂".', ['lithium=mineral:lithium', '锂=mineral:lithium'], ['Chinese:language:drop']],
    ['English is taught as a foreign language in Chinese schools.', ['Chinese=country:CN'], ['Chinese:no-rule:keep']],
    ['She is studying Chinese culture at Peking University.', ['Chinese=country:CN'], ['Chinese:no-rule:keep']],
    ['He taught Chinese students in Shanghai for a decade.', ['Chinese=country:CN'], ['Chinese:no-rule:keep']],
    ['Analysts studied Chinese export data for clues.', ['Chinese=country:CN'], ['Chinese:no-rule:keep']],
    ['Officials studied Russian and Iranian oil flows.', ['Russian=country:RU', 'Iranian=country:IR'], ['Russian:no-rule:keep']],
    ['The firm has mastered Japanese manufacturing techniques.', ['Japanese=country:JP'], ['Japanese:no-rule:keep']],
    ['The deal gives him a working knowledge of Australian mining law.', ['Australian=country:AU'], []],
  ]);
});

describe('(stop 43) real-text sweep of senses: a language said to be one of the languages further on, languages before a negated auxiliary', () => {
  ruled([
    ['Chinese is today one of the most widely spoken languages of all.', [], ['Chinese:language:drop']],
    ['Tones in Chinese and Korean don\'t work the same way.', [], ['Chinese:language:drop', 'Korean:language:drop']],
    ['Words in Chinese and English can\'t always be matched one to one.', [], ['Chinese:language:drop']],
    ['Chinese is one of the biggest buyers of copper in the world.', ['Chinese=country:CN', 'copper=mineral:copper'], ['Chinese:no-rule:keep', 'copper:metal:keep']],
    ['Chinese is one of the largest foreign investors in the country\'s mines.', ['Chinese=country:CN'], ['Chinese:no-rule:keep']],
    ['Investments in Chinese and Japanese firms rose last year.', ['Chinese=country:CN', 'Japanese=country:JP'], ['Chinese:no-rule:keep', 'Japanese:no-rule:keep']],
  ]);
});
