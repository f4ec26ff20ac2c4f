import { describe, expect, it } from 'vitest';
import { cssFeatures, firefoxSupport, parseVersion, usesGlobal, usesMember, usesStatic } from '../../../scripts/lib/firefox-support.ts';

describe('reading Firefox support from browser-compat-data', () => {
  it('reads released versions, ranges and nothing else', () => {
    expect(parseVersion('140')).toBe(140);
    expect(parseVersion('≤72')).toBe(72);
    expect(parseVersion('3.5')).toBe(3.5);
    expect(parseVersion('preview')).toBeNull();
    expect(parseVersion(false)).toBeNull();
    expect(parseVersion(null)).toBeNull();
  });

  it('tells the first version from the first full one, with the notes of the partial one', () => {
    const support = firefoxSupport({
      support: {
        firefox: [
          { version_added: '149' },
          { version_added: '140', version_removed: '149', partial_implementation: true, notes: ['Before Firefox 146, <code>text-decoration</code> is ignored.'] },
        ],
      },
    });
    expect(support).toEqual({ first: 140, full: 149, notes: ['Before Firefox 146, text-decoration is ignored.'] });
  });

  it('does not count a flag, a prefix, or a browser that never shipped it', () => {
    expect(firefoxSupport({ support: { firefox: [{ version_added: '120', flags: [{}] }, { version_added: '100', prefix: '-moz-' }] } })).toEqual({ first: null, full: null, notes: [] });
    expect(firefoxSupport({ support: { firefox: { version_added: false } } })).toEqual({ first: null, full: null, notes: [] });
    expect(firefoxSupport({ support: { chrome: { version_added: '90' } } })).toEqual({ first: null, full: null, notes: [] });
  });
});

describe('finding features in CSS', () => {
  const types = new Map([['color-mix', 'types.color.color-mix'], ['min', 'types.min']]);

  it('names properties, values, selectors, at-rules, media features and functions as the data does', () => {
    const found = cssFeatures(
      `/* a comment: display: grid */
      ::highlight(hl-m-amber-l) { background-color: color-mix(in srgb, #fde68a 70%, transparent); text-decoration: underline 2px red; }
      .card { --gap: 4px; width: min(10px, 2em); & .title:focus-visible { overscroll-behavior: contain } }
      @media (prefers-reduced-motion: reduce) { .card { transition: none } }`,
      types,
    );
    expect([...found]).toEqual(
      expect.arrayContaining([
        'selectors.highlight',
        'properties.background-color',
        'properties.text-decoration',
        'properties.text-decoration.underline',
        'types.color.color-mix',
        'types.min',
        'selectors.nesting',
        'selectors.focus-visible',
        'properties.overscroll-behavior.contain',
        'at-rules.media',
        'at-rules.media.prefers-reduced-motion',
      ]),
    );
    // Nothing from the comment, and custom properties are not features.
    expect(found.has('properties.display')).toBe(false);
    expect([...found].some((f) => f.includes('--gap') || f === 'properties.-gap')).toBe(false);
  });
});

describe('finding names in built code', () => {
  it('sees a member only after a dot, whole', () => {
    expect(usesMember('const e=globalThis.scheduler;return e?.yield?e.yield():0', 'yield')).toBe(true);
    expect(usesMember('a.yielding()', 'yield')).toBe(false);
    expect(usesMember('yield x', 'yield')).toBe(false);
    // A minified variable spread into a list is no member: `[...xr]` names no navigator.xr.
    expect(usesMember('const jf=Q([...Vt,...xr]);', 'xr')).toBe(false);
    expect(usesMember('n?.xr', 'xr')).toBe(true);
    expect(usesMember('navigator.xr', 'xr')).toBe(true);
  });

  it('sees a global constructed, tested, or read through globalThis', () => {
    expect(usesGlobal('new ResizeObserver(()=>{})', 'ResizeObserver')).toBe(true);
    expect(usesGlobal('x instanceof HTMLElement', 'HTMLElement')).toBe(true);
    expect(usesGlobal('const e=globalThis.scheduler', 'scheduler')).toBe(true);
    expect(usesGlobal('CSS.highlights.set(a,b)', 'CSS')).toBe(true);
    expect(usesGlobal('a.ResizeObserver', 'ResizeObserver')).toBe(false);
    expect(usesGlobal('MyResizeObserver()', 'ResizeObserver')).toBe(false);
  });

  it('sees a static member only on its owner', () => {
    expect(usesStatic('CSS.highlights.set(a,b)', 'CSS', 'highlights')).toBe(true);
    expect(usesStatic('x.CSS.highlights', 'CSS', 'highlights')).toBe(false);
    expect(usesStatic('e.dispose()', 'Symbol', 'dispose')).toBe(false);
  });
});
