import type { CountryCard as Card, CountryMineral } from '../../lib/facts/cards.ts';
import { ControlsList } from './ControlsList.tsx';
import { DealsList } from './DealsList.tsx';
import { formatQuantity, formatShare } from './format.ts';
import { SourceNote } from './SourceNote.tsx';

function ordinal(n: number): string {
  const s = ['th', 'st', 'nd', 'rd'];
  const v = n % 100;
  return `${n}${s[(v - 20) % 10] ?? s[v] ?? s[0]}`;
}

function Profile({ title, rows, limit = 6 }: { title: string; rows: CountryMineral[]; limit?: number }) {
  if (!rows.length) return null;
  const shown = rows.slice(0, limit);
  return (
    <section class="block">
      <h3>{title}</h3>
      <table class="profile">
        <tbody>
          {shown.map((r) => (
            <tr key={`${r.mineral.id}-${r.measure}-${r.year ?? ''}`}>
              <th scope="row">{r.mineral.label}</th>
              <td class="rank">{ordinal(r.rank)}</td>
              <td class="num">{r.share !== undefined ? formatShare(r.share) : ''}</td>
              <td class="num muted">
                {formatQuantity(r.value)} {r.unit}
                {r.year ? ` (${r.year})` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > limit ? <p class="small muted">and {rows.length - limit} more</p> : null}
      <SourceNote source={shown[0].source} asOf={shown[0].asOf} />
    </section>
  );
}

export function CountryCard({ card }: { card: Card }) {
  return (
    <div class="card">
      <p class="facts-line muted">
        {card.names.official && card.names.official !== card.names.en ? `${card.names.official}. ` : ''}
        {card.capital ? `Capital: ${card.capital}.` : ''}
        {card.status === 'territory' ? ' A territory, not a sovereign state.' : card.status === 'former' ? ' A former state.' : ''}
      </p>
      <Profile title="What it mines (world rank, share)" rows={card.production} />
      <Profile title="Reserves and resources (world rank)" rows={card.reserves} limit={4} />
      {!card.production.length && !card.reserves.length ? <p class="muted">No production or reserves figures for this country in the bundled USGS tables.</p> : null}
      <DealsList deals={card.deals} />
      <ControlsList controls={card.controls} />
      {card.note ? <p class="small muted">{card.note}</p> : null}
    </div>
  );
}
