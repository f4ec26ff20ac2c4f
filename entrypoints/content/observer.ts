/**
 * Following a page that changes: a debounced MutationObserver collects the subtrees that were
 * added or whose text changed (never Assay's own host), and hands the outermost ones over for a
 * re-scan. Mentions whose text went away are dropped by the caller before the re-scan.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

const DEBOUNCE_MS = 300;
/** Past this many changed roots in one batch, re-scanning the whole body is cheaper. */
const MAX_ROOTS = 200;

/**
 * What a full scan reads: the body, or the whole document while it has none (a page can remove
 * its body, or even its root element, or replace them, at any time).
 */
export const pageRoot = (): Node => document.body ?? document.documentElement ?? document;

export function observeChanges(
  ctx: ContentScriptContext,
  isOwnUi: (node: Node) => boolean,
  onChanged: (roots: Node[], removed: boolean) => void,
): MutationObserver {
  let pending = new Set<Node>();
  let removed = false;
  let timer: number | undefined;
  const flush = () => {
    timer = undefined;
    const roots = [...pending].filter((n) => n.isConnected);
    pending = new Set();
    const hadRemovals = removed;
    removed = false;
    // Keep only the outermost roots: a node inside another root is scanned with it.
    const outermost = roots.filter((n) => !roots.some((other) => other !== n && other.contains(n)));
    if (outermost.length || hadRemovals) onChanged(outermost.length > MAX_ROOTS ? [pageRoot()] : outermost, hadRemovals);
  };
  const observer = new MutationObserver((mutations) => {
    for (const m of mutations) {
      if (isOwnUi(m.target)) continue;
      if (m.type === 'characterData') {
        if (m.target.parentNode) pending.add(m.target.parentNode);
        continue;
      }
      if (m.removedNodes.length) removed = true;
      for (const node of m.addedNodes) {
        if (isOwnUi(node)) continue;
        if (node.nodeType === Node.ELEMENT_NODE || node.nodeType === Node.TEXT_NODE) pending.add(node.nodeType === Node.TEXT_NODE && node.parentNode ? node.parentNode : node);
      }
    }
    if ((pending.size || removed) && timer === undefined) timer = ctx.setTimeout(flush, DEBOUNCE_MS);
  });
  // The document rather than the body, so a body (or root element) added or replaced later is seen too.
  observer.observe(document, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => observer.disconnect());
  return observer;
}
