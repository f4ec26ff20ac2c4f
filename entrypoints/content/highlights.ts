/**
 * Drawing highlights with the CSS Custom Highlight API: one Highlight per entity type plus one
 * for the mention the reader is on. The page's DOM is never touched, and no style sheet is added
 * to it: the `::highlight()` styles for every palette colour are in the content script's manifest
 * CSS (highlights.css), which the browser injects before the page is parsed and which page
 * scripts cannot list. Choosing a colour is choosing the registry name a Highlight goes under.
 */
import { currentHighlightName, highlightName } from '../../lib/highlight/palette.ts';
import type { EntityType } from '../../lib/model.ts';
import type { PageSettings } from '../../lib/settings/page-settings.ts';

const TYPES: EntityType[] = ['mineral', 'country', 'deal'];

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

export class Highlighter {
  private readonly highlights = new Map<EntityType, Highlight>();
  private readonly current = new Highlight();
  /** The registry name each Highlight is under now. */
  private readonly names = new Map<Highlight, string>();
  private dark = false;

  constructor(
    private readonly doc: Document,
    private settings: PageSettings,
  ) {
    for (const type of TYPES) this.highlights.set(type, new Highlight());
    this.current.priority = 1;
    // Light colours first; `applySettings` checks the page's background once it has rendered,
    // so reading its computed style does not force a style recalculation in the middle of the scan.
    this.register();
  }

  /** Puts every Highlight under the name of its colour for the page's brightness. */
  private register(): void {
    const wanted = new Map<Highlight, string>(TYPES.map((type) => [this.highlights.get(type)!, highlightName(type, this.settings.colours[type][this.dark ? 'dark' : 'light'], this.dark)]));
    wanted.set(this.current, currentHighlightName(this.dark));
    for (const [highlight, name] of wanted) {
      const old = this.names.get(highlight);
      if (old === name && CSS.highlights.get(name) === highlight) continue;
      if (old !== undefined && CSS.highlights.get(old) === highlight) CSS.highlights.delete(old);
      CSS.highlights.set(name, highlight);
      this.names.set(highlight, name);
    }
  }

  /** Registers the highlights again if the page cleared or replaced `CSS.highlights`. */
  reclaim(): void {
    this.register();
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

  applySettings(settings: PageSettings): void {
    this.settings = settings;
    this.dark = pageIsDark(this.doc);
    this.register();
  }

  size(type: EntityType): number {
    return this.highlights.get(type)?.size ?? 0;
  }

  /** Removes every highlight (Assay switched off, or the extension unloaded). */
  dispose(): void {
    for (const [highlight, name] of this.names) if (CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
    this.names.clear();
  }
}
