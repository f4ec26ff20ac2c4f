/**
 * Lays out a mineral's facts as the popover shows them, in one language: the production tables as
 * bars, China's share and US import reliance side by side, uses, the price line, US import
 * sources, reserves, substitutes and recycling, what USGS does not publish, controls, deals.
 */
import { controlsSection, dealsSection } from './deals-view.ts';
import { GROUP, UI, type Bi } from './labels.ts';
import type { ChinaShareView, MineralFacts, RelianceView, TableView, TextView } from './mineral-facts.ts';
import { formatPrice, formatQuantity, formatShare, type Lang } from './numbers.ts';
import { pick, uniqueSources, type Inline, type Item, type Section, type SourceView, type ViewCard } from './view.ts';

/** Bars a production table shows: the leading producers. */
const BAR_ROWS = 6;
const RESERVE_ROWS = 4;

const groupTag = (group: Bi | undefined, lang: Lang): Inline[] => (group ? [' ', { tag: pick(group, lang), tone: 'group' }] : []);

const fill = (template: Bi, lang: Lang, values: Record<string, string>) =>
  pick(template, lang).replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');

function worldLine(table: TableView, lang: Lang): string {
  const unit = pick(table.unit, lang);
  const world = table.world
    ? `${pick(UI.world, lang)}${lang === 'zh' ? '：' : ': '}${table.world.qualifier ?? ''}${formatQuantity(table.world.value, lang)} ${unit}`
    : `${pick(UI.in, lang)}${lang === 'zh' ? '' : ' '}${unit}`;
  const withheld = table.rows.filter((r) => r.withheld).map((r) => (lang === 'zh' ? (r.labelZh ?? r.label) : r.label));
  return withheld.length ? `${world}${lang === 'zh' ? '。' : '. '}${pick(UI.withheld, lang)}${lang === 'zh' ? '：' : ': '}${withheld.join(lang === 'zh' ? '、' : ', ')}` : world;
}

/** "(x)" or "（x）". */
const paren = (text: string, lang: Lang) => (lang === 'zh' ? `（${text}）` : ` (${text})`);
const comma = (lang: Lang) => (lang === 'zh' ? '，' : ', ');

/** "flake graphite, average value of imports" → "Flake graphite, average value of imports." */
const sentence = (text: string, lang: Lang) => (lang === 'zh' ? `${text}。` : `${text[0].toUpperCase()}${text.slice(1)}.`);

const rowLabel = (r: { label: string; labelZh?: string }, lang: Lang) => (lang === 'zh' ? (r.labelZh ?? r.label) : r.label);

function productionSection(table: TableView, lang: Lang): Section {
  const items: Item[] = [];
  if (table.mixedForms) {
    items.push({
      t: 'list',
      items: table.rows
        .filter((r) => !r.withheld)
        .map((r) => [`${rowLabel(r, lang)} ${formatQuantity(r.value ?? 0, lang)} ${pick(table.unitShort, lang)}${r.note ? paren(pick(r.note, lang), lang) : ''}`]),
    });
  } else {
    const rows = table.rows.filter((r) => r.country && r.share !== undefined).slice(0, BAR_ROWS);
    const max = Math.max(...rows.map((r) => r.share ?? 0), 1e-9);
    if (rows.length) {
      items.push({
        t: 'bars',
        label: `${pick(table.title, lang)}: ${rows.map((r) => `${rowLabel(r, lang)} ${formatShare(r.share ?? 0)}`).join(', ')}`,
        rows: rows.map((r) => ({
          label: rowLabel(r, lang),
          frac: (r.share ?? 0) / max,
          value: `${formatShare(r.share ?? 0)} · ${formatQuantity(r.value ?? 0, lang)}`,
          ...(r.country === 'country:CN' ? { highlight: true as const } : {}),
        })),
      });
    }
  }
  items.push({ t: 'p', text: [worldLine(table, lang)], small: true, muted: true });
  // China's note goes with China's share; other rows' notes are said under the chart.
  for (const r of table.rows) {
    if (r.note && r.country !== 'country:CN' && !table.mixedForms) items.push({ t: 'p', text: [`${rowLabel(r, lang)}: ${pick(r.note, lang)}`], small: true, muted: true });
  }
  for (const n of table.notes) items.push({ t: 'p', text: [pick(n, lang)], small: true, muted: true });
  return { title: [pick(table.title, lang), ...groupTag(table.group, lang)], items, sources: [table] };
}

function reservesSection(table: TableView, lang: Lang): Section {
  const rows = table.rows.filter((r) => r.country && r.value !== undefined).slice(0, RESERVE_ROWS);
  return {
    title: [pick(table.title, lang), ...groupTag(table.group, lang)],
    items: [
      {
        t: 'list',
        ordered: true,
        items: rows.map((r) => [`${rowLabel(r, lang)} ${r.qualifier ?? ''}${formatQuantity(r.value!, lang)}${r.share !== undefined ? paren(formatShare(r.share), lang) : ''}`]),
      },
      { t: 'p', text: [worldLine(table, lang)], small: true, muted: true },
      ...table.notes.map((n): Item => ({ t: 'p', text: [pick(n, lang)], small: true, muted: true })),
    ],
    sources: [table],
  };
}

function yearText(year: number, estimated: boolean | undefined, lang: Lang): string {
  return lang === 'zh' ? `${year}年${estimated ? '（估计）' : ''}` : `${year}${estimated ? ' (estimated)' : ''}`;
}

