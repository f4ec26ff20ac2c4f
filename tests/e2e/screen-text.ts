/**
 * What a reader of a screen sees and hears, read in the browser: the text of every visible text
 * node and the accessible names and hints in attributes (aria-label, title, placeholder, alt),
 * each with the `lang` its element carries. What the page or the reader wrote (a clipping's quote
 * and title, say) is left out by selector: it is not Assay's to translate.
 */
import type { Frame, Page } from 'playwright-core';
import type { Segment } from './language-check.ts';
import { evaluateInPopover } from './page-helpers.ts';

/**
 * Runs in the page, so it takes nothing from outside: `root` is a document, a shadow root or an
 * element; `exclude` a selector of what to leave out.
 */
export function collectSegments(root: Node, exclude: string): Segment[] {
  const SKIP = new Set(['STYLE', 'SCRIPT', 'TEMPLATE', 'NOSCRIPT', 'TITLE']);
  const ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt'];
  const langOf = (node: Node | null): string => {
    for (let n: Node | null = node; n; n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null)) {
      if (n instanceof Element && n.hasAttribute('lang')) return n.getAttribute('lang') ?? '';
    }
    return '';
  };
  const shown = (element: Element): boolean => {
    // An <option> is drawn by its <select>, which is what may be hidden.
    const drawn = element.closest('select') ?? element;
    return drawn.checkVisibility({ visibilityProperty: true });
  };
  const left = (element: Element) => exclude !== '' && element.closest(exclude) !== null;
  const segments: Segment[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node instanceof Element && SKIP.has(node.tagName) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Element) {
      if (left(node) || !shown(node)) continue;
      for (const name of ATTRIBUTES) {
        const value = node.getAttribute(name)?.trim();
        if (value) segments.push({ text: value, lang: langOf(node) });
      }
      continue;
    }
    const parent = node.parentElement;
    const text = node.nodeValue?.replace(/\s+/g, ' ').trim();
    if (!text || !parent || left(parent) || !shown(parent)) continue;
    segments.push({ text, lang: langOf(parent) });
  }
  return segments;
}

/**
 * The collector's source, called on `root` (an expression in the page's terms): handed to the
 * debugger as text, since an extension page's policy forbids building code from strings.
 */
const collectCall = (root: string, exclude: string) => `(${collectSegments.toString()})(${root}, ${JSON.stringify(exclude)})`;

/** The segments of an extension page (or its frame), and the document's own `lang`. */
export async function pageSegments(target: Page | Frame, exclude = ''): Promise<{ htmlLang: string; segments: Segment[] }> {
  return target.evaluate(`({ htmlLang: document.documentElement.lang, segments: ${collectCall('document.body', exclude)} })`);
}

/** The segments of the open popover (in its closed shadow root), and its dialog's `lang`. */
export async function popoverSegments(page: Page, exclude = ''): Promise<{ dialogLang: string; segments: Segment[] }> {
  return evaluateInPopover(
    page,
    `function () {
      const dialog = this.querySelector('[role="dialog"]');
      if (!dialog) return { dialogLang: '', segments: [] };
      return { dialogLang: dialog.getAttribute('lang') || '', segments: ${collectCall('dialog', exclude)} };
    }`,
  );
}
