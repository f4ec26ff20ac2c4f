/**
 * Under the notes in the popover: how many of the reader's clippings mention the entity, the
 * newest one or two (site, date, first words), and the way to its dossier. Nothing when none do.
 * It lives in the notes frame, an extension page, so no clipping text ever enters the web page.
 */
import type { ClippingGlance } from '../../lib/store/dossier.ts';
import { shortDate } from '../popup/format.ts';
import { useT } from '../i18n/context.ts';

interface Props {
  glance: ClippingGlance;
  label: string;
  onOpenDossier(): void;
}

export function ClippingGlanceLine({ glance, label, onOpenDossier }: Props) {
  const t = useT();
  if (!glance.total) return null;
  return (
    <section class="glance" aria-label={t('notes_glance_region', { name: label })}>
      <p class="glance-count">{t.plural('notes_glance', glance.total, { name: label })}</p>
      <ul class="glance-list">
        {glance.newest.map((c) => (
          <li key={c.id}>
            <span class="glance-meta">
              {c.site} · {shortDate(c.createdAt, Date.now(), t.lang)}
            </span>{' '}
            <span class="glance-start">{c.start}</span>
          </li>
        ))}
      </ul>
      <button type="button" class="link" onClick={onOpenDossier}>
        {t('notes_open_dossier')}
      </button>
    </section>
  );
}
