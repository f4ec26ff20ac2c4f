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

function sameColours(a: typeof DEFAULT_SETTINGS.colours, b: typeof DEFAULT_SETTINGS.colours): boolean {
  return ENTITY_TYPES.every(({ type }) => a[type].light === b[type].light && a[type].dark === b[type].dark);
}

export function HighlightingSection({ settings, update }: SettingsControls) {
  const reporter = useReporter();

  async function resetColours() {
    if (await update({ colours: DEFAULT_SETTINGS.colours })) reporter.info('Colours are back to the defaults.');
  }

  return (
    <Section id="highlighting" title="Highlighting" intro="What Assay marks on the pages you read, and how it looks.">
      <div class="opt-card">
        <SettingRow
          id="enabled"
          label="Highlight on web pages"
          hint={
            settings.enabled
              ? 'Assay highlights what it recognises on the sites chosen below.'
              : 'Assay is off everywhere. Your notes, clippings and the settings below are kept.'
          }
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

      <h3 class="opt-subhead">Types and colours</h3>
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
          Reset colours
        </button>
      </div>

      <h3 class="opt-subhead">Popovers</h3>
      <HoverDelayField value={settings.hoverDelayMs} onSave={(ms) => void update({ hoverDelayMs: ms })} />
    </Section>
  );
}
