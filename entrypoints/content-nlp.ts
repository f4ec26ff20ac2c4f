/**
 * compromise for the content script, injected by the background only into pages where a match
 * needs it (see the `nlp.load` request). It runs in the content script's isolated world and
 * leaves the NLP object where the content script looks for it; the page never sees it.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createCompromiseNlp } from '../lib/recognize/nlp-compromise.ts';
import { NLP_GLOBAL } from '../lib/recognize/nlp.ts';

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[NLP_GLOBAL] ??= createCompromiseNlp();
});
