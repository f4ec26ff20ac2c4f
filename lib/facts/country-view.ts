/**
 * Lays out a country's facts as the popover shows them, in one language: what it produces and
 * holds in reserve (rank, share), where it stands among US import sources, deals and controls.
 */
import type { CountryFacts, CountryMineral } from './country-facts.ts';
import { UI } from './labels.ts';
import { controlsSection, dealsSection } from './deals-view.ts';
import { formatQuantity, formatShare, ordinal, type Lang } from './numbers.ts';
import { pick, uniqueSources, type Inline, type Item, type Section, type ViewCard } from './view.ts';

const PRODUCTION_ROWS = 8;
const RESERVE_ROWS = 5;
const IMPORT_ROWS = 5;

const more = (n: number, lang: Lang): Item => ({ t: 'p', text: [pick(UI.more, lang).replace('{n}', String(n))], small: true, muted: true });

/** The year most rows share: said once in the title, other years beside their rows. */
function commonYear(rows: CountryMineral[]): number | undefined {
  const counts = new Map<number, number>();
  for (const r of rows) if (r.year !== undefined) counts.set(r.year, (counts.get(r.year) ?? 0) + 1);
  const [year, count] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
  return count !== undefined && count > rows.length / 2 ? year : undefined;
}

function profileSection(title: string, rows: CountryMineral[], limit: number, lang: Lang): Section[] {
  if (!rows.length) return [];
  const shown = rows.slice(0, limit);
  const year = commonYear(shown);
  const items: Item[] = [{
    t: 'grid',
    rows: shown.map((r) => ({
      head: lang === 'zh' ? (r.mineral.labelZh ?? r.mineral.label) : r.mineral.label,
      sub: `${pick(r.what, lang)}${r.year && r.year !== year ? (lang === 'zh' ? `，${r.year}年` : `, ${r.year}`) : ''}`,
      cells: [ordinal(r.rank, lang), r.share !== undefined ? formatShare(r.share) : '', `${r.qualifier ?? ''}${formatQuantity(r.value, lang)} ${pick(r.unitShort, lang)}`],
      hint: `${pick(UI.ofCountries, lang).replace('{n}', String(r.of))} · ${pick(r.unit, lang)}`,
    })),
  }];
  if (rows.length > limit) items.push(more(rows.length - limit, lang));
  const titled = year ? `${title}${lang === 'zh' ? `，${year}年` : `, ${year}`}` : title;
  return [{ title: [titled], items, sources: uniqueSources(shown.map((r) => ({ source: r.source, asOf: r.asOf }))) }];
}

function importsSection(facts: CountryFacts, lang: Lang): Section[] {
  if (!facts.usImports.length) return [];
  const shown = facts.usImports.slice(0, IMPORT_ROWS);
  const sep = lang === 'zh' ? '，' : ', ';
  const items: Item[] = [{
    t: 'list',
    items: shown.map((i): Inline[] => {
      const mineral = lang === 'zh' ? (i.mineral.labelZh ?? i.mineral.label) : i.mineral.label;
      const category = i.category ? (lang === 'zh' ? `（${pick(i.category, lang)}）` : ` (${pick(i.category, lang)})`) : '';
      const head = `${pick(UI.usImportsOf, lang).replace('{m}', mineral)}${category}${sep}${i.years}${lang === 'zh' ? '：' : ': '}`;
      const parts = i.rows.map((r): Inline => {
        const text = `${lang === 'zh' ? (r.labelZh ?? r.label) : r.label} ${formatShare(r.share)}`;
        return r.self ? { strong: text } : text;
      });
      return [head, ...parts.flatMap((p, k) => (k ? [' · ', p] : [p]))];
    }),
  }];
  if (facts.usImports.length > IMPORT_ROWS) items.push(more(facts.usImports.length - IMPORT_ROWS, lang));
  return [{ title: [pick(UI.usSources, lang)], items, sources: uniqueSources(shown.map((r) => ({ source: r.source, asOf: r.asOf }))) }];
}

export function countryView(facts: CountryFacts, lang: Lang): ViewCard {
  const intro = [
    facts.names.official && facts.names.official !== facts.names.en && lang === 'en' ? `${facts.names.official}.` : '',
    facts.capital ? pick(UI.capital, lang).replace('{c}', lang === 'zh' ? (facts.capital.zh ?? facts.capital.en) : facts.capital.en) : '',
    facts.status === 'territory' ? pick(UI.territory, lang) : facts.status === 'former' ? pick(UI.former, lang) : '',
  ].filter(Boolean).join(' ');
  const sections: Section[] = [];
  if (intro) sections.push({ items: [{ t: 'p', text: [intro], muted: true }], sources: [] });
  sections.push(...profileSection(pick(UI.produces, lang), facts.production, PRODUCTION_ROWS, lang));
  sections.push(...profileSection(pick(UI.reserves, lang), facts.reserves, RESERVE_ROWS, lang));
  sections.push(...importsSection(facts, lang));
  if (!facts.production.length && !facts.reserves.length) sections.push({ items: [{ t: 'p', text: [pick(UI.noFigures, lang)], muted: true }], sources: [] });
  sections.push(...dealsSection(facts.deals, lang));
  sections.push(...controlsSection(facts.controls, lang));
  if (facts.note) sections.push({ items: [{ t: 'p', text: [pick(facts.note, lang)], small: true, muted: true }], sources: [] });
  return { kind: 'country', id: facts.id, names: facts.names, lang, sections };
}
