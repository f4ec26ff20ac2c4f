/**
 * The top of the popup: what the current page mentions, grouped by type with counts, each entity
 * a button that scrolls the page to its first mention and opens its popover; the site switch.
 */
import { useState } from 'preact/hooks';
import type { TabSummary } from '../../lib/messaging/tab-protocol.ts';
import type { EntityFacet } from '../../lib/records/types.ts';
import { EntityChip } from './EntityChip.tsx';
import { groupEntities, type EntityGroup } from './entity-groups.ts';
import { SiteSwitch } from './SiteSwitch.tsx';
import { useT } from '../i18n/context.ts';
import type { PageSummaryState } from './usePageSummary.ts';

interface Props {
  page: PageSummaryState;
  onReveal(entity: EntityFacet): void;
}

/**
 * Chips shown per type before "n more": a page that names forty countries must not push the
 * clippings out of sight. Deals have long names and get one line each, so fewer of them.
 */
const CHIPS_SHOWN: Record<EntityGroup['type'], number> = { mineral: 5, country: 5, deal: 3 };

function Group({ group, onReveal }: { group: EntityGroup; onReveal: Props['onReveal'] }) {
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? group.entities : group.entities.slice(0, CHIPS_SHOWN[group.type]);
  const hidden = group.entities.length - shown.length;
  const t = useT();
  return (
    <div class="summary-group" role="group" aria-labelledby={`summary-${group.type}`}>
      <h3 class="summary-type" id={`summary-${group.type}`}>
        {t(group.title)}
      </h3>
      <ul class="chips" role="list">
        {shown.map((entity) => (
          <li key={entity.id}>
            <EntityChip entity={entity} count={entity.count} onClick={() => onReveal(entity)} label={(name) => t('common_chip_reveal', { name, mentions: t.plural('common_mentions', entity.count) })} />
          </li>
        ))}
        {hidden > 0 && (
          <li>
            <button type="button" class="chip chip-more" onClick={() => setExpanded(true)}>
              {t('popup_more_chips', { count: hidden })}
            </button>
          </li>
        )}
      </ul>
    </div>
  );
}

function SummaryBody({ summary, site, onReveal, siteOn }: { summary: TabSummary; site: string; siteOn: boolean | null; onReveal: Props['onReveal'] }) {
  const t = useT();
  if (siteOn === false) {
    return <p class="page-note">{site ? t('popup_site_off_for', { site }) : t('popup_site_off_here')}</p>;
  }
  // Just switched on: the page is being read again and the summary will follow.
  if (!summary.enabled) return <p class="page-note muted">{t('common_reading_page')}</p>;
  if (summary.total === 0) {
    return <p class="page-note">{t('popup_nothing_known')}</p>;
  }
  const groups = groupEntities(summary.entities);
  return (
    <>
      <p class="page-total">
        {t('popup_page_total', { mentions: t.plural('common_mentions', summary.total), entities: t.plural('popup_entities', summary.entities.length) })}
      </p>
      {groups.map((group) => (
        <Group key={group.type} group={group} onReveal={onReveal} />
      ))}
    </>
  );
}

export function PageSection({ page, onReveal }: Props) {
  const { summary, site, siteOn, switching, setSiteOn } = page;
  const t = useT();
  return (
    <section class="section page" aria-labelledby="page-heading" aria-busy={summary.status === 'loading'}>
      <div class="section-head">
        <h2 id="page-heading" class="section-title">
          {t('popup_on_this_page')}
        </h2>
        {summary.status === 'ready' && site && siteOn !== null && (
          <SiteSwitch site={site} on={siteOn} busy={switching} onChange={(on) => void setSiteOn(on)} />
        )}
      </div>
      {summary.status === 'loading' && <p class="page-note muted">{t('common_reading_page')}</p>}
      {summary.status === 'unavailable' && (
        <p class="page-note">
          <strong>{t('popup_unreadable_title')}</strong> {t('popup_unreadable_text')}
        </p>
      )}
      {summary.status === 'error' && <p class="page-note error">{summary.message}</p>}
      {summary.status === 'ready' && <SummaryBody summary={summary.value} site={site} siteOn={siteOn} onReveal={onReveal} />}
    </section>
  );
}
