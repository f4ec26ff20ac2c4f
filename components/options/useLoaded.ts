/**
 * A value the page asks the background for once (and again on `reload`), with its failure
 * reported to the user rather than dropped.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Result } from '../../lib/messaging/result.ts';
import type { Reporter } from './status.tsx';
import { useT } from '../i18n/context.ts';
import { errorText } from '../i18n/errors.ts';

export type Loaded<T> = { status: 'loading' } | { status: 'ok'; value: T } | { status: 'error'; message: string };

export function useLoaded<T>(load: () => Promise<Result<T>>, reporter: Reporter, key: unknown = 0): { state: Loaded<T>; reload: () => void } {
  const t = useT();
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    void load().then((result) => {
      if (!current) return;
      if (result.ok) {
        setState({ status: 'ok', value: result.value });
      } else {
        // A reload keeps the figures shown so far; the message says they could not be refreshed.
        setState((previous) => (previous.status === 'ok' ? previous : { status: 'error', message: errorText(t, result.error) }));
        reporter.error(errorText(t, result.error));
      }
    });
    return () => {
      current = false;
    };
    // `load` is a fresh closure each render; `key` and `attempt` say when to ask again.
  }, [key, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, reload };
}
