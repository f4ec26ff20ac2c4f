/**
 * The visible text of a saved HTML page, for the CLI and the benchmarks: what a reader sees,
 * with block boundaries as line breaks. Decodes pages saved without a charset (several Chinese
 * pages in the corpus are GBK) the way a browser would guess.
 */
import { parse } from 'parse5';
import { BLOCK_ELEMENTS, SKIPPED_ELEMENTS } from '../../lib/text/page-structure.ts';

interface Node {
  nodeName: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
}

/** Decodes page bytes: the declared charset, else UTF-8, else GB18030 when UTF-8 fails. */
export function decodeHtml(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const declared = /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1];
  if (declared) {
    try {
      return new TextDecoder(declared.toLowerCase() === 'gb2312' ? 'gb18030' : declared).decode(bytes);
    } catch {
      // unknown label: fall through to the guess
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

function hidden(node: Node): boolean {
  for (const a of node.attrs ?? []) {
    if (a.name === 'hidden' || (a.name === 'aria-hidden' && a.value === 'true')) return true;
    if (a.name === 'style' && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(a.value)) return true;
  }
  return false;
}

export function visibleText(html: string): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeName === '#text') {
      parts.push(node.value ?? '');
      return;
    }
    if (node.nodeName.startsWith('#') && node.nodeName !== '#document' && node.nodeName !== '#document-fragment') return;
    if (SKIPPED_ELEMENTS.has(node.nodeName) || hidden(node)) return;
    const block = BLOCK_ELEMENTS.has(node.nodeName);
    if (block) parts.push('\n');
    for (const child of node.childNodes ?? []) walk(child);
    if (block) parts.push('\n');
  };
  walk(parse(html) as unknown as Node);
  return parts
    .join('')
    .replace(/[ \t\f\r\u00a0]+/g, ' ')
    .replace(/ *\n[\s]*/g, '\n')
    .trim();
}
