/** The popup's title bar: Assay's mark and name, and the way to the settings. */
import { useT } from '../i18n/context.ts';

interface Props {
  iconUrl: string;
  onOpenOptions(): void;
  /** Opens the side panel; absent where the browser has none. */
  onOpenSidePanel?(): void;
}

export function PopupHeader({ iconUrl, onOpenOptions, onOpenSidePanel }: Props) {
  const t = useT();
  return (
    <header class="header">
      <img class="header-icon" src={iconUrl} alt="" width={22} height={22} />
      <h1 class="header-title">{t('ext_name')}</h1>
      {onOpenSidePanel ? (
        <button type="button" class="header-button" onClick={onOpenSidePanel} title={t('popup_side_panel_hint')}>
          <svg aria-hidden="true" width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">
            <rect x="3" y="4" width="18" height="16" rx="2" />
            <path d="M15 4v16" />
          </svg>
          <span>{t('popup_side_panel')}</span>
        </button>
      ) : null}
      <button type="button" class="header-button" onClick={onOpenOptions} title={t('popup_settings_hint')}>
        <svg aria-hidden="true" width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">
          <circle cx="12" cy="12" r="3" />
          <path d="M19.4 15a1.7 1.7 0 0 0 .3 1.8l.1.1a2 2 0 1 1-2.8 2.8l-.1-.1a1.7 1.7 0 0 0-1.8-.3 1.7 1.7 0 0 0-1 1.5V21a2 2 0 1 1-4 0v-.1a1.7 1.7 0 0 0-1.1-1.5 1.7 1.7 0 0 0-1.8.3l-.1.1a2 2 0 1 1-2.8-2.8l.1-.1a1.7 1.7 0 0 0 .3-1.8 1.7 1.7 0 0 0-1.5-1H3a2 2 0 1 1 0-4h.1a1.7 1.7 0 0 0 1.5-1.1 1.7 1.7 0 0 0-.3-1.8l-.1-.1a2 2 0 1 1 2.8-2.8l.1.1a1.7 1.7 0 0 0 1.8.3H9a1.7 1.7 0 0 0 1-1.5V3a2 2 0 1 1 4 0v.1a1.7 1.7 0 0 0 1 1.5 1.7 1.7 0 0 0 1.8-.3l.1-.1a2 2 0 1 1 2.8 2.8l-.1.1a1.7 1.7 0 0 0-.3 1.8V9a1.7 1.7 0 0 0 1.5 1H21a2 2 0 1 1 0 4h-.1a1.7 1.7 0 0 0-1.5 1z" />
        </svg>
        <span>{t('popup_settings')}</span>
      </button>
    </header>
  );
}
