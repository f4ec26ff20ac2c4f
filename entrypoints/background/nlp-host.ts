/**
 * Where compromise runs: an extension document of its own, never a web page. Chromium gets an
 * offscreen document; Firefox's background is already a page, so the host is framed there. Either
 * way it is opened on the first question and stays for the rest of the session.
 */
import { browser } from 'wxt/browser';
import { NLP_HOST_CHANNEL, type NlpHostRequest } from '../../lib/nlp-host/messages.ts';
import { AssayError } from '../../lib/messaging/result.ts';
import type { NlpAnswers, NlpQuestions } from '../../lib/recognize/nlp-answers.ts';

const HOST_PATH = 'nlp-host.html';
/** The host loads compromise before it can answer: up to a few seconds on a slow machine. */
const ANSWER_ATTEMPTS = 100;
const ATTEMPT_GAP_MS = 50;

interface OffscreenApi {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
  hasDocument?(): Promise<boolean>;
}

let opening: Promise<void> | undefined;

async function openHost(): Promise<void> {
  const offscreen = (globalThis as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;
  if (offscreen) {
    if (await offscreen.hasDocument?.()) return;
    try {
      await offscreen.createDocument({
        url: HOST_PATH,
        // Chromium names no reason for "run a library away from web pages"; WORKERS is the
        // nearest (a document that exists to run script off other documents' threads).
        reasons: ['WORKERS'],
        justification: 'Runs the compromise part-of-speech tagger outside web pages, so it never slows the page being read.',
      });
    } catch (error) {
      // A second request raced this one to create it.
      if (!/single offscreen document/i.test(String(error))) throw error;
    }
    return;
  }
  if (typeof document === 'undefined') throw new AssayError('unavailable', 'This browser offers no place to run the language model.');
  if (document.getElementById('assay-nlp-host')) return;
  const frame = document.createElement('iframe');
  frame.id = 'assay-nlp-host';
  frame.src = browser.runtime.getURL(`/${HOST_PATH}`);
  const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
  document.body.append(frame);
  await loaded;
}

/** compromise's answers to `questions`, opening its document first if need be. */
export async function askNlpHost(questions: NlpQuestions): Promise<NlpAnswers> {
  opening ??= openHost().catch((error: unknown) => {
    opening = undefined;
    throw error;
  });
  await opening;
  const request: NlpHostRequest = { channel: NLP_HOST_CHANNEL, questions };
  let lastError: unknown;
  for (let attempt = 0; attempt < ANSWER_ATTEMPTS; attempt++) {
    try {
      // Until the host's script has started, nobody answers (or the browser says so).
      const answer = (await browser.runtime.sendMessage(request)) as NlpAnswers | undefined;
      if (answer && Array.isArray(answer.tags)) return answer;
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, ATTEMPT_GAP_MS));
  }
  throw new AssayError('unavailable', `The language model did not answer${lastError ? ` (${String(lastError)})` : ''}.`);
}
