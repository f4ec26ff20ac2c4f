/**
 * Everything about one entity in one place: its facts (the popover's card, with room for whole
 * tables), the reader's notes on it, every clipping that mentions it (newest first, each opening
 * its page at the quote), its deals and export controls on a timeline, and the entities most
 * often clipped with it. The first screen is the card, the notes and the newest clippings; what
 * needs all the clippings (often clipped with) is asked for after it.
 */
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { EntityCard } from '../../lib/facts/cards.ts';
import type { TimelineEvent } from '../../lib/facts/timeline.ts';
import type { CoClipped, DossierView } from '../../lib/store/dossier.ts';
import type { Clipping } from '../../lib/records/types.ts';
import { isWebUrl } from '../../lib/records/url.ts';
import { CountryCard } from '../cards/CountryCard.tsx';
import { DealCard } from '../cards/DealCard.tsx';
import { MineralCard } from '../cards/MineralCard.tsx';
import { NotesPanel } from '../notes/NotesPanel.tsx';
import { EntityChip } from '../popup/EntityChip.tsx';
import { formatCount, shortDate } from '../popup/format.ts';
import { useT } from '../i18n/context.ts';
import { EntityNames } from '../popover/Popover.tsx';
import type { Lang } from '../../lib/i18n/language.ts';
import { textFragmentUrl } from '../popup/text-fragment.ts';
import { dossierMarkdown } from './dossier-markdown.ts';
import type { DossierEnv } from './env.ts';
import { Timeline } from './Timeline.tsx';
import { errorText } from '../i18n/errors.ts';

type Load<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'error'; message: string };

interface Props {
  env: DossierEnv;
  entityId: string;
  /** Narrow (the side panel): one column. */
  compact?: boolean;
}

function useRequest<T>(ask: () => Promise<{ ok: true; value: T } | { ok: false; error: { code: string; message: string } }>, deps: unknown[]): [Load<T>, (value: T) => void] {
  const t = useT();
  const [state, setState] = useState<Load<T>>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    setState({ state: 'loading' });
    void ask().then((r) => {
      if (live) setState(r.ok ? { state: 'ready', value: r.value } : { state: 'error', message: errorText(t, r.error) });
    });
    return () => {
      live = false;
    };
  }, deps);
  return [state, (value: T) => setState({ state: 'ready', value })];
}

function title(card: EntityCard): { en: string; zh?: string } {
  if (card.kind === 'deal') return { en: card.title, zh: card.titleZh };
  return { en: card.kind === 'mineral' ? card.names.en[0].toUpperCase() + card.names.en.slice(1) : card.names.en, zh: card.names.zh };
}

/** The entity's name in the reader's language, for sentences about it. */
const nameIn = (name: { en: string; zh?: string }, lang: Lang) => (lang === 'zh' && name.zh ? name.zh : name.en);

function ClippingRow({ clipping, onOpen }: { clipping: Clipping; onOpen: (url: string) => void }) {
  const link = isWebUrl(clipping.url) ? textFragmentUrl(clipping.url, clipping) : undefined;
  const t = useT();
  return (
    <li class="dossier-clip">
      <blockquote class="dossier-quote">{clipping.quote}</blockquote>
      <p class="dossier-clip-source small">
        <span class="muted">{clipping.site}</span>
        <span aria-hidden="true"> · </span>
        <time class="muted" dateTime={new Date(clipping.createdAt).toISOString()}>
          {shortDate(clipping.createdAt, Date.now(), t.lang)}
        </time>
        {link ? (
          <>
            <span aria-hidden="true"> · </span>
            <button type="button" class="link-button" onClick={() => onOpen(link)} title={clipping.title || clipping.url}>
              {t('dossier_open_quote')}
            </button>
          </>
        ) : null}
      </p>
      {clipping.note ? <p class="dossier-clip-note">{clipping.note}</p> : null}
      {clipping.tags.length ? <p class="small muted">{clipping.tags.map((t) => `#${t}`).join(' ')}</p> : null}
    </li>
  );
}

