/**
 * The popover's own messages: the ones whose key starts `popover_`. The content script asks the
 * background for just these, in the reader's language, when a popover first opens.
 */
import type { MessageKey } from './translator.ts';

export const POPOVER_PREFIX = 'popover_';

/** A message of the popover's own set. */
export type PopoverKey = Extract<MessageKey, `${typeof POPOVER_PREFIX}${string}`>;
