/**
 * How long the pointer rests on a highlight inside a link before its popover opens. Sliding
 * shows the value; it is saved when the slider is let go (or on each arrow key).
 *
 * The slider shows the saved value except while it is being dragged. It does not copy the value
 * into its own state with an effect: an effect still pending from an earlier render (Preact runs
 * them after the next frame, up to 100 ms later in a background tab) would put the old value back
 * under a key press that had just changed it, and the next press would start from there.
 */
import { useState } from 'preact/hooks';
import { SettingRow } from './SettingRow.tsx';
import { useT } from '../i18n/context.ts';

/** The range offered: shorter gets in the way of clicking links, longer feels broken. */
export const HOVER_DELAY = { min: 150, max: 2000, step: 50 } as const;

interface HoverDelayFieldProps {
  value: number;
  onSave: (ms: number) => void;
}

function clamp(ms: number): number {
  return Math.min(HOVER_DELAY.max, Math.max(HOVER_DELAY.min, ms));
}

export function HoverDelayField({ value, onSave }: HoverDelayFieldProps) {
  const [dragged, setDragged] = useState<number | null>(null);
  const shown = dragged ?? clamp(value);
  const t = useT();
  return (
    <div class="opt-card">
      <SettingRow
        id="hover-delay"
        labelFor="hover-delay"
        variant="opt-row-stack"
        label={t('options_hover_delay')}
        hint={t('options_hover_delay_hint')}
      >
        <div class="opt-range">
          <input
            id="hover-delay"
            type="range"
            min={HOVER_DELAY.min}
            max={HOVER_DELAY.max}
            step={HOVER_DELAY.step}
            value={shown}
            aria-describedby="hover-delay-hint"
            aria-valuetext={t('options_milliseconds', { count: shown })}
            onInput={(event) => setDragged(Number(event.currentTarget.value))}
            onChange={(event) => {
              // The save shows the new value at once (useSettings previews it), so the drag ends here.
              onSave(Number(event.currentTarget.value));
              setDragged(null);
            }}
          />
          <output class="opt-range-value" for="hover-delay" aria-hidden="true">
            {t('options_ms', { count: shown })}
          </output>
        </div>
      </SettingRow>
    </div>
  );
}
