/** The recognizer as Node tools use it: index built from the dataset, compromise loaded. */
import { loadAliasIndex } from '../../lib/recognize/alias-index.ts';
import { unpackDealKeys } from '../../lib/recognize/deals/packed-keys.ts';
import { createCompromiseNlp } from '../../lib/recognize/nlp-compromise.ts';
import { recognizeDetailed, type RecognizeOptions } from '../../lib/recognize/recognize.ts';
import { buildSerializedIndex } from './alias-index-build.ts';

export function nodeRecognizerOptions(withNlp = true): RecognizeOptions {
  const serialized = buildSerializedIndex();
  return { index: loadAliasIndex(serialized), deals: unpackDealKeys(serialized.deals, serialized.entities), nlp: withNlp ? createCompromiseNlp() : undefined };
}

/** `fixed` options apply to every call unless the call gives its own (the rule tests fix `dealFilter: false`). */
export function makeRecognizer(withNlp = true, fixed: Partial<RecognizeOptions> = {}) {
  const options = { ...nodeRecognizerOptions(withNlp), ...fixed };
  return (text: string, extra: Partial<RecognizeOptions> = {}) => recognizeDetailed(text, { ...options, ...extra });
}
