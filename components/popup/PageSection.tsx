/**
 * The top of the popup: what the current page mentions, grouped by type with counts, each entity
 * a button that scrolls the page to its first mention and opens its popover; the site switch.
 */
import { useState } from 'preact/hooks';
import type { TabSummary } from '../../lib/messaging/tab-protocol.ts';
import type { EntityFacet } from '../../lib/records/types.ts';
import { EntityChip } from './EntityChip.tsx';
import { groupEntities, type EntityGroup } from './entity-groups.ts';
import { plural } from './format.ts';
import { SiteSwitch } from './SiteSwitch.tsx';
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
  return (
    <div class="summary-group" role="group" aria-labelledby={`summary-${group.type}`}>
      <h3 class="summary-type" id={`summary-${group.type}`}>
        {group.title}
      </h3>
      <ul class="chips" role="list">
        {shown.map((entity) => (
          <li key={entity.id}>
            <EntityChip
              type={entity.type}
              title={entity.label}
              count={entity.count}
              onClick={() => onReveal(entity)}
              label={`${entity.label}, ${plural(entity.count, 'mention')}: show the first on the page`}
            >
              {entity.label}
            </EntityChip>
          </li>
        ))}
        {hidden > 0 && (
          <li>
            <button type="button" class="chip chip-more" onClick={() => setExpanded(true)}>
              {hidden} more
            </button>
          </li>
        )}
      </ul>
    </div>
  );
}

function SummaryBody({ summary, site, onReveal, siteOn }: { summary: TabSummary; site: string; siteOn: boolean | null; onReveal: Props['onReveal'] }) {
  if (siteOn === false) {
    return <p class="page-note">Assay is off for {site || 'this site'}: nothing on this page is highlighted. Use the switch to turn it on.</p>;
  }
  // Just switched on: the page is being read again and the summary will follow.
  if (!summary.enabled) return <p class="page-note muted">Reading the page…</p>;
  if (summary.total === 0) {
    return <p class="page-note">No minerals, countries or deals that Assay knows on this page.</p>;
  }
  const groups = groupEntities(summary.entities);
  return (
    <>
      <p class="page-total">
        {plural(summary.total, 'mention')} of {plural(summary.entities.length, 'mineral, country or deal', 'minerals, countries and deals')}
      </p>
      {groups.map((group) => (
        <Group key={group.type} group={group} onReveal={onReveal} />
      ))}
    </>
  );
}

export function PageSection({ page, onReveal }: Props) {
  const { summary, site, siteOn, switching, setSiteOn } = page;
  return (
    <section class="section page" aria-labelledby="page-heading" aria-busy={summary.status === 'loading'}>
      <div class="section-head">
        <h2 id="page-heading" class="section-title">
          On this page
        </h2>
        {summary.status === 'ready' && site && siteOn !== null && (
          <SiteSwitch site={site} on={siteOn} busy={switching} onChange={(on) => void setSiteOn(on)} />
        )}
      </div>
      {summary.status === 'loading' && <p class="page-note muted">Reading the page…</p>}
      {summary.status === 'unavailable' && (
        <p class="page-note">
          <strong>Assay can't read this page.</strong> Browser pages, the Web Store and tabs opened before Assay was installed or updated are out of its
          reach; reload the tab to try again. Your clippings are below.
        </p>
      )}
      {summary.status === 'error' && <p class="page-note error">{summary.message}</p>}
      {summary.status === 'ready' && <SummaryBody summary={summary.value} site={site} siteOn={siteOn} onReveal={onReveal} />}
    </section>
  );
}