export function Dossier({ env, entityId, compact }: Props) {
  const { client } = env;
  const t = useT();
  // The card in the reader's language: asked again when the reader switches.
  const [card] = useRequest(() => client.request('facts.get', { id: entityId, lang: t.lang }), [entityId, t.lang]);
  const [view, setView] = useRequest<DossierView>(() => client.request('dossier.get', { entityId }), [entityId]);
  const [timeline] = useRequest<TimelineEvent[]>(() => client.request('dossier.timeline', { entityId }), [entityId]);
  const [related, setRelated] = useState<Load<CoClipped>>({ state: 'loading' });
  const [more, setMore] = useState(false);

  // "Often clipped with" reads every clipping of the entity: asked once the first screen is there.
  useEffect(() => {
    if (view.state !== 'ready') return;
    let live = true;
    void client.request('dossier.related', { entityId }).then((r) => {
      if (live) setRelated(r.ok ? { state: 'ready', value: r.value } : { state: 'error', message: errorText(t, r.error) });
    });
    return () => {
      live = false;
    };
  }, [entityId, view.state === 'ready']);

  // The benchmark's mark (an extension page's own timeline: no web page sees it): the first screen
  // (card, notes, newest clippings) is in the DOM.
  const firstScreen = card.state !== 'loading' && view.state !== 'loading';
  useLayoutEffect(() => {
    if (firstScreen) performance.mark('assay-dossier:first-screen', { detail: { entityId } });
  }, [firstScreen, entityId]);

  const showMore = async () => {
    if (view.state !== 'ready' || !view.value.next) return;
    setMore(true);
    const r = await client.request('clippings.list', { entityId, before: view.value.next, limit: 50 });
    setMore(false);
    if (r.ok) setView({ ...view.value, clippings: [...view.value.clippings, ...r.value.items], next: r.value.next });
  };

  const name = card.state === 'ready' ? title(card.value) : { en: entityId };
  const said = nameIn(name, t.lang);
  /** Every clipping of the entity, not only those on screen, read a page at a time. */
  const exportMarkdown = async () => {
    if (card.state !== 'ready' || view.state !== 'ready') return;
    const all = [...view.value.clippings];
    for (let next = view.value.next; next; ) {
      const r = await client.request('clippings.list', { entityId, before: next, limit: 500 });
      if (!r.ok) return;
      all.push(...r.value.items);
      next = r.value.next;
    }
    const text = dossierMarkdown({ card: card.value, view: { ...view.value, clippings: all }, timeline: timeline.state === 'ready' ? timeline.value : [] }, t);
    env.saveFile({
      blob: new Blob([text], { type: 'text/markdown;charset=utf-8' }),
      filename: `assay-dossier-${entityId.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.md`,
    });
  };

  return (
    <article class={`dossier${compact ? ' is-compact' : ''} type-${entityId.split(':')[0]}`} aria-labelledby="dossier-title">
      <header class="dossier-head">
        <h1 id="dossier-title" class="dossier-title">
          {card.state === 'ready' && card.value.kind === 'deal' ? <span lang={t.lang === 'zh' ? 'zh-CN' : 'en'}>{said}</span> : <EntityNames en={name.en} zh={name.zh} lang={t.lang} />}
        </h1>
        <button type="button" class="button secondary" onClick={() => void exportMarkdown()} disabled={card.state !== 'ready' || view.state !== 'ready'}>
          {t('dossier_export')}
        </button>
      </header>
      <div class="dossier-columns">
        <section class="dossier-facts" aria-labelledby="dossier-facts-title">
          {/* Unseen: the card's own headings (h3) need a level above them. */}
          <h2 id="dossier-facts-title" class="visually-hidden">
            {t('dossier_facts')}
          </h2>
          {card.state === 'loading' ? <p class="muted">{t('popover_loading')}</p> : null}
          {card.state === 'error' ? <p class="error">{card.message}</p> : null}
          {card.state === 'ready' ? (
            card.value.kind === 'mineral' ? (
              <MineralCard card={card.value} />
            ) : card.value.kind === 'country' ? (
              <CountryCard card={card.value} />
            ) : (
              <DealCard card={card.value} />
            )
          ) : null}
          <h2 class="dossier-h2">{t('dossier_deals_controls')}</h2>
          {timeline.state === 'ready' ? (
            <Timeline events={timeline.value} onOpen={(e) => env.showDossier(e.id)} />
          ) : (
            <p class="muted">{t('common_loading')}</p>
          )}
        </section>
        <section class="dossier-mine" aria-label={t('dossier_kept')}>
          {view.state === 'error' ? <p class="error">{view.message}</p> : null}
          {view.state === 'ready' ? (
            <>
              <div class="dossier-notes">
                <NotesPanel
                  client={client}
                  entityId={entityId}
                  label={said}
                  initial={{ notes: view.value.notes, deleted: view.value.deleted }}
                  load={async () => {
                    const r = await client.request('dossier.get', { entityId, pageSize: 1 });
                    return r.ok ? { ok: true, value: { notes: r.value.notes, deleted: r.value.deleted } } : r;
                  }}
                  onChangedElsewhere={(callback) => env.onNotesChanged(entityId, callback)}
                />
              </div>
              <h2 class="dossier-h2">
                {t('common_your_clippings')} <span class="muted">{view.value.total ? formatCount(view.value.total) : ''}</span>
              </h2>
              {view.value.total === 0 ? <p class="muted">{t('dossier_none', { name: said })}</p> : null}
              <ol class="dossier-clips">
                {view.value.clippings.map((c) => (
                  <ClippingRow key={c.id} clipping={c} onOpen={(url) => void env.openUrl(url)} />
                ))}
              </ol>
              {view.value.next ? (
                <button type="button" class="button secondary" disabled={more} onClick={() => void showMore()}>
                  {more ? t('common_loading') : t('dossier_show_more', { count: Math.min(50, view.value.total - view.value.clippings.length) })}
                </button>
              ) : null}
              <h2 class="dossier-h2">{t('dossier_co_clipped')}</h2>
              {related.state === 'loading' ? <p class="muted">{t('common_loading')}</p> : null}
              {related.state === 'ready' && related.value.entities.length === 0 ? <p class="muted">{t('dossier_co_none')}</p> : null}
              {related.state === 'ready' && related.value.entities.length ? (
                <ul class="chips">
                  {related.value.entities.map((e) => (
                    <li key={e.id}>
                      <EntityChip
                        entity={e}
                        count={e.count}
                        label={(shown) => t('dossier_co_chip', { name: shown, clippings: t.plural('common_clippings', e.count), other: said })}
                        onClick={() => env.showDossier(e.id)}
                      />
                    </li>
                  ))}
                </ul>
              ) : null}
            </>
          ) : view.state === 'loading' ? (
            <p class="muted">{t('dossier_loading_kept')}</p>
          ) : null}
        </section>
      </div>
    </article>
  );
}
