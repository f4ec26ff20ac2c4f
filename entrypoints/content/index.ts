/**
 * Assay's content script: runs on web pages, reads their text, draws highlights and popovers.
 * Everything happens inside `main`; see assay.ts for the wiring.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startAssay } from './assay.ts';
// The highlight colours, as manifest CSS: injected before the page is parsed, unseen by its scripts.
import './highlights.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  main(ctx) {
    // Firefox tears a content script down with its page: when the reader leaves while Assay is
    // still starting, its next timer or request throws (NS_ERROR_NOT_INITIALIZED). That is the
    // page going away, not a failure to report. The page can be gone before this script heard
    // pagehide, so the catch also asks the window whether it still runs a timer.
    let leaving = false;
    ctx.addEventListener(window, 'pagehide', () => (leaving = true));
    ctx.addEventListener(window, 'pageshow', () => (leaving = false));
    startAssay(ctx).catch((error: unknown) => {
      if (!leaving && windowAlive()) console.error('[assay] the content script failed:', error);
    });
  },
});

/** Whether this page's window still runs timers (Firefox refuses them once the page is gone). */
function windowAlive(): boolean {
  try {
    clearTimeout(setTimeout(() => {}, 0));
    return true;
  } catch {
    return false;
  }
}
