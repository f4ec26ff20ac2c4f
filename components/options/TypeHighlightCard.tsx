/**
 * One entity type: whether Assay highlights it, and its colours on light and dark pages.
 */
import type { Hue } from '../../lib/highlight/palette.ts';
import type { SettingsPatch } from '../../lib/records/schemas.ts';
import type { ColourPair } from '../../lib/records/types.ts';
import { ColourField } from './ColourField.tsx';
import type { EntityTypeInfo } from './entity-types.ts';
import { SettingRow } from './SettingRow.tsx';
import { Switch } from './Switch.tsx';
import { useT } from '../i18n/context.ts';

interface TypeHighlightCardProps {
  info: EntityTypeInfo;
  on: boolean;
  colours: ColourPair;
  /** Highlighting is switched off as a whole: the card is shown as inactive. */
  inactive: boolean;
  update: (patch: SettingsPatch) => Promise<boolean>;
}

export function TypeHighlightCard({ info, on, colours, inactive, update }: TypeHighlightCardProps) {
  const { type } = info;
  const t = useT();
  const colourPatch = (dark: boolean, hue: Hue): SettingsPatch => ({ colours: { [type]: { [dark ? 'dark' : 'light']: hue } } });
  return (
    <div class={`opt-card opt-type-card${on && !inactive ? '' : ' is-off'}`} data-type={type}>
      <SettingRow id={`type-${type}`} label={t(info.label)} hint={t(info.examples)} leading={<span class={`opt-type-dot is-${type}`} aria-hidden="true" />}>
        <Switch
          id={`type-${type}`}
          checked={on}
          labelledBy={`type-${type}-label`}
          describedBy={`type-${type}-hint`}
          onChange={(checked) => void update({ types: { [type]: checked } })}
        />
      </SettingRow>
      <div class="opt-colour-grid">
        {[false, true].map((dark) => (
          <ColourField
            key={String(dark)}
            info={info}
            dark={dark}
            hue={dark ? colours.dark : colours.light}
            onSave={(hue) => void update(colourPatch(dark, hue))}
          />
        ))}
      </div>
    </div>
  );
}
