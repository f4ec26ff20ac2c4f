/**
 * The dossier's Markdown export of a mineral's and a country's card, as the background lays them
 * out: every section's figures are written with their source and as-of date, controls with their
 * state and the status's own source, deals with their state; rendered by a CommonMark renderer,
 * the only links are the sources'.
 */
import MarkdownIt from 'markdown-it';
import { Marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { dossierMarkdown } from '../../../components/dossier/dossier-markdown.ts';
import { loadDataset } from '../../../lib/dataset/load.ts';
import { cardFor, type SourceView, type ViewCard } from '../../../lib/facts/cards.ts';
import { timelineFor } from '../../../lib/facts/timeline.ts';

const dataset = loadDataset();
const empty = (entityId: string) => ({ entityId, notes: [], deleted: [], clippings: [], next: null, total: 0 });
const exportOf = (id: string) => {
  const card = cardFor(dataset, id) as ViewCard;
  return { card, markdown: dossierMarkdown({ card, view: empty(id), timeline: timelineFor(dataset, id) }) };
};

/** Every source a card cites, with the documents a grouped note stands for. */
function sourcesOf(card: ViewCard): SourceView[] {
  const all: SourceView[] = [];
  for (const section of card.sections) {
    all.push(...section.sources);
    for (const item of section.items) {
      if (item.t === 'stats') all.push(...item.items.map((s) => s.source));
      if (item.t === 'entry' && item.source) all.push(item.source);
    }
  }
  return all;
}

const hrefs = (markdown: string) => [...new MarkdownIt({ linkify: true }).render(markdown).matchAll(/href="([^"]*)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));

describe("the dossier's Markdown facts", () => {
  it("writes a mineral's producers, headline figures and every section with its source and as-of date", () => {
    const { card, markdown } = exportOf('mineral:gallium');
    expect(markdown).toMatch(/^### Low-purity gallium primary production, 2025 \(estimated\)$/m);
    expect(markdown).toMatch(/^- China: 100% · 900,000$/m);
    expect(markdown).toMatch(/^\*\*China's share:\*\* 100% \(of world primary production/m);
    expect(markdown).toMatch(/^\*\*US net import reliance:\*\* 100%/m);
    expect(markdown).toContain('### Used for');
    for (const s of sourcesOf(card)) {
      expect(markdown).toContain(`(<${s.source}>)`);
      expect(markdown).toContain(`as of ${s.asOf}`);
    }
    expect(sourcesOf(card).length).toBeGreaterThan(8);
  });

  it("writes each control with its state, dates, status text and the status's source", () => {
    const { markdown } = exportOf('mineral:gallium');
    const controls = markdown.slice(markdown.indexOf("### China's export controls"), markdown.indexOf('### Related deals'));
    expect(controls).toMatch(/^\*\*\\\[Status unclear\\\] Suspension of the US-specific ban/m);
    expect(controls).toMatch(/^\*\*\\\[In force\\\] Export licensing for gallium and germanium items\*\*\\$/m);
    expect(controls).toMatch(/^Ran from 9 November 2025 until 27 November 2026\. No source found after November 2025 says whether it was renewed\.\\$/m);
    expect(controls.match(/^Status: \[[^\]]+\]\(<https:/gm)).toHaveLength(3);
  });

  it('writes each deal with its kinds and state', () => {
    const { markdown } = exportOf('mineral:gallium');
    expect(markdown).toMatch(/^- 2 Feb 2026 Project Vault: US Strategic Critical Minerals Reserve \(stockpile, loan, fund; signed\)$/m);
  });

  it("writes a country's ranks and links each document a grouped source note stands for", () => {
    const { card, markdown } = exportOf('country:CN');
    expect(markdown).toMatch(/^- tungsten \(mine production\): 1st, \d+%, [\d,]+ t$/m);
    const grouped = sourcesOf(card).find((s) => s.more?.length)!;
    expect(grouped.more!.length).toBeGreaterThan(2);
    for (const url of [grouped.source, ...grouped.more!]) expect(hrefs(markdown)).toContain(url);
  });

  it('makes no link but the sources, in CommonMark with linkify on', () => {
    for (const id of ['mineral:gallium', 'mineral:neodymium', 'country:CN', 'country:KZ']) {
      const { card, markdown } = exportOf(id);
      const cited = new Set(sourcesOf(card).flatMap((s) => [s.source, ...(s.more ?? [])]));
      for (const href of hrefs(markdown)) expect(cited, `${id}: ${href}`).toContain(href);
    }
  });
});

describe("the reader's notes and clippings in a dossier export", () => {
  // Page text that linkifiers, CommonMark and Obsidian would turn into links, images or HTML.
  const HOSTILE = [
    'https://evil.example/login',
    'ceo@evil.example',
    'www.evil.example',
    'a@b.+',
    '![](https://tracker.example/p.gif)',
    '[x](javascript:alert(1))',
    '<img src=x onerror=alert(1)>',
    '<https://evil.example>',
    '# heading',
    '1. a list',
    '> a quote',
    '[[Wiki link]] ![[embed]] %%comment%% ==mark==',
  ];
  const quote = HOSTILE.join('\n');
  const clipping = {
    id: 'c1',
    quote,
    prefix: '',
    suffix: '',
    url: 'https://news.example.com/a\\',
    title: HOSTILE.join(' '),
    site: 'news.example.com',
    createdAt: Date.UTC(2026, 1, 3),
    updatedAt: Date.UTC(2026, 1, 3),
    entities: [],
    note: quote,
    tags: [],
  };
  const note = { id: 'n1', entityId: 'mineral:gallium', text: quote, createdAt: 1, updatedAt: 1 };
  const card = cardFor(dataset, 'mineral:gallium') as ViewCard;
  const markdown = dossierMarkdown({ card, view: { ...empty('mineral:gallium'), notes: [note], clippings: [clipping], total: 1 }, timeline: [] });
  const cited = new Set(sourcesOf(card).flatMap((s) => [s.source, ...(s.more ?? [])]));

  it.each([
    ['markdown-it with linkify and raw HTML', (md: string) => new MarkdownIt({ html: true, linkify: true }).render(md)],
    ['marked, GitHub-flavoured', (md: string) => new Marked({ gfm: true }).parse(md, { async: false }) as string],
  ])('links only to sources and to the clipping itself, with no image or HTML, rendered by %s', (_name, render) => {
    const html = render(markdown);
    // No image or script element, and no event handler inside any tag (as text, escaped, it is fine).
    expect(html).not.toMatch(/<(img|script|iframe)\b/i);
    expect(html).not.toMatch(/<[^>]*\son\w+=/i);
    const links = [...html.matchAll(/<a [^>]*href="([^"]*)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));
    const foreign = links.filter((href) => !cited.has(href) && !href.startsWith('https://news.example.com/a'));
    expect(foreign).toEqual([]);
    // The clipping's own link is there once, labelled with its site, not with the page's title.
    expect(links.filter((href) => href.startsWith('https://news.example.com/a'))).toHaveLength(1);
    expect(markdown).toMatch(/\[news\\\.example\\\.com\]\(<https:\/\/news\.example\.com\/a\\\\>\)/);
  });
});
