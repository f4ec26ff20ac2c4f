/**
 * Drawing highlights with the CSS Custom Highlight API: one Highlight per entity type plus one
 * for the mention the reader is on. The page's DOM is never touched, and no style sheet is added
 * to it: the `::highlight()` styles for every palette colour are in the content script's manifest
 * CSS (highlights.css), which the browser injects before the page is parsed and which page
 * scripts cannot list. Choosing a colour is choosing the registry name a Highlight goes under.
 */
import { luminance, toneForText, type Tone } from '../../lib/highlight/ground.ts';
import { currentHighlightName, highlightName } from '../../lib/highlight/palette.ts';
import type { EntityType } from '../../lib/model.ts';
import type { PageSettings } from '../../lib/settings/page-settings.ts';
import { mark } from './timing.ts';

const TYPES: EntityType[] = ['mineral', 'country', 'deal'];

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
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

/** At most this many mentions' text colours are read in one task; the rest wait for the next. */
const TONE_BATCH = 400;

export class Highlighter {
  /** Per type, one Highlight for each tone; a mention is in one of them. */
  private readonly highlights = new Map<EntityType, Record<Tone, Highlight>>();
  private readonly current = new Highlight();
  /** The registry name each Highlight is under now. */
  private readonly names = new Map<Highlight, string>();
  /** The tone a mention's own text asks for, once read; mentions without one follow the page. */
  private textTone = new WeakMap<Range, Tone>();
  /** Per element, the tone its text asks for (null: none), read once per page tone. */
  private toneOfElement = new WeakMap<Element, Tone | null>();
  private unmeasured: { type: EntityType; range: Range }[] = [];
  private measuring = false;
  private disposed = false;
  private dark = false;

  /** `schedule` runs a task after the page has painted; mentions' text colours are read there. */
  constructor(
    private readonly doc: Document,
    private settings: PageSettings,
    private readonly schedule: (task: () => void) => void = (task) => setTimeout(task, 0),
  ) {
    for (const type of TYPES) this.highlights.set(type, { light: new Highlight(), dark: new Highlight() });
    this.current.priority = 1;
    // Light colours first; `applySettings` checks the page's background once it has rendered,
    // so reading its computed style does not force a style recalculation in the middle of the scan.
    this.register();
  }

  private get pageTone(): Tone {
    return this.dark ? 'dark' : 'light';
  }

  /**
   * Puts every Highlight under the name of its colour and tone. The other tone's Highlight is
   * listed only while it holds mentions: `CSS.highlights` is readable by the page, and an empty
   * one would tell it the reader's second colour choice for nothing.
   */
  private register(): void {
    const wanted = new Map<Highlight, string | undefined>();
    for (const type of TYPES) {
      const hues = this.settings.colours[type];
      const tones = this.highlights.get(type)!;
      for (const tone of ['light', 'dark'] as const) {
        const listed = tone === this.pageTone || tones[tone].size > 0;
        wanted.set(tones[tone], listed ? highlightName(type, hues[tone], tone === 'dark') : undefined);
      }
    }
    wanted.set(this.current, currentHighlightName(this.dark));
    for (const [highlight, name] of wanted) {
      const old = this.names.get(highlight);
      if (old === name && (name === undefined || CSS.highlights.get(name) === highlight)) continue;
      if (old !== undefined && CSS.highlights.get(old) === highlight) CSS.highlights.delete(old);
      if (name === undefined) {
        this.names.delete(highlight);
        continue;
      }
      CSS.highlights.set(name, highlight);
      this.names.set(highlight, name);
    }
  }

  /** Registers the highlights again if the page cleared or replaced `CSS.highlights`. */
  reclaim(): void {
    this.register();
  }

  add(type: EntityType, range: Range): void {
    const tones = this.highlights.get(type);
    if (!tones) return;
    // A mention redrawn in an element already read takes its tone at once (no flash of the other tint).
    const element = range.startContainer.parentElement;
    const known = element ? this.toneOfElement.get(element) : undefined;
    if (known) this.textTone.set(range, known);
    const tone = this.textTone.get(range) ?? this.pageTone;
    tones[tone].add(range);
    if (tone !== this.pageTone && tones[tone].size === 1) this.register();
    if (known !== undefined) return;
    this.unmeasured.push({ type, range });
    this.scheduleMeasure();
  }

  remove(type: EntityType, range: Range): void {
    const tones = this.highlights.get(type);
    if (!tones) return;
    const other = tones[this.dark ? 'light' : 'dark'];
    const emptiedOther = other.delete(range) && other.size === 0;
    tones[this.pageTone].delete(range);
    this.textTone.delete(range);
    this.current.delete(range);
    if (emptiedOther) this.register();
  }

  private scheduleMeasure(): void {
    if (this.measuring || this.disposed) return;
    this.measuring = true;
    this.schedule(() => this.measureTones());
  }

  /**
   * Reads the text colour behind new mentions (after the page painted, so no style is computed
   * in the middle of a scan) and moves each under the tint that contrasts with it. Colours are
   * read once per element: most mentions share their paragraph with others.
   */
  private measureTones(): void {
    this.measuring = false;
    if (this.disposed) return;
    const started = performance.now();
    const batch = this.unmeasured.splice(0, TONE_BATCH);
    let moved = false;
    for (const { type, range } of batch) {
      const tones = this.highlights.get(type)!;
      const now: Tone | undefined = tones.light.has(range) ? 'light' : tones.dark.has(range) ? 'dark' : undefined;
      // Removed since it was added.
      if (now === undefined) continue;
      const tone = this.textToneOf(range.startContainer.parentElement);
      if (tone === undefined) continue;
      this.textTone.set(range, tone);
      if (tone !== now) {
        tones[now].delete(range);
        tones[tone].add(range);
        moved = true;
      }
    }
    if (moved) this.register();
    mark('assay:tones', { mentions: batch.length, ms: performance.now() - started });
    if (this.unmeasured.length) this.scheduleMeasure();
  }

  private textToneOf(element: Element | null): Tone | undefined {
    if (!element) return undefined;
    let tone = this.toneOfElement.get(element);
    if (tone === undefined) {
      tone = toneForText(getComputedStyle(element).color) ?? null;
      this.toneOfElement.set(element, tone);
    }
    return tone ?? undefined;
  }

  setCurrent(range: Range | null): void {
    this.current.clear();
    if (range) this.current.add(range);
  }

  applySettings(settings: PageSettings): void {
    this.settings = settings;
    const wasDark = this.dark;
    this.dark = pageIsDark(this.doc);
    if (this.dark !== wasDark) {
      // The page changed its scheme (or first showed it): every mention follows the page again,
      // and every text colour is read anew, since a site's dark mode recolours its text too.
      this.textTone = new WeakMap();
      this.toneOfElement = new WeakMap();
      this.unmeasured = [];
      for (const [type, tones] of this.highlights) {
        const from = tones[this.dark ? 'light' : 'dark'];
        for (const range of [...from] as Range[]) tones[this.pageTone].add(range);
        from.clear();
        for (const range of tones[this.pageTone] as Set<AbstractRange> as Set<Range>) this.unmeasured.push({ type, range });
      }
      if (this.unmeasured.length) this.scheduleMeasure();
    }
    this.register();
  }

  size(type: EntityType): number {
    const tones = this.highlights.get(type);
    return tones ? tones.light.size + tones.dark.size : 0;
  }

  /** Removes every highlight (Assay switched off, or the extension unloaded). */
  dispose(): void {
    this.disposed = true;
    this.unmeasured = [];
    for (const [highlight, name] of this.names) if (CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
    this.names.clear();
  }
}
