/** "Assay on <site>": a real checkbox announced as a switch, so Space toggles it. */
interface Props {
  site: string;
  on: boolean;
  busy: boolean;
  onChange(on: boolean): void;
}

export function SiteSwitch({ site, on, busy, onChange }: Props) {
  return (
    <label class="switch" title={on ? `Assay highlights pages on ${site}` : `Assay leaves pages on ${site} alone`}>
      <span class="switch-text">
        Assay on <span class="switch-site">{site}</span>
      </span>
      <input
        type="checkbox"
        role="switch"
        checked={on}
        disabled={busy}
        aria-busy={busy}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <span class="switch-track" aria-hidden="true">
        <span class="switch-thumb" />
      </span>
    </label>
  );
}
