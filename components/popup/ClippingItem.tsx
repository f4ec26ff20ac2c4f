/**
 * One clipping in the list: the quote (clamped, with the search words marked), where it came
 * from, the entities and tags (buttons that filter the list by them), the note, and what can be
 * done with it. Everything the page or the user wrote is rendered as text.
 */
import { useState } from 'preact/hooks';
import type { Clipping } from '../../lib/records/types.ts';
import { isWebUrl } from '../../lib/records/url.ts';
import { ClippingEditor } from './ClippingEditor.tsx';
import { EntityChip } from './EntityChip.tsx';
import { shortDate } from './format.ts';
import { Highlighted } from './Highlighted.tsx';
import { textFragmentUrl } from './text-fragment.ts';
import { useT } from '../i18n/context.ts';
import { entityName } from './entity-name.ts';
import { textLangTag } from '../../lib/i18n/page-language.ts';

interface Props {
  clipping: Clipping;
  /** The search, for marking its words. */
  query: string;
  activeEntityId?: string;
  activeTag?: string;
  onOpen(url: string): void;
  onFilter(patch: { entityId?: string; entityLabel?: string; tag?: string }): void;
  onUpdate(clipping: Clipping, patch: { note: string; tags: string[] }): Promise<boolean>;
  onDelete(clipping: Clipping): void;
}

/** Quotes longer than this get a "Show all" button; shorter ones fit in the clamped lines. */
const LONG_QUOTE_CHARS = 220;

export function ClippingItem({ clipping, query, activeEntityId, activeTag, onOpen, onFilter, onUpdate, onDelete }: Props) {
  const [editing, setEditing] = useState(false);
  const [expanded, setExpanded] = useState(false);
  const link = isWebUrl(clipping.url) ? textFragmentUrl(clipping.url, clipping) : undefined;
  const headingId = `clip-${clipping.id}`;
  const long = clipping.quote.length > LONG_QUOTE_CHARS;
  const t = useT();

  return (
    <article class="clip" aria-labelledby={headingId} data-clipping-id={clipping.id}>
      <blockquote class={`clip-quote${expanded ? ' is-expanded' : ''}`} id={`${headingId}-quote`} lang={textLangTag(clipping.quote)}>
        <Highlighted text={clipping.quote} query={query} />
      </blockquote>
      {long && (
        <button type="button" class="link-button small" aria-expanded={expanded} aria-controls={`${headingId}-quote`} onClick={() => setExpanded(!expanded)}>
          {expanded ? t('popup_show_less') : t('popup_show_all')}
        </button>
      )}
      <p class="clip-source">
        <a
          id={headingId}
          class="clip-title"
          lang={textLangTag(clipping.title || clipping.url)}
          href={link}
          title={t('popup_open_passage')}
          onClick={(event) => {
            event.preventDefault();
            if (link) onOpen(link);
          }}
        >
          {clipping.title || clipping.url}
        </a>
        <span class="clip-meta">
          <span class="clip-site">{clipping.site}</span>
          <span aria-hidden="true"> · </span>
          <time dateTime={new Date(clipping.createdAt).toISOString()}>
            {shortDate(clipping.createdAt, Date.now(), t.lang)}
          </time>
        </span>
      </p>
      {(clipping.entities.length > 0 || clipping.tags.length > 0) && (
        <ul class="chips" aria-label={t('popup_chips_label')}>
          {clipping.entities.map((entity) => (
            <li key={entity.id}>
              <EntityChip
                entity={entity}
                pressed={activeEntityId === entity.id}
                label={(name) => t('popup_filter_by_entity', { name })}
                marked={(name) => <Highlighted text={name} query={query} />}
                onClick={() => onFilter(activeEntityId === entity.id ? { entityId: undefined, entityLabel: undefined } : { entityId: entity.id, entityLabel: entityName(t, entity).text })}
              />
            </li>
          ))}
          {clipping.tags.map((tag) => (
            <li key={`tag:${tag}`}>
              <button
                type="button"
                class="chip chip-tag chip-button"
                aria-pressed={activeTag === tag}
                aria-label={t('popup_filter_by_tag', { tag })}
                title={`#${tag}`}
                onClick={() => onFilter({ tag: activeTag === tag ? undefined : tag })}
              >
                <span class="chip-label">
                  #<Highlighted text={tag} query={query} />
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {editing ? (
        <ClippingEditor
          clipping={clipping}
          onCancel={() => setEditing(false)}
          onSave={async (patch) => {
            const done = await onUpdate(clipping, patch);
            if (done) setEditing(false);
            return done;
          }}
        />
      ) : (
        <>
          {clipping.note && (
            <p class="clip-note" lang={textLangTag(clipping.note)}>
              <Highlighted text={clipping.note} query={query} />
            </p>
          )}
          <div class="clip-actions">
            <button type="button" class="link-button" onClick={() => link && onOpen(link)} disabled={!link} aria-describedby={headingId}>
              {t('popup_open')}
            </button>
            <button type="button" class="link-button" onClick={() => setEditing(true)} aria-describedby={headingId}>
              {clipping.note || clipping.tags.length ? t('popup_edit_note_tags') : t('popup_add_note_tags')}
            </button>
            <button type="button" class="link-button danger" onClick={() => onDelete(clipping)} aria-describedby={headingId}>
              {t('common_delete')}
            </button>
          </div>
        </>
      )}
    </article>
  );
}
