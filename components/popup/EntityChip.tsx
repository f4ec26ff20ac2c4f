/**
 * An entity as a small coloured chip: amber for minerals, blue for countries, green for deals,
 * the colours of the highlights on the page. A button when it does something, text otherwise.
 * Long names (deals have long names) are cut to one line; the full name is the chip's tooltip.
 */
import type { ComponentChildren } from 'preact';
import type { EntityType } from '../../lib/model.ts';

interface Props {
  type: EntityType;
  /** The entity's name, as text or marked-up search matches. */
  children: ComponentChildren;
  /** The full name, shown as a tooltip. */
  title: string;
  /** Mentions on the page, shown as "×3". */
  count?: number;
  /** Makes the chip a button. */
  onClick?(): void;
  /** The button's accessible name, when the visible text alone would not say what it does. */
  label?: string;
  /** Marks a chip as the active filter. */
  pressed?: boolean;
}

export function EntityChip({ type, children, title, count, onClick, label, pressed }: Props) {
  const content = (
    <>
      <span class="chip-label">{children}</span>
      {count !== undefined && (
        <span class="chip-count" aria-hidden={label ? true : undefined}>
          ×{count}
        </span>
      )}
    </>
  );
  if (!onClick) {
    return (
      <span class={`chip chip-${type}`} title={title}>
        {content}
      </span>
    );
  }
  return (
    <button type="button" class={`chip chip-${type} chip-button`} onClick={onClick} aria-label={label} aria-pressed={pressed} title={title}>
      {content}
    </button>
  );
}
