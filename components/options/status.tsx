/**
 * The page's status area: one polite live region that says what just happened. Every failed
 * request ends up here with the background's own message, so no error is swallowed; successes
 * fade after a few seconds, errors stay until dismissed or replaced.
 */
import { createContext } from 'preact';
import { useCallback, useContext, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useT } from '../i18n/context.ts';

/** What the status area shows. */
export interface StatusMessage {
  /** Distinguishes a repeated message from the one already shown. */
  serial: number;
  kind: 'info' | 'error';
  text: string;
}

/** How components tell the user what happened. */
export interface Reporter {
  info(text: string): void;
  error(text: string): void;
}

const INFO_SHOWN_MS = 6_000;

/** The reporter of the nearest status area (a no-op outside one, e.g. in isolated tests). */
export const ReporterContext = createContext<Reporter>({ info() {}, error() {} });

/** The reporter components call to show a message. */
export function useReporter(): Reporter {
  return useContext(ReporterContext);
}

/** The state behind a status area: the message shown, a reporter to change it, and dismiss. */
export function useStatus(): { message: StatusMessage | null; reporter: Reporter; dismiss: () => void } {
  const [message, setMessage] = useState<StatusMessage | null>(null);
  const serial = useRef(0);
  const show = useCallback((kind: StatusMessage['kind'], text: string) => {
    serial.current += 1;
    setMessage({ serial: serial.current, kind, text });
  }, []);
  const reporter = useMemo<Reporter>(() => ({ info: (text) => show('info', text), error: (text) => show('error', text) }), [show]);
  const dismiss = useCallback(() => setMessage(null), []);

  useEffect(() => {
    if (message?.kind !== 'info') return;
    const timer = setTimeout(() => setMessage((current) => (current?.serial === message.serial ? null : current)), INFO_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [message]);

  return { message, reporter, dismiss };
}

interface StatusBarProps {
  message: StatusMessage | null;
  onDismiss: () => void;
}

/**
 * The message box. Its text is the live region, always in the document so that assistive
 * technology is already listening when a message arrives; the dismiss button sits outside it so
 * it is not read with every message. The box floats over the page's foot, so a message never
 * moves the layout.
 */
export function StatusBar({ message, onDismiss }: StatusBarProps) {
  const t = useT();
  return (
    <div class="opt-status-dock">
      <div class={`opt-status${message ? ` is-visible is-${message.kind}` : ''}`}>
        <span class="opt-status-icon" aria-hidden="true">
          {message?.kind === 'error' ? '!' : '✓'}
        </span>
        <p class="opt-status-text" role="status" aria-live="polite" data-testid="status">
          {/* A new node per message, so the same words reported twice are announced twice. */}
          {message && <span key={message.serial}>{message.text}</span>}
        </p>
        <button type="button" class="opt-icon-button" aria-label={t('common_dismiss')} hidden={!message} onClick={onDismiss}>
          ×
        </button>
      </div>
    </div>
  );
}
