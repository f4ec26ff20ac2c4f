/**
 * Highlighting: the master switch, each type's switch and colours with a live preview, the
 * colour reset, and the popover delay inside links.
 */
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults.ts';
import { ENTITY_TYPES } from './entity-types.ts';
import { HoverDelayField } from './HoverDelayField.tsx';
import { Section } from './Section.tsx';
import { SettingRow } from './SettingRow.tsx';
import { useReporter } from './status.tsx';
import { Switch } from './Switch.tsx';
import { TypeHighlightCard } from './TypeHighlightCard.tsx';
import type { SettingsControls } from './useSettings.ts';
import { useT } from '../i18n/context.ts';

function sameColours(a: typeof DEFAULT_SETTINGS.colours, b: typeof DEFAULT_SETTINGS.colours): boolean {
  return ENTITY_TYPES.every(({ type }) => a[type].light === b[type].light && a[type].dark === b[type].dark);
}

export function HighlightingSection({ settings, update }: SettingsControls) {
  const reporter = useReporter();
  const t = useT();

  async function resetColours() {
    if (await update({ colours: DEFAULT_SETTINGS.colours })) reporter.info(t('options_colours_reset'));
  }

  return (
    <Section id="highlighting" title={t('options_nav_highlighting')} intro={t('options_highlighting_intro')}>
      <div class="opt-card">
        <SettingRow id="enabled" label={t('options_enabled')} hint={settings.enabled ? t('options_enabled_on') : t('options_enabled_off')}
        >
          <Switch
            id="enabled"
            checked={settings.enabled}
            labelledBy="enabled-label"
            describedBy="enabled-hint"
            onChange={(checked) => void update({ enabled: checked })}
          />
        </SettingRow>
      </div>

      <h3 class="opt-subhead">{t('options_types_colours')}</h3>
      {ENTITY_TYPES.map((info) => (
        <TypeHighlightCard
          key={info.type}
          info={info}
          on={settings.types[info.type]}
          colours={settings.colours[info.type]}
          inactive={!settings.enabled}
          update={update}
        />
      ))}
      <div class="opt-actions">
        <button
          type="button"
          class="opt-button"
          disabled={sameColours(settings.colours, DEFAULT_SETTINGS.colours)}
          onClick={() => void resetColours()}
        >
          {t('options_reset_colours')}
        </button>
      </div>

      <h3 class="opt-subhead">{t('options_popovers')}</h3>
      <HoverDelayField value={settings.hoverDelayMs} onSave={(ms) => void update({ hoverDelayMs: ms })} />
    </Section>
  );
}
