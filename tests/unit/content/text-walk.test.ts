// @vitest-environment jsdom
/**
 * The content script's walk over the page's text: what it reads, and where it breaks the text so
 * that no name is matched across an edge the reader sees.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { BLOCK_BREAK, rangeFor, TextWalk } from '../../../entrypoints/content/text-walk.ts';

/** All the text the walk reads under `root`, in one chunk. */
function readText(root: Node): string {
  const walk = new TextWalk(root, () => false);
  let text = '';
  for (let chunk = walk.next(1_000_000, Infinity); chunk; chunk = walk.next(1_000_000, Infinity)) text += chunk.text;
  return text;
}

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('TextWalk', () => {
  it('ends the text at a line break or rule, though they hold no text (and not at an inline element)', () => {
    expect(readText(page('<p>Tungsten<br>prices rose</p>'))).toBe(`Tungsten${BLOCK_BREAK}prices rose`);
    expect(readText(page('<div>Congo<hr>cobalt</div>'))).toBe(`Congo${BLOCK_BREAK}cobalt`);
    expect(readText(page('<div>Congo<p></p>cobalt</div>'))).toBe(`Congo${BLOCK_BREAK}cobalt`);
    expect(readText(page('<p>Tung<wbr>sten <b>prices</b> rose</p>'))).toBe('Tungsten prices rose');
  });

  it('keeps the space between two inline elements, so the names on either side stay apart', () => {
    expect(readText(page('<p><b>Congo</b> <i>cobalt</i> and <a href="#">South</a>\n<a href="#">Africa</a>: <b>Tung</b><b>sten</b></p>'))).toBe(
      'Congo cobalt and South Africa: Tungsten',
    );
    // The space belongs to no text node the walk hands out: a match over it still maps to the page.
    const walk = new TextWalk(page('<p><b>South</b> <b>Africa</b></p>'), () => false);
    const chunk = walk.next(1_000, Infinity)!;
    expect(chunk.segments.map((s) => [s.node.data, s.start])).toEqual([
      ['South', 0],
      ['Africa', 6],
    ]);
    expect(rangeFor(chunk, 0, 12)?.toString()).toBe('South Africa');
  });

  it('breaks once between blocks, and not before the first text', () => {
    expect(readText(page('<section><h2>Gallium</h2><p>Output <em>fell</em>.</p></section>'))).toBe(`Gallium${BLOCK_BREAK}Output fell.`);
  });
});

/**
 * Which elements hold page text, element by element, as the walk decides: each is built by hand
 * (a script can put text anywhere), so even an element that the parser leaves empty shows its
 * decision. In jsdom, which keeps a template's appended children as children, as browsers do.
 */
describe('TextWalk, element by element', () => {
  const UNREAD: Record<string, string[]> = {
    'not text at all': ['script', 'style', 'noscript', 'template', 'head', 'title', 'meta', 'link'],
    'what the reader types or picks': ['textarea', 'input', 'select', 'option', 'button'],
    'drawings, media and embedded documents': ['svg', 'math', 'canvas', 'iframe', 'object', 'embed', 'video', 'audio'],
    'code, not prose': ['code', 'pre', 'kbd', 'samp'],
  };
  const BLOCKS = [
    ...['p', 'div', 'section', 'article', 'aside', 'header', 'footer', 'nav', 'main', 'address', 'blockquote', 'figure', 'figcaption'],
    ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
    ...['ul', 'ol', 'li', 'dl', 'dt', 'dd'],
    ...['table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th'],
    ...['form', 'fieldset', 'legend', 'details', 'summary'],
  ];
  const INLINE = ['span', 'a', 'b', 'strong', 'em', 'i', 'u', 'small', 'sub', 'sup', 'mark', 'abbr', 'cite', 'q', 'time', 'label', 'font'];

  /** `<div>before <name>inside</name> after</div>`, built node by node. */
  function around(name: string): HTMLElement {
    const div = document.createElement('div');
    const element = document.createElement(name);
    // jsdom runs scripts: this one holds a word, not code.
    if (name === 'script') element.setAttribute('type', 'text/plain');
    element.append('inside');
    div.append('before ', element, ' after');
    document.body.replaceChildren(div);
    return document.body;
  }

  for (const [why, names] of Object.entries(UNREAD)) {
    it(`does not read ${why}: ${names.join(', ')}`, () => {
      for (const name of names) expect(readText(around(name)), name).toBe('before  after');
    });
  }

  it(`breaks the text at the edges of blocks: ${BLOCKS.join(', ')}`, () => {
    for (const name of BLOCKS) expect(readText(around(name)), name).toBe(`before ${BLOCK_BREAK}inside${BLOCK_BREAK} after`);
  });

  it(`runs on through inline elements: ${INLINE.join(', ')}`, () => {
    for (const name of INLINE) expect(readText(around(name)), name).toBe('before inside after');
  });
});
