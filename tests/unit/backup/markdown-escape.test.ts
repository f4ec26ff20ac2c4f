/**
 * Each escape of `markdown-escape.ts`, output for output. This file runs in node on purpose: the
 * mutation reports list no test from a happy-dom file, so the rendered checks in
 * `export-markdown.test.ts` kill no mutant; the exact outputs here do.
 */
import { describe, expect, it } from 'vitest';
import {
  escapeInlineMarkdown,
  markdownLine,
  markdownLinkDestination,
  markdownPhrase,
  markdownTag,
  markdownWikiLink,
} from '../../../lib/backup/markdown-escape.ts';
import { HOSTILE_LINES } from './hostile-markdown.ts';

describe('each line of a quote or a note', () => {
  it.each(HOSTILE_LINES)('%s', (_name, input, output) => {
    expect(markdownLine(input)).toBe(output);
  });
});

it('escapeInlineMarkdown turns control characters into spaces itself, whoever calls it', () => {
  expect(escapeInlineMarkdown('a\u0000b\u007fc\rd')).toBe('a b c d');
});

describe('markdownPhrase: one line, whitespace and control characters folded', () => {
  it.each([
    ['padding dropped', '  padded  ', 'padded'],
    ['a run of whitespace is one space', 'a \n\t b', 'a b'],
    ['a run of control characters is one space', 'a\u0000\u0000b', 'a b'],
    ['empty stays empty', '', ''],
    ['site from a backup', 'evil.example\n# Owned\r\n![](https://t.example/p.gif)\t<b>', 'evil\\.example \\# Owned !\\[\\](https\\:\\/\\/t\\.example/p\\.gif) \\<b>'],
  ])('%s', (_name, input, output) => {
    expect(markdownPhrase(input)).toBe(output);
  });
});

describe('markdownTag: Obsidian tags of letters, digits, _, - and / only', () => {
  it.each([
    ['spaces become dashes', 'rare earths', '#rare-earths'],
    ['padding dropped, not made dashes', ' rare ', '#rare'],
    ['a run of spaces is one dash', 'a  b', '#a-b'],
    ['brackets dropped', '[[x]]', '#x'],
    ['markup dropped', '![](y) <b>', '#y-b'],
    ['a leading # is not doubled', '#already', '#already'],
    ['nothing left: no tag', '!!', ''],
    // A `_` stays only with a letter or digit on both sides, where it cannot open or close emphasis.
    ['_ between letters kept', 'a_b', '#a_b'],
    ['_ between digits kept', '1_2', '#1_2'],
    ['_ between non-Latin letters kept', 'é_字', '#é_字'],
    ['_ at the start', '_a', '#-a'],
    ['_ at the end', 'a_', '#a-'],
    ['_ next to a dash or slash', 'a_-b/_c', '#a--b/-c'],
    ['_ pairs', 'supply_chain _a_ b__c', '#supply_chain--a--b--c'],
  ])('%s', (_name, input, output) => {
    expect(markdownTag(input)).toBe(output);
  });
});

describe('markdownWikiLink: a page name, nothing that links elsewhere', () => {
  it.each([
    ['plain name', 'Democratic Republic of the Congo', '[[Democratic Republic of the Congo]]'],
    ['non-ASCII punctuation kept', '刚果（金）—卢旺达和平协议', '[[刚果（金）—卢旺达和平协议]]'],
    ['apostrophe kept', "Côte d'Ivoire", "[[Côte d'Ivoire]]"],
    ['a way out of the link', ']]![[secret', '[[secret]]'],
    ['Obsidian link syntax and a web address', 'evil.example/x|y#z^w:v\\u', '[[evil example x y z w v u]]'],
    ['HTML', '<img src=x>', '[[img src x]]'],
    ['padding dropped', ' gold ', '[[gold]]'],
    ['a control character is a space', 'a\u0000b', '[[a b]]'],
    ['a format character is a space', 'a\u200bb', '[[a b]]'],
    ['only invisible characters: no link', '\u202e\u0000', ''],
    ['only punctuation: no link', '!!', ''],
    ['empty: no link', '', ''],
  ])('%s', (_name, input, output) => {
    expect(markdownWikiLink(input)).toBe(output);
  });
});

describe('markdownLinkDestination: nothing in the URL can end the link or change it', () => {
  it.each([
    ['parentheses and a space', 'https://x.example/a b(c)', '<https://x.example/a%20b(c)>'],
    ['a line break and angle brackets', 'https://x.example/a\nb>c<d', '<https://x.example/a%0Ab%3Ec%3Cd>'],
    ['a backslash', 'https://x.example/a\\b', '<https://x.example/a\\\\b>'],
    ['an entity, and an & that is none', 'https://x.example/?a=&amp;&b', '<https://x.example/?a=\\&amp;&b>'],
  ])('%s', (_name, input, output) => {
    expect(markdownLinkDestination(input)).toBe(output);
  });
});
