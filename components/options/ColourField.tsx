/**
 * One type's highlight colour on light or on dark pages: a row of palette swatches (radio
 * buttons, so arrow keys move between them) and a preview underneath. Pointing at a swatch
 * previews it; choosing one saves it.
 */
import { useState } from 'preact/hooks';
import { HUES, tintOf, type Hue } from '../../lib/highlight/palette.ts';
import { HUE_LABELS } from './colour.ts';
import { useT } from '../i18n/context.ts';
import type { EntityTypeInfo } from './entity-types.ts';
import { HighlightPreview } from './HighlightPreview.tsx';

interface ColourFieldProps {
  info: EntityTypeInfo;
  dark: boolean;
  hue: Hue;
  onSave: (hue: Hue) => void;
}

export function ColourField({ info, dark, hue, onSave }: ColourFieldProps) {
  const name = `colour-${info.type}-${dark ? 'dark' : 'light'}`;
  const [pointed, setPointed] = useState<Hue | null>(null);
  const t = useT();
  return (
    <fieldset class="opt-colour-field" onMouseLeave={() => setPointed(null)}>
      <legend class="opt-colour-label">
        {dark ? t('options_on_dark') : t('options_on_light')}
        <span class="opt-colour-name">{t(HUE_LABELS[hue])}</span>
      </legend>
      <div class={`opt-swatches ${dark ? 'is-dark' : 'is-light'}`}>
        {HUES.map((option) => (
          <label key={option} class="opt-swatch" title={t(HUE_LABELS[option])} onMouseEnter={() => setPointed(option)}>
            <input
              type="radio"
              name={name}
              value={option}
              checked={option === hue}
              aria-label={t(dark ? 'options_swatch_dark' : 'options_swatch_light', { type: t(info.label), colour: t(HUE_LABELS[option]) })}
              onChange={() => onSave(option)}
            />
            <span class="opt-swatch-colour" style={{ backgroundColor: tintOf(option, dark) }} aria-hidden="true" />
          </label>
        ))}
      </div>
      <HighlightPreview info={info} colour={tintOf(pointed ?? hue, dark)} dark={dark} />
    </fieldset>
  );
}
