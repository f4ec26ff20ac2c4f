/**
 * The export-control and deal sections of mineral and country cards, in one language. A control
 * shows its state as a tag ("Status unclear" rather than "Suspended until" a date already past),
 * its dates, what its status text says and the source of that status; a deal its date, title,
 * kinds and state. The newest come first; the rest are counted, since the dossier's timeline
 * lists them all (the United States' card would otherwise list 39 deals).
 */
import type { ControlState } from '../dataset/schema.ts';
import type { ControlSummary, DealSummary } from './cards.ts';
import { CONTROL_STATE, DEAL_KIND, DEAL_STATE } from './deal-labels.ts';
import { UI } from './labels.ts';
import { formatDate, type Lang } from './numbers.ts';
import { pick, type Inline, type Item, type Section } from './view.ts';

/** Controls a card lists in full (China's card would list all sixteen). */
const CONTROL_ROWS = 6;
/** Deals a card lists in full. */
const DEAL_ROWS = 8;

const TONE: Record<ControlState, Extract<Inline, { tone: string }>['tone']> = {
  'in-force': 'in-force',
  suspended: 'suspended',
  'partly-suspended': 'suspended',
  superseded: 'superseded',
  lapsed: 'lapsed',
  unclear: 'unclear',
};

const zhOr = (lang: Lang, en: string, zh: string) => (lang === 'zh' ? zh : en);

/** "Suspended until 10 Nov 2026"; an unclear status has no "until": that date is what became unclear. */
function stateTag(c: ControlSummary, lang: Lang): Inline {
  const until = c.until && c.state !== 'unclear' ? ` ${pick(UI.until, lang)} ${formatDate(c.until, lang)}` : '';
  return { tag: `${pick(CONTROL_STATE[c.state], lang)}${until}`, tone: TONE[c.state] };
}

function controlDates(c: ControlSummary, lang: Lang): string {
  const effective = c.effective && c.effective !== c.announced
    ? ` · ${pick(UI.effective, lang)} ${c.effective.split(' / ').map((d) => formatDate(d, lang)).join(' / ')}`
    : '';
  return `${zhOr(lang, c.instrument, c.instrumentZh)} · ${pick(UI.announced, lang)} ${formatDate(c.announced, lang)}${effective}`;
}

const more = (text: string): Item => ({ t: 'p', text: [text], small: true, muted: true });

export function controlsSection(controls: ControlSummary[], lang: Lang): Section[] {
  if (!controls.length) return [];
  const newest = [...controls].sort((a, b) => b.announced.localeCompare(a.announced));
  const rest = newest.slice(CONTROL_ROWS);
  const items = newest.slice(0, CONTROL_ROWS).map((c): Item => ({
    t: 'entry',
    head: [stateTag(c, lang), ' ', { strong: zhOr(lang, c.title, c.titleZh) }],
    lines: [controlDates(c, lang), zhOr(lang, c.statusText, c.statusTextZh)],
    source: { source: c.source, asOf: c.asOf, prefix: pick(UI.status, lang) },
  }));
  if (rest.length) {
    const count = pick(UI.more, lang).replace('{n}', String(rest.length));
    items.push(more(`${count}${lang === 'zh' ? '：' : ': '}${rest.map((c) => zhOr(lang, c.instrument, c.instrumentZh)).join(lang === 'zh' ? '；' : '; ')}`));
  }
  return [{ title: [pick(UI.controls, lang)], items, sources: [] }];
}

/** "(framework, memorandum of understanding; signed)" / "（框架、谅解备忘录；已签署）". */
function dealKinds(d: DealSummary, lang: Lang): string {
  const kinds = d.kinds.map((k) => pick(DEAL_KIND[k], lang));
  const state = pick(DEAL_STATE[d.state], lang);
  return lang === 'zh' ? `（${kinds.join('、')}；${state}）` : ` (${kinds.join(', ')}; ${state.toLowerCase()})`;
}

export function dealsSection(deals: DealSummary[], lang: Lang): Section[] {
  if (!deals.length) return [];
  const newest = [...deals].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
  const items: Item[] = [{
    t: 'list',
    items: newest.slice(0, DEAL_ROWS).map((d): Inline[] => [{ strong: formatDate(d.date, lang) }, ` ${zhOr(lang, d.title, d.titleZh)}${dealKinds(d, lang)}`]),
  }];
  if (newest.length > DEAL_ROWS) items.push(more(pick(UI.moreDeals, lang).replace('{n}', String(newest.length - DEAL_ROWS))));
  return [{ title: [pick(UI.deals, lang)], items, sources: [] }];
}
