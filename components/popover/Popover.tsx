/**
 * The popover: one entity's facts, the user's notes on it (in an extension frame the page cannot
 * read), "save clipping", and next/previous through the page's mentions of it. Presentational:
 * the content script owns the state and passes callbacks.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { EntityCard } from '../../lib/facts/cards.ts';
import { LANG_TAG, type Lang } from '../../lib/i18n/language.ts';
import type { PopoverKey } from '../../lib/i18n/popover.ts';
import type { PlainKey, Translator } from '../../lib/i18n/translator.ts';
import type { DealParts, EntityType } from '../../lib/model.ts';
import { useT } from '../i18n/context.ts';
import { CountryCard } from '../cards/CountryCard.tsx';
import { DealCard, DetectedDealCard } from '../cards/DealCard.tsx';
import { MineralCard } from '../cards/MineralCard.tsx';

export type Load<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'error'; message: string };

export interface PopoverMention {
  id: string;
  type: EntityType;
  label: string;
  surface: string;
  deal?: DealParts;
}

export interface PopoverProps {
  mention: PopoverMention;
  card: Load<EntityCard>;
  /** Place of this mention among the page's mentions of the same entity. */
  position: { index: number; total: number };
  /**
   * The notes panel: its page and a key that changes with each grant (a new grant gets a new
   * frame); 'waiting' while the grant is asked for; undefined for deals found only in the text.
   */
  notes?: { url: string; key: string } | 'waiting';
  /** `quote`: what was saved, shown so the reader sees exactly what the clipping holds. */
  clipping: { state: 'idle' | 'saving' | 'saved' | 'error'; message?: string; quote?: string };
  label: (id: string) => string;
  onClose: () => void;
  onPrevious: () => void;
  onNext: () => void;
  onSaveClipping: () => void;
  /** Opens the entity's dossier in a tab; absent for deals found only in the text. */
  onOpenDossier?: () => void;
  /** Receives the notes frame element, so the content script can talk to it. */
  notesFrameRef?: (frame: HTMLIFrameElement | null) => void;
  notesHeight: number;
}

const TYPE_LABEL: Record<EntityType, Extract<PlainKey, PopoverKey>> = { mineral: 'popover_kind_mineral', country: 'popover_kind_country', deal: 'popover_kind_deal' };

/**
 * The entity's names, the card's language first: "Tungsten 钨" on an English card, "钨 Tungsten"
 * on a Chinese one, each marked with its language.
 */
export function EntityNames({ en, zh, lang }: { en: string; zh?: string; lang: Lang }) {
  const english = (
    <span class={lang === 'en' ? 'name-first' : 'name-second'} lang="en" key="en">
      {en}
    </span>
  );
  if (!zh) return english;
  const chinese = (
    <span class={lang === 'zh' ? 'name-first' : 'name-second'} lang={LANG_TAG.zh} key="zh">
      {zh}
    </span>
  );
  return <>{lang === 'zh' ? [chinese, english] : [english, chinese]}</>;
}

const capitalised = (name: string) => name[0].toUpperCase() + name.slice(1);

function Title({ mention, card, t }: { mention: PopoverMention; card: Load<EntityCard>; t: Translator<PopoverKey> }) {
  if (card.state === 'ready') {
    const c = card.value;
    if (c.kind === 'deal') return <span lang={LANG_TAG[c.lang]}>{c.lang === 'zh' ? c.titleZh : c.title}</span>;
    return <EntityNames en={c.kind === 'mineral' ? capitalised(c.names.en) : c.names.en} zh={c.names.zh} lang={c.lang} />;
  }
  return <>{mention.id === 'deal' ? t('popover_deal_in_text') : mention.label}</>;
}

/** The entity's name in the reader's language, for words around the card (the notes frame's title). */
function readerName(mention: PopoverMention, card: Load<EntityCard>, lang: Lang): string {
  if (card.state !== 'ready') return mention.label;
  const c = card.value;
  if (c.kind === 'deal') return lang === 'zh' ? c.titleZh : c.title;
  return lang === 'zh' ? (c.names.zh ?? c.names.en) : c.names.en;
}

