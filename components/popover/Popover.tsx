/**
 * The popover: one entity's facts, the user's notes on it (in an extension frame the page cannot
 * read), "save clipping", and next/previous through the page's mentions of it. Presentational:
 * the content script owns the state and passes callbacks.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { EntityCard } from '../../lib/facts/cards.ts';
import type { DealParts, EntityType } from '../../lib/model.ts';
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

const TYPE_LABEL: Record<EntityType, string> = { mineral: 'Mineral', country: 'Country', deal: 'Deal' };

function Title({ mention, card }: { mention: PopoverMention; card: Load<EntityCard> }) {
  if (card.state === 'ready') {
    const c = card.value;
    if (c.kind === 'deal') return <>{c.title}</>;
    return (
      <>
        <span class="name-en">{c.kind === 'mineral' ? c.names.en[0].toUpperCase() + c.names.en.slice(1) : c.names.en}</span>
        <span class="name-zh" lang="zh">
          {c.names.zh}
        </span>
      </>
    );
  }
  return <>{mention.id === 'deal' ? 'Deal in the text' : mention.label}</>;
}

function Body({ props }: { props: PopoverProps }) {
  const { mention, card } = props;
  if (mention.id === 'deal') return <DetectedDealCard surface={mention.surface} parts={mention.deal} label={props.label} />;
  if (card.state === 'loading') return <p class="muted loading">Loading facts…</p>;
  if (card.state === 'error') return <p class="error" role="alert">{card.message}</p>;
  const c = card.value;
  if (c.kind === 'mineral') return <MineralCard card={c} />;
  if (c.kind === 'country') return <CountryCard card={c} />;
  return <DealCard card={c} />;
}

export function Popover(props: PopoverProps) {
  const { mention, position, clipping } = props;
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => {
    dialog.current?.focus({ preventScroll: true });
  }, [mention.id, position.index]);
  const titleId = 'assay-popover-title';
  return (
    <div
      class={`popover type-${mention.type}`}
      role="dialog"
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
      <header class="head">
        <span class={`kind-chip kind-${mention.type}`}>{TYPE_LABEL[mention.type]}</span>
        <h2 id={titleId} class="title">
          <Title mention={mention} card={props.card} />
        </h2>
        <button type="button" class="icon-button" aria-label="Close" title="Close (Esc)" onClick={props.onClose}>
          ×
        </button>
      </header>
      <div class="body">
        <Body props={props} />
        {props.notes === 'waiting' ? (
          <section class="block notes">
            <p class="muted loading" style={{ height: `${props.notesHeight}px` }}>
              Opening your notes…
            </p>
          </section>
        ) : props.notes ? (
          <section class="block notes">
            <iframe
              key={props.notes.key}
              class="notes-frame"
              title={`Your notes on ${mention.label}`}
              src={props.notes.url}
              ref={props.notesFrameRef}
              style={{ height: `${props.notesHeight}px` }}
            />
          </section>
        ) : null}
      </div>
      <footer class="foot">
        <div class="nav" role="group" aria-label="Mentions on this page">
          <button type="button" class="icon-button" aria-label="Previous mention" disabled={position.total < 2} onClick={props.onPrevious}>
            ‹
          </button>
          <span class="count" aria-live="polite">
            {position.total === 1 ? '1 mention on this page' : `${position.index + 1} of ${position.total} mentions on this page`}
          </span>
          <button type="button" class="icon-button" aria-label="Next mention" disabled={position.total < 2} onClick={props.onNext}>
            ›
          </button>
        </div>
        <div class="actions">
          {props.onOpenDossier ? (
            <button type="button" class="button secondary" onClick={props.onOpenDossier} title="Everything you kept about it, in a tab">
              Dossier
            </button>
          ) : null}
          <button type="button" class="button" onClick={props.onSaveClipping} disabled={clipping.state === 'saving'}>
            {clipping.state === 'saved' ? 'Saved ✓' : clipping.state === 'saving' ? 'Saving…' : 'Save clipping'}
          </button>
        </div>
      </footer>
      {clipping.state === 'error' ? (
        <p class="error small" role="alert">
          {clipping.message}
        </p>
      ) : null}
      {clipping.state === 'saved' && clipping.quote ? (
        <p class="saved-quote small" role="status">
          <span class="muted">Saved to your clippings: </span>
          <q>{clipping.quote.length > 280 ? `${clipping.quote.slice(0, 280)}…` : clipping.quote}</q>
        </p>
      ) : null}
    </div>
  );
}
