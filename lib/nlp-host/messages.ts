/**
 * Messages between the background and the document that runs compromise (an offscreen document
 * in Chromium, a frame of the background page in Firefox). A channel of their own, so the popup,
 * the options page and the notes frame, which receive the same broadcast, ignore them.
 */
import type { NlpQuestions } from '../recognize/nlp-answers.ts';

export const NLP_HOST_CHANNEL = 'assay-nlp';

export interface NlpHostRequest {
  channel: typeof NLP_HOST_CHANNEL;
  questions: NlpQuestions;
}

export function isNlpHostRequest(message: unknown): message is NlpHostRequest {
  const m = message as Partial<NlpHostRequest> | null;
  return (
    typeof m === 'object' &&
    m !== null &&
    m.channel === NLP_HOST_CHANNEL &&
    Array.isArray(m.questions?.sentences) &&
    m.questions.sentences.every((s) => typeof s === 'string')
  );
}