function Body({ props, t }: { props: PopoverProps; t: Translator<PopoverKey> }) {
  const { mention, card } = props;
  if (mention.id === 'deal') return <DetectedDealCard surface={mention.surface} parts={mention.deal} label={props.label} />;
  if (card.state === 'loading') return <p class="muted loading">{t('popover_loading')}</p>;
  if (card.state === 'error') return <p class="error" role="alert">{card.message}</p>;
  const c = card.value;
  if (c.kind === 'mineral') return <MineralCard card={c} />;
  if (c.kind === 'country') return <CountryCard card={c} />;
  return <DealCard card={c} />;
}

export function Popover(props: PopoverProps) {
  const { mention, position, clipping } = props;
  const t = useT<PopoverKey>();
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => {
    dialog.current?.focus({ preventScroll: true });
  }, [mention.id, position.index]);
  const titleId = 'assay-popover-title';
  return (
    <div
      class={`popover type-${mention.type}`}
      role="dialog"
      lang={LANG_TAG[t.lang]}
      aria-modal="false"
      aria-labelledby={titleId}
      tabIndex={-1}
      ref={dialog}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          props.onClose();
        }
      }}
    >
      <div class="head">
        <span class={`kind-chip kind-${mention.type}`}>{t(TYPE_LABEL[mention.type])}</span>
        <h2 id={titleId} class="title">
          <Title mention={mention} card={props.card} t={t} />
        </h2>
        <button type="button" class="icon-button" aria-label={t('popover_close')} title={t('popover_close_hint')} onClick={props.onClose}>
          ×
        </button>
      </div>
      <div class="body">
        <Body props={props} t={t} />
        {props.notes === 'waiting' ? (
          <section class="block notes">
            <p class="muted loading" style={{ height: `${props.notesHeight}px` }}>
              {t('popover_opening_notes')}
            </p>
          </section>
        ) : props.notes ? (
          <section class="block notes">
            <iframe
              key={props.notes.key}
              class="notes-frame"
              title={t('popover_notes_frame', { name: readerName(mention, props.card, t.lang) })}
              src={props.notes.url}
              ref={props.notesFrameRef}
              style={{ height: `${props.notesHeight}px` }}
            />
          </section>
        ) : null}
      </div>
      <div class="foot">
        <div class="nav" role="group" aria-label={t('popover_mentions_nav')}>
          <button type="button" class="icon-button" aria-label={t('popover_previous')} disabled={position.total < 2} onClick={props.onPrevious}>
            ‹
          </button>
          <span class="count" aria-live="polite">
            {position.total === 1 ? t('popover_position_single') : t('popover_position', { index: position.index + 1, count: position.total })}
          </span>
          <button type="button" class="icon-button" aria-label={t('popover_next')} disabled={position.total < 2} onClick={props.onNext}>
            ›
          </button>
        </div>
        <div class="actions">
          {props.onOpenDossier ? (
            <button type="button" class="button secondary" onClick={props.onOpenDossier} title={t('popover_dossier_hint')}>
              {t('popover_dossier')}
            </button>
          ) : null}
          <button type="button" class="button" onClick={props.onSaveClipping} disabled={clipping.state === 'saving'}>
            {clipping.state === 'saved' ? t('popover_saved') : clipping.state === 'saving' ? t('popover_saving') : t('popover_save')}
          </button>
        </div>
      </div>
      {clipping.state === 'error' ? (
        <p class="error small" role="alert">
          {clipping.message}
        </p>
      ) : null}
      {clipping.state === 'saved' && clipping.quote ? (
        <p class="saved-quote small" role="status">
          <span class="muted">{t('popover_saved_to')}</span>{' '}
          <q>{clipping.quote.length > 280 ? `${clipping.quote.slice(0, 280)}…` : clipping.quote}</q>
        </p>
      ) : null}
    </div>
  );
}
