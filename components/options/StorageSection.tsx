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
import { useT } from '../i18n/context.ts';
import { formatPercent } from '../../lib/i18n/formats.ts';
import type { Translator } from '../../lib/i18n/translator.ts';
import { formatCount } from './format.ts';
import type { Loaded } from './useLoaded.ts';

interface StorageSectionProps {
  info: Loaded<StorageInfo>;
  persistence: PersistenceOutcome | null;
  onRefresh: () => void;
}

const DASH = '—';

/** `12.5%`, `0.25%`, or `Less than 0.01%` rather than a misleading `0%`. */
function percent(share: number, t: Translator): string {
  if (share > 0 && share < 0.0001) return t('options_less_than', { share: formatPercent(t.lang, 0.0001, 2) });
  return formatPercent(t.lang, share, share < 0.01 ? 2 : 1);
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
  const t = useT();
  const protection = persistence ? persistenceText(persistence, t) : null;
  return (
    <Section id="storage" title={t('options_nav_storage')} intro={t('options_storage_intro')}>
      <div class="opt-card">
        <dl class="opt-stats">
          <Stat label={t('options_notes')} value={value ? formatCount(value.notes, t) : DASH} testId="storage-notes" />
          <Stat label={t('options_clippings')} value={value ? formatCount(value.clippings, t) : DASH} testId="storage-clippings" />
          <Stat label={t('options_space_used')} value={value?.usage != null ? formatBytes(value.usage, t) : DASH} testId="storage-usage" />
          <Stat label={t('options_space_available')} value={value?.quota != null ? formatBytes(value.quota, t) : DASH} testId="storage-quota" />
        </dl>
        <div class="opt-meter" aria-hidden="true">
          <span class="opt-meter-fill" style={{ width: `${Math.max(share ?? 0, share ? 0.005 : 0) * 100}%` }} />
        </div>
        <p class="opt-row-hint opt-meter-caption">
          {info.status === 'error'
            ? info.message
            : share !== null
              ? t('options_share_of_space', { share: percent(share, t) })
              : info.status === 'loading'
                ? t('options_measuring')
                : t('options_space_unknown')}
        </p>
        <SettingRow
          id="persistence"
          variant="opt-row-top opt-row-action"
          label={protection ? protection.title : t('options_asking_browser')}
          hint={protection ? protection.detail : '\u00a0'}
          leading={
            <span class={`opt-badge${protection ? (protection.protectedNow ? ' is-ok' : ' is-warn') : ''}`} aria-hidden="true">
              {protection?.protectedNow ? '✓' : '!'}
            </span>
          }
        >
          <button type="button" class="opt-button opt-button-quiet" onClick={onRefresh}>
            {t('options_refresh')}
          </button>
        </SettingRow>
      </div>
    </Section>
  );
}
