/**
 * Storage: how many notes and clippings there are, the space used and available, and whether
 * the browser promised not to clear them.
 */
import type { StorageInfo } from '../../lib/messaging/protocol.ts';
import type { PersistenceOutcome } from '../../lib/store/persist.ts';
import { formatBytes } from './format.ts';
import { persistenceText } from './persistence-text.ts';
import { Section } from './Section.tsx';
import { SettingRow } from './SettingRow.tsx';
import type { Loaded } from './useLoaded.ts';

interface StorageSectionProps {
  info: Loaded<StorageInfo>;
  persistence: PersistenceOutcome | null;
  onRefresh: () => void;
}

const DASH = '—';

/** `12.5%`, `0.25%`, or `Less than 0.01%` rather than a misleading `0%`. */
function percent(share: number): string {
  if (share > 0 && share < 0.0001) return 'Less than 0.01%';
  return `${(share * 100).toLocaleString(undefined, { maximumFractionDigits: share < 0.01 ? 2 : 1 })}%`;
}

function Stat({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div class="opt-stat">
      <dt class="opt-stat-label">{label}</dt>
      <dd class="opt-stat-value" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}

export function StorageSection({ info, persistence, onRefresh }: StorageSectionProps) {
  const value = info.status === 'ok' ? info.value : null;
  const share = value?.usage != null && value.quota ? Math.min(1, value.usage / value.quota) : null;
  const protection = persistence ? persistenceText(persistence) : null;
  return (
    <Section id="storage" title="Storage" intro="Everything is kept in this browser profile, on this device.">
      <div class="opt-card">
        <dl class="opt-stats">
          <Stat label="Notes" value={value ? value.notes.toLocaleString() : DASH} testId="storage-notes" />
          <Stat label="Clippings" value={value ? value.clippings.toLocaleString() : DASH} testId="storage-clippings" />
          <Stat label="Space used" value={value?.usage != null ? formatBytes(value.usage) : DASH} testId="storage-usage" />
          <Stat label="Space available" value={value?.quota != null ? formatBytes(value.quota) : DASH} testId="storage-quota" />
        </dl>
        <div class="opt-meter" aria-hidden="true">
          <span class="opt-meter-fill" style={{ width: `${Math.max(share ?? 0, share ? 0.005 : 0) * 100}%` }} />
        </div>
        <p class="opt-row-hint opt-meter-caption">
          {info.status === 'error'
            ? info.message
            : share !== null
              ? `${percent(share)} of the space the browser allows Assay.`
              : info.status === 'loading'
                ? 'Measuring…'
                : 'The browser does not say how much space is available.'}
        </p>
        <SettingRow
          id="persistence"
          variant="opt-row-top opt-row-action"
          label={protection ? protection.title : 'Asking the browser…'}
          hint={protection ? protection.detail : '\u00a0'}
          leading={
            <span class={`opt-badge${protection ? (protection.protectedNow ? ' is-ok' : ' is-warn') : ''}`} aria-hidden="true">
              {protection?.protectedNow ? '✓' : '!'}
            </span>
          }
        >
          <button type="button" class="opt-button opt-button-quiet" onClick={onRefresh}>
            Refresh
          </button>
        </SettingRow>
      </div>
    </Section>
  );
}
