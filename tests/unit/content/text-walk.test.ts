// @vitest-environment happy-dom
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
