/**
 * A dossier as one Markdown file: the facts with their sources and as-of dates, the timeline, the
 * reader's notes and every clipping shown. Page text and notes are escaped so that nothing in
 * them becomes live Markdown (links, images, HTML, headings) when the file is opened in Obsidian
 * or any CommonMark viewer; only the links Assay writes itself are live.
 */
import type { EntityCard, Inline, Item, Sourced, SourceView, ViewCard } from '../../lib/facts/cards.ts';
import { CONTROL_STATE, DEAL_STATE } from '../../lib/facts/deal-labels.ts';
import type { ControlState, DealState } from '../../lib/dataset/schema.ts';
import type { TimelineEvent } from '../../lib/facts/timeline.ts';
import { markdownLine, markdownLines, markdownLinkDestination, markdownPhrase } from '../../lib/backup/markdown-escape.ts';
import type { DossierView } from '../../lib/store/dossier.ts';
import { translatorFor } from '../../lib/i18n/catalogs.ts';
import type { Translator } from '../../lib/i18n/translator.ts';
import { siteOf } from '../../lib/records/url.ts';

/** One line of text with every character CommonMark, GitHub's linkifier or Obsidian could act on escaped. */
const mdText = markdownPhrase;

/** A block of text (kept as lines) as a blockquote, each line escaped as the main export does. */
function quoteBlock(text: string): string {
  return markdownLines(text.trim())
    .map((line) => (line ? `> ${line}` : '>'))
    .join('\n');
}

/**
 * A link Assay writes itself: http(s) only. Its label is never page text (a title could hold
 * Markdown that a renderer reads again inside the label); callers pass a host or a file name.
 */
