import type { DealCard as Card } from '../../lib/facts/cards.ts';
import type { DealParts } from '../../lib/model.ts';
import { formatDate, formatMoney, humanise, safeHref, sourceLabel } from './format.ts';
import { SourceNote } from './SourceNote.tsx';

export function DealCard({ card }: { card: Card }) {
  return (
    <div class="card">
      <p class="facts-line">
        <span class="muted">{formatDate(card.date)}</span> · {card.kinds.map(humanise).join(', ')} · <span class="muted">{card.status}</span>
      </p>
      {card.dateNote ? <p class="small muted">{card.dateNote}</p> : null}
      <p>{card.summary}</p>
      <section class="block">
        <h3>Parties</h3>
        <ul class="parties">
          {card.parties.map((p) => (
            <li key={p.label}>
              {p.label}
              {p.role ? <span class="muted small"> ({p.role})</span> : null}
            </li>
          ))}
        </ul>
      </section>
      {card.value ? (
        <section class="block">
          <h3>Value</h3>
          <p>
            {card.value.amount !== undefined ? <strong>{formatMoney(card.value.amount, card.value.currency)} </strong> : null}
            <span class="muted">{card.value.wording}</span>
          </p>
          <SourceNote source={card.value.source} asOf={card.value.asOf} />
        </section>
      ) : null}
      {card.minerals.length ? (
        <section class="block">
          <h3>Minerals</h3>
          <p>{card.minerals.map((m) => m.label).join(', ')}</p>
        </section>
      ) : null}
      <section class="block">
        <h3>Sources</h3>
        <ul class="sources">
          {card.sources.map((s) => {
            const href = safeHref(s);
            return <li key={s}>{href ? <a href={href} target="_blank" rel="noopener noreferrer">{sourceLabel(s)}</a> : s}</li>;
          })}
        </ul>
        <p class="source">As of {formatDate(card.asOf)}</p>
      </section>
    </div>
  );
}

/** A deal the text mentions that the dataset does not know: what the sentence said about it. */
export function DetectedDealCard({ surface, parts, label }: { surface: string; parts?: DealParts; label: (id: string) => string }) {
  return (
    <div class="card">
      <p class="muted">Assay found this deal in the text; it is not one of the deals in its dataset, so these parts come from the sentence itself.</p>
      <blockquote class="quote">{surface}</blockquote>
      <dl class="parts">
        {parts?.value ? (
          <>
            <dt>Value</dt>
            <dd>{parts.value.amount !== undefined ? formatMoney(parts.value.amount, parts.value.currency) : parts.value.text}</dd>
          </>
        ) : null}
        {parts?.parties.length ? (
          <>
            <dt>Countries in the sentence</dt>
            <dd>{parts.parties.map(label).join(', ')}</dd>
          </>
        ) : null}
        {parts?.organisations?.length ? (
          <>
            <dt>Organisations</dt>
            <dd>{parts.organisations.join(', ')}</dd>
          </>
        ) : null}
        {parts?.minerals.length ? (
          <>
            <dt>Minerals in the sentence</dt>
            <dd>{parts.minerals.map(label).join(', ')}</dd>
          </>
        ) : null}
      </dl>
      {!parts?.value && !parts?.parties.length && !parts?.minerals.length ? <p class="small muted">The sentence names no value, country or mineral.</p> : null}
    </div>
  );
}
