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
    startAssay(ctx).catch((error: unknown) => console.error('[assay] the content script failed:', error));
  },
});
