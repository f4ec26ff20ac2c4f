/**
 * Under the notes in the popover: how many of the reader's clippings mention the entity, the
 * newest one or two (site, date, first words), and the way to its dossier. Nothing when none do.
 * It lives in the notes frame, an extension page, so no clipping text ever enters the web page.
 */
import type { ClippingGlance } from '../../lib/store/dossier.ts';
import { plural, shortDate } from '../popup/format.ts';

interface Props {
  glance: ClippingGlance;
  label: string;
  onOpenDossier(): void;
}

export function ClippingGlanceLine({ glance, label, onOpenDossier }: Props) {
  if (!glance.total) return null;
  return (
    <section class="glance" aria-label={`Your clippings on ${label}`}>
      <p class="glance-count">
        {glance.total === 1 ? `1 of your clippings mentions ${label}` : `${plural(glance.total, 'of your clippings', 'of your clippings')} mention ${label}`}
      </p>
      <ul class="glance-list">
        {glance.newest.map((c) => (
          <li key={c.id}>
            <span class="glance-meta">
              {c.site} · {shortDate(c.createdAt)}
            </span>{' '}
            <span class="glance-start">{c.start}</span>
          </li>
        ))}
      </ul>
      <button type="button" class="link" onClick={onOpenDossier}>
        Open the dossier ›
      </button>
    </section>
  );
}
