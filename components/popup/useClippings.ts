/**
 * The clippings list: one page at a time, newest first, for the current search and filters.
 * Answers that arrive after the query changed are dropped, so fast typing never shows the results
 * of an older query.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ClippingCursor } from '../../lib/store/clipping-query.ts';
import type { Clipping } from '../../lib/records/types.ts';
import type { PopupEnv } from './env.ts';
import { useT } from '../i18n/context.ts';
import { errorText } from '../i18n/errors.ts';

/** What the list shows: every part given must match. */
export interface ClippingFilter {
  text: string;
  entityId?: string;
  /** The entity's name, for showing the filter before the menus have loaded (not sent). */
  entityLabel?: string;
  tag?: string;
  site?: string;
}

export interface ClippingsState {
  items: Clipping[];
  /** False until the first page for the current query has arrived. */
  loaded: boolean;
  loadingMore: boolean;
  hasMore: boolean;
  /**
   * The query the items answer (lags the filter while a search is on its way), when it was
   * asked and when the answer came (`performance.now()` times, for the benchmark's marks).
   */
  shown: { filter: ClippingFilter; askedAt: number; answeredAt: number } | null;
  error: string | null;
  loadMore(): Promise<void>;
  reload(): Promise<void>;
  /** Replaces one clipping in place (after an edit). */
  replace(clipping: Clipping): void;
  /** Takes one out of the list (after a delete). */
  remove(id: string): void;
}

/** Clippings per page: enough to fill the popup twice over, few enough to render at once. */
export const PAGE_SIZE = 25;

/** The first page's request, made by the popup's entry before anything is drawn. */
export function firstPageRequest(client: PopupEnv['client']): NonNullable<PopupEnv['firstPage']> {
  return { askedAt: performance.now(), answer: client.request('clippings.list', { limit: PAGE_SIZE }) };
}

/** Only the fields the store reads: an empty search or filter is left out, not sent blank. */
function queryOf(filter: ClippingFilter) {
  const text = filter.text.trim();
  return {
    ...(text ? { text } : {}),
    ...(filter.entityId ? { entityId: filter.entityId } : {}),
    ...(filter.tag ? { tag: filter.tag } : {}),
    ...(filter.site ? { site: filter.site } : {}),
  };
}

export function useClippings(env: PopupEnv, filter: ClippingFilter): ClippingsState {
  const t = useT();
  const [items, setItems] = useState<Clipping[]>([]);
  const [next, setNext] = useState<ClippingCursor | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);
  const [shown, setShown] = useState<ClippingsState['shown']>(null);
  const [error, setError] = useState<string | null>(null);
  // Each request takes a number; only the answer to the latest one is shown.
  const latest = useRef(0);
  const filterRef = useRef(filter);
  filterRef.current = filter;
  const firstPage = useRef(env.firstPage);

  const reload = useCallback(async () => {
    const serial = ++latest.current;
    const asked = filterRef.current;
    const query = queryOf(asked);
    // The page asked for at start-up answers the first plain listing; later ones ask afresh.
    const early = Object.keys(query).length === 0 ? firstPage.current : undefined;
    firstPage.current = undefined;
    const askedAt = early?.askedAt ?? performance.now();
    const result = await (early?.answer ?? env.client.request('clippings.list', { ...query, limit: PAGE_SIZE }));
    if (serial !== latest.current) return;
    setLoaded(true);
    if (!result.ok) {
      setError(errorText(t, result.error));
      return;
    }
    setError(null);
    setItems(result.value.items);
    setNext(result.value.next);
    setShown({ filter: asked, askedAt, answeredAt: performance.now() });
  }, [env]);

  const { text, entityId, tag, site } = filter;
  useEffect(() => {
    void reload();
  }, [reload, text, entityId, tag, site]);

  const loadMore = useCallback(async () => {
    if (!next || loadingMore) return;
    const serial = latest.current;
    setLoadingMore(true);
    const result = await env.client.request('clippings.list', { ...queryOf(filterRef.current), limit: PAGE_SIZE, before: next });
    setLoadingMore(false);
    if (serial !== latest.current) return;
    if (!result.ok) {
      setError(errorText(t, result.error));
      return;
    }
    setItems((current) => {
      const seen = new Set(current.map((c) => c.id));
      return [...current, ...result.value.items.filter((c) => !seen.has(c.id))];
    });
    setNext(result.value.next);
  }, [env, next, loadingMore]);

  const replace = useCallback((clipping: Clipping) => {
    setItems((current) => current.map((c) => (c.id === clipping.id ? clipping : c)));
  }, []);
  const remove = useCallback((id: string) => {
    setItems((current) => current.filter((c) => c.id !== id));
  }, []);

  return { items, loaded, loadingMore, hasMore: next !== null, shown, error, loadMore, reload, replace, remove };
}
