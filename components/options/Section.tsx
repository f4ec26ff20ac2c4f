/**
 * One section of the options page: a heading the side navigation links to, a line saying what
 * the section is for, and its cards.
 */
import type { ComponentChildren } from 'preact';
import { useT } from '../i18n/context.ts';

interface SectionProps {
  id: string;
  title: string;
  intro: string;
  children: ComponentChildren;
}

export function Section({ id, title, intro, children }: SectionProps) {
  return (
    <section class="opt-section" id={id} aria-labelledby={`${id}-title`}>
      <header class="opt-section-head">
        <h2 id={`${id}-title`}>{title}</h2>
        <p class="opt-section-intro">{intro}</p>
      </header>
      {children}
    </section>
  );
}

/** A placeholder of a card's height while its content loads, so nothing below it jumps. */
export function CardPlaceholder({ height, label }: { height: number; label: string }) {
  return (
    <div class="opt-card opt-placeholder" style={{ minHeight: `${height}px` }} aria-busy="true">
      <span class="opt-muted">{label}</span>
    </div>
  );
}

/** A card whose content could not be loaded, with a way to ask again. */
export function CardError({ message, onRetry }: { message: string; onRetry: () => void }) {
  const t = useT();
  return (
    <div class="opt-card opt-card-error">
      <p>{message}</p>
      <button type="button" class="opt-button" onClick={onRetry}>
        {t('common_try_again')}
      </button>
    </div>
  );
}
