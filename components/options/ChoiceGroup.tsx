/**
 * One of a few choices, each with a line saying what it means: radio buttons in a fieldset, so
 * arrow keys move between them and the legend names the group.
 */
import type { PlainKey } from '../../lib/i18n/translator.ts';
import { useT } from '../i18n/context.ts';

export interface Choice<V extends string> {
  value: V;
  label: PlainKey;
  hint: PlainKey;
}

interface ChoiceGroupProps<V extends string> {
  legend: PlainKey;
  name: string;
  choices: readonly Choice<V>[];
  value: V;
  onChange: (value: V) => void;
}

export function ChoiceGroup<V extends string>({ legend, name, choices, value, onChange }: ChoiceGroupProps<V>) {
  const t = useT();
  return (
    <fieldset class="opt-choice-group">
      <legend class="opt-row-label">{t(legend)}</legend>
      <div class="opt-choices">
        {choices.map((choice) => (
          <label key={choice.value} class={`opt-choice${value === choice.value ? ' is-selected' : ''}`}>
            <input type="radio" name={name} value={choice.value} checked={value === choice.value} onChange={() => onChange(choice.value)} />
            <span>
              <span class="opt-choice-label">{t(choice.label)}</span>
              <span class="opt-choice-hint">{t(choice.hint)}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
