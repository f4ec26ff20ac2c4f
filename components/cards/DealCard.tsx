import type { DealCard as Card } from '../../lib/facts/cards.ts';
import type { DealValue } from '../../lib/dataset/schema.ts';
import type { DealParts } from '../../lib/model.ts';
import { DEAL_KIND, DEAL_STATE, VALUE_QUALIFIER } from '../../lib/facts/deal-labels.ts';
import { formatDate, formatMoney, safeHref, sourceLabel } from './format.ts';
import { SourceNote } from './SourceNote.tsx';

/** Deal values keep two decimals (a floor of US$1.55 billion must not read as 1.6), rounded ones one. */
const digitsFor = (qualifier: DealValue['qualifier']) => (qualifier === 'about' ? 1 : 2);

function ValueBlock({ value }: { value: NonNullable<Card['value']> }) {
  return (
    <section class="block">
      <h3>Value</h3>
      {value.amount !== undefined ? (
        <p class="value-headline">
          {value.qualifier ? `${VALUE_QUALIFIER[value.qualifier].en} ` : ''}
          <strong>{formatMoney(value.amount, value.currency, digitsFor(value.qualifier))}</strong>
        </p>
      ) : null}
      {value.parts ? (
        <ul class="value-parts">
          {value.parts.map((p) => (
            <li key={p.label}>
              <span>{p.label}</span>
              <span class={p.amount === undefined ? 'part-amount muted' : 'part-amount'}>{p.amount === undefined ? 'no figure' : formatMoney(p.amount, p.currency, digitsFor(value.qualifier))}</span>
            </li>
          ))}
        </ul>
      ) : null}
      <p class={value.amount === undefined ? undefined : 'small muted'}>{value.wording}</p>
      <SourceNote source={value.source} asOf={value.asOf} />
    </section>
  );
}

export function DealCard({ card }: { card: Card }) {
  return (
    <div class="card">
      <p class="facts-line">
        <span class="muted">{formatDate(card.date)}</span>
        <span>{card.kinds.map((k) => DEAL_KIND[k].en).join(', ')}</span>
      </p>
      {card.dateNote ? <p class="small muted">{card.dateNote}</p> : null}
      <section class="block deal-status">
        <p>
          <span class={`state deal-state-${card.status.state}`}>{DEAL_STATE[card.status.state].en}</span>
          {card.status.note ? <span class="small"> {card.status.note}</span> : null}
        </p>
        <SourceNote source={card.status.source} asOf={card.status.asOf} prefix="Status" />
      </section>
      {card.value ? <ValueBlock value={card.value} /> : null}
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
        <p class="source">Card as of {formatDate(card.asOf)}</p>
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
