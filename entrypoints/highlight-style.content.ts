/**
 * Adopts the highlight stylesheet before the page has any elements (see content/early-sheet.ts).
 * Nothing else: it must stay tiny, since it runs at the start of every page load.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { DEFAULT_SETTINGS } from '../lib/store/settings-defaults.ts';
import { adoptEarlySheet } from './content/early-sheet.ts';
import { highlightCss, highlightsSupported } from './content/highlights.ts';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_start',
  main() {
    if (highlightsSupported()) adoptEarlySheet(document, highlightCss(DEFAULT_SETTINGS, false));
  },
});
