/**
 * An entity as a small coloured chip: amber for minerals, blue for countries, green for deals,
 * the colours of the highlights on the page. A button when it does something, text otherwise.
 * Long names (deals have long names) are cut to one line; the full name is the chip's tooltip.
 * The name is the reader's language's where Assay knows it (entity-name.ts), marked with its language.
 */
import type { ComponentChildren } from 'preact';
import type { EntityType } from '../../lib/model.ts';
import { useT } from '../i18n/context.ts';
import { entityName } from './entity-name.ts';

interface Props {
  entity: { id: string; type: EntityType; label: string; labelZh?: string };
  /** Mentions on the page, shown as "×3". */
  count?: number;
  /** Makes the chip a button. */
  onClick?(): void;
  /** The button's accessible name, from the name shown, when the visible text alone would not say what it does. */
  label?: (name: string) => string;
  /** Marks a chip as the active filter. */
  pressed?: boolean;
  /** The name marked up (a search's matches) in place of the plain name. */
  marked?: (name: string) => ComponentChildren;
}

export function EntityChip({ entity, count, onClick, label, pressed, marked }: Props) {
  const name = entityName(useT(), entity);
  const content = (
    <>
      <span class="chip-label" lang={name.lang}>
        {marked ? marked(name.text) : name.text}
      </span>
      {count !== undefined && (
        <span class="chip-count" aria-hidden={label ? true : undefined}>
          ×{count}
        </span>
      )}
    </>
  );
  if (!onClick) {
    return (
      <span class={`chip chip-${entity.type}`} title={name.text}>
        {content}
      </span>
    );
  }
  return (
    <button type="button" class={`chip chip-${entity.type} chip-button`} onClick={onClick} aria-label={label?.(name.text)} aria-pressed={pressed} title={name.text}>
      {content}
    </button>
  );
}
