/**
 * Which parts of a page hold readable text, shared by the content script's text walk and the
 * Node tools that read saved pages (CLI, bench), so both see the same text.
 */

// Two tables built when the module loads. Stryker sees their entries as static mutants and, able
// to tie no single test to them, reports them as not covered; mutation runs ignore static mutants
// anyway. The text-walk DOM tests fail when a name is dropped (checked by hand for script, svg,
// th, section and address).
// Stryker disable all
/** Elements whose contents are never read as page text. */
export const SKIPPED_ELEMENTS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'button', 'head', 'title',
  'meta', 'link', 'svg', 'math', 'canvas', 'iframe', 'object', 'embed', 'video', 'audio', 'code', 'pre', 'kbd', 'samp',
]);

/** Elements that break text into separate blocks: no alias may run across their edges. */
export const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'p', 'div', 'section', 'article', 'aside', 'header', 'footer', 'nav', 'main', 'li', 'ul', 'ol', 'dl', 'dt', 'dd',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'figure', 'figcaption', 'table', 'thead', 'tbody', 'tfoot', 'tr',
  'td', 'th', 'caption', 'br', 'hr', 'form', 'fieldset', 'legend', 'details', 'summary', 'address',
  // Stryker disable next-line StringLiteral: equivalent: all the page's text is inside both, so either one alone makes it one block
  'body', 'html',
]);
// Stryker restore all
