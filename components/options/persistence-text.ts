/**
 * What the browser's answer about persistent storage means for the user.
 */
import type { PersistenceOutcome } from '../../lib/store/persist.ts';

export interface PersistenceText {
  protectedNow: boolean;
  title: string;
  detail: string;
}

export function persistenceText(outcome: PersistenceOutcome): PersistenceText {
  switch (outcome.status) {
    case 'already-persisted':
      return {
        protectedNow: true,
        title: 'Protected from clearing',
        detail: 'The browser will not delete Assay’s data to free up disk space.',
      };
    case 'granted':
      return {
        protectedNow: true,
        title: 'Protected from clearing',
        detail: 'The browser agreed just now not to delete Assay’s data to free up disk space.',
      };
    case 'denied':
      return {
        protectedNow: false,
        title: 'Not protected yet',
        detail: 'The browser may delete Assay’s data if the disk runs nearly full. It may agree to protect it later; until then, keep a recent backup.',
      };
    case 'unsupported':
      return {
        protectedNow: outcome.persisted === true,
        title: outcome.persisted ? 'Protected from clearing' : 'Protection unknown',
        detail: outcome.persisted
          ? 'The browser will not delete Assay’s data to free up disk space.'
          : 'This browser cannot be asked to protect Assay’s data. Keep a recent backup.',
      };
    case 'error':
      return {
        protectedNow: false,
        title: 'Protection unknown',
        detail: `Assay could not ask the browser to protect its data (${outcome.message}). Keep a recent backup.`,
      };
  }
}
