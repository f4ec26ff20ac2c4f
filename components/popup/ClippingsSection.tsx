/**
 * The user's clippings: an instant search over quote, note, tags and entity names, filters by
 * entity, tag and site, the list newest first with "Load more", and edit and delete with undo.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Clipping } from '../../lib/records/types.ts';
import { ClippingItem } from './ClippingItem.tsx';
import type { PopupEnv } from './env.ts';
import { FilterBar } from './FilterBar.tsx';
import { formatCount } from './format.ts';
import { useT } from '../i18n/context.ts';
import { slot, Slotted } from '../i18n/slots.tsx';
import { markListReady, measureSearch } from './perf-marks.ts';
import { useClippings, type ClippingFilter } from './useClippings.ts';
import { useDebouncedValue } from './useDebouncedValue.ts';
import { useFacets } from './useFacets.ts';
import type { Reporter } from './useStatus.ts';
import { errorText } from '../i18n/errors.ts';

interface Props {
  env: PopupEnv;
  reporter: Reporter;
  /** Bumped by the popup when a clipping was saved, so the list and filters are read again. */
  version: number;
}

/** The pause in typing after which the search is sent. */
const SEARCH_DEBOUNCE_MS = 80;

function EmptyState() {
  const t = useT();
  return (
    <div class="empty">
      <p class="empty-title">{t('popup_empty_title')}</p>
      <p>
        <Slotted text={t('popup_empty_text', { button: slot(0) })} parts={[<strong>{t('popup_save_clipping')}</strong>]} />
      </p>
    </div>
  );
}