function link(label: string, url: string): string {
  if (!/^https?:\/\//i.test(url)) return mdText(label);
  return `[${mdText(label)}](${markdownLinkDestination(url)})`;
}

/** A line of text that begins a Markdown line (kept from reading as a list, a quote or a heading). */
const mdLine = (text: string) => markdownLine(text.replace(/[\s\p{Cc}]+/gu, ' '));

const host = (source: string) => source.replace(/^https?:\/\/(www\.)?/, '').split('/')[0] || source;

/**
 * "Source: [pubs.usgs.gov](…), as of 2026-02". A note that stands for several documents of one
 * site links each by its file name: "Sources (pubs.usgs.gov): [mcs2026-gallium.pdf](…), […](…)".
 */
function sourceLine(s: SourceView | Sourced, t: Translator): string {
  const prefix = 'prefix' in s && s.prefix ? s.prefix : t('md_source');
  const more = 'more' in s && s.more ? s.more : [];
  const asOf = t('md_as_of', { date: mdText(s.asOf) });
  if (!more.length) return `${mdText(prefix)}: ${link(host(s.source), s.source)}, ${asOf}`;
  const file = (url: string) => url.replace(/[?#].*$/, '').split('/').filter(Boolean).at(-1) ?? url;
  const many = 'prefix' in s && s.prefix ? s.prefix : t('md_sources');
  return `${mdText(many)} (${mdText(host(s.source))}): ${[s.source, ...more].map((u) => link(file(u), u)).join(', ')}, ${asOf}`;
}

/** Lines of one paragraph, each ending in a hard line break (a backslash) but the last. */
const hardBreaks = (lines: string[]) => lines.join('\\\n');

/** A card's inline text as plain words: a tag ("Rare earths (group)", "In force") in brackets. */
const plain = (parts: Inline[]) => parts.map((p) => (typeof p === 'string' ? p : 'strong' in p ? p.strong : `[${p.tag}]`)).join('');

/** One item of a laid-out card as Markdown lines (text escaped; links only to sources). */
function itemLines(item: Item, t: Translator): string[] {
  switch (item.t) {
    case 'p':
      return [mdLine(plain(item.text)), ''];
    case 'facts':
      return [mdLine([item.symbol, item.text].filter(Boolean).join(' · ')), ''];
    case 'bars':
      return [...item.rows.map((r) => `- ${mdText(r.label)}: ${mdText(r.value)}`), ''];
    case 'list':
      return [...item.items.map((parts, i) => `${item.ordered ? `${i + 1}.` : '-'} ${mdText(plain(parts))}`), ''];
    case 'stats':
      return item.items.flatMap((s) => [`**${mdText(plain(s.label))}:** ${mdText(s.value)}${s.lines.length ? ` (${mdText(s.lines.join('; '))})` : ''}`, '', sourceLine(s.source, t), '']);
    case 'spark':
      return [mdLine(item.text), ''];
    case 'grid':
      return [...item.rows.map((r) => `- ${mdText(r.head)} (${mdText(r.sub)}): ${mdText(r.cells.filter(Boolean).join(', '))}`), ''];
    case 'entry':
      return [hardBreaks([`**${mdText(plain(item.head))}**`, ...item.lines.map(mdLine), ...(item.source ? [sourceLine(item.source, t)] : [])]), ''];
  }
}

/** A mineral's or a country's card as the background laid it out: every section, figure and source. */
function viewLines(card: ViewCard, t: Translator): string[] {
  const lines: string[] = [];
  for (const section of card.sections) {
    if (section.title) lines.push(`### ${mdText(plain(section.title))}`, '');
    for (const item of section.items) lines.push(...itemLines(item, t));
    for (const source of section.sources) lines.push(sourceLine(source, t), '');
  }
  return lines;
}

function factsOf(card: EntityCard, t: Translator): string[] {
  if (card.kind !== 'deal') return viewLines(card, t);
  const summary = card.lang === 'zh' ? card.summaryZh : card.summary;
  const state = t.lang === 'zh' ? DEAL_STATE[card.status.state].zh : card.status.state.replace(/-/g, ' ');
  const lines = [`${mdText(summary)}`, '', t('md_deal_line', { date: mdText(card.date), state: mdText(state), as_of: mdText(card.status.asOf) }), ''];
  for (const source of card.sources) lines.push(`- ${link(source, source)}`);
  lines.push('');
  return lines;
}

/**
 * The dossier as Markdown, its fixed words in the reader's language (`t`); the card comes worded
 * in its own, and dates stay ISO, as a file others read should have them.
 */
export function dossierMarkdown({ card, view, timeline }: { card: EntityCard; view: DossierView; timeline: TimelineEvent[] }, t: Translator = translatorFor('en')): string {
  const zh = t.lang === 'zh';
  const name = card.kind === 'deal' ? (card.lang === 'zh' ? card.titleZh : card.title) : zh ? `${card.names.zh} (${card.names.en})` : `${card.names.en} (${card.names.zh})`;
  const intro = t('md_intro', { clippings: t.plural('common_clippings', view.total), notes: t.plural('common_notes', view.notes.length) });
  const lines = [`# ${mdText(name)}`, '', intro, '', `## ${t('dossier_facts')}`, '', ...factsOf(card, t)];
  if (timeline.length) {
    lines.push(`## ${t('dossier_deals_controls')}`, '');
    for (const e of timeline) {
      const state = zh ? ((e.kind === 'deal' ? DEAL_STATE[e.state as DealState] : CONTROL_STATE[e.state as ControlState])?.zh ?? e.state) : e.state.replace(/-/g, ' ');
      lines.push(`- ${mdText(e.date)} · ${e.kind === 'deal' ? t('dossier_kind_deal') : t('md_export_control')}: ${mdText(zh ? e.titleZh : e.title)} (${mdText(state)})`);
    }
    lines.push('');
  }
  lines.push(`## ${t('notes_heading')}`, '');
  if (!view.notes.length) lines.push(t('md_no_notes'), '');
  for (const note of view.notes) lines.push(quoteBlock(note.text), '', t('md_written', { date: new Date(note.createdAt).toISOString().slice(0, 10) }), '');
  lines.push(`## ${t('common_your_clippings')}`, '');
  if (!view.clippings.length) lines.push(t('md_no_clippings'), '');
  for (const c of view.clippings) {
    const title = c.title.trim() ? `${mdText(c.title)} · ` : '';
    lines.push(quoteBlock(c.quote), '', `${title}${link(siteOf(c.url) || c.site, c.url)} · ${t('md_saved', { date: new Date(c.createdAt).toISOString().slice(0, 10) })}`);
    if (c.note.trim()) lines.push('', ...markdownLines(c.note.trim()).map((line) => line || ''));
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
