import { formatDate, safeHref, sourceLabel } from './format.ts';

/** "Source: pubs.usgs.gov · as of Jan 2025": every figure says where it comes from and how old it is. */
export function SourceNote({ source, asOf, prefix = 'Source', count }: { source: string; asOf: string; prefix?: string; count?: number }) {
  const href = safeHref(source);
  return (
    <p class="source">
      {prefix}:{' '}
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer" title={source}>
          {sourceLabel(source)}
        </a>
      ) : (
        <span title={source}>{source}</span>
      )}
      {count ? ` (${count} documents)` : ''} · as of {formatDate(asOf)}
    </p>
  );
}