function statsItem(shares: ChinaShareView[], reliance: RelianceView[], lang: Lang): Item | undefined {
  const items: Extract<Item, { t: 'stats' }>['items'] = [];
  const [share, ...otherShares] = shares;
  if (share) {
    items.push({
      value: formatShare(share.value),
      label: [pick(UI.chinaShare, lang), ...groupTag(share.group, lang)],
      lines: [pick(share.basis, lang), ...otherShares.map((s) => `${formatShare(s.value)} ${pick(s.basis, lang)}`), ...(share.note ? [pick(share.note, lang)] : [])],
      source: share,
    });
  }
  const [main, ...others] = reliance;
  if (main) {
    items.push({
      value: pick(main.text, lang),
      label: [pick(UI.reliance, lang), ...groupTag(main.group, lang)],
      lines: [
        `${main.product ? `${pick(main.product, lang)}${comma(lang)}` : ''}${yearText(main.year, main.estimated, lang)}`,
        ...others.map((r) => `${pick(r.text, lang)} ${r.product ? pick(r.product, lang) : ''}`.trim()),
        ...(main.note ? [pick(main.note, lang)] : []),
      ],
      source: main,
    });
  }
  return items.length ? { t: 'stats', items } : undefined;
}

function proseSection(title: Bi, text: TextView | undefined, lang: Lang): Section[] {
  if (!text) return [];
  return [{ title: [pick(title, lang), ...groupTag(text.group, lang)], items: [{ t: 'p', text: [pick(text.text, lang)] }], sources: [text] }];
}

function listsSection(facts: MineralFacts, lang: Lang): Section {
  const lists = [facts.criticalLists.us2025 && pick(UI.list2025, lang), facts.criticalLists.us2022 && pick(UI.list2022, lang)].filter((x): x is string => !!x);
  const text = lists.length ? fill(UI.onLists, lang, { lists: lists.join(pick(UI.listJoin, lang)) }) : pick(UI.notOnLists, lang);
  return { title: [pick(UI.lists, lang)], items: [{ t: 'p', text: [text] }], sources: [facts.criticalLists] };
}

/** An estimated year on the price line: "2025e" in English, "2025（估计）" in Chinese, which has no such letter. */
const ESTIMATED_MARK: Bi = { en: 'e', zh: '（估计）' };

export function mineralView(facts: MineralFacts, lang: Lang): ViewCard {
  const sections: Section[] = [];
  const groups = facts.groups.map((g) => (GROUP[g] ? pick(GROUP[g], lang) : g)).join(' · ');
  const partOf = facts.partOf.length ? ` · ${pick(UI.partOf, lang)} ${facts.partOf.map((p) => (lang === 'zh' ? (p.labelZh ?? p.label) : p.label)).join(', ')}` : '';
  sections.push({ items: [{ t: 'facts', ...(facts.symbol ? { symbol: facts.symbol } : {}), text: groups + partOf }], sources: [] });
  // The note says what the figures below are (a group; a member shown its group's tables), so it comes first.
  if (facts.note) sections.push({ items: [{ t: 'p', text: [pick(facts.note, lang)], small: true, muted: true }], sources: [] });
  // Producers and the two headline figures first: they are what fits in the popover's first screen.
  sections.push(...facts.production.map((t) => productionSection(t, lang)));
  const stats = statsItem(facts.chinaShares, facts.reliance, lang);
  if (stats) sections.push({ items: [stats], sources: [] });
  sections.push(...proseSection(UI.usedFor, facts.uses, lang));
  if (facts.price) {
    const p = facts.price;
    const first = p.points[0].year;
    const last = p.points[p.points.length - 1].year;
    sections.push({
      title: [`${pick(UI.usPrice, lang)}${comma(lang)}${first}–${last}`],
      items: [
        {
          t: 'spark',
          points: p.points.map((x) => x.value),
          text: `${p.points.map((x) => `${x.year}${x.estimated ? pick(ESTIMATED_MARK, lang) : ''}: ${formatPrice(x.value)}`).join(' · ')} ${pick(p.unit, lang)}`,
        },
        { t: 'p', text: [sentence(pick(p.product, lang), lang) + (p.note ? ` ${pick(p.note, lang)}` : '')], small: true, muted: true },
      ],
      sources: [p],
    });
  }
  if (facts.imports) {
    const s = facts.imports;
    sections.push({
      title: [`${pick(UI.usImports, lang)}${s.category ? paren(pick(s.category, lang), lang) : ''}${comma(lang)}${s.years}`, ...groupTag(s.group, lang)],
      items: [{ t: 'p', text: [s.rows.map((r) => `${rowLabel(r, lang)} ${formatShare(r.share)}`).join(' · ')], small: true }],
      sources: [s],
    });
  }
  if (facts.reserves) sections.push(reservesSection(facts.reserves, lang));
  sections.push(...proseSection(UI.substitutes, facts.substitutes, lang));
  sections.push(...proseSection(UI.recycling, facts.recycling, lang));
  if (facts.unavailable.length) {
    sections.push({
      title: [pick(UI.notAvailable, lang)],
      items: facts.unavailable.map((u): Item => ({
        t: 'entry',
        head: [{ strong: pick(u.block, lang) }, paren(pick(u.statusText, lang), lang), ...groupTag(u.group, lang)],
        lines: [pick(u.note, lang)],
        source: u,
      })),
      sources: [],
    });
  }
  sections.push(...controlsSection(facts.controls, lang));
  sections.push(...dealsSection(facts.deals, lang));
  sections.push(listsSection(facts, lang));
  return {
    kind: 'mineral',
    id: facts.id,
    names: facts.names,
    lang,
    sections: sections.map((s) => ({ ...s, sources: uniqueSources(s.sources.map((x): SourceView => ({ source: x.source, asOf: x.asOf }))) })),
  };
}