export function ClippingsSection({ env, reporter, version }: Props) {
  const t = useT();
  const [typed, setTyped] = useState('');
  const [filters, setFilters] = useState<Omit<ClippingFilter, 'text'>>({});
  const [dataVersion, setDataVersion] = useState(0);
  const [facetsWanted, setFacetsWanted] = useState(false);
  const text = useDebouncedValue(typed, SEARCH_DEBOUNCE_MS);
  const filter: ClippingFilter = { text, ...filters };
  const list = useClippings(env, filter);
  const facets = useFacets(env, reporter, facetsWanted || Boolean(filters.entityId || filters.tag || filters.site), version + dataVersion);
  const wantFacets = useCallback(() => setFacetsWanted(true), []);
  const searchBox = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const total = facets?.sites.reduce((sum, site) => sum + site.count, 0);
  const searching = Boolean(text.trim() || filters.entityId || filters.tag || filters.site);
  const { reload } = list;

  // A save elsewhere in the popup: show it.
  const firstVersion = useRef(version);
  useEffect(() => {
    if (version !== firstVersion.current) void reload();
  }, [version, reload]);

  // After the DOM has the new items: the benchmark's marks (see perf-marks.ts).
  const { shown } = list;
  useLayoutEffect(() => {
    if (!shown) return;
    markListReady(shown);
    if (shown.filter.text.trim()) measureSearch(shown.filter.text, shown, list.items.length);
  }, [shown]);

  const changed = useCallback(() => setDataVersion((n) => n + 1), []);
  const setFilter = useCallback((patch: Partial<ClippingFilter>) => setFilters((current) => ({ ...current, ...patch })), []);
  const clearAll = () => {
    setTyped('');
    setFilters({});
    searchBox.current?.focus();
  };

  const update = async (clipping: Clipping, patch: { note: string; tags: string[] }) => {
    // The version the edit started from: an edit made meanwhile in another window is reported, not overwritten.
    const result = await env.client.request('clippings.update', { id: clipping.id, ...patch, baseUpdatedAt: clipping.updatedAt });
    if (!result.ok) {
      reporter.error(errorText(t, result.error));
      if (result.error.code === 'conflict') {
        const fresh = await env.client.request('clippings.get', { id: clipping.id });
        if (fresh.ok) list.replace(fresh.value);
      }
      return false;
    }
    list.replace(result.value);
    changed();
    reporter.info(t('popup_note_tags_saved'));
    return true;
  };

  const restore = async (clipping: Clipping) => {
    const result = await env.client.request('clippings.restore', { id: clipping.id });
    if (!result.ok) {
      reporter.error(errorText(t, result.error));
      return;
    }
    await reload();
    changed();
    reporter.info(t('popup_clipping_restored'));
  };

  const remove = async (clipping: Clipping) => {
    const items = listRef.current ? Array.from(listRef.current.querySelectorAll<HTMLElement>('.clip')) : [];
    const at = items.findIndex((element) => element.dataset.clippingId === clipping.id);
    const result = await env.client.request('clippings.delete', { id: clipping.id });
    if (!result.ok) {
      reporter.error(errorText(t, result.error));
      return;
    }
    list.remove(clipping.id);
    changed();
    // Focus would fall to the document with the removed item: give it to the next one instead.
    const nextItem = items[at + 1] ?? items[at - 1];
    (nextItem?.querySelector<HTMLElement>('.clip-title') ?? searchBox.current)?.focus();
    const deleted = result.value;
    if (deleted) reporter.info(t('popup_clipping_deleted'), { label: t('common_undo'), run: () => void restore(deleted) });
    else reporter.info(t('popup_already_deleted'));
  };

  return (
    <section class="section clippings" aria-labelledby="clippings-heading">
      <div class="clippings-bar">
        <div class="section-head">
          <h2 id="clippings-heading" class="section-title">
            {t('common_your_clippings')}
          </h2>
          {total !== undefined && total > 0 && <span class="section-count">{formatCount(total)}</span>}
        </div>
        <div class="search">
          <label class="visually-hidden" for="search">
            {t('popup_search_label')}
          </label>
          <span class="search-icon" aria-hidden="true">
            ⌕
          </span>
          <input
            ref={searchBox}
            id="search"
            type="search"
            placeholder={t('popup_search_placeholder')}
            autoComplete="off"
            spellcheck={false}
            value={typed}
            onInput={(e) => setTyped(e.currentTarget.value)}
            onKeyDown={(e) => {
              // Escape clears the search first; with nothing to clear it closes the popup as usual.
              if (e.key === 'Escape' && typed) {
                e.preventDefault();
                e.stopPropagation();
                setTyped('');
              }
            }}
          />
        </div>
        <FilterBar facets={facets} filter={filter} onChange={setFilter} onReach={wantFacets} />
        {filter.entityId && filter.entityId !== 'deal' && env.openDossier ? (
          <p class="dossier-link">
            <button type="button" class="link-button" onClick={() => void Promise.resolve(env.openDossier!(filter.entityId!)).then(() => env.close())}>
              {t('popup_dossier_link', { name: filter.entityLabel ?? facets?.entities.find((e) => e.id === filter.entityId)?.label ?? filter.entityId })}
            </button>
          </p>
        ) : null}
      </div>

      {list.error && (
        <p class="list-error error">
          {list.error}{' '}
          <button type="button" class="link-button" onClick={() => void reload()}>
            {t('common_try_again')}
          </button>
        </p>
      )}
      {!list.loaded && <p class="muted list-note">{t('popup_loading_clippings')}</p>}
      {list.loaded && !list.error && list.items.length === 0 && !searching && <EmptyState />}
      {list.loaded && !list.error && list.items.length === 0 && searching && (
        <div class="empty">
          <p class="empty-title">{t('popup_no_match_title')}</p>
          <p>
            {t('popup_no_match_text')}{' '}
            <button type="button" class="link-button" onClick={clearAll}>
              {t('popup_clear_all')}
            </button>
          </p>
        </div>
      )}
      {list.items.length > 0 && (
        <>
          {searching && (
            <p class="list-note muted" aria-live="polite">
              {list.hasMore ? t.plural('popup_more_than_match', list.items.length) : t.plural('popup_match', list.items.length)}
              {' · '}
              <button type="button" class="link-button" onClick={clearAll}>
                {t('popup_clear')}
              </button>
            </p>
          )}
          <ol class="clip-list" ref={listRef} aria-label={searching ? t('popup_list_matching') : t('popup_list_newest')}>
            {list.items.map((clipping) => (
              <li key={clipping.id}>
                <ClippingItem
                  clipping={clipping}
                  query={shown?.filter.text ?? ''}
                  activeEntityId={filters.entityId}
                  activeTag={filters.tag}
                  onOpen={(url) => void env.openUrl(url)}
                  onFilter={setFilter}
                  onUpdate={update}
                  onDelete={(c) => void remove(c)}
                />
              </li>
            ))}
          </ol>
          {list.hasMore && (
            <button type="button" class="button-quiet load-more" onClick={() => void list.loadMore()} aria-busy={list.loadingMore}>
              {list.loadingMore ? t('common_loading') : t('popup_load_more')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
