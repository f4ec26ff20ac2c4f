/**
 * The popup's status line: what just happened, in one polite live region. Errors carry the
 * background's own message and stay until replaced; other messages fade after a while, later if
 * they offer an action (Undo) the user may still want.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';

export interface StatusAction {
  label: string;
  run(): void;
}

export interface StatusMessage {
  /** Tells a repeated message from the one already shown (so its timer restarts). */
  serial: number;
  kind: 'info' | 'error';
  text: string;
  action?: StatusAction;
}

export interface Reporter {
  info(text: string, action?: StatusAction): void;
  error(text: string): void;
  clear(): void;
}

const INFO_MS = 5_000;
const WITH_ACTION_MS = 10_000;

export function useStatus(): { message: StatusMessage | null; reporter: Reporter } {
  const [message, setMessage] = useState<StatusMessage | null>(null);
  const serial = useRef(0);
  const show = useCallback((kind: StatusMessage['kind'], text: string, action?: StatusAction) => {
    serial.current += 1;
    setMessage({ serial: serial.current, kind, text, action });
  }, []);
  const reporter = useMemo<Reporter>(
    () => ({
      info: (text, action) => show('info', text, action),
      error: (text) => show('error', text),
      clear: () => setMessage(null),
    }),
    [show],
  );

  useEffect(() => {
    if (message?.kind !== 'info') return;
    const timer = setTimeout(
      () => setMessage((current) => (current?.serial === message.serial ? null : current)),
      message.action ? WITH_ACTION_MS : INFO_MS,
    );
    return () => clearTimeout(timer);
  }, [message]);

  return { message, reporter };
}
