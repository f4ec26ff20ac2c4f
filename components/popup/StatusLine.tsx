/**
 * The live region at the foot of the popup. It is always in the document, so a screen reader is
 * already listening when a message arrives.
 */
import type { StatusMessage } from './useStatus.ts';
import { useT } from '../i18n/context.ts';

interface Props {
  message: StatusMessage | null;
  onDismiss(): void;
}

export function StatusLine({ message, onDismiss }: Props) {
  const t = useT();
  return (
    <div class={`status${message ? ` is-visible is-${message.kind}` : ''}`} role="status" aria-live="polite" data-testid="status">
      {message && (
        <>
          <span class="status-icon" aria-hidden="true">
            {message.kind === 'error' ? '!' : '✓'}
          </span>
          <span class="status-text" key={message.serial}>
            {message.text}
          </span>
          {message.action && (
            <button type="button" class="status-action" onClick={message.action.run} aria-keyshortcuts="Control+Z Meta+Z">
              {message.action.label}
            </button>
          )}
          <button type="button" class="icon-button status-close" aria-label={t('common_dismiss')} onClick={onDismiss}>
            ×
          </button>
        </>
      )}
    </div>
  );
}
