/**
 * The highlight stylesheet, adopted at document_start by a tiny content script of its own.
 * Adopting a stylesheet makes the browser recompute the style of every element; at
 * document_start there are almost none, while at document_idle (when the main content script
 * runs) a large page took up to 100 ms for it. The main script then only rewrites the sheet when
 * the colours differ from the defaults (custom colours, a dark page). Both scripts run in the
 * extension's isolated world, so the page can neither see nor replace what is kept here.
 */
const KEY = Symbol.for('assay.highlight-sheet');

interface EarlySheet {
  sheet: CSSStyleSheet;
  css: string;
}

type WithSheet = typeof globalThis & { [KEY]?: EarlySheet };

export function adoptEarlySheet(doc: Document, css: string): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  (globalThis as WithSheet)[KEY] = { sheet, css };
}

/** The sheet adopted at document_start and its text, handed over once. */
export function takeEarlySheet(): EarlySheet | undefined {
  const early = (globalThis as WithSheet)[KEY];
  delete (globalThis as WithSheet)[KEY];
  return early;
}

/** Takes the early sheet off the page again (Assay is off on this site). */
export function releaseEarlySheet(doc: Document): void {
  const early = takeEarlySheet();
  if (early) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((sheet) => sheet !== early.sheet);
}
