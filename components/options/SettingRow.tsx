/**
 * One row of a card: what the setting is (a label and a line of explanation) on the left, its
 * control on the right. The label and hint get ids derived from `id`, for the control's
 * `aria-labelledby` and `aria-describedby`: `${id}-label`, `${id}-hint`.
 */
import type { ComponentChildren } from 'preact';

interface SettingRowProps {
  id: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  /** The id of a form field the label names (a real `<label for>`); otherwise the label is text. */
  labelFor?: string;
  /** A mark before the text: a type's colour dot, a status badge. */
  leading?: ComponentChildren;
  /** Extra classes: `opt-row-top`, `opt-row-action`, `opt-row-stack`. */
  variant?: string;
  /** The control. */
  children?: ComponentChildren;
}

export function SettingRow({ id, label, hint, labelFor, leading, variant, children }: SettingRowProps) {
  return (
    <div class={variant ? `opt-row ${variant}` : 'opt-row'}>
      <div class="opt-row-text">
        {leading}
        <div>
          {labelFor ? (
            <label class="opt-row-label" id={`${id}-label`} for={labelFor}>
              {label}
            </label>
          ) : (
            <span class="opt-row-label" id={`${id}-label`}>
              {label}
            </span>
          )}
          {hint && (
            <p class="opt-row-hint" id={`${id}-hint`}>
              {hint}
            </p>
          )}
        </div>
      </div>
      {children}
    </div>
  );
}
