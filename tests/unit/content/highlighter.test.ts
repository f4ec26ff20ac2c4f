// @vitest-environment jsdom
/**
 * The Highlighter's bookkeeping of tones: which registry name each mention is under, as mentions
 * come and go, their text colours are read, and the page changes scheme. jsdom has neither the
 * CSS Custom Highlight API nor computed colours, so both are stood in for: a Highlight is a Set,
 * and an element's computed colours come from its data attributes.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Highlighter } from '../../../entrypoints/content/highlights.ts';
import { DEFAULT_SETTINGS } from '../../../lib/settings/defaults.ts';
import { pageSettingsFor } from '../../../lib/settings/page-settings.ts';

class FakeHighlight extends Set<Range> {
  priority = 0;
}

const settings = pageSettingsFor(DEFAULT_SETTINGS, 'news.example.com', 'en');
let registry: Map<string, FakeHighlight>;
let tasks: (() => void)[];
let styleReads: number;

/** Runs the tasks the Highlighter scheduled, as the page's next frames would. */
function paint(): void {
  while (tasks.length) tasks.shift()!();
}

/** `name: text, text` for every non-empty registered Highlight, sorted. */
function listing(): string[] {
  return [...registry]
    .filter(([, h]) => h.size > 0)
    .map(([name, h]) => `${name}: ${[...h].map((r) => r.toString()).join(', ')}`)
    .sort();
}

/** A paragraph with one word per mention, its text and background colour set for the stand-in. */
function paragraph(text: string, fg: string, bg = ''): Range[] {
  const p = document.createElement('p');
  p.textContent = text;
  p.dataset.fg = fg;
  if (bg) p.dataset.bg = bg;
  document.body.append(p);
  const node = p.firstChild!;
  return text.split(' ').map((word) => {
    const range = document.createRange();
    const at = text.indexOf(word);
    range.setStart(node, at);
    range.setEnd(node, at + word.length);
    return range;
  });
}

