/**
 * A dossier as one Markdown file: the facts with their sources and as-of dates, the timeline, the
 * reader's notes and every clipping shown. Page text and notes are escaped so that nothing in
 * them becomes live Markdown (links, images, HTML, headings) when the file is opened in Obsidian
 * or any CommonMark viewer; only the links Assay writes itself are live.
 */
import type { EntityCard } from '../../lib/facts/cards.ts';
import type { TimelineEvent } from '../../lib/facts/timeline.ts';
import type { DossierView } from '../../lib/store/dossier.ts';

/** One line of text with every character CommonMark or Obsidian could act on escaped. */
export function mdText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_{}[\]()<>#+!|~=^$&-]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : `\\${c}`));
}

/** A block of text (kept as lines) as a blockquote, each line escaped. */
function quoteBlock(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => (line.trim() ? `> ${mdText(line)}` : '>'))
    .join('\n');
}

/** A link Assay writes itself: http(s) only, with the characters that could end it encoded. */
function link(label: string, url: string): string {
  if (!/^https?:\/\//i.test(url)) return mdText(label);
  return `[${mdText(label)}](<${url.replace(/[<>\s]/g, (c) => encodeURIComponent(c))}>)`;
}

const sourceLine = (s: { source: string; asOf: string }) => `Source: ${link(s.source.replace(/^https?:\/\/(www\.)?/, '').split('/')[0] ?? s.source, s.source)}, as of ${mdText(s.asOf)}`;

function factsOf(card: EntityCard): string[] {
  const lines: string[] = [];
  if (card.kind === 'mineral') {
    if (card.uses) lines.push(`**Uses.** ${mdText(card.uses.text)}`, sourceLine(card.uses), '');
    if (card.production) {
      const t = card.production;
      lines.push(`**${mdText(t.measure)}${t.year ? `, ${t.year}` : ''}** (${mdText(t.unit)})`, '');
      for (const row of t.rows.slice(0, 8)) lines.push(`- ${mdText(row.label)}: ${row.value.toLocaleString('en')}${row.share !== undefined ? ` (${(row.share * 100).toFixed(1)}%)` : ''}`);
      lines.push('', sourceLine(t), '');
    }
    if (card.chinaShare) lines.push(`**China's share** (${mdText(card.chinaShare.basis)}): ${(card.chinaShare.value * 100).toFixed(0)}%`, sourceLine(card.chinaShare), '');
    if (card.usNetImportReliance) lines.push(`**US net import reliance:** ${mdText(card.usNetImportReliance.text)}`, sourceLine(card.usNetImportReliance), '');
  } else if (card.kind === 'country') {
    for (const p of card.production.slice(0, 12)) {
      lines.push(`- ${mdText(p.mineral.label)}: ${mdText(p.measure)} rank ${p.rank}${p.share !== undefined ? `, ${(p.share * 100).toFixed(1)}% of the world` : ''}${p.year ? ` (${p.year})` : ''}. ${sourceLine(p)}`);
    }
    if (card.production.length) lines.push('');
  } else {
    lines.push(`${mdText(card.summary)}`, '', `Date: ${mdText(card.date)} · Status: ${mdText(card.status.state.replace(/-/g, ' '))} (as of ${mdText(card.status.asOf)})`, '');
    for (const source of card.sources) lines.push(`- ${link(source, source)}`);
    lines.push('');
  }
  return lines;
}

export function dossierMarkdown({ card, view, timeline }: { card: EntityCard; view: DossierView; timeline: TimelineEvent[] }): string {
  const name = card.kind === 'deal' ? card.title : `${card.names.en} (${card.names.zh})`;
  const lines = [`# ${mdText(name)}`, '', `Dossier exported from Assay. ${view.total} clipping${view.total === 1 ? '' : 's'}, ${view.notes.length} note${view.notes.length === 1 ? '' : 's'}.`, '', '## Facts', '', ...factsOf(card)];
  if (timeline.length) {
    lines.push('## Deals and export controls', '');
    for (const e of timeline) lines.push(`- ${mdText(e.date)} · ${e.kind === 'deal' ? 'Deal' : 'Export control'}: ${mdText(e.title)} (${mdText(e.state.replace(/-/g, ' '))})`);
    lines.push('');
  }
  lines.push('## Your notes', '');
  if (!view.notes.length) lines.push('No notes.', '');
  for (const note of view.notes) lines.push(quoteBlock(note.text), '', `Written ${new Date(note.createdAt).toISOString().slice(0, 10)}`, '');
  lines.push('## Your clippings', '');
  if (!view.clippings.length) lines.push('No clippings.', '');
  for (const c of view.clippings) {
    lines.push(quoteBlock(c.quote), '', `${link(c.title || c.site || c.url, c.url)} · ${mdText(c.site)} · saved ${new Date(c.createdAt).toISOString().slice(0, 10)}`);
    if (c.note.trim()) lines.push('', mdText(c.note));
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
