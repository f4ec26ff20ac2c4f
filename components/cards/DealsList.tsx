import type { DealSummary } from '../../lib/facts/cards.ts';
import { DEAL_KIND, DEAL_STATE } from './deal-labels.ts';
import { formatDate } from './format.ts';

/** Deals from the dataset that involve an entity, newest first. */
export function DealsList({ deals, title = 'Related deals' }: { deals: DealSummary[]; title?: string }) {
  if (!deals.length) return null;
  const sorted = [...deals].sort((a, b) => b.date.localeCompare(a.date));
  return (
    <section class="block">
      <h3>{title}</h3>
      <ul class="deals">
        {sorted.map((d) => (
          <li key={d.id}>
            <span class="deal-date">{formatDate(d.date)}</span> {d.title}{' '}
            <span class="muted small">({d.kinds.map((k) => DEAL_KIND[k].en).join(', ')}; {DEAL_STATE[d.state].en.toLowerCase()})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
