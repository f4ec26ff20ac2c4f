/**
 * Filters over the clippings: by entity, tag and site, from what the clippings actually hold.
 * Native selects: keyboard and screen-reader support come with them, and they stay small.
 */
import type { EntityType } from '../../lib/model.ts';
import type { ClippingFacets } from '../../lib/store/clippings.ts';
import { TYPE_TITLES } from './entity-groups.ts';
import { useT } from '../i18n/context.ts';
import { entityName } from './entity-name.ts';
import type { ClippingFilter } from './useClippings.ts';

interface Props {
  facets: ClippingFacets | null;
  filter: ClippingFilter;
  onChange(patch: Partial<ClippingFilter>): void;
  /** The pointer or the focus came near the filters: time to read what they offer. */
  onReach(): void;
}

const TYPES: EntityType[] = ['mineral', 'country', 'deal'];

/** The value of a select, or undefined for its "any" option. */
const chosen = (value: string) => (value === '' ? undefined : value);

/** The current filter as an option, for before the menus have loaded (a chip set it). */
function pending(value: string | undefined, label: string) {
  return value ? <option value={value}>{label}</option> : null;
}

export function FilterBar({ facets, filter, onChange, onReach }: Props) {
  const entities = facets?.entities ?? [];
  const tags = facets?.tags ?? [];
  const sites = facets?.sites ?? [];
  const t = useT();
  return (
    <div class="filters" role="group" aria-label={t('popup_filters')} onPointerEnter={onReach} onFocusIn={onReach}>
      <label class="visually-hidden" for="filter-entity">
        {t('popup_filter_entity')}
      </label>
      <select id="filter-entity" class={filter.entityId ? 'is-set' : ''} value={filter.entityId ?? ''} onChange={(e) => onChange({ entityId: chosen(e.currentTarget.value), entityLabel: undefined })}>
        <option value="">{t('popup_any_entity')}</option>
        {facets === null && pending(filter.entityId, filter.entityLabel ?? filter.entityId ?? '')}
        {TYPES.map((type) => {
          const ofType = entities.filter((entity) => entity.type === type);
          return ofType.length === 0 ? null : (
            <optgroup key={type} label={t(TYPE_TITLES[type])}>
              {ofType.map((entity) => {
                const name = entityName(t, entity);
                return (
                  <option key={entity.id} value={entity.id} lang={name.lang}>
                    {name.text} ({entity.count})
                  </option>
                );
              })}
            </optgroup>
          );
        })}
      </select>
      <label class="visually-hidden" for="filter-tag">
        {t('popup_filter_tag')}
      </label>
      <select id="filter-tag" class={filter.tag ? 'is-set' : ''} value={filter.tag ?? ''} disabled={facets !== null && tags.length === 0 && !filter.tag} onChange={(e) => onChange({ tag: chosen(e.currentTarget.value) })}>
        <option value="">{t('popup_any_tag')}</option>
        {facets === null && pending(filter.tag, `#${filter.tag}`)}
        {tags.map(({ tag, count }) => (
          <option key={tag} value={tag}>
            #{tag} ({count})
          </option>
        ))}
      </select>
      <label class="visually-hidden" for="filter-site">
        {t('popup_filter_site')}
      </label>
      <select id="filter-site" class={filter.site ? 'is-set' : ''} value={filter.site ?? ''} onChange={(e) => onChange({ site: chosen(e.currentTarget.value) })}>
        <option value="">{t('popup_any_site')}</option>
        {facets === null && pending(filter.site, filter.site ?? '')}
        {sites.map(({ site, count }) => (
          <option key={site} value={site}>
            {site} ({count})
          </option>
        ))}
      </select>
    </div>
  );
}
