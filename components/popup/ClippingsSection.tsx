/**
 * The user's clippings: an instant search over quote, note, tags and entity names, filters by
 * entity, tag and site, the list newest first with "Load more", and edit and delete with undo.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Clipping } from '../../lib/records/types.ts';
import { ClippingItem } from './ClippingItem.tsx';
import type { PopupEnv } from './env.ts';
import { FilterBar } from './FilterBar.tsx';
import { formatCount, plural } from './format.ts';
import { markListReady, measureSearch } from './perf-marks.ts';
import { useClippings, type ClippingFilter } from './useClippings.ts';
import { useDebouncedValue } from './useDebouncedValue.ts';
import { useFacets } from './useFacets.ts';
import type { Reporter } from './useStatus.ts';

interface Props {
  env: PopupEnv;
  reporter: Reporter;
  /** Bumped by the popup when a clipping was saved, so the list and filters are read again. */
  version: number;
}

/** The pause in typing after which the search is sent. */
const SEARCH_DEBOUNCE_MS = 80;

function EmptyState() {
  return (
    <div class="empty">
      <p class="empty-title">No clippings yet</p>
      <p>
        A clipping is a passage you keep from a news page: the quote, the page it came from, the minerals, countries and deals it mentions, and your own
        note and tags. Select text on a page, open Assay and press <strong>Save clipping</strong>; find it here later by any word in it.
      </p>
    </div>
  );
}

export function ClippingsSection({ env, reporter, version }: Props) {
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
      reporter.error(result.error.message);
      if (result.error.code === 'conflict') {
        const fresh = await env.client.request('clippings.get', { id: clipping.id });
        if (fresh.ok) list.replace(fresh.value);
      }
      return false;
    }
    list.replace(result.value);
    changed();
    reporter.info('Note and tags saved.');
    return true;
  };

  const restore = async (clipping: Clipping) => {
    const result = await env.client.request('clippings.restore', { id: clipping.id });
    if (!result.ok) {
      reporter.error(result.error.message);
      return;
    }
    await reload();
    changed();
    reporter.info('Clipping restored.');
  };

  const remove = async (clipping: Clipping) => {
    const items = listRef.current ? Array.from(listRef.current.querySelectorAll<HTMLElement>('.clip')) : [];
    const at = items.findIndex((element) => element.dataset.clippingId === clipping.id);
    const result = await env.client.request('clippings.delete', { id: clipping.id });
    if (!result.ok) {
      reporter.error(result.error.message);
      return;
    }
    list.remove(clipping.id);
    changed();
    // Focus would fall to the document with the removed item: give it to the next one instead.
    const nextItem = items[at + 1] ?? items[at - 1];
    (nextItem?.querySelector<HTMLElement>('.clip-title') ?? searchBox.current)?.focus();
    const deleted = result.value;
    if (deleted) reporter.info('Clipping deleted.', { label: 'Undo', run: () => void restore(deleted) });
    else reporter.info('That clipping was already deleted.');
  };

  return (
    <section class="section clippings" aria-labelledby="clippings-heading">
      <div class="clippings-bar">
        <div class="section-head">
          <h2 id="clippings-heading" class="section-title">
            Your clippings
          </h2>
          {total !== undefined && total > 0 && <span class="section-count">{formatCount(total)}</span>}
        </div>
        <div class="search">
          <label class="visually-hidden" for="search">
            Search clippings
          </label>
          <span class="search-icon" aria-hidden="true">
            ⌕
          </span>
          <input
            ref={searchBox}
            id="search"
            type="search"
            placeholder="Search quotes, notes, tags, minerals…"
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
              Everything you kept on {filter.entityLabel ?? facets?.entities.find((e) => e.id === filter.entityId)?.label ?? filter.entityId}: open its dossier ›
            </button>
          </p>
        ) : null}
      </div>

      {list.error && (
        <p class="list-error error">
          {list.error}{' '}
          <button type="button" class="link-button" onClick={() => void reload()}>
            Try again
          </button>
        </p>
      )}
      {!list.loaded && <p class="muted list-note">Loading your clippings…</p>}
      {list.loaded && !list.error && list.items.length === 0 && !searching && <EmptyState />}
      {list.loaded && !list.error && list.items.length === 0 && searching && (
        <div class="empty">
          <p class="empty-title">No clippings match</p>
          <p>
            Every word must appear in the quote, the note, the tags or an entity's name.{' '}
            <button type="button" class="link-button" onClick={clearAll}>
              Clear search and filters
            </button>
          </p>
        </div>
      )}
      {list.items.length > 0 && (
        <>
          {searching && (
            <p class="list-note muted" aria-live="polite">
              {list.hasMore
                ? `More than ${plural(list.items.length, 'clipping')} match`
                : `${plural(list.items.length, 'clipping')} ${list.items.length === 1 ? 'matches' : 'match'}`}
              {' · '}
              <button type="button" class="link-button" onClick={clearAll}>
                Clear
              </button>
            </p>
          )}
          <ol class="clip-list" ref={listRef} aria-label={searching ? 'Matching clippings' : 'Clippings, newest first'}>
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
              {list.loadingMore ? 'Loading…' : 'Load more'}
            </button>
          )}
        </>
      )}
    </section>
  );
}
