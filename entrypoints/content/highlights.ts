/**
 * Drawing highlights with the CSS Custom Highlight API: one Highlight per entity type plus one
 * for the mention the user is on. The page's DOM is never touched; the ::highlight() styles live
 * in a constructed stylesheet adopted by the document, which adds no node either.
 */
import type { EntityType } from '../../lib/model.ts';
import type { Settings } from '../../lib/store/types.ts';
import { takeEarlySheet } from './early-sheet.ts';

const TYPES: EntityType[] = ['mineral', 'country', 'deal'];
const NAME = (type: EntityType) => `assay-${type}`;
const CURRENT = 'assay-current';

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** Relative luminance of a CSS colour string ("rgb(…)"), or undefined when it is transparent. */
function luminance(colour: string): number | undefined {
  const m = /rgba?\(([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+%?))?/.exec(colour);
  if (!m) return undefined;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? Number.parseFloat(m[4]) / 100 : Number(m[4]);
  if (alpha < 0.5) return undefined;
  const channel = (v: string) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(m[1]) + 0.7152 * channel(m[2]) + 0.0722 * channel(m[3]);
}

/** Whether the page is dark: its body (or html) background, else its colour scheme. */
export function pageIsDark(doc: Document): boolean {
  for (const element of [doc.body, doc.documentElement]) {
    if (!element) continue;
    const l = luminance(getComputedStyle(element).backgroundColor);
    if (l !== undefined) return l < 0.3;
  }
  // A page can remove even its root element; with nothing rendered, the light colours do.
  if (!doc.documentElement) return false;
  const scheme = getComputedStyle(doc.documentElement).colorScheme;
  return scheme.includes('dark') && !scheme.includes('light');
}

/** The stylesheet text for the current settings and page brightness. */
export function highlightCss(settings: Settings, dark: boolean): string {
  const rules = TYPES.map((type) => {
    const colour = settings.colours[type][dark ? 'dark' : 'light'];
    // A tinted background keeps the page's own text colour readable; the underline carries the
    // type's colour even where the tint is faint.
    return `::highlight(${NAME(type)}) { background-color: color-mix(in srgb, ${colour} ${dark ? 55 : 70}%, transparent); text-decoration: underline 2px color-mix(in srgb, ${colour} 85%, ${dark ? 'white' : 'black'}); text-underline-offset: 3px; }`;
  });
  rules.push(`::highlight(${CURRENT}) { background-color: ${dark ? '#facc15' : '#fde047'}; color: #111827; text-decoration: underline 3px #b45309; }`);
  return rules.join('\n');
}

export class Highlighter {
  private readonly highlights = new Map<EntityType, Highlight>();
  private readonly current = new Highlight();
  private readonly sheet: CSSStyleSheet;
  /** The sheet's text, so it is rewritten (restyling the whole page) only when it changes. */
  private css: string;
  private dark = false;

  constructor(
    private readonly doc: Document,
    private settings: Settings,
  ) {
    for (const type of TYPES) {
      const h = new Highlight();
      this.highlights.set(type, h);
      CSS.highlights.set(NAME(type), h);
    }
    this.current.priority = 1;
    CSS.highlights.set(CURRENT, this.current);
    const early = takeEarlySheet();
    this.sheet = early?.sheet ?? new CSSStyleSheet();
    this.css = early?.css ?? '';
    // Light colours first; `applySettings` checks the page's background once it has rendered,
    // so reading its computed style does not force a style recalculation in the middle of the scan.
    this.setCss(highlightCss(settings, this.dark));
    this.adoptSheet();
  }

  private setCss(css: string): void {
    if (css === this.css) return;
    this.sheet.replaceSync(css);
    this.css = css;
  }

  /** Puts our sheet back if the page replaced `adoptedStyleSheets` wholesale. */
  adoptSheet(): void {
    if (!this.doc.adoptedStyleSheets.includes(this.sheet)) this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, this.sheet];
  }

  add(type: EntityType, range: Range): void {
    this.highlights.get(type)?.add(range);
  }

  remove(type: EntityType, range: Range): void {
    this.highlights.get(type)?.delete(range);
    this.current.delete(range);
  }

  setCurrent(range: Range | null): void {
    this.current.clear();
    if (range) this.current.add(range);
  }

  applySettings(settings: Settings): void {
    this.settings = settings;
    this.dark = pageIsDark(this.doc);
    this.setCss(highlightCss(settings, this.dark));
    this.adoptSheet();
  }

  size(type: EntityType): number {
    return this.highlights.get(type)?.size ?? 0;
  }

  /** Removes every highlight and the stylesheet (Assay switched off, or the extension unloaded). */
  dispose(): void {
    for (const type of TYPES) CSS.highlights.delete(NAME(type));
    CSS.highlights.delete(CURRENT);
    this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== this.sheet);
  }
}
