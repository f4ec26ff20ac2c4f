/**
 * An on/off switch: a real checkbox (so Space toggles it and forms read it) announced as a switch.
 */
interface SwitchProps {
  id: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** The id of the visible text that names the switch. */
  labelledBy: string;
  describedBy?: string;
  disabled?: boolean;
}

export function Switch({ id, checked, onChange, labelledBy, describedBy, disabled }: SwitchProps) {
  return (
    <span class="opt-switch">
      <input
        id={id}
        type="checkbox"
        role="switch"
        checked={checked}
        disabled={disabled}
        aria-labelledby={labelledBy}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <span class="opt-switch-track" aria-hidden="true">
        <span class="opt-switch-thumb" />
      </span>
    </span>
  );
}
