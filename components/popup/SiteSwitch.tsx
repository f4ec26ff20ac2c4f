/** "Assay on <site>": a real checkbox announced as a switch, so Space toggles it. */
import { useT } from '../i18n/context.ts';
import { slot, Slotted } from '../i18n/slots.tsx';

interface Props {
  site: string;
  on: boolean;
  busy: boolean;
  onChange(on: boolean): void;
}

export function SiteSwitch({ site, on, busy, onChange }: Props) {
  const t = useT();
  return (
    <label class="switch" title={on ? t('popup_site_on_hint', { site }) : t('popup_site_off_hint', { site })}>
      <span class="switch-text">
        <Slotted text={t('popup_site_switch', { site: slot(0) })} parts={[<span class="switch-site">{site}</span>]} />
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
