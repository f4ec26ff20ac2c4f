import type { SourceView } from '../../lib/facts/view.ts';
import { safeHref, sourceLabel } from './format.ts';

/**
 * "Source: pubs.usgs.gov · as of Jan 2025": every figure says where it comes from and how old it
 * is. The words come worded in the card's language (lib/facts/source-words.ts); the source itself
 * is shown as published.
 */
export function SourceNote({ source, lead, asOfText, docsText }: Pick<SourceView, 'source' | 'lead' | 'asOfText' | 'docsText'>) {
  const href = safeHref(source);
  return (
    <p class="source">
      {lead}
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer" title={source}>
          {sourceLabel(source)}
        </a>
      ) : (
        <span title={source}>{source}</span>
      )}
      {docsText} · {asOfText}
    </p>
  );
}
