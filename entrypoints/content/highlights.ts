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
import { mark } from './timing.ts';

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

type Tone = 'light' | 'dark';

/**
 * The tint a mention needs from its own text colour: light text sits on a dark ground (a black
 * navigation bar on a white page), dark text on a light one (a white card on a dark page).
 * Undefined for mid-grey or faint text, which says too little; the page's tone decides then.
 */
export function toneForText(colour: string): Tone | undefined {
  const l = luminance(colour);
  if (l === undefined) return undefined;
  if (l >= 0.5) return 'dark';
  if (l <= 0.2) return 'light';
  return undefined;
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
  private readonly textTone = new Map<Range, Tone>();
  private readonly toneOfElement = new WeakMap<Element, Tone | null>();
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

  /** Puts every Highlight under the name of its colour and tone. */
  private register(): void {
    const wanted = new Map<Highlight, string>();
    for (const type of TYPES) {
      const hues = this.settings.colours[type];
      const { light, dark } = this.highlights.get(type)!;
      wanted.set(light, highlightName(type, hues.light, false));
      wanted.set(dark, highlightName(type, hues.dark, true));
    }
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
    const tones = this.highlights.get(type);
    if (!tones) return;
    tones[this.textTone.get(range) ?? this.pageTone].add(range);
    this.unmeasured.push({ type, range });
    if (!this.measuring) {
      this.measuring = true;
      this.schedule(() => this.measureTones());
    }
  }

  remove(type: EntityType, range: Range): void {
    const tones = this.highlights.get(type);
    tones?.light.delete(range);
    tones?.dark.delete(range);
    this.textTone.delete(range);
    this.current.delete(range);
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
      }
    }
    mark('assay:tones', { mentions: batch.length, ms: performance.now() - started });
    if (this.unmeasured.length && !this.measuring) {
      this.measuring = true;
      this.schedule(() => this.measureTones());
    }
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
      // Mentions whose text said nothing follow the page to its other tone.
      const [from, to]: Tone[] = this.dark ? ['light', 'dark'] : ['dark', 'light'];
      for (const tones of this.highlights.values()) {
        for (const range of [...tones[from]] as Range[]) {
          if (this.textTone.has(range)) continue;
          tones[from].delete(range);
          tones[to].add(range);
        }
      }
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
    for (const [highlight, name] of this.names) if (CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
    this.names.clear();
  }
}