beforeEach(() => {
  document.body.replaceChildren();
  delete document.body.dataset.bg;
  registry = new Map();
  tasks = [];
  styleReads = 0;
  vi.stubGlobal('Highlight', FakeHighlight);
  vi.stubGlobal('CSS', { highlights: registry });
  vi.stubGlobal('getComputedStyle', (element: HTMLElement) => {
    styleReads++;
    return { color: element.dataset.fg ?? 'rgb(0, 0, 0)', backgroundColor: element.dataset.bg ?? 'rgba(0, 0, 0, 0)', colorScheme: 'normal' };
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const WHITE = 'rgb(255, 255, 255)';
const INK = 'rgb(17, 24, 39)';
const GREY = 'rgb(138, 138, 138)';

describe('Highlighter tones', () => {
  it('lists only the page tone until a mention needs the other, then moves mentions by their text colour after a paint', () => {
    const h = new Highlighter(document, settings, (task) => tasks.push(task));
    expect([...registry.keys()].sort()).toEqual(['hl-c-blue-l', 'hl-d-green-l', 'hl-m-amber-l', 'hl-now-l']);
    const [china] = paragraph('China', WHITE, 'rgb(12, 12, 12)');
    const [japan] = paragraph('Japan', INK);
    const [chile] = paragraph('Chile', GREY);
    for (const range of [china, japan, chile]) h.add('country', range);
    // Before a paint nothing is read: every mention has the page's tint.
    expect(styleReads).toBe(0);
    expect(listing()).toEqual(['hl-c-blue-l: China, Japan, Chile']);
    paint();
    expect(listing()).toEqual(['hl-c-blue-d: China', 'hl-c-blue-l: Japan, Chile']);
    expect(h.size('country')).toBe(3);
    // Once the dark one is empty again, the page no longer sees its name.
    h.remove('country', china);
    expect(h.size('country')).toBe(2);
    expect(registry.has('hl-c-blue-d')).toBe(false);
  });

  it('reads each element once, and tints a mention redrawn there at once, with no paint between', () => {
    const h = new Highlighter(document, settings, (task) => tasks.push(task));
    const [a, b, c] = paragraph('lithium cobalt nickel', WHITE);
    for (const range of [a, b, c]) h.add('mineral', range);
    paint();
    expect(styleReads).toBe(1);
    expect(listing()).toEqual(['hl-m-amber-d: lithium, cobalt, nickel']);
    // A redraw (the page changed) makes new Ranges over the same element.
    h.remove('mineral', a);
    const again = document.createRange();
    again.setStart(a.startContainer, 0);
    again.setEnd(a.startContainer, 7);
    h.add('mineral', again);
    expect(tasks).toHaveLength(0);
    expect(listing()).toEqual(['hl-m-amber-d: cobalt, nickel, lithium']);
    expect(styleReads).toBe(1);
  });

  it('reads at most 400 mentions per task and schedules the rest', () => {
    const h = new Highlighter(document, settings, (task) => tasks.push(task));
    const words = Array.from({ length: 450 }, (_, i) => `w${i}`);
    const ranges = words.flatMap((word) => paragraph(word, WHITE));
    for (const range of ranges) h.add('mineral', range);
    expect(tasks).toHaveLength(1);
    tasks.shift()!();
    expect(styleReads).toBe(400);
    expect(registry.get('hl-m-amber-d')?.size).toBe(400);
    expect(tasks).toHaveLength(1);
    tasks.shift()!();
    expect(registry.get('hl-m-amber-d')?.size).toBe(450);
    expect(tasks).toHaveLength(0);
  });

  it('forgets a mention removed before its paint, and does nothing once disposed', () => {
    const h = new Highlighter(document, settings, (task) => tasks.push(task));
    const [gone, kept] = paragraph('Peru Chile', WHITE);
    h.add('country', gone);
    h.add('country', kept);
    h.remove('country', gone);
    paint();
    expect(listing()).toEqual(['hl-c-blue-d: Chile']);
    const [late] = paragraph('Bolivia', WHITE);
    h.add('country', late);
    h.dispose();
    expect(registry.size).toBe(0);
    paint();
    expect(registry.size).toBe(0);
    expect(styleReads).toBe(1);
  });

  it('follows the page to its dark scheme and reads every text colour again', () => {
    const h = new Highlighter(document, settings, (task) => tasks.push(task));
    const [ink] = paragraph('gallium', INK);
    const [grey] = paragraph('indium', GREY);
    h.add('mineral', ink);
    h.add('mineral', grey);
    paint();
    expect(listing()).toEqual(['hl-m-amber-l: gallium, indium']);
    // The site switches to its dark mode: dark background, light body text.
    document.body.dataset.bg = 'rgb(10, 10, 10)';
    ink.startContainer.parentElement!.dataset.fg = WHITE;
    h.applySettings(settings);
    expect(listing()).toEqual(['hl-m-amber-d: gallium, indium']);
    expect(registry.has('hl-m-amber-l')).toBe(false);
    expect(registry.has('hl-now-d')).toBe(true);
    paint();
    // Grey text follows the page; the recoloured text is read anew (not kept as dark ink).
    expect(listing()).toEqual(['hl-m-amber-d: gallium, indium']);
    // Back to light: the ink is white now, so it keeps the dark tint; grey follows the page.
    delete document.body.dataset.bg;
    h.applySettings(settings);
    paint();
    expect(listing()).toEqual(['hl-m-amber-d: gallium', 'hl-m-amber-l: indium']);
  });

  it('stops listing the light tint on a dark page once its last mention is gone', () => {
    document.body.dataset.bg = 'rgb(10, 10, 10)';
    const h = new Highlighter(document, settings, (task) => tasks.push(task));
    h.applySettings(settings);
    const [ink] = paragraph('copper', INK);
    h.add('mineral', ink);
    paint();
    expect(registry.has('hl-m-amber-l')).toBe(true);
    h.remove('mineral', ink);
    expect(registry.has('hl-m-amber-l')).toBe(false);
  });
});
