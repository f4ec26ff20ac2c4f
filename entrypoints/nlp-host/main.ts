/**
 * compromise, away from web pages: this extension document (offscreen in Chromium, framed in the
 * background page in Firefox) answers the background's questions, so compromise's start-up and
 * tagging never hold a page's main thread.
 */
import { browser } from 'wxt/browser';
import { answerQuestions } from '../../lib/recognize/nlp-answers.ts';
import { createCompromiseNlp } from '../../lib/recognize/nlp-compromise.ts';
import { isNlpHostRequest } from '../../lib/nlp-host/messages.ts';

const nlp = createCompromiseNlp();

browser.runtime.onMessage.addListener((message, sender) => {
  // Only the background asks (a message from a tab has sender.tab).
  if (!isNlpHostRequest(message) || sender.tab || sender.id !== browser.runtime.id) return undefined;
  return Promise.resolve(answerQuestions(nlp, message.questions));
});
