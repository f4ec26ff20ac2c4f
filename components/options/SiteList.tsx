/**
 * The sites in the list that applies, each with a remove button. After a removal the focus moves
 * to the neighbouring entry (or back to the input when the list is empty), so a keyboard user
 * does not land at the top of the page.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../i18n/context.ts';

interface SiteListProps {
  sites: readonly string[];
  emptyText: string;
  onRemove: (site: string) => Promise<boolean>;
  /** Where focus goes when the last entry is removed. */
  fallbackFocus: () => void;
}

export function SiteList({ sites, emptyText, onRemove, fallbackFocus }: SiteListProps) {
  const listRef = useRef<HTMLUListElement>(null);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const sorted = [...sites].sort((a, b) => a.localeCompare(b));
  const t = useT();

  useEffect(() => {
    if (focusIndex === null) return;
    setFocusIndex(null);
    const buttons = listRef.current?.querySelectorAll('button') ?? [];
    const target = buttons[Math.min(focusIndex, buttons.length - 1)];
    if (target) target.focus();
    else fallbackFocus();
  }, [focusIndex]);

  async function remove(site: string, index: number) {
    if (await onRemove(site)) setFocusIndex(index);
  }

  if (sorted.length === 0) return <p class="opt-empty">{emptyText}</p>;
  return (
    <ul class="opt-site-list" ref={listRef} aria-label={t('options_sites_list')}>
      {sorted.map((site, index) => (
        <li key={site} class="opt-site">
          <span class="opt-site-host">{site}</span>
          <button type="button" class="opt-button opt-button-quiet" aria-label={t('options_remove_site', { site })} onClick={() => void remove(site, index)}>
            {t('options_remove')}
          </button>
        </li>
      ))}
    </ul>
  );
}
